/**
 * A request line must be an operation of the API, spelled as the API spells
 * it (`syncLicenses`, not `synclicenses`), with its placeholders untranslated.
 *
 * A schema derived from metadata never lists every path a service accepts
 * (deep containment, composable functions, casts), so an unknown path is
 * reported only when its first unknown segment is a near miss of a segment
 * the API has at that point; anything else is left alone.
 *
 * Translation leaves code blocks alone except for what it rewrites in other
 * scripts, so only a segment with letters of another script is the
 * translation's. A method the path does not take (`PUT` where the metadata
 * lists `PATCH`) or an ASCII segment in another case (`calendargroups`) is
 * how the English docs wrote it: `source-http-operation`, without a fix.
 */
import type {ApiIndex} from '../schema/api-index.js'
import type {HttpRequest} from '../model/types.js'
import {HttpMethod, type ApiSchema, type Operation} from '../schema/model.js'
import {createRule, type Finding} from './create-rule.js'
import {quote} from './util/cells.js'
import {hasTranslatedLetters} from './util/fault.js'

export const apiHttpOperation = createRule(
  {
    id: 'api-http-operation',
    sourceId: 'source-http-operation',
    description: 'A request line names a method the path does not take, or misspells a path segment or placeholder.',
    category: 'translation',
    fixable: true,
    requiresSchema: true
  },
  ({page, api, report}) => {
    if (!api) return
    for (const request of page.requests) for (const finding of checkRequest(request, api)) report(attribute(finding))
  }
)

/** A finding without letters of another script in what it found is the English docs'. */
function attribute(finding: Finding): Finding {
  if (finding.actual !== undefined && hasTranslatedLetters(finding.actual)) return finding
  return {...finding, fix: undefined, inSource: true}
}

/** OData system segments (`$ref`, `$value`, `$count`) address a resource, they are not keys. */
const systemSegmentPattern = /\/\$[a-z]+$/i

function checkRequest(request: HttpRequest, api: ApiIndex): Finding[] {
  // A method that is not HTTP at all is `http-request`'s to report.
  if (!HttpMethod.safeParse(request.method).success) return []
  // Path addressing (`root:/folder/file.txt:/content`) is outside what a schema lists.
  if (request.path.includes(':')) return []
  const systemSegment = systemSegmentPattern.test(request.path)
  const path = request.path.replace(systemSegmentPattern, '')
  const operations = api.operationsForPath(path)
  if (operations.length === 0) return nearMissFindings(request, path, api)
  const operation = operations.find((candidate) => candidate.method === request.method)
  if (operation) return spellingFindings(request, operation)
  // `$ref` and `$value` take methods their target does not (POST …/members/$ref).
  if (systemSegment) return spellingFindings(request, operations[0]!)
  const methods = [...new Set(operations.map((candidate) => candidate.method))]
  return [
    {
      range: request.methodRange,
      reason: `Unexpected method ${quote(request.method)} for ${quote(operations[0]!.path)}, expected ${methods.map(quote).join(' or ')}`,
      actual: request.method,
      expected: methods,
      // No fix: the schema may know fewer methods than the service takes.
      key: `method ${request.path}`
    },
    ...spellingFindings(request, operations[0]!)
  ]
}

/** Fixed segments must match the template exactly; placeholders must not be translated. */
function spellingFindings(request: HttpRequest, operation: Operation): Finding[] {
  const findings: Finding[] = []
  const expectedSegments = operation.path.split('/')
  for (const segment of locateSegments(request)) {
    const expected = expectedSegments[segment.index]
    if (expected === undefined || segment.text === expected) continue
    const isPlaceholder = /^\{.*\}$/.test(expected)
    // Example values stand in for placeholders; only a translated placeholder name is wrong.
    if (isPlaceholder && !(/^\{.*\}$/.test(segment.text) && /[^\x00-\x7f]/.test(segment.text))) continue
    if (!isPlaceholder && segment.text.toLowerCase() !== expected.toLowerCase() && !/[^\x00-\x7f]/.test(segment.text)) continue
    findings.push(segmentFinding(segment, expected, `as in ${quote(`${operation.method} ${operation.path}`)}`))
  }
  return findings
}

