/**
 * A request line must be an operation of the API: a path the API has, with
 * that method, spelled as the API spells it (`syncLicenses`, not
 * `synclicenses`), with its placeholders untranslated. Paths in areas the
 * schema does not describe are left alone.
 */
import type {ApiIndex} from '../schema/api-index.js'
import type {HttpRequest} from '../model/types.js'
import {HttpMethod, type Operation} from '../schema/model.js'
import {createRule, type Finding} from './create-rule.js'
import {quote} from './util/cells.js'

export const apiHttpOperation = createRule(
  {
    id: 'api-http-operation',
    description: 'A request line names a path or method the API does not have, or misspells a path segment.',
    category: 'translation',
    fixable: true,
    requiresSchema: true
  },
  ({page, api, report}) => {
    if (!api) return
    for (const request of page.requests) for (const finding of checkRequest(request, api)) report(finding)
  }
)

function checkRequest(request: HttpRequest, api: ApiIndex): Finding[] {
  // A method that is not HTTP at all is `http-request`'s to report.
  if (!HttpMethod.safeParse(request.method).success) return []
  const operations = api.operationsForPath(request.path)
  if (operations.length === 0) return unknownPath(request, api)
  const operation = operations.find((candidate) => candidate.method === request.method)
  if (!operation) {
    const methods = [...new Set(operations.map((candidate) => candidate.method))]
    return [
      {
        range: request.methodRange,
        reason: `Unexpected method ${quote(request.method)} for ${quote(operations[0]!.path)}, expected ${methods.map(quote).join(' or ')}`,
        actual: request.method,
        expected: methods,
        fix: methods.length === 1 ? {text: methods[0]!} : undefined,
        key: `method ${request.path}`
      }
    ]
  }
  return spellingFindings(request, operation)
}

/** Fixed segments must match the template exactly; placeholders must not be translated. */
function spellingFindings(request: HttpRequest, operation: Operation): Finding[] {
  const findings: Finding[] = []
  const actualSegments = request.path.split('/')
  const expectedSegments = operation.path.split('/')
  let cursor = request.targetRange.start + Math.max(0, request.target.indexOf(actualSegments[1] ?? ''))
  for (const [index, actual] of actualSegments.entries()) {
    if (index === 0) continue
    const expected = expectedSegments[index]
    const at = request.target.indexOf(actual, cursor - request.targetRange.start)
    const start = at === -1 ? request.targetRange.start : request.targetRange.start + at
    cursor = start + actual.length
    if (expected === undefined || actual === expected) continue
    const isPlaceholder = /^\{.*\}$/.test(expected)
    // Example values stand in for placeholders; only a translated placeholder name is wrong.
    if (isPlaceholder && !(/^\{.*\}$/.test(actual) && /[^\x00-\x7f]/.test(actual))) continue
    if (!isPlaceholder && actual.toLowerCase() !== expected.toLowerCase() && !/[^\x00-\x7f]/.test(actual)) continue
    findings.push({
      range: {start, end: start + actual.length},
      reason: `Unexpected path segment ${quote(actual)}, expected ${quote(expected)} as in ${quote(`${operation.method} ${operation.path}`)}`,
      actual,
      expected,
      fix: {text: expected},
      key: `segment ${index} ${request.path}`
    })
  }
  return findings
}

/** A path the schema does not have: reported only inside an area the schema describes. */
function unknownPath(request: HttpRequest, api: ApiIndex): Finding[] {
  const segments = request.path.split('/').filter(Boolean)
  // Find the longest prefix the API knows; a known collection with an unknown tail is a finding.
  for (let length = segments.length - 1; length >= 2; length--) {
    const prefix = `/${segments.slice(0, length).join('/')}`
    if (api.operationsForPath(prefix).length > 0) {
      return [
        {
          range: request.targetRange,
          reason: `Unexpected path ${quote(request.path)}: the API has ${quote(prefix)} but nothing at ${quote(request.path)}`,
          actual: request.path,
          key: `path ${request.path}`
        }
      ]
    }
  }
  return []
}
