/**
 * The parameters table of an action or function page (its request body, or
 * its function parameters) must name the parameters the operation takes:
 * `addLicenses`, not `Добавление лицензий`. The operation comes from the
 * page's request line; a table sharing no name with its parameters documents
 * something else and is left alone.
 */
import type {Page, Table} from '../model/types.js'
import type {ApiIndex} from '../schema/api-index.js'
import type {Parameter} from '../schema/model.js'
import {docTypeNameForEdmType} from '../schema/api-index.js'
import {createRule} from './create-rule.js'
import {isIdentifier, quote} from './util/cells.js'
import {hasTranslatedLetters, isTranslationCaseChange} from './util/fault.js'
import {readPropertyRows, resolvePropertyTables, type PropertyRow} from './util/property-table.js'

const parameterSections = /^(request-body|parameters|function-parameters|action-parameters)$/

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
    const {owner, parameters} = operationParameters(page, api)
    if (parameters.length === 0) return
    const typeTables = new Set(resolvePropertyTables(page, api).map((resolved) => resolved.table))
    for (const table of parameterTables(page, typeTables)) {
      const rows = readPropertyRows(table)
      const names = new Set(parameters.map((parameter) => parameter.name))
      if (!rows.some((row) => names.has(row.name))) continue
      const listed = new Set(rows.map((row) => row.name))
      for (const row of rows) {
        if (row.name === '' || names.has(row.name)) continue
        const expected = expectedParameter(row, parameters, listed)
        // Spanned: the English names no parameter. Plain: an ASCII name that no translation made.
        const inSource = row.spanned || (!hasTranslatedLetters(row.name) && !(expected && isTranslationCaseChange(row.name, expected)))
        const range = row.spanned && row.nameCell.segments[0] ? row.nameCell.segments[0].english.range : row.nameCell.range
        report({
          range,
          reason: `Unexpected ${quote(row.name)}, not a parameter of ${quote(owner ?? 'the operation')}${expected ? `, expected ${quote(expected)}` : ''}`,
          actual: row.name,
          expected: expected ?? parameters.map((parameter) => parameter.name),
          fix: expected && !inSource ? {text: expected} : undefined,
          segmentId: row.nameCell.segments[0]?.id,
          key: `${table.section} ${row.rowIndex}`,
          inSource
        })
      }
    }
  }
)

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

function* parameterTables(page: Page, typeTables: ReadonlySet<Table>): Generator<Table> {
  for (const table of page.tables) {
    if (table.kind === 'property' && !typeTables.has(table) && table.section && parameterSections.test(table.section)) yield table
  }
}

/**
 * The parameter a row that names none stands for: the same name in other
 * capitals, or for a translated name the one unlisted parameter whose type
 * the row names.
 */
function expectedParameter(row: PropertyRow, parameters: readonly Parameter[], listed: ReadonlySet<string>): string | undefined {
  if (isIdentifier(row.name)) return parameters.find((parameter) => parameter.name.toLowerCase() === row.name.toLowerCase())?.name
  const typeWords = new Set((row.typeText.match(/[A-Za-z_][\w.]*/g) ?? []).map((word) => word.slice(word.lastIndexOf('.') + 1).toLowerCase()))
  const byType = parameters.filter((parameter) => !listed.has(parameter.name) && typeWords.has(elementName(parameter).toLowerCase()))
  return byType.length === 1 ? byType[0]!.name : undefined
}

function elementName(parameter: Parameter): string {
  return docTypeNameForEdmType(parameter.type) ?? parameter.type.slice(parameter.type.lastIndexOf('.') + 1)
}
