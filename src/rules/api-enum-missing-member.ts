/**
 * A members table should list every member of the API's enum; a member the
 * docs leave out is one no reader learns about. The table comes from the
 * English source, so this is reported as a source fault.
 */
import {createRule} from './create-rule.js'
import {quote} from './util/cells.js'
import {resolveEnumTables} from './util/enum-table.js'

export const apiEnumMissingMember = createRule(
  {
    id: 'api-enum-missing-member',
    description: 'A members table leaves out a member the API enum has.',
    category: 'source',
    severity: 'warn',
    requiresSchema: true
  },
  ({page, api, report}) => {
    if (!api) return
    for (const {table, enumType, missing} of resolveEnumTables(page, api)) {
      for (const member of missing) {
        report({
          range: table.header.range,
          reason: `Missing member ${quote(member.name)} (${member.value}) of ${quote(enumType.name)} in the members table`,
          expected: member.name,
          key: `${enumType.name} ${member.name}`
        })
      }
    }
  }
)
