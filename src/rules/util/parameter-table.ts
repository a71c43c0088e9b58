/**
 * The parameters tables of an action or function page (its request body, or
 * its function parameters) and the parameters of the operations the page's
 * request lines call. A table sharing no name with those parameters, or one
 * already read as a type's properties, documents something else.
 */
import type {Page, Table} from '../../model/types.js'
import type {ApiIndex} from '../../schema/api-index.js'
import type {Parameter} from '../../schema/model.js'
import {memoizePerPage} from './per-page.js'
import {readPropertyRows, resolvePropertyTables, type PropertyRow} from './property-table.js'
import {elementTypeName, expectedMemberName} from './type-cell.js'

export interface ParameterTables {
  /** Name of the operation, for messages: `addKey`. */
  owner: string
  parameters: Parameter[]
  tables: Array<{table: Table; rows: PropertyRow[]}>
}

const parameterSections = /^(request-body|parameters|function-parameters|action-parameters)$/

/** Shared by the parameter rules: computed once per page and schema. */
export const resolveParameterTables = memoizePerPage(findParameterTables)

function findParameterTables(page: Page, api: ApiIndex): ParameterTables {
  const {owner, parameters} = operationParameters(page, api)
  const names = new Set(parameters.map((parameter) => parameter.name))
  const typeTables = new Set(resolvePropertyTables(page, api).map((resolved) => resolved.table))
  const tables: ParameterTables['tables'] = []
  if (names.size === 0) return {owner: owner ?? 'the operation', parameters, tables}
  for (const table of page.tables) {
    if (table.kind !== 'property' || typeTables.has(table) || !table.section || !parameterSections.test(table.section)) continue
    const rows = readPropertyRows(table)
    // A function-parameters section documents nothing else, even when every name in it was translated.
    if (rows.some((row) => names.has(row.name)) || table.section === 'function-parameters') tables.push({table, rows})
  }
  return {owner: owner ?? 'the operation', parameters, tables}
}

/**
 * Parameters of the actions or functions the page's request lines call: a
 * function page may show each overload (`(period=…)`, `(date=…)`).
 */
function operationParameters(page: Page, api: ApiIndex): {owner?: string; parameters: Parameter[]} {
  const parameters = new Map<string, Parameter>()
  let owner: string | undefined
  for (const request of page.requests) {
    if (request.kind !== 'syntax') continue
    const operation = api.findOperation(request.method, request.path)
    if (!operation?.parameters) continue
    owner ??= operation.name
    for (const parameter of operation.parameters) parameters.set(parameter.name, parameter)
  }
  return {owner, parameters: [...parameters.values()]}
}

/**
 * The parameter a row that names none stands for: the same name in other
 * capitals, or for a translated name the one unlisted parameter whose type
 * the row names.
 */
export function expectedParameter(row: PropertyRow, parameters: readonly Parameter[], listed: ReadonlySet<string>): string | undefined {
  const typeWords = new Set((row.typeText.match(/[A-Za-z_][\w.]*/g) ?? []).map((word) => word.slice(word.lastIndexOf('.') + 1).toLowerCase()))
  return expectedMemberName(row, parameters, (_typeText, parameter) => !listed.has(parameter.name) && typeWords.has(elementTypeName(parameter).toLowerCase()))
}
