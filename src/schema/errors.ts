/**
 * Errors from reading an API schema (CSDL or JSON). Loading never throws for
 * bad input; it returns one of these so callers can point at the offending
 * line.
 */
import {z} from 'zod/v4'

export const SchemaError = z.object({
  message: z.string().min(1).describe('What is wrong, naming the element and its `Name` when there is one.'),
  line: z.number().int().min(1).describe('1-based line of the problem in the source text.'),
  column: z.number().int().min(1).describe('1-based column of the problem in the source text.'),
  element: z.string().optional().describe('Local name of the XML element (or JSON key path) at fault, when known.')
})
export type SchemaError = z.infer<typeof SchemaError>

export const SchemaFileError = SchemaError.extend({
  file: z.string().describe('Path of the schema file that failed to load.')
})
export type SchemaFileError = z.infer<typeof SchemaFileError>

/** 1-based line and column of a 0-based string offset. */
export function positionOfOffset(text: string, offset: number): {line: number; column: number} {
  const end = Math.max(0, Math.min(offset, text.length))
  let line = 1
  let lineStart = 0
  for (let index = text.indexOf('\n'); index !== -1 && index < end; index = text.indexOf('\n', index + 1)) {
    line++
    lineStart = index + 1
  }
  return {line, column: end - lineStart + 1}
}
