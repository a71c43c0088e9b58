/**
 * Permission scopes are identifiers the identity platform checks:
 * `DeviceManagementServiceConfig.ReadWrite.All` must survive translation.
 * `Not supported.` is prose and may be translated. Spanned cells are compared
 * with their English; in cells without spans a scope's shape tells that it
 * was translated: a part in another script (`任务.读取`), a space after a dot
 * inside it (`Bookings. ReadWrite.All`), a part shouted (`User.Read.ALL`).
 */
import type {Range} from '../extract/types.js'
import {createRule, type Finding} from './create-rule.js'
import {cellsWithRole, quote} from './util/cells.js'
import {hasTranslatedLetters} from './util/fault.js'

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
  ({page, source, report}) => {
    for (const entry of cellsWithRole(page, ['permission'], 'permissions')) {
      if (entry.cell.segments.length === 0) {
        for (const finding of mangledScopes(source, entry.cell.range)) report(finding)
        continue
      }
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

// Dotted runs of letters and digits in any script, with any spaces around the dots.
// A run starts only where a word starts, so a long word without dots is read once (linear).
const dottedRunPattern = /(?<![\p{L}\p{N}])[\p{L}\p{N}]+(?:[ \t\u00a0]*\.[ \t\u00a0]*[\p{L}\p{N}]+)+/gu

/** Scopes in a cell without spans whose shape only a translation gives. */
function mangledScopes(source: string, range: Range): Finding[] {
  // Link destinations (`(../resources/subscriptions.md)`) are addresses, not scopes.
  const text = source.slice(range.start, range.end).replace(/\]\([^()\s]*\)/g, (destination) => ' '.repeat(destination.length))
  const findings: Finding[] = []
  for (const match of text.matchAll(dottedRunPattern)) {
    const run = match[0]
    const parts = run.split('.').map((part) => part.trim())
    const spaced = /\s/.test(run)
    const at = {start: range.start + match.index, end: range.start + match.index + run.length}
    if (!spaced && parts.some(hasTranslatedLetters)) {
      // `任务.读取`: prose has a space after its full stop, a scope never has one.
      findings.push(scopeFinding(at, run, 'a part of it translated'))
    } else if (spaced && parts.every((part) => /^[A-Za-z][A-Za-z\d]*$/.test(part)) && parts.length >= 3 && /^[A-Z]/.test(parts[1]!) && !isScopeList(run)) {
      // `Bookings. ReadWrite.All`: three ASCII parts in a scope's shape, split by a space.
      const joined = parts.join('.')
      findings.push({...scopeFinding(at, run, 'split by a space', joined), fix: {text: joined}})
    } else if (!spaced && parts.length >= 2 && parts.every((part) => /^[A-Za-z\d]+$/.test(part)) && /^[A-Z]|^[a-z]+[A-Z]/.test(parts[0]!) && parts.slice(1).some((part) => isRecased(part))) {
      // `User.Read.ALL`, `Directory.accessasuser.all`: every part after the first starts with a capital and is no shout.
      findings.push(scopeFinding(at, run, 'a part of it in other capitals'))
    }
  }
  if (findings.length > 0) return findings
  const leftover = scopeWordOutsideScopes(text)
  if (leftover) {
    // `RoleManagement、Directory の読み取り All`: pieces of scopes survive in a sentence the translation made of them.
    findings.push(scopeFinding(range, text.trim(), `${quote(leftover)} outside any scope`))
  } else if (scopesIn(text).length === 0) {
    const lost = scopeLostInWords(text)
    if (lost) findings.push(scopeFinding(range, text.trim(), lost))
  }
  return findings
}

/**
 * A cell naming no scope at all that still shows one was there. The English
 * writes no-scope cells as one short phrase (`Not supported.`, `None`), which
 * a translation keeps one phrase. A scope's resource left alone
 * (`SecurityEvents。`, `RoleManagement`) lost the rest of the scope; words
 * broken by a full stop (`グループ読み取り。すべてを取得します。`,
 * `メモ. 読み取り`) are a scope's dots read as the ends of sentences.
 */
function scopeLostInWords(text: string): string | undefined {
  // Where a scope stands, first in the cell or in its list; a product named in a note (`Use SharePoint.`) stands elsewhere.
  const resource = /(?:^|[,;、，；])[ \t\u00a0]*([A-Z][a-z\d]+(?:[A-Z][a-z\d]*)+)(?![\w]|\.[A-Za-z]|[ \t]+[a-z])/.exec(text.trim())?.[1]
  if (resource) return `${quote(resource)} left of a scope`
  // No Latin letter left: a note that names a scope (`Нет. См. Tasks. Read`) is prose of its own.
  const words = text.trim()
  if (hasTranslatedLetters(words) && !/[A-Za-z]/.test(words) && /[.。．][ \t\u00a0]*[^\s\p{P}\p{ASCII}]/u.test(words)) return 'a scope turned into words'
  return undefined
}

/** `Directory.Read.All. Directory.ReadWrite.All`: whole scopes a full stop and a space apart, a list. */
function isScopeList(run: string): boolean {
  return run.split(/[ \t\u00a0]*\.[ \t\u00a0]+|[ \t\u00a0]+\.[ \t\u00a0]*/).every((piece) => piece.includes('.'))
}

/** A later part of a scope written other than `Read`, `ReadWrite`, `All`: shouted or lower-cased. */
function isRecased(part: string): boolean {
  return /^[a-z]/.test(part) || (part.length >= 3 && /^[A-Z]+$/.test(part))
}

// The operation and audience words that end Graph scopes (`Group.Read.All`, `Mail.ReadWrite.Shared`).
const scopeWordPattern = /(?<![\w.])(Read|ReadWrite|ReadBasic|Write|All|Shared|AccessAsUser|FullControl|Manage|OwnedBy|Send)(?![\w.])/

/** A scope word standing alone, once the well-formed scopes are taken out of the cell. */
function scopeWordOutsideScopes(text: string): string | undefined {
  const rest = text.replace(dottedRunPattern, ' ')
  return scopeWordPattern.exec(rest)?.[1]
}

function scopeFinding(range: Range, actual: string, why: string, expected?: string): Finding {
  return {
    range,
    reason: `Unexpected permission ${quote(actual)}, ${why}${expected ? `, expected ${quote(expected)}` : ''}`,
    actual,
    expected,
    key: actual
  }
}
