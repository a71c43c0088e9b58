/**
 * A property's documented type must be its API type. A type cell that names
 * no type at all (`ブール型`, `Zeichenfolge` on a page without spans) gets the
 * API's, a cell that names another type is wrong, and a spanned English cell
 * that differs, or a plain cell in the English docs' words (`string`, `GUID`,
 * `String` for an enum), is the English source's.
 */
import {createRule} from './create-rule.js'
import {resolvePropertyTables} from './util/property-table.js'
import {typeCellFinding} from './util/type-cell.js'

export const apiPropertyType = createRule(
  {
    id: 'api-property-type',
    sourceId: 'source-property-type',
    description: 'A property table gives a property a type other than its API type.',
    category: 'translation',
    fixable: true,
    requiresSchema: true
  },
  ({page, api, report}) => {
    if (!api) return
    for (const {type, rows} of resolvePropertyTables(page, api)) {
      for (const row of rows) {
        const property = api.findProperty(type, row.name)
        if (!property || property.name !== row.name) continue
        const finding = typeCellFinding(row, property, api, `${type.name} ${property.name}`)
        if (finding) report(finding)
      }
    }
  }
)
