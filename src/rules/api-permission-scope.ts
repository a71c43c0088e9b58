/**
 * Permission scopes on a page must be scopes its operation takes. On a page
 * without spans `DeviceManagementServiceConfig.Read.Todos` gets the scope it
 * was translated from. Pages whose operation the schema does not know, or
 * whose schema names no permissions (CSDL has none), are left alone.
 */
import type {Page} from '../model/types.js'
import type {ApiIndex} from '../schema/api-index.js'
import {createRule} from './create-rule.js'
import {cellsWithRole, quote} from './util/cells.js'
import {scopesIn} from './permission-scope.js'

export const apiPermissionScope = createRule(
  {
    id: 'api-permission-scope',
    sourceId: 'source-permission-scope',
    description: 'A permissions table names a scope the API does not know.',
    category: 'translation',
    fixable: true,
    requiresSchema: true
  },
  ({page, api, source, report}) => {
    if (!api) return
    const allowed = permissionsOf(page, api)
    if (allowed.size === 0) return
    for (const {cell} of cellsWithRole(page, ['permission'], 'permissions')) {
      const spanned = cell.segments.length > 0
      const text = spanned ? cell.segments.map((segment) => segment.english.text).join(', ') : cell.text
      for (const scope of scopesIn(text)) {
        if (allowed.has(scope)) continue
        const expected = closestScope(scope, allowed)
        const at = spanned ? -1 : source.indexOf(scope, cell.range.start)
        const range = at !== -1 && at < cell.range.end ? {start: at, end: at + scope.length} : cell.range
        report({
          range,
          reason: `Unexpected permission ${quote(scope)}${expected ? `, expected ${quote(expected)}` : ', not a known scope'}`,
          actual: scope,
          expected,
          fix: expected && at !== -1 ? {text: expected} : undefined,
          key: scope,
          inSource: spanned
        })
      }
    }
  }
)

/** Every scope the operations of the page's request lines take. */
function permissionsOf(page: Page, api: ApiIndex): Set<string> {
  const scopes = new Set<string>()
  for (const request of page.requests) {
    if (request.kind !== 'syntax') continue
    const permissions = api.findOperation(request.method, request.path)?.permissions
    if (!permissions) continue
    for (const scope of [...permissions.delegatedWork, ...permissions.delegatedPersonal, ...permissions.application]) scopes.add(scope)
  }
  return scopes
}

/** The known scope sharing the longest dotted prefix, when exactly one does. */
function closestScope(scope: string, known: ReadonlySet<string>): string | undefined {
  const parts = scope.split('.')
  for (let length = parts.length - 1; length >= 1; length--) {
    const prefix = `${parts.slice(0, length).join('.')}.`
    const candidates = [...known].filter((candidate) => candidate.startsWith(prefix) && candidate.split('.').length === parts.length)
    if (candidates.length === 1) return candidates[0]
    if (candidates.length > 1) return undefined
  }
  return undefined
}
