/**
 * Permission scopes are identifiers the identity platform checks:
 * `DeviceManagementServiceConfig.ReadWrite.All` must survive translation.
 * `Not supported.` is prose and may be translated.
 */
import {createRule} from './create-rule.js'
import {cellsWithRole, quote} from './util/cells.js'

// Dotted scopes (`User.Read.All`) and underscored ones (`user_impersonation`).
const scopePattern = /[A-Za-z][A-Za-z\d]*(?:[._][A-Za-z][A-Za-z\d]*)+/g

export function scopesIn(text: string): string[] {
  return text.match(scopePattern) ?? []
}

export const permissionScope = createRule(
  {
    id: 'permission-scope',
    description: 'A permission scope in a permissions table differs from the canonical English.',
    category: 'translation',
    fixable: true
  },
  ({page, report}) => {
    for (const entry of cellsWithRole(page, ['permission'], 'permissions')) {
      // A cell may list each scope in a span of its own.
      for (const segment of entry.cell.segments) {
        const {localized, english} = segment
        const expected = scopesIn(english.text)
        const actual = new Set(scopesIn(localized.text))
        // A scope the English splits (`Directory. AccessAsUser.All`) still stands whole in a translation that joined it.
        const missing = expected.filter((scope) => !actual.has(scope) && !(segment.origin !== undefined && [...actual].some((found) => found.endsWith(`.${scope}`))))
        if (missing.length === 0) continue
        // A side that is only scopes and separators can be replaced whole.
        const onlyScopes = english.text.replace(scopePattern, '').replace(/[\s,;、，]/g, '') === ''
        report({
          range: localized.range,
          reason: `Missing permission ${missing.map(quote).join(', ')} in ${quote(localized.text)}, expected ${missing.map(quote).join(', ')}`,
          actual: localized.text,
          expected: onlyScopes ? english.text : missing,
          fix: onlyScopes ? {text: english.raw} : undefined,
          segmentId: segment.id
        })
      }
    }
  }
)
