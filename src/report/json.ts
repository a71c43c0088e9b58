/**
 * ESLint-compatible JSON: an array of ESLint's `LintResult` (`filePath`,
 * `messages`, `errorCount`, `warningCount`, …), each message an ESLint
 * `LintMessage` plus locdoc's `actual`, `expected`, `fingerprint`,
 * `category` and `url`.
 */
import path from 'node:path'
import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {z} from 'zod/v4'
import {Fix, Provenance, RuleCategory} from '../rules/create-rule.js'
import {writeAll, type ReportWriter} from './writer.js'

/** Ids of messages that mean the file was not linted at all: ESLint's `fatal` (a parsing error). */
const unreadableIds = new Set(['read', 'file-encoding'])

export const JsonMessage = z.object({
  ruleId: z.string().nullable().describe('Rule that reported the finding.'),
  severity: z.union([z.literal(1), z.literal(2)]).describe('1 warning, 2 error, as in ESLint.'),
  fatal: z.literal(true).optional().describe('The file could not be read or decoded, so it was not linted (ESLint: a parsing error).'),
  message: z.string().describe('remark-lint grammar: "Unexpected `.0` for member `none`, expected `0`".'),
  line: z.number().int().positive().describe('1-based line where the finding starts.'),
  column: z.number().int().positive().describe('1-based column (UTF-16 code units) where the finding starts.'),
  endLine: z.number().int().positive().optional().describe('1-based line where the finding ends.'),
  endColumn: z.number().int().positive().optional().describe('1-based column just after the finding.'),
  fix: Fix.optional().describe('ESLint edit: range of offsets into the BOM-less text and its replacement.'),
  actual: z.string().optional().describe('Text at fault.'),
  expected: z.array(z.string()).optional().describe('Acceptable replacements, best first.'),
  fingerprint: z.string().optional().describe('Stable identity of the finding across unrelated edits.'),
  category: RuleCategory.optional(),
  provenance: Provenance.optional(),
  url: z.string().optional().describe('Documentation of the rule.')
})
export type JsonMessage = z.infer<typeof JsonMessage>

export const JsonResult = z.object({
  filePath: z.string().describe('Absolute path of the page.'),
  messages: z.array(JsonMessage).describe('Findings, by position.'),
  suppressedMessages: z.array(JsonMessage).describe('Always empty: locdoc has no inline suppressions.'),
  errorCount: z.number().int().nonnegative(),
  fatalErrorCount: z.number().int().nonnegative().describe('Messages with `fatal`: the file was not linted.'),
  warningCount: z.number().int().nonnegative(),
  fixableErrorCount: z.number().int().nonnegative(),
  fixableWarningCount: z.number().int().nonnegative(),
  usedDeprecatedRules: z.array(z.object({ruleId: z.string(), replacedBy: z.array(z.string())})).describe('Always empty.'),
  source: z.string().optional().describe('The BOM-less page text, with `--include-source` (ESLint formatters show code frames from it).')
})
export type JsonResult = z.infer<typeof JsonResult>

export interface JsonOptions {
  cwd?: string
  /** Put each page's text in `source`. */
  includeSource?: boolean
}

export function toJsonResults(files: readonly VFile[], options: JsonOptions = {}): JsonResult[] {
  return files.map((file) => toJsonResult(file, options))
}

export function toJsonResult(file: VFile, options: JsonOptions = {}): JsonResult {
  const messages = [...file.messages].sort(byPosition).map(toJsonMessage)
  const errors = messages.filter((message) => message.severity === 2)
  const warnings = messages.filter((message) => message.severity === 1)
  return {
    filePath: path.resolve(options.cwd ?? process.cwd(), file.path ?? ''),
    messages,
    suppressedMessages: [],
    errorCount: errors.length,
    fatalErrorCount: messages.filter((message) => message.fatal).length,
    warningCount: warnings.length,
    fixableErrorCount: errors.filter((message) => message.fix).length,
    fixableWarningCount: warnings.filter((message) => message.fix).length,
    usedDeprecatedRules: [],
    ...(options.includeSource ? {source: String(file.value ?? '')} : {})
  }
}

export function formatJson(files: readonly VFile[], options: JsonOptions = {}): string {
  return writeAll(createJsonWriter(options), files)
}

/**
 * The JSON array written one result at a time, byte for byte what
 * `JSON.stringify(results, null, 2)` gives for the whole array.
 */
export function createJsonWriter(options: JsonOptions = {}): ReportWriter {
  let count = 0
  return {
    file(file) {
      return `${count++ === 0 ? '[\n' : ',\n'}${arrayItem(toJsonResult(file, options), '  ')}`
    },
    end: () => (count === 0 ? '[]' : '\n]')
  }
}

/** `value` as `JSON.stringify` lays out an array element at `indent`. */
export function arrayItem(value: unknown, indent: string): string {
  return indent + JSON.stringify(value, null, 2).replaceAll('\n', `\n${indent}`)
}

export function toJsonMessage(message: VFileMessage): JsonMessage {
  const {start, end} = spanOf(message)
  return {
    ruleId: message.ruleId ?? null,
    severity: message.fatal ? 2 : 1,
    ...(message.ruleId && unreadableIds.has(message.ruleId) ? {fatal: true as const} : {}),
    message: message.reason,
    line: start.line,
    column: start.column,
    ...(end ? {endLine: end.line, endColumn: end.column} : {}),
    ...(message.fix ? {fix: message.fix} : {}),
    ...(message.actual === undefined ? {} : {actual: message.actual}),
    ...(message.expected === undefined ? {} : {expected: message.expected}),
    ...(message.fingerprint ? {fingerprint: message.fingerprint} : {}),
    ...(message.category ? {category: message.category} : {}),
    ...(message.provenance ? {provenance: message.provenance} : {}),
    ...(message.url ? {url: message.url} : {})
  }
}

/** Start and (when known) end of a message; a message without a place sits at 1:1. */
export function spanOf(message: VFileMessage): {start: {line: number; column: number}; end?: {line: number; column: number}} {
  const place = message.place
  const start = place && 'start' in place ? place.start : place
  const end = place && 'end' in place ? place.end : undefined
  return {
    start: {line: start?.line ?? 1, column: start?.column ?? 1},
    ...(end ? {end: {line: end.line, column: end.column}} : {})
  }
}

export function byPosition(a: VFileMessage, b: VFileMessage): number {
  return (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0)
}
