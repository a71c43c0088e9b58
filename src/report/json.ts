/**
 * ESLint-compatible JSON: an array of `{filePath, messages, errorCount,
 * warningCount, …}`, with locdoc's `actual`, `expected`, `fix`, `fingerprint`
 * and `category` on each message.
 */
import path from 'node:path'
import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'

export interface JsonMessage {
  ruleId: string | null
  severity: 1 | 2
  message: string
  line: number
  column: number
  endLine?: number
  endColumn?: number
  actual?: string
  expected?: string[]
  fix?: {range: [number, number]; text: string}
  fingerprint?: string
  category?: string
  url?: string
}

export interface JsonResult {
  filePath: string
  messages: JsonMessage[]
  errorCount: number
  warningCount: number
  fixableErrorCount: number
  fixableWarningCount: number
}

export function toJsonResults(files: readonly VFile[], options: {cwd?: string} = {}): JsonResult[] {
  return files.map((file) => {
    const messages = [...file.messages].sort(byPosition).map(toJsonMessage)
    const errors = messages.filter((message) => message.severity === 2)
    const warnings = messages.filter((message) => message.severity === 1)
    return {
      filePath: path.resolve(options.cwd ?? process.cwd(), file.path ?? ''),
      messages,
      errorCount: errors.length,
      warningCount: warnings.length,
      fixableErrorCount: errors.filter((message) => message.fix).length,
      fixableWarningCount: warnings.filter((message) => message.fix).length
    }
  })
}

export function formatJson(files: readonly VFile[], options: {cwd?: string} = {}): string {
  return JSON.stringify(toJsonResults(files, options), null, 2)
}

function toJsonMessage(message: VFileMessage): JsonMessage {
  const start = message.place && 'start' in message.place ? message.place.start : message.place
  const end = message.place && 'end' in message.place ? message.place.end : undefined
  return {
    ruleId: message.ruleId ?? null,
    severity: message.fatal ? 2 : 1,
    message: message.reason,
    line: start?.line ?? 1,
    column: start?.column ?? 1,
    ...(end ? {endLine: end.line, endColumn: end.column} : {}),
    ...(message.actual === undefined ? {} : {actual: message.actual}),
    ...(message.expected === undefined ? {} : {expected: message.expected}),
    ...(message.fix ? {fix: message.fix} : {}),
    ...(message.fingerprint ? {fingerprint: message.fingerprint} : {}),
    ...(message.category ? {category: message.category} : {}),
    ...(message.url ? {url: message.url} : {})
  }
}

export function byPosition(a: VFileMessage, b: VFileMessage): number {
  return (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0)
}
