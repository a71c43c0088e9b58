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
      const shifted = shiftedStretches(rows)
      for (const row of rows) {
        const cell = row.valueCell
        if (!cell || !row.member) continue
        if (isInteger(row.valueText) && Number(row.valueText) === row.member.value) continue
        const expected = String(row.member.value)
        const spanned = cell.english !== undefined
        // A translation mangles a value here and there; a table numbered otherwise throughout, or a stretch
        // of rows all off by one amount (a member the API gained above them), came so from the English docs.
        const inSource = spanned || (isInteger(row.valueText) && (renumbered || shifted.has(row)))
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

/**
 * Rows next to each other whose values all differ from the API's by the same
 * amount (`localMachineSystem | 5`, `usersDefault | 6` for 6 and 7): the
 * English docs predate a member the API added above them. A translation
 * mangles one value here and there, never a run of them in step.
 */
function shiftedStretches(rows: readonly EnumRow[]): Set<EnumRow> {
  const numbered = rows.filter((row) => row.member && isInteger(row.valueText))
  const offset = (row: EnumRow) => Number(row.valueText) - row.member!.value
  const shifted = new Set<EnumRow>()
  for (const [k, row] of numbered.entries()) {
    const next = numbered[k + 1]
    if (next && next.rowIndex === row.rowIndex + 1 && offset(row) !== 0 && offset(row) === offset(next)) {
      shifted.add(row)
      shifted.add(next)
    }
  }
  return shifted
}
