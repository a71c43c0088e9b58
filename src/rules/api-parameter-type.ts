/**
 * A parameter's documented type must be the type the action or function
 * takes: `period | 文字列` is `period | String`. Judged as property types are
 * (`api-property-type`): a cell naming no type in any spelling lost it in
 * translation; the English docs' own words are a `source-parameter-type`.
 */
import {createRule} from './create-rule.js'
import {resolveParameterTables} from './util/parameter-table.js'
import {typeCellFinding} from './util/type-cell.js'

export const apiParameterType = createRule(
  {
    id: 'api-parameter-type',
    sourceId: 'source-parameter-type',
    description: 'A parameters table gives a parameter a type other than the one the operation takes.',
    category: 'translation',
    fixable: true,
    requiresSchema: true
  },
  ({page, api, report}) => {
    if (!api) return
    const {owner, parameters, tables} = resolveParameterTables(page, api)
    for (const {rows} of tables) {
      for (const row of rows) {
        // `Groupby | Коллекция строк`: a name in other capitals is still the parameter, as `findProperty` takes a property.
        const parameter =
          parameters.find((candidate) => candidate.name === row.name) ?? parameters.find((candidate) => candidate.name.toLowerCase() === row.name.toLowerCase())
        if (!parameter) continue
        const finding = typeCellFinding(row, parameter, api, `${owner} ${parameter.name}`)
        if (finding) report(finding)
      }
    }
  }
)
