/**
 * Which API type a property table documents: the request body type of the
 * page's operation for a request-body table, else the type the page is
 * about. A table shares at least one property name with the type it documents.
 */
import type {ApiIndex} from '../../schema/api-index.js'
import {memoizePerPage} from './per-page.js'
import type {Property, StructuredType} from '../../schema/model.js'
import type {Cell, Page, Table} from '../../model/types.js'
import {elementTypeName, expectedMemberName} from './type-cell.js'

export interface PropertyRow {
  rowIndex: number
  nameCell: Cell
  typeCell?: Cell
  name: string
  typeText: string
  spanned: boolean
}

export interface PropertyTable {
  table: Table
  type: StructuredType
  rows: PropertyRow[]
  /** Whether the table should list every property (a resource's Properties section). */
  complete: boolean
}

/** Shared by the API rules: computed once per page and schema. */
export const resolvePropertyTables = memoizePerPage(findPropertyTables)

function findPropertyTables(page: Page, api: ApiIndex): PropertyTable[] {
  const resolved: PropertyTable[] = []
  for (const table of page.tables) {
    if (table.kind !== 'property') continue
    const rows = readPropertyRows(table)
    const type = findTypeFor(page, table, rows, api)
    if (type) resolved.push({table, type, rows, complete: page.kind === 'resource' && table.section === 'properties'})
  }
  return resolved
}

/** The rows of a property or parameter table: name and type cells, canonical text. */
export function readPropertyRows(table: Table): PropertyRow[] {
  const nameColumn = table.columns.indexOf('property')
  const typeColumn = table.columns.indexOf('type')
  const rows: PropertyRow[] = []
  for (const [rowIndex, row] of table.rows.entries()) {
    const nameCell = row.cells[nameColumn]
    // `|**Onboarding**|`: a row of one cell labels a group of properties, it names none.
    if (!nameCell || row.cells.filter((cell) => cell.text.trim() !== '').length <= 1) continue
    const typeCell = row.cells[typeColumn]
    rows.push({
      rowIndex,
      nameCell,
      typeCell,
      name: withoutNote((nameCell.english ?? nameCell.text).trim()),
      typeText: (typeCell?.english ?? typeCell?.text ?? '').trim(),
      spanned: nameCell.english !== undefined
    })
  }
  return rows
}

/**
 * `tollFreeNumber (deprecated)`, translated or not: an identifier followed by
 * a note in parentheses names the identifier.
 */
function withoutNote(name: string): string {
  const noted = /^([A-Za-z_@$][\w.@$]*)\s*\([^()]*\)$/.exec(name)
  return noted ? noted[1]! : name
}

function findTypeFor(page: Page, table: Table, rows: readonly PropertyRow[], api: ApiIndex): StructuredType | undefined {
  const sharesProperty = (type: StructuredType) => rows.some((row) => api.findProperty(type, row.name)?.name === row.name)
  if (table.section && /request-body|parameters/.test(table.section)) {
    // A request body table documents the body of this page's operation, if it has one.
    for (const request of page.requests) {
      if (request.kind !== 'syntax') continue
      const bodyType = api.findOperation(request.method, request.path)?.requestBody
      const taken = bodyType ? api.findType(bodyType) : undefined
      const type = taken ? documentedSubtype(page, taken, rows, api) : undefined
      if (type && sharesProperty(type)) return type
    }
    return undefined
  }
  for (const subject of page.subjects) {
    const type = api.findType(subject)
    if (type && sharesProperty(type)) return type
  }
  // A resource's own sections document the annotated type even when every name in them was translated
  // (`|アラート|[alert](alert.md) コレクション|` is the one relationship of `security`).
  // Only the section's first table: a later one (`None | No color mapped`) is about something else.
  const ownSection = page.kind === 'resource' && table.section !== undefined && /^(properties|relationships)$/.test(table.section)
  const first = page.tables.find((other) => other.kind === 'property' && other.section === table.section) === table
  if (ownSection && first && page.resourceType) return api.findType(page.resourceType)
  return undefined
}

/**
 * A create or update page documents one derived type of what the path takes
 * (`POST /deviceAppManagement/mobileApps` with a `win32LobApp`): the type the
 * page names (its subjects, the `@odata.type` of its request example), else
 * the derived type that has more of the table's names than the base does.
 */
function documentedSubtype(page: Page, type: StructuredType, rows: readonly PropertyRow[], api: ApiIndex): StructuredType {
  const derived = api.derivedTypes(type)
  if (derived.length === 0) return type
  const byName = new Map(derived.map((candidate) => [candidate.name.toLowerCase(), candidate]))
  for (const name of [...requestODataTypes(page), ...page.subjects]) {
    const named = byName.get(name.toLowerCase())
    if (named) return named
  }
  const listedIn = (candidate: StructuredType) => rows.filter((row) => api.findProperty(candidate, row.name)?.name === row.name).length
  let best = type
  let bestCount = listedIn(type)
  for (const candidate of derived) {
    const count = listedIn(candidate)
    if (count > bestCount) [best, bestCount] = [candidate, count]
  }
  return best
}

/** Type names the page's request examples give in `@odata.type`, without namespace: `win32LobApp`. */
function requestODataTypes(page: Page): string[] {
  const names: string[] = []
  for (const example of page.jsonExamples) {
    if (example.role !== 'request') continue
    for (const match of example.text.matchAll(/"@odata\.type"\s*:\s*"#?([\w.]+)"/g)) names.push(match[1]!.slice(match[1]!.lastIndexOf('.') + 1))
  }
  return names
}

/**
 * The property a row that names none stands for: the same name in another
 * case (`ID` → `id`), or for a translated name the one unlisted property
 * whose type the row names.
 */
export function expectedProperty(row: PropertyRow, properties: readonly Property[], listed: ReadonlySet<string>, relationships = false): string | undefined {
  // A Relationships table lists navigation properties, a Properties table the others.
  const unlisted = properties.filter(
    (property) => property.name.toLowerCase() === row.name.toLowerCase() || (!listed.has(property.name) && property.navigation === relationships)
  )
  return expectedMemberName(row, unlisted, (typeText, property) => typeText.toLowerCase().includes(elementTypeName(property).toLowerCase()))
}
