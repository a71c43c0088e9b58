/**
 * Every row of a members table must name a member of the API's enum. On a
 * page without spans the localized cell is all there is, so `|Ожидающие|1|`
 * is checked against the API and gets the member whose value is 1. A spanned
 * row whose English names no member is a bug in the English source, and so
 * is, on a page without spans, a programmer-shaped ASCII name, a name in
 * the API's own words (`unknown` where this enum has none), or another
 * capitalization of a member in a table whose section names the enum in
 * words of its own.
 */
import {createRule} from './create-rule.js'
import {quote} from './util/cells.js'
import {resolveEnumTables} from './util/enum-table.js'
import {isApiWording} from './util/api-words.js'
import {isAsciiSourceName, isSourceSpelling} from './util/fault.js'

export const apiEnumMember = createRule(
  {
    id: 'api-enum-member',
    sourceId: 'source-enum-member',
    description: 'A members table names a member the API enum does not have.',
    category: 'translation',
    fixable: true,
    requiresSchema: true
  },
  ({page, api, report}) => {
    if (!api) return
    for (const {enumType, rows, namedOtherwise} of resolveEnumTables(page, api)) {
      const memberNames = enumType.members.map((member) => member.name)
      for (const row of rows) {
        if (!row.memberCell || row.memberText === '' || enumType.members.some((member) => member.name === row.memberText)) continue
        const expected = row.member?.name
        const cell = row.memberCell
        const range = cell.segments[0]?.english.range && row.spanned ? cell.segments[0].english.range : cell.range
        // Spanned: the English names no member. Plain: a name no translation wrote (`dateTimeDropDown`;
        // `unknown` in the API's words; not `neuWarnung` where its value names `newAlert`), or another
        // capitalization of a member in a table the English names in words of its own.
        const inSource =
          row.spanned ||
          (isSourceSpelling(row.memberText, expected) && (expected === undefined || isApiWording(row.memberText, api) !== false)) ||
          (isAsciiSourceName(row.memberText, expected, memberNames) && !isPartOf(row.memberText, expected) && isApiWording(row.memberText, api) === true) ||
          (namedOtherwise && expected?.toLowerCase() === row.memberText.toLowerCase())
        report({
          range,
          reason: `Unexpected ${quote(row.memberText)}, not a member of ${quote(enumType.name)}${expected ? `, expected ${quote(expected)}` : ''}`,
          actual: row.memberText,
          expected: expected ?? enumType.members.map((member) => member.name),
          // The English source is fixed upstream, not in the localized page.
          fix: expected && !inSource ? {text: expected} : undefined,
          segmentId: cell.segments[0]?.id,
          key: `${enumType.name} ${row.rowIndex}`,
          inSource
        })
      }
    }
  }
)

/** `office` for `office365`: a translation cut the member its value names, the English docs write it whole. */
function isPartOf(text: string, expected: string | undefined): boolean {
  const lower = text.toLowerCase()
  return expected !== undefined && expected.toLowerCase() !== lower && expected.toLowerCase().includes(lower)
}
