/**
 * Every row of a property table must name a property of the API type. On a
 * page without spans `ID` gets `id`, and a translated name gets the one
 * unlisted property whose type fits the row. A spanned row whose English
 * names no property is a bug in the English source, and so is, on a page
 * without spans, an ASCII name in the API's own words that no translation
 * made (`timeslots`, a property the metadata lacks); `aplicativo` is ASCII
 * too, but a translation's word.
 */
import {createRule} from './create-rule.js'
import {quote} from './util/cells.js'
import {isApiWording} from './util/api-words.js'
import {isAsciiSourceName, joinedToken} from './util/fault.js'
import {expectedProperty, resolvePropertyTables} from './util/property-table.js'

export const apiPropertyName = createRule(
  {
    id: 'api-property-name',
    sourceId: 'source-property-name',
    description: 'A property table names a property the API type does not have.',
    category: 'translation',
    fixable: true,
    requiresSchema: true
  },
  ({page, api, report}) => {
    if (!api) return
    for (const {table, type, rows} of resolvePropertyTables(page, api)) {
      const properties = api.allProperties(type)
      const listed = new Set(rows.map((row) => row.name))
      const propertyNames = properties.map((property) => property.name)
      const unknown = rows.filter((row) => row.name !== '' && !properties.some((property) => property.name === row.name))
      const guesses = new Map(unknown.map((row) => [row, expectedProperty(row, properties, listed, table.relationships === true)]))
      const guessed = [...guesses.values()]
      for (const row of unknown) {
        const guess = guesses.get(row)
        // Two translated rows typed alike (`протокол | String`, `секрет | String`) fit one property: neither is known.
        const shared = guessed.filter((other) => other === guess).length > 1 && guess?.toLowerCase() !== joinedToken(row.name).toLowerCase()
        const expected = shared ? undefined : guess
        const range = row.spanned && row.nameCell.segments[0] ? row.nameCell.segments[0].english.range : row.nameCell.range
        // Spanned: the English names no property. Plain: an ASCII name in the API's words, no translation of one.
        const inSource = row.spanned || (isAsciiSourceName(row.name, expected, propertyNames) && isApiWording(row.name, api) !== false)
        report({
          range,
          reason: `Unexpected ${quote(row.name)}, not a property of ${quote(type.name)}${expected ? `, expected ${quote(expected)}` : ''}`,
          actual: row.name,
          expected,
          fix: expected && !inSource ? {text: expected} : undefined,
          segmentId: row.nameCell.segments[0]?.id,
          key: `${type.name} ${row.rowIndex}`,
          inSource
        })
      }
    }
  }
)
