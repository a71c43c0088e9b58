/**
 * A segment whose English is a single code token (`VT_BOOL`, `-Instance`,
 * `ICLRControl::GetCLRManager`, `cor.h`), or a link whose English label is
 * unmistakably one, must keep that token verbatim: readers copy it into
 * code. Plain words and product names (`HTTP`, `Members`, `C#`) are prose,
 * and so is the label of a prose link to a resource (`[vppToken](…)`).
 * Table cells whose column another rule checks are left to that rule.
 */
import type {LinkToken, Segment} from '../extract/types.js'
import type {Page} from '../model/types.js'
import {createRule} from './create-rule.js'
import {quote} from './util/cells.js'
import {normalizeTarget} from './link-target.js'
import {containsWholeToken, strongShape, type StrongShape} from '../util/identifier-shapes.js'
import {docSetProfiles} from '../profiles/doc-sets.js'
import {profileOf} from '../profiles/profile.js'
import {keepsTokenAmongWords, withoutFormatting} from './util/token-cells.js'

export const codeToken = createRule(
  {
    id: 'code-token',
    description: 'A segment or link label that is one code token (identifier, parameter, file name) was translated.',
    category: 'translation',
    fixable: true
  },
  ({page, report}) => {
    const checkedElsewhere = segmentsInCheckedColumns(page)
    const anyCase = profileOf(docSetProfiles, page)?.caseInsensitiveNames === true
    for (const segment of page.segments) {
      const {localized, english} = segment
      if (!checkedElsewhere.has(segment) && isCodeToken(english.text) && localized.text !== english.text && !isHarmlessCaseChange(localized.text, english.text, anyCase) && !onlyFormatting(segment, localized.text, english.text)) {
        report({
          range: localized.range,
          reason: `Unexpected ${quote(localized.text)} for the code token ${quote(english.text)}, expected ${quote(english.text)}`,
          actual: localized.text,
          expected: english.text,
          fix: {text: english.raw},
          segmentId: segment.id
        })
        continue
      }
      for (const {actual, expected} of relabelledLinks(segment, anyCase)) {
        report({
          range: localized.range,
          reason: `Unexpected link label ${quote(actual.text)} for the code token ${quote(expected.text)}, expected ${quote(expected.text)}`,
          actual: actual.text,
          expected: expected.text,
          segmentId: segment.id,
          key: expected.url
        })
      }
    }
  }
)

/**
 * Code-like: one token, and a shape prose words and product names do not
 * have: `::`, an inner `_`, a file name (`cor.h`), a leading `-` before a
 * capital (PowerShell), camelCase with a hump (`getItem`, not `macOS`), or
 * PascalCase with three or more capitals (`ECustomDumpItemKind`, not
 * `SharePoint`).
 */
export function isCodeToken(text: string): boolean {
  if (isStrongOutsideGraph(text)) return true
  if (text.length < 3 || /\s/.test(text) || !/^[-$@\w.:]+$/.test(text)) return false
  if (text.includes('::') || /\w_\w/.test(text) || /^[A-Za-z][\w-]*\.[a-z]{1,4}$/.test(text) || /^-[A-Z][a-z]/.test(text)) return true
  // Apple-style product prefixes (iPhone, eDiscovery) are names, not camelCase.
  const word = text.replace(/^[ie](?=[A-Z])/, '')
  if (/^[a-z]/.test(word)) return /[a-z][A-Z][a-z]/.test(word)
  return /[a-z]/.test(word) && /[a-z][A-Z]/.test(word) && (word.match(/[A-Z]/g) ?? []).length >= 3
}

/**
 * PowerShell names (`-Passthru`, `get-help`, `about_Jobs`) and host names (`nuget.org`)
 * match without regard to case: a translation that only re-cases them
 * changed nothing a reader types.
 */
function isHarmlessCaseChange(localized: string, english: string, anyCase = false): boolean {
  if (localized.toLowerCase() !== english.toLowerCase()) return false
  if (anyCase) return true
  return /^-[A-Za-z]\w*$/.test(english) || /^[A-Za-z]+-[A-Za-z]+$/.test(english) || /^about_\w+$/i.test(english) || /^[\w-]+(?:\.[\w-]+)*\.(?:org|com|net|io)$/i.test(english)
}

