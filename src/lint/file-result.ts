/**
 * What linting one page leaves behind, as plain data: the path, the findings
 * and whether the page could be read. It crosses worker threads and sits in
 * the cache, so it holds no models, no text and no class instances; a
 * formatter gets a VFile back from it.
 */
import {VFile} from 'vfile'
import {VFileMessage} from 'vfile-message'
import {z} from 'zod/v4'
import {Fix, Provenance, RuleCategory} from '../rules/create-rule.js'
import {withoutStackTrace} from '../util/without-stack-trace.js'

const Point = z.object({line: z.number(), column: z.number(), offset: z.number().optional()})

export const StoredMessage = z.object({
  reason: z.string(),
  ruleId: z.string().optional(),
  source: z.string().optional(),
  fatal: z.boolean().optional().describe('true an error, false a warning, absent an informational note.'),
  start: Point.optional(),
  end: Point.optional(),
  actual: z.string().optional(),
  expected: z.array(z.string()).optional(),
  note: z.string().optional(),
  url: z.string().optional(),
  fix: Fix.optional(),
  fingerprint: z.string().optional(),
  category: RuleCategory.optional(),
  provenance: Provenance.optional()
})
export type StoredMessage = z.infer<typeof StoredMessage>

export const FileResult = z.object({
  path: z.string().describe('The page as it was named: relative to the working directory when below it.'),
  messages: z.array(StoredMessage),
  readFailure: z.boolean().optional().describe('The file could not be read at all: an I/O failure, not a finding.'),
  linted: z.boolean().describe('A page model was built, so the rules ran.'),
  source: z.string().optional().describe('The BOM-less text, only when a report asks for it.')
})
export type FileResult = z.infer<typeof FileResult>

export function toFileResult(file: VFile, options: {keepSource?: boolean} = {}): FileResult {
  return {
    path: file.path,
    messages: file.messages.map(storeMessage),
    ...(file.data.readFailure ? {readFailure: true} : {}),
    linted: file.data.page !== undefined,
    ...(options.keepSource ? {source: String(file.value ?? '')} : {})
  }
}

function storeMessage(message: VFileMessage): StoredMessage {
  const place = message.place
  const start = place && 'start' in place ? place.start : place
  const end = place && 'end' in place ? place.end : undefined
  const stored: StoredMessage = {reason: message.reason}
  if (message.ruleId) stored.ruleId = message.ruleId
  if (message.source) stored.source = message.source
  if (message.fatal !== undefined && message.fatal !== null) stored.fatal = message.fatal
  if (start) stored.start = {line: start.line, column: start.column, ...(start.offset === undefined ? {} : {offset: start.offset})}
  if (end) stored.end = {line: end.line, column: end.column, ...(end.offset === undefined ? {} : {offset: end.offset})}
  copyCarried(message, stored)
  return stored
}

/** What a finding carries beyond a vfile message's own fields, copied as it is both ways. */
const carriedFields = ['actual', 'expected', 'note', 'url', 'fix', 'fingerprint', 'category', 'provenance'] as const satisfies ReadonlyArray<keyof StoredMessage>

type Carrier = Partial<Record<(typeof carriedFields)[number], unknown>>

function copyCarried(from: object, to: object): void {
  for (const field of carriedFields) {
    const value = (from as Carrier)[field]
    if (value !== undefined && value !== null) (to as Carrier)[field] = value
  }
}

/** A VFile carrying the stored messages, as the formatters take it. */
export function toVFile(result: FileResult): VFile {
  const file = new VFile({path: result.path, value: result.source ?? ''})
  if (result.readFailure) file.data.readFailure = true
  for (const stored of result.messages) file.messages.push(restoreMessage(stored, file.path))
  return file
}

function restoreMessage(stored: StoredMessage, path: string): VFileMessage {
  const place = stored.start ? (stored.end ? {start: stored.start, end: stored.end} : stored.start) : undefined
  const message = withoutStackTrace(() => new VFileMessage(stored.reason, {place, ruleId: stored.ruleId, source: stored.source}))
  message.file = path
  message.fatal = stored.fatal
  copyCarried(stored, message)
  return message
}

/** Errors and warnings of one result, as the exit code counts them. */
export function countFindings(result: FileResult): {errors: number; warnings: number} {
  let errors = 0
  let warnings = 0
  for (const message of result.messages) {
    if (message.fatal === true) errors++
    else if (message.fatal === false) warnings++
  }
  return {errors, warnings}
}
