/**
 * HTTP request lines are copied into code: the method must be a real HTTP
 * method and the path must keep its ASCII segments. The expected value comes
 * from the page's other request lines, or from the API schema.
 */
import type {ApiIndex} from '../schema/api-index.js'
import type {HttpRequest, Page} from '../model/types.js'
import {createRule} from './create-rule.js'
import {excerpt, quote} from './util/cells.js'

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
      const translated = translatedSegments(request)
      if (translated.length === 0) continue
      const aligned = alignedRequests(request, page)
      const target = excerpt(request.target)
      for (const segment of translated) {
        const expected = alignedSegment(aligned, segment.index)
        report({
          range: segment.range,
          reason: `Unexpected path segment ${quote(segment.text)} in ${quote(target)}${expected ? `, expected ${quote(expected)}` : ''}`,
          actual: segment.text,
          expected,
          fix: expected ? {text: expected} : undefined,
          key: `path ${segment.index} ${target}`
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

/** Fixed segments with characters no Graph path segment has: letters of other scripts. */
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
 * Letters of another script outside OData key and function arguments
 * (`Requests(Id='{id}', Type='x')` may hold any text). ASCII white space
 * alone is the English page's own writing: `{user-id} | user-principal-name`,
 * `{path and filename}:`, `healthOverviews/Microsoft 365 suite` are all
 * verbatim in the English, as was every such line of five locales' pages.
 */
function looksTranslated(segment: string): boolean {
  const bare = segment.replace(/'(?:[^']|'')*'|"[^"]*"/g, "''").replace(/\((?:[^()]|\([^()]*\))*\)/g, '()')
  return /[^\x00-\x7f]/.test(bare)
}

interface AlignedRequest {
  segments: string[]
  /** Positions where this request's fixed segments differ from the one being checked. */
  disagreements: number[]
}

const placeholder = /^\{.*\}$/

/**
 * The page's other request lines with as many segments, each with the
 * positions where it disagrees: computed once per request, so a long path
 * costs linear time however many of its segments are translated.
 */
function alignedRequests(request: HttpRequest, page: Page): AlignedRequest[] {
  const segments = request.path.split('/')
  const aligned: AlignedRequest[] = []
  for (const other of page.requests) {
    if (other === request) continue
    const otherSegments = other.path.split('/')
    if (otherSegments.length !== segments.length) continue
    const disagreements: number[] = []
    for (const [position, segment] of segments.entries()) {
      const theirs = otherSegments[position]!
      const agrees = segment.toLowerCase() === theirs.toLowerCase() || placeholder.test(theirs) || placeholder.test(segment)
      // Two disagreements already rule this line out for every position.
      if (!agrees && disagreements.push(position) > 1) break
    }
    aligned.push({segments: otherSegments, disagreements})
  }
  return aligned
}

/** The same segment of another request line on the page whose other fixed segments agree. */
function alignedSegment(aligned: readonly AlignedRequest[], index: number): string | undefined {
  for (const {segments, disagreements} of aligned) {
    const agrees = disagreements.length === 0 || (disagreements.length === 1 && disagreements[0] === index)
    const candidate = segments[index]!
    if (agrees && /^[\x21-\x7e]+$/.test(candidate) && !placeholder.test(candidate)) return candidate
  }
  return undefined
}
