/**
 * The parameters table of an action or function page (its request body, or
 * its function parameters) must name the parameters the operation takes:
 * `addLicenses`, not `Добавление лицензий`. The operation comes from the
 * page's request lines; a table sharing no name with its parameters
 * documents something else and is left alone.
 */
import {createRule} from './create-rule.js'
import {quote} from './util/cells.js'
import {isApiWording} from './util/api-words.js'
import {isAsciiSourceName} from './util/fault.js'
import {expectedParameter, resolveParameterTables} from './util/parameter-table.js'

export const apiParameterName = createRule(
  {
    id: 'api-parameter-name',
    sourceId: 'source-parameter-name',
    description: 'A parameters table names a parameter the action or function does not take.',
    category: 'translation',
    fixable: true,
    requiresSchema: true
  },
  ({page, api, report}) => {
    if (!api) return
    const {owner, parameters, tables} = resolveParameterTables(page, api)
    const names = parameters.map((parameter) => parameter.name)
    for (const {table, rows} of tables) {
      const listed = new Set(rows.map((row) => row.name))
      for (const row of rows) {
        if (row.name === '' || names.includes(row.name)) continue
        const expected = expectedParameter(row, parameters, listed)
        // Spanned: the English names no parameter. Plain: an ASCII name in the API's words, no translation made.
        const inSource = row.spanned || (isAsciiSourceName(row.name, expected, names) && isApiWording(row.name, api) !== false)
        const range = row.spanned && row.nameCell.segments[0] ? row.nameCell.segments[0].english.range : row.nameCell.range
        report({
          range,
          reason: `Unexpected ${quote(row.name)}, not a parameter of ${quote(owner)}${expected ? `, expected ${quote(expected)}` : ''}`,
          actual: row.name,
          expected: expected ?? names,
          fix: expected && !inSource ? {text: expected} : undefined,
          segmentId: row.nameCell.segments[0]?.id,
          key: `${table.section} ${row.rowIndex}`,
          inSource
        })
      }
    }
  }
)
