/**
 * Fenced code blocks: HTTP request lines and JSON bodies. Lines are mapped
 * back to source offsets one by one, because a block inside a list or block
 * quote loses a prefix on every line.
 */
import type {Code} from 'mdast'
import type {Range} from '../extract/types.js'
import type {HttpRequest, JsonExample} from './types.js'

interface SourceLine {
  text: string
  start: number
}

// The target may hold spaces in its query (`$filter=displayName eq 'x'`), so it runs to the
// line end (or an HTTP version); it starts like a path, a URL or a `{placeholder}`.
const requestLinePattern = /^([^\s:/]+)[ \t]+((?:\/|https?:\/\/|\{).*?)(?:[ \t]+HTTP\/\d(?:\.\d)?)?[ \t]*$/i
const statusLinePattern = /^HTTP\/\d(?:\.\d)?\s+\d{3}\b/i

export interface CodeBlockContent {
  requests: HttpRequest[]
  jsonExamples: JsonExample[]
}

export function readCodeBlock(node: Code, source: string, section: string | undefined, lastRequest?: HttpRequest): CodeBlockContent {
  const language = (node.lang ?? '').toLowerCase()
  const lines = codeLines(node, source)
  if (language === 'http' || (language === '' && lines[0] && requestLinePattern.test(lines[0].text) && isExampleSection(section))) {
    return readHttpBlock(lines, section, lastRequest)
  }
  if (language === 'json' && isExampleSection(section)) {
    const body = toJsonExample(lines, /response/.test(section ?? '') ? 'response' : 'request', section, lastRequest)
    return {requests: [], jsonExamples: body ? [body] : []}
  }
  return {requests: [], jsonExamples: []}
}

/** Example bodies live under `request`/`response` headings; JSON representations of resources do not. */
function isExampleSection(section: string | undefined): boolean {
  return section !== undefined && /request|response|example/.test(section) && !/representation/.test(section)
}

function readHttpBlock(lines: SourceLine[], section: string | undefined, lastRequest?: HttpRequest): CodeBlockContent {
  const firstIndex = lines.findIndex((line) => line.text.trim() !== '')
  const first = lines[firstIndex]
  if (!first) return {requests: [], jsonExamples: []}
  const kind: HttpRequest['kind'] = section === 'http-request' ? 'syntax' : 'example'
  if (statusLinePattern.test(first.text.trim())) {
    const body = toJsonExample(bodyLines(lines, firstIndex), 'response', section, lastRequest)
    return {requests: [], jsonExamples: body ? [body] : []}
  }
  if (kind === 'syntax') {
    // A syntax block lists one request per line and has no body.
    const requests = lines.map((line) => toRequest(line, 'syntax', section)).filter((request) => request !== undefined)
    return {requests, jsonExamples: []}
  }
  const request = toRequest(first, kind, section)
  const body = toJsonExample(bodyLines(lines, firstIndex), 'request', section, request)
  return {requests: request ? [request] : [], jsonExamples: body ? [body] : []}
}

function toRequest(line: SourceLine, kind: HttpRequest['kind'], section: string | undefined): HttpRequest | undefined {
  const leading = line.text.length - line.text.trimStart().length
  const match = requestLinePattern.exec(line.text.trim())
  if (!match) return undefined
  const method = match[1]!
  const target = match[2]!
  const methodStart = line.start + leading
  const targetStart = methodStart + line.text.trim().indexOf(target, method.length)
  return {
    kind,
    method,
    target,
    path: normalizeRequestPath(target),
    methodRange: {start: methodStart, end: methodStart + method.length},
    targetRange: {start: targetStart, end: targetStart + target.length},
    section
  }
}

/** `https://graph.microsoft.com/beta/me/events?$top=1` → `/me/events`. */
export function normalizeRequestPath(target: string): string {
  let path = target.replace(/^[a-z][a-z\d+.-]*:\/\/[^/]+/i, '')
  path = path.replace(/[?#].*$/, '')
  path = path.replace(/^\/(?:v1\.0|beta)(?=\/|$)/i, '')
  if (!path.startsWith('/')) path = `/${path}`
  return path.length > 1 ? path.replace(/\/+$/, '') : path
}

/** Lines after the first blank line following the start line (headers come first). */
function bodyLines(lines: SourceLine[], firstIndex: number): SourceLine[] {
  const blank = lines.findIndex((line, index) => index > firstIndex && line.text.trim() === '')
  return blank === -1 ? [] : lines.slice(blank + 1)
}

function toJsonExample(
  lines: SourceLine[],
  role: JsonExample['role'],
  section: string | undefined,
  request: HttpRequest | undefined
): JsonExample | undefined {
  const start = lines.findIndex((line) => line.text.trim() !== '')
  if (start === -1) return undefined
  let end = lines.length
  while (end > start && lines[end - 1]!.text.trim() === '') end--
  const body = lines.slice(start, end)
  const opening = body[0]!.text.trim()[0]
  if (opening !== '{' && opening !== '[') return undefined
  const last = body.at(-1)!
  const range: Range = {start: body[0]!.start, end: last.start + last.text.length}
  return {
    role,
    text: body.map((line) => line.text).join('\n'),
    range,
    lineStarts: body.map((line) => line.start),
    request,
    section
  }
}

/** Content lines of a code block with the source offset where each one's text starts. */
export function codeLines(node: Code, source: string): SourceLine[] {
  const position = node.position
  if (!position) return node.value.split(/\r?\n/).map((text) => ({text, start: 0}))
  const start = position.start.offset!
  const end = position.end.offset!
  const valueLines = node.value === '' ? [] : node.value.split(/\r?\n/)
  const fenced = /^[ \t>]*(`{3,}|~{3,})/.test(source.slice(source.lastIndexOf('\n', start) + 1, start + 4))
  let cursor = fenced ? nextLineStart(source, start, end) : start
  return valueLines.map((text) => {
    const lineEnd = lineEndAt(source, cursor, end)
    const sourceLine = source.slice(cursor, lineEnd)
    // The value line is the source line minus a container prefix (`> `, indentation).
    const prefix = sourceLine.endsWith(text) ? sourceLine.length - text.length : 0
    const line = {text, start: cursor + prefix}
    cursor = nextLineStart(source, cursor, end)
    return line
  })
}

function lineEndAt(source: string, from: number, limit: number): number {
  const newline = source.indexOf('\n', from)
  const end = newline === -1 || newline > limit ? limit : newline
  return source.charCodeAt(end - 1) === 13 /* \r */ ? end - 1 : end
}

function nextLineStart(source: string, from: number, limit: number): number {
  const newline = source.indexOf('\n', from)
  return newline === -1 || newline >= limit ? limit : newline + 1
}
