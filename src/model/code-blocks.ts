/**
 * Fenced code blocks: HTTP request lines and JSON bodies. Lines are mapped
 * back to source offsets one by one, because a block inside a list or block
 * quote loses a prefix on every line.
 */
import type {Code} from 'mdast'
import {parseTree, type Node as JsonNode} from 'jsonc-parser'
import type {Range} from '../extract/types.js'
import {lineEndAt, lineStartAt, nextLineStart, splitLines} from './source-text.js'
import type {HttpRequest, JsonExample, Representation, RepresentationKey} from './types.js'

interface SourceLine {
  text: string
  start: number
}

type BodyRole = JsonExample['role']

// The target may hold spaces in its query (`$filter=displayName eq 'x'`), so it runs to the
// line end (or an HTTP version); it starts like a path, a URL or a `{placeholder}`.
const requestLinePattern = /^([^\s:/]+)[ \t]+((?:\/|https?:\/\/|\{).*?)(?:[ \t]+HTTP\/\d(?:\.\d)?)?[ \t]*$/i
// Inside an HTTP fence a relative target may start with a letter (`GET me/events`). The method
// is then one word of letters (in any script, a translated method included), which no header
// line (`Name: value`) is; the path up to the query holds no space.
const relativeRequestLinePattern = /^(\p{L}+)[ \t]+(\p{L}[^\s?#]*(?:[?#].*?)?)(?:[ \t]+HTTP\/\d(?:\.\d)?)?[ \t]*$/iu
const statusLinePattern = /^HTTP\/\d(?:\.\d)?\s+\d{3}\b/i
// Fences Graph and other API pages use for HTTP: `msgraph-interactive` renders a "Try it" button.
const httpLanguages = new Set(['http', 'https', 'msgraph-interactive'])

export interface CodeBlockContext {
  section: string | undefined
  /** The last request line read so far on the page. */
  lastRequest?: HttpRequest
  /** What the nearest `Request`/`Response` label before the block in its section says. */
  label?: BodyRole
  /** What the previous HTTP block of the section held. */
  previousHttp?: BodyRole
}

export interface CodeBlockContent {
  requests: HttpRequest[]
  jsonExamples: JsonExample[]
  representations: Representation[]
  /** For an HTTP block: whether it held a request or a response. */
  http?: BodyRole
}

const empty = (): CodeBlockContent => ({requests: [], jsonExamples: [], representations: []})

export function readCodeBlock(node: Code, source: string, context: CodeBlockContext): CodeBlockContent {
  const language = (node.lang ?? '').toLowerCase()
  const lines = codeLines(node, source)
  const {section} = context
  if (httpLanguages.has(language)) return readHttpBlock(lines, context, true)
  const first = lines.find((line) => line.text.trim() !== '')
  if (language === '' && first && requestLinePattern.test(first.text.trim()) && isExampleSection(section)) {
    return readHttpBlock(lines, context, false)
  }
  if (language !== 'json') return empty()
  if (isRepresentationSection(section)) {
    const representation = toRepresentation(lines, section)
    return {...empty(), representations: representation ? [representation] : []}
  }
  // A JSON fence may hold a whole response: status line, headers, then the body.
  if (first && statusLinePattern.test(first.text.trim())) {
    const body = toJsonExample(bodyLines(lines, lines.indexOf(first)), 'response', section, context.lastRequest)
    return {...empty(), jsonExamples: body ? [body] : [], http: 'response'}
  }
  if (!isExampleSection(section)) return empty()
  const body = toJsonExample(lines, jsonRole(context), section, context.lastRequest)
  return {...empty(), jsonExamples: body ? [body] : []}
}

/** Example bodies live under `request`/`response`/`example` headings; JSON representations of resources do not. */
function isExampleSection(section: string | undefined): boolean {
  return section !== undefined && /request|response|example/.test(section) && !/representation/.test(section)
}

function isRepresentationSection(section: string | undefined): boolean {
  return section !== undefined && /representation/.test(section)
}

/**
 * A section named for the request or response says which a body is. Under a
 * generic `Example` heading the page's own `Request`/`Response` label does;
 * failing that, a body after a request line is its response.
 */
function jsonRole(context: CodeBlockContext): BodyRole {
  const section = context.section ?? ''
  if (/response/.test(section)) return 'response'
  if (/request/.test(section)) return 'request'
  if (context.label) return context.label
  return context.previousHttp === 'request' ? 'response' : 'request'
}

function readHttpBlock(lines: SourceLine[], context: CodeBlockContext, relative: boolean): CodeBlockContent {
  const {section} = context
  const firstIndex = lines.findIndex((line) => line.text.trim() !== '')
  const first = lines[firstIndex]
  if (!first) return empty()
  const kind: HttpRequest['kind'] = section === 'http-request' ? 'syntax' : 'example'
  if (statusLinePattern.test(first.text.trim())) {
    const body = toJsonExample(bodyLines(lines, firstIndex), 'response', section, context.lastRequest)
    return {...empty(), jsonExamples: body ? [body] : [], http: 'response'}
  }
  if (kind === 'syntax') {
    // A syntax block lists one request per line and has no body.
    const requests = lines.map((line) => toRequest(line, 'syntax', section, relative)).filter((request) => request !== undefined)
    return {...empty(), requests, http: requests.length > 0 ? 'request' : undefined}
  }
  const request = toRequest(first, kind, section, relative)
  const body = toJsonExample(bodyLines(lines, firstIndex), 'request', section, request)
  return {...empty(), requests: request ? [request] : [], jsonExamples: body ? [body] : [], http: request ? 'request' : undefined}
}

function toRequest(line: SourceLine, kind: HttpRequest['kind'], section: string | undefined, relative: boolean): HttpRequest | undefined {
  const leading = line.text.length - line.text.trimStart().length
  const trimmed = line.text.trim()
  const match = requestLinePattern.exec(trimmed) ?? (relative ? relativeRequestLinePattern.exec(trimmed) : null)
  if (!match) return undefined
  const method = match[1]!
  const target = match[2]!
  const methodStart = line.start + leading
  const targetStart = methodStart + trimmed.indexOf(target, method.length)
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

/**
 * The body after a start line and its headers: the lines after the first
 * blank line, or from the first line that opens JSON when no blank line
 * separates them.
 */
function bodyLines(lines: SourceLine[], firstIndex: number): SourceLine[] {
  const blank = lines.findIndex((line, index) => index > firstIndex && line.text.trim() === '')
  if (blank !== -1) return lines.slice(blank + 1)
  const opening = lines.findIndex((line, index) => index > firstIndex && /^[{[]/.test(line.text.trim()))
  return opening === -1 ? [] : lines.slice(opening)
}

interface BlockText {
  text: string
  range: Range
  lineStarts: number[]
}

/** The lines from the first to the last non-blank one, if they open like JSON. */
function jsonText(lines: SourceLine[]): BlockText | undefined {
  const start = lines.findIndex((line) => line.text.trim() !== '')
  if (start === -1) return undefined
  let end = lines.length
  while (end > start && lines[end - 1]!.text.trim() === '') end--
  const body = lines.slice(start, end)
  const opening = body[0]!.text.trim()[0]
  if (opening !== '{' && opening !== '[') return undefined
  const last = body.at(-1)!
  return {
    text: body.map((line) => line.text).join('\n'),
    range: {start: body[0]!.start, end: last.start + last.text.length},
    lineStarts: body.map((line) => line.start)
  }
}

function toJsonExample(lines: SourceLine[], role: BodyRole, section: string | undefined, request: HttpRequest | undefined): JsonExample | undefined {
  const block = jsonText(lines)
  return block ? {role, ...block, request, section} : undefined
}

/**
 * A resource's JSON representation, read tolerantly: comments, trailing
 * commas and truncation (`...`) are common, and the keys read before a
 * fault still count.
 */
function toRepresentation(lines: SourceLine[], section: string | undefined): Representation | undefined {
  const block = jsonText(lines)
  if (!block) return undefined
  const root = parseTree(block.text, [], {allowTrailingComma: true, disallowComments: false})
  if (root?.type !== 'object') return undefined
  const keys: RepresentationKey[] = []
  for (const property of root.children ?? []) {
    const [key, value] = property.children ?? []
    if (typeof key?.value !== 'string' || key.value.startsWith('@')) continue
    keys.push({name: key.value, typeText: value ? typeTextOf(value) : ''})
  }
  return {...block, keys, section}
}

/** What a placeholder value says of its type: `"String (timestamp)"`, `true`, `[{"@odata.type": …}]`. */
function typeTextOf(node: JsonNode): string {
  switch (node.type) {
    case 'string':
      return String(node.value)
    case 'boolean':
      return 'Boolean'
    case 'number':
      return 'Number'
    case 'null':
      return 'Null'
    case 'array': {
      const element = node.children?.[0]
      return element ? `Collection(${typeTextOf(element)})` : 'Collection'
    }
    case 'object': {
      const declared = node.children?.find((child) => child.children?.[0]?.value === '@odata.type')?.children?.[1]?.value
      return typeof declared === 'string' ? declared.replace(/^#/, '') : 'Object'
    }
    default:
      return ''
  }
}

/** Content lines of a code block with the source offset where each one's text starts. */
export function codeLines(node: Code, source: string): SourceLine[] {
  const position = node.position
  if (!position) return splitLines(node.value).map((text) => ({text, start: 0}))
  const start = position.start.offset!
  const end = position.end.offset!
  const valueLines = node.value === '' ? [] : splitLines(node.value)
  const fenced = /^[ \t>]*(`{3,}|~{3,})/.test(source.slice(lineStartAt(source, start), start + 4))
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
