/**
 * The value of every documented member must be the value the API sends.
 * A spanned row whose English value differs is a bug in the English source;
 * on a page without spans, the localized value is what readers copy.
 */
import {createRule} from './create-rule.js'
import {isInteger, quote} from './util/cells.js'
import {resolveEnumTables, type EnumRow} from './util/enum-table.js'

export const apiEnumValue = createRule(
  {
    id: 'api-enum-value',
    sourceId: 'source-enum-value',
    description: 'A members table gives a member a value other than the API value.',
    category: 'translation',
    fixable: true,
    requiresSchema: true
  },
  ({page, api, report}) => {
    if (!api) return
    for (const {enumType, rows} of resolveEnumTables(page, api)) {
      const renumbered = documentsOtherNumbering(rows)
      for (const row of rows) {
        const cell = row.valueCell
        if (!cell || !row.member) continue
        if (isInteger(row.valueText) && Number(row.valueText) === row.member.value) continue
        const expected = String(row.member.value)
        const spanned = cell.english !== undefined
        // A translation mangles a value here and there; a table numbered otherwise throughout came so from the English docs.
        const inSource = spanned || (renumbered && isInteger(row.valueText))
        const range = spanned && cell.segments[0] ? cell.segments[0].english.range : cell.range
        report({
          range,
          reason: `Unexpected ${quote(row.valueText)} for member ${quote(row.member.name)} of ${quote(enumType.name)}, expected ${quote(expected)}`,
          actual: row.valueText,
          expected,
          fix: inSource ? undefined : {text: expected},
          segmentId: cell.segments[0]?.id,
          key: `${enumType.name} ${row.member.name}`,
          inSource
        })
      }
    }
  }
)

/**
 * Whether most integer values of the table differ from the API's (`10, 20, 30`
 * documented for `1, 2, 3`): the English docs number the enum their own way.
 */
function documentsOtherNumbering(rows: readonly EnumRow[]): boolean {
  const numbered = rows.filter((row) => row.member && isInteger(row.valueText))
  const differing = numbered.filter((row) => Number(row.valueText) !== row.member!.value)
  return numbered.length >= 2 && differing.length * 2 > numbered.length
}
