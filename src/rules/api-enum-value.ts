/**
 * The value of every documented member must be the value the API sends.
 * A spanned row whose English value differs is a bug in the English source;
 * on a page without spans, the localized value is what readers copy.
 */
import {createRule} from './create-rule.js'
import {isInteger, quote} from './util/cells.js'
import {resolveEnumTables} from './util/enum-table.js'

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
      // Flags enums document powers of two; other enums any integers.
      for (const row of rows) {
        const cell = row.valueCell
        if (!cell || !row.member) continue
        if (isInteger(row.valueText) && Number(row.valueText) === row.member.value) continue
        const expected = String(row.member.value)
        const spanned = cell.english !== undefined
        const range = spanned && cell.segments[0] ? cell.segments[0].english.range : cell.range
        report({
          range,
          reason: `Unexpected ${quote(row.valueText)} for member ${quote(row.member.name)} of ${quote(enumType.name)}, expected ${quote(expected)}`,
          actual: row.valueText,
          expected,
          fix: spanned ? undefined : {text: expected},
          segmentId: cell.segments[0]?.id,
          key: `${enumType.name} ${row.member.name}`,
          inSource: spanned
        })
      }
    }
  }
)