/**
 * A link label names code beyond doubt only with a shape no prose has: prose
 * links to a resource (`[vppToken](…)`) are labelled in the reader's language.
 */
export function isUnmistakableCodeToken(text: string): boolean {
  if (isStrongOutsideGraph(text)) return true
  if (!isCodeToken(text)) return false
  return text.includes('::') || /\w_\w/.test(text) || /\.[a-z]{1,4}$/.test(text) || /^-[A-Z]/.test(text) || /^[A-Z](?:.*[A-Z]){2}/.test(text)
}

/**
 * Shapes other doc sets name code with, which no prose word has: cmdlets
 * (`Get-Date`), qualified names (`attachment:Name`,
 * `System.Management.Automation.PSVariable`), versioned type ids
 * (`PackageBaseAddress/3.0.0`), `X-` header fields, hex numbers, calls,
 * variables, replacement tokens (`$version$`) and file extensions (`.nuspec`).
 */
const shapesOutsideGraph = new Set<StrongShape>(['cmdlet', 'qualified-name', 'versioned-type', 'header-field', 'hex-number', 'call', 'variable', 'replacement-token', 'extension'])

function isStrongOutsideGraph(text: string): boolean {
  const shape = strongShape(text)
  return shape !== undefined && shapesOutsideGraph.has(shape)
}

/**
 * Links whose English label is unmistakably code and whose translated label
 * (same target) lost it. A label that keeps the name and swallowed a prose
 * word or two around it (`Sie IMsgServiceAdmin::SetPrimaryIdentity,`) reads
 * right, and an empty label is a markup matter, not a translated name.
 */
function relabelledLinks(segment: Segment, anyCase: boolean): Array<{actual: LinkToken; expected: LinkToken}> {
  const pairs: Array<{actual: LinkToken; expected: LinkToken}> = []
  for (const expected of segment.english.links) {
    const label = expected.text.trim()
    if (!isUnmistakableCodeToken(label)) continue
    const actual = segment.localized.links.find((link) => normalizeTarget(link.url) === normalizeTarget(expected.url))
    if (!actual || actual.text.trim() === label || actual.text.trim() === '' || isHarmlessCaseChange(actual.text.trim(), label, anyCase) || onlyFormatting(segment, actual.text, label)) continue
    // The name intact in the label or beside it, the link only swallowed or moved to prose words.
    // The label alone too: a link glued to the next word (`[sie IMAPIContainer::GetContentsTable](…)aufrufen`) hides it in the text.
    if (containsWholeToken(segment.localized.text, label) || containsWholeToken(actual.text, label)) continue
    if (anyCase && [segment.localized.text, actual.text].some((text) => containsWholeToken(text.toLowerCase(), label.toLowerCase()))) continue
    pairs.push({actual, expected})
  }
  return pairs
}

const checkedRoles = new Set(['member', 'value', 'property', 'type', 'header', 'permissions', 'verbatim'])

function segmentsInCheckedColumns(page: Page): Set<Segment> {
  const checked = new Set<Segment>()
  for (const table of page.tables) {
    for (const row of table.rows) {
      for (const [column, cell] of row.cells.entries()) {
        const role = table.columns[column] ?? 'other'
        // Roles of `other` tables are only header words; their verbatim columns belong to verbatim-token,
        // a `Member` column to enum-member-name. A whole description cell aligned from the English page is prose.
        const owned = table.kind === 'other' ? role === 'verbatim' || role === 'member' : checkedRoles.has(role)
        for (const segment of cell.segments) if (owned || (segment.origin !== undefined && role === 'description')) checked.add(segment)
      }
    }
  }
  return checked
}

/**
 * Aligned from an English page rather than a span, a trailing `.;,`, emphasis
 * or translated words beside the intact token are the sentence around it.
 */
function onlyFormatting(segment: Segment, actual: string, expected: string): boolean {
  if (segment.origin === undefined) return false
  return withoutFormatting(actual) === withoutFormatting(expected) || keepsTokenAmongWords(actual, expected.trim())
}
