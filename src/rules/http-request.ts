/**
 * HTTP request lines are copied into code: the method must be a real HTTP
 * method and the path must keep its ASCII segments. The expected value comes
 * from the page's other request lines, or from the API schema.
 */
import type {ApiIndex} from '../schema/api-index.js'
import type {HttpRequest, Page} from '../model/types.js'
import {createRule} from './create-rule.js'
import {quote} from './util/cells.js'

const httpMethods = new Set(['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS'])

export const httpRequest = createRule(
  {
    id: 'http-request',
    description: 'An HTTP method or path segment in a request line was translated or mangled.',
    category: 'translation',
    fixable: true
  },
  ({page, api, report}) => {
    for (const request of page.requests) {
      if (!httpMethods.has(request.method)) {
        const candidates = methodCandidates(request, page, api)
        const expected = candidates.length === 1 ? candidates[0] : undefined
        report({
          range: request.methodRange,
          reason: `Unexpected HTTP method ${quote(request.method)}${expected ? `, expected ${quote(expected)}` : ''}`,
          actual: request.method,
          expected: expected ?? (candidates.length > 0 ? candidates : undefined),
          fix: expected ? {text: expected} : undefined,
          key: `method ${request.target}`
        })
      }
      for (const segment of translatedSegments(request)) {
        const expected = alignedSegment(request, segment.index, page)
        report({
          range: segment.range,
          reason: `Unexpected path segment ${quote(segment.text)} in ${quote(request.target)}${expected ? `, expected ${quote(expected)}` : ''}`,
          actual: segment.text,
          expected,
          fix: expected ? {text: expected} : undefined,
          key: `path ${segment.index} ${request.target}`
        })
      }
    }
  }
)

function methodCandidates(request: HttpRequest, page: Page, api: ApiIndex | undefined): string[] {
  const upper = request.method.toUpperCase()
  if (httpMethods.has(upper)) return [upper]
  const shape = pathShape(request.path)
  const fromPage = page.requests
    .filter((other) => other !== request && httpMethods.has(other.method) && pathShape(other.path) === shape)
    .map((other) => other.method)
  if (fromPage.length > 0) return [...new Set(fromPage)]
  const fromApi = api?.operationsForPath(request.path).map((operation) => operation.method) ?? []
  return [...new Set(fromApi)]
}

/** A path with every `{placeholder}` and id-like segment blanked: `/a/{}/b`. */
function pathShape(path: string): string {
  return path
    .split('/')
    .map((segment) => (/^\{.*\}$|^[\da-f-]{8,}$|^'.*'$/i.test(segment) ? '{}' : segment.toLowerCase()))
    .join('/')
}

interface PathSegment {
  index: number
  text: string
  range: {start: number; end: number}
}

/** Fixed segments with characters no Graph path segment has: letters of other scripts, spaces. */
function translatedSegments(request: HttpRequest): PathSegment[] {
  const found: PathSegment[] = []
  const pathStart = request.target.indexOf(request.path === '/' ? '/' : request.path.split('/')[1] ?? '')
  let cursor = Math.max(pathStart, 0)
  for (const [index, text] of request.path.split('/').entries()) {
    if (text === '') continue
    const at = request.target.indexOf(text, cursor)
    if (at === -1) break
    cursor = at + text.length
    if (/^\{.*\}$/.test(text) || !looksTranslated(text)) continue
    const start = request.targetRange.start + at
    found.push({index, text, range: {start, end: start + text.length}})
  }
  return found
}

/**
 * Letters of another script, or white space, outside OData key and function
 * arguments (`Requests(Id='{id}', Type='x')` may hold spaces and any text).
 */
function looksTranslated(segment: string): boolean {
  const bare = segment.replace(/'(?:[^']|'')*'|"[^"]*"/g, "''").replace(/\((?:[^()]|\([^()]*\))*\)/g, '()')
  return /[^\x00-\x7f]|\s/.test(bare)
}

/** The same segment of another request line on the page whose other fixed segments agree. */
function alignedSegment(request: HttpRequest, index: number, page: Page): string | undefined {
  const segments = request.path.split('/')
  for (const other of page.requests) {
    if (other === request) continue
    const otherSegments = other.path.split('/')
    if (otherSegments.length !== segments.length) continue
    const agrees = segments.every(
      (segment, position) =>
        position === index || segment.toLowerCase() === otherSegments[position]!.toLowerCase() || /^\{.*\}$/.test(otherSegments[position]!) || /^\{.*\}$/.test(segment)
    )
    const candidate = otherSegments[index]!
    if (agrees && /^[\x21-\x7e]+$/.test(candidate) && !/^\{.*\}$/.test(candidate)) return candidate
  }
  return undefined
}
