/**
 * Load an API schema from a file: OData CSDL (XML) or locdoc's own JSON form
 * of `ApiSchema`. Never throws; every failure names the file and a position.
 */
import {readFile} from 'node:fs/promises'
import {basename, extname} from 'node:path'
import {findNodeAtLocation, parseTree, printParseErrorCode, type ParseError} from 'jsonc-parser'
import {z} from 'zod/v4'
import {parseCsdl} from './csdl.js'
import {positionOfOffset, SchemaError, SchemaFileError} from './errors.js'
import {ApiSchema} from './model.js'

export const LoadSchemaResult = z.discriminatedUnion('ok', [
  z.object({ok: z.literal(true), schema: ApiSchema}),
  z.object({ok: z.literal(false), error: SchemaFileError})
])
export type LoadSchemaResult = z.infer<typeof LoadSchemaResult>

export const ParseSchemaResult = z.discriminatedUnion('ok', [
  z.object({ok: z.literal(true), schema: ApiSchema}),
  z.object({ok: z.literal(false), error: SchemaError})
])
export type ParseSchemaResult = z.infer<typeof ParseSchemaResult>

const xmlExtensions = new Set(['.xml', '.csdl', '.edmx'])

/** Which reader a file needs: by extension, then by its first character. */
export function schemaFormat(path: string, text: string): 'csdl' | 'json' | undefined {
  const extension = extname(path).toLowerCase()
  if (xmlExtensions.has(extension)) return 'csdl'
  if (extension === '.json') return 'json'
  const first = text.replace(/^\uFEFF/, '').trimStart()[0]
  if (first === '<') return 'csdl'
  if (first === '{') return 'json'
  return undefined
}

/** `tokenActionResults[0].actionState` from a zod issue path. */
function formatKeyPath(path: readonly PropertyKey[]): string {
  let formatted = ''
  for (const key of path) {
    if (typeof key === 'number') formatted += `[${key}]`
    else formatted += formatted ? `.${String(key)}` : String(key)
  }
  return formatted || '(root)'
}

function jsonSyntaxError(text: string, fallback: string): SchemaError {
  const errors: ParseError[] = []
  parseTree(text, errors, {disallowComments: true, allowTrailingComma: false})
  const first = errors[0]
  const position = positionOfOffset(text, first?.offset ?? 0)
  // `ValueExpected` → `value expected`.
  const reason = first ? printParseErrorCode(first.error).replace(/(?<=[a-z])(?=[A-Z])/g, ' ').toLowerCase() : fallback
  return {message: `Invalid JSON: ${reason}`, ...position}
}

function zodIssueError(text: string, issues: readonly z.core.$ZodIssue[]): SchemaError {
  const issue = issues[0]
  const path = issue?.path ?? []
  const keyPath = formatKeyPath(path)
  // Point at the deepest JSON node that exists on the failing path.
  const tree = parseTree(text)
  let node = tree ? findNodeAtLocation(tree, path.filter((key) => typeof key !== 'symbol') as Array<string | number>) : undefined
  for (let depth = path.length - 1; !node && tree && depth >= 0; depth--) {
    node = findNodeAtLocation(tree, path.slice(0, depth).filter((key) => typeof key !== 'symbol') as Array<string | number>)
  }
  const position = positionOfOffset(text, node?.offset ?? 0)
  return {message: `Invalid schema at \`${keyPath}\`: ${issue?.message ?? 'unknown problem'}`, ...position, element: keyPath}
}

/** Parse locdoc's JSON schema form; the first zod issue becomes the error. */
export function parseSchemaJson(text: string): ParseSchemaResult {
  let value: unknown
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''))
  } catch (error) {
    return {ok: false, error: jsonSyntaxError(text, error instanceof Error ? error.message : String(error))}
  }
  const parsed = ApiSchema.safeParse(value)
  if (parsed.success) return {ok: true, schema: parsed.data}
  return {ok: false, error: zodIssueError(text, parsed.error.issues)}
}

function withFile(result: ParseSchemaResult, file: string): LoadSchemaResult {
  return result.ok ? result : {ok: false, error: {...result.error, file}}
}

/**
 * CSDL does not say which API version it describes; Graph's metadata files
 * are named for it (`v1.0.csdl`, `beta-metadata.xml`), so take it from there.
 */
export function versionFromFileName(path: string): string | undefined {
  const name = basename(path).toLowerCase()
  if (/(^|[^a-z\d])v1\.0([^\d]|$)/.test(name)) return 'v1.0'
  if (/(^|[^a-z])beta([^a-z]|$)/.test(name)) return 'beta'
  return undefined
}

function withVersion(result: ParseSchemaResult, path: string): ParseSchemaResult {
  if (!result.ok || result.schema.version !== undefined) return result
  const version = versionFromFileName(path)
  return version ? {ok: true, schema: {...result.schema, version}} : result
}

/** Read a CSDL or JSON schema file. I/O and format problems come back as `{ok: false}`. */
export async function loadSchemaFile(path: string): Promise<LoadSchemaResult> {
  let text: string
  try {
    text = await readFile(path, 'utf8')
  } catch (error) {
    const code = (error as NodeJS.ErrnoException | undefined)?.code
    const reason = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : error instanceof Error ? error.message : String(error)
    return {ok: false, error: {message: `Cannot read schema file \`${path}\`: ${reason}`, line: 1, column: 1, file: path}}
  }
  switch (schemaFormat(path, text)) {
    case 'csdl':
      return withFile(withVersion(parseCsdl(text, {source: basename(path)}), path), path)
    case 'json': {
      const result = parseSchemaJson(text)
      return withFile(withVersion(result.ok && result.schema.source === undefined ? {ok: true, schema: {...result.schema, source: basename(path)}} : result, path), path)
    }
    default:
      return {
        ok: false,
        error: {message: `Unknown schema format for \`${path}\`: expected OData CSDL (XML) or JSON`, line: 1, column: 1, file: path}
      }
  }
}
