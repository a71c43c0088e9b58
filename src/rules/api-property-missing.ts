/**
 * A resource's Properties table should list every property the API type
 * has. Request-body tables list only what a call takes, so they are left
 * alone. The table comes from the English source: a source fault.
 */
import {createRule} from './create-rule.js'
import {quote} from './util/cells.js'
import {expectedProperty, resolvePropertyTables} from './util/property-table.js'

export const apiPropertyMissing = createRule(
  {
    id: 'api-property-missing',
    description: "A resource's Properties table leaves out a property the API type has.",
    category: 'source',
    severity: 'warn',
    requiresSchema: true
  },
  ({page, api, report}) => {
    if (!api) return
    for (const {table, type, rows, complete} of resolvePropertyTables(page, api)) {
      if (!complete) continue
      const properties = api.allProperties(type)
      const names = new Set(rows.map((row) => row.name))
      // A mistranslated row still documents the property `api-property-name` maps it to.
      const listed = new Set(rows.map((row) => (expectedProperty(row, properties, names) ?? row.name).toLowerCase()))
      for (const property of properties) {
        if (property.navigation || listed.has(property.name.toLowerCase())) continue
        report({
          range: table.header.range,
          reason: `Missing property ${quote(property.name)} of ${quote(type.name)} in the properties table`,
          expected: property.name,
          key: `${type.name} ${property.name}`
        })
      }
    }
  }
)