/** The first segment past the longest known prefix, when it is a near miss of a segment the API has there. */
function nearMissFindings(request: HttpRequest, path: string, api: ApiIndex): Finding[] {
  const segments = path.split('/')
  // A known prefix is at most the longest operation path with a cast after each
  // segment (plus the empty segment before the leading slash): start below that.
  for (let length = Math.min(segments.length - 1, 2 * api.longestPath + 2); length >= 2; length--) {
    const known = api.operationsForPath(segments.slice(0, length).join('/'))[0]
    if (!known) continue
    const actual = segments[length]!
    const expected = closestChild(childSegments(api.schema).get(known.path) ?? new Set(), actual)
    const located = locateSegments(request).find((segment) => segment.index === length)
    if (!expected || !located) return []
    return [segmentFinding(located, expected, `the API has ${quote(`${known.path}/${expected}`)}`)]
  }
  return []
}

function segmentFinding(segment: LocatedSegment, expected: string, evidence: string): Finding {
  return {
    range: segment.range,
    reason: `Unexpected path segment ${quote(segment.text)}, expected ${quote(expected)}: ${evidence}`,
    actual: segment.text,
    expected,
    fix: {text: expected},
    key: `segment ${segment.index}`
  }
}

interface LocatedSegment {
  index: number
  text: string
  range: {start: number; end: number}
}

/** Each segment of the normalized path with its range in the request target. */
function locateSegments(request: HttpRequest): LocatedSegment[] {
  const located: LocatedSegment[] = []
  const target = request.target
  let cursor = Math.max(0, target.length - target.replace(/^[a-z][a-z\d+.-]*:\/\/[^/]+/i, '').length)
  for (const [index, text] of request.path.split('/').entries()) {
    if (index === 0 || text === '') continue
    const at = target.indexOf(text, cursor)
    if (at === -1) break
    cursor = at + text.length
    located.push({index, text, range: {start: request.targetRange.start + at, end: request.targetRange.start + cursor}})
  }
  return located
}

const childCache = new WeakMap<ApiSchema, Map<string, Set<string>>>()

/** Template path → the fixed segments that follow it in some operation, built once per schema. */
function childSegments(schema: ApiSchema): Map<string, Set<string>> {
  let children = childCache.get(schema)
  if (children) return children
  children = new Map()
  for (const operation of schema.operations) {
    const segments = operation.path.split('/')
    for (let length = 2; length < segments.length; length++) {
      const next = segments[length]!
      if (/^\{.*\}$/.test(next)) continue
      const parent = segments.slice(0, length).join('/')
      let set = children.get(parent)
      if (!set) children.set(parent, (set = new Set()))
      set.add(next)
    }
  }
  childCache.set(schema, children)
  return children
}

/** The one known child that differs from `actual` by case or by at most two edits (for names of 5+ letters). */
function closestChild(children: ReadonlySet<string>, actual: string): string | undefined {
  const lower = actual.toLowerCase()
  const matches = [...children].filter((child) => {
    if (child.toLowerCase() === lower) return true
    return /[^\x00-\x7f]/.test(actual) ? false : child.length >= 5 && editDistance(child.toLowerCase(), lower, 2) <= 2
  })
  return matches.length === 1 ? matches[0] : undefined
}

/** Levenshtein distance, giving up (returning `limit + 1`) once it exceeds `limit`. */
function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1
  let previous = Array.from({length: b.length + 1}, (_, index) => index)
  for (let i = 1; i <= a.length; i++) {
    const current = [i]
    let rowMinimum = i
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost)
      rowMinimum = Math.min(rowMinimum, current[j]!)
    }
    if (rowMinimum > limit) return limit + 1
    previous = current
  }
  return previous[b.length]!
}
