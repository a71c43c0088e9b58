/**
 * Which API enum a members table documents, and which member each row is.
 * The enum comes from the page (its section's anchor, or the type of the
 * page's property that anchor names; subjects: title, heading, file name)
 * and the member names; never from a list of pages. Rows are matched by name, then
 * by value, then by position, so a row whose name was translated on a page
 * without spans is still matched to the member it stands for; where the table
 * numbers the members its own way, by position instead of value.
 */
import type {EnumMember, EnumType, Property} from '../../schema/model.js'
import type {ApiIndex} from '../../schema/api-index.js'
import {memoizePerPage} from './per-page.js'
import type {Cell, Page, Table} from '../../model/types.js'
import {isIdentifier, isInteger} from './cells.js'
import {sectionEnumName} from '../../model/tables.js'

export interface EnumRow {
  rowIndex: number
  memberCell?: Cell
  valueCell?: Cell
  /** Canonical text: the English when spanned, else the localized text. */
  memberText: string
  valueText: string
  /** Whether the canonical text is the English source (the row is spanned). */
  spanned: boolean
  /** The API member this row documents, when it can be told. */
  member?: EnumMember
}

export interface EnumTable {
  table: Table
  enumType: EnumType
  rows: EnumRow[]
  /** API members no row documents. */
  missing: EnumMember[]
  /**
   * The table's section names an enum the API does not have
   * (`chatMessagePolicyViolationDlpActionType values` for `…Types`): the
   * English page documents this enum in words of its own, and may spell its
   * members its own way too.
   */
  namedOtherwise: boolean
}

/** Shared by the API rules: computed once per page and schema. */
export const resolveEnumTables = memoizePerPage(findEnumTables)

function findEnumTables(page: Page, api: ApiIndex): EnumTable[] {
  const resolved: EnumTable[] = []
  for (const table of page.tables) {
    if (table.kind !== 'enum') continue
    const rows = readRows(table)
    const found = findEnumFor(page, table, rows, api)
    if (found) resolved.push({table, ...found, ...matchRows(rows, found.enumType)})
  }
  return resolved
}

function readRows(table: Table): EnumRow[] {
  const memberColumn = table.columns.indexOf('member')
  const valueColumn = table.columns.indexOf('value')
  return table.rows.map((row, rowIndex) => {
    const memberCell = row.cells[memberColumn]
    const valueCell = row.cells[valueColumn]
    return {
      rowIndex,
      memberCell,
      valueCell,
      memberText: (memberCell?.english ?? memberCell?.text ?? '').trim(),
      valueText: (valueCell?.english ?? valueCell?.text ?? '').trim(),
      spanned: memberCell?.english !== undefined
    }
  })
}

function findEnumFor(page: Page, table: Table, rows: readonly EnumRow[], api: ApiIndex): {enumType: EnumType; namedOtherwise: boolean} | undefined {
  const names = rows.map((row) => row.memberText).filter(isIdentifier)
  // A subject names the enum only if the table looks like it: some member in common.
  const looksLike = (found: EnumType) => names.length === 0 || found.members.some((member) => names.some((name) => name.toLowerCase() === member.name.toLowerCase()))
  // A section of its own (`### riskLevel values`) names its enum better than the page title does.
  const fromSection = sectionEnumName(table.section)
  if (fromSection) {
    const named = api.findEnum(fromSection)
    if (named && looksLike(named)) return {enumType: named, namedOtherwise: false}
    // `### capabilityStatus values` on a resource page: the values of one of its properties,
    // whose type says which enum they are, or that they are strings no enum holds.
    const property = named ? undefined : pageProperty(page, fromSection, api)
    if (property) {
      const typed = api.isEnumType(property.type) ? api.findEnum(property.type) : undefined
      return typed && looksLike(typed) ? {enumType: typed, namedOtherwise: false} : undefined
    }
  }
  const namedOtherwise = fromSection !== undefined
  for (const subject of page.subjects) {
    const found = api.findEnum(subject)
    if (found && looksLike(found)) return {enumType: found, namedOtherwise}
  }
  if (names.length < 2) return undefined
  // Translated title: let the untranslated member names say which enum this is.
  const byMembers = api.findEnumsByMembers(names)[0]
  return byMembers ? {enumType: byMembers, namedOtherwise} : undefined
}

/** A property, named as a section names it, of the type the page documents. */
function pageProperty(page: Page, name: string, api: ApiIndex): Property | undefined {
  for (const typeName of [page.resourceType, ...page.subjects]) {
    const type = typeName ? api.findType(typeName) : undefined
    const property = type ? api.findProperty(type, name) : undefined
    if (property) return property
  }
  return undefined
}

function matchRows(rows: EnumRow[], enumType: EnumType): {rows: EnumRow[]; missing: EnumMember[]} {
  const taken = new Set<EnumMember>()
  const assign = (row: EnumRow, member: EnumMember | undefined) => {
    if (member && !taken.has(member)) {
      row.member = member
      taken.add(member)
    }
  }
  for (const row of rows) assign(row, enumType.members.find((member) => member.name === row.memberText))
  for (const row of rows) {
    if (!row.member) assign(row, enumType.members.find((member) => member.name.toLowerCase() === row.memberText.toLowerCase()))
  }
  // A table in the API's order that numbers its rows otherwise throughout (`-1, 0, 1` or
  // `10, 20, 30` for `0, 1, 2`), its own members included, is the English docs' own
  // numbering: a value then names the wrong member, and a translated name stands for
  // the member at its position. Without such a member, values that are the API's are
  // trusted over positions (a table may list the members in an order of its own).
  const ownValue = rows.some((row) => row.member && isInteger(row.valueText) && Number(row.valueText) !== row.member.value)
  if (ownValue && followsApiOrder(rows, enumType) && numbersOtherwise(rows, enumType)) {
    for (const row of rows) if (!row.member) assign(row, enumType.members[row.rowIndex])
  } else {
    for (const row of rows) {
      if (!row.member && isInteger(row.valueText)) assign(row, enumType.members.find((member) => member.value === Number(row.valueText)))
    }
    // Name and value both mangled: the member at the same position, if no one else has it,
    // and only where the table is known to follow the API's order.
    if (followsApiOrder(rows, enumType)) {
      for (const row of rows) if (!row.member && !isInteger(row.valueText)) assign(row, enumType.members[row.rowIndex])
    }
  }
  return {rows, missing: enumType.members.filter((member) => !taken.has(member))}
}

/**
 * Whether most rows' integer values differ from the value of the API member
 * at the same position, over three rows at least: a translation mangles a
 * value here and there, never most of a table's.
 */
function numbersOtherwise(rows: readonly EnumRow[], enumType: EnumType): boolean {
  const numbered = rows.filter((row) => isInteger(row.valueText) && enumType.members[row.rowIndex])
  const differing = numbered.filter((row) => Number(row.valueText) !== enumType.members[row.rowIndex]!.value)
  return numbered.length >= 3 && differing.length * 2 > numbered.length
}

/**
 * Whether row positions stand for API positions: every row told apart by
 * name sits at its member's index, and either one such row anchors the
 * order or the table lists exactly the API's members.
 */
function followsApiOrder(rows: readonly EnumRow[], enumType: EnumType): boolean {
  const placed = rows.filter((row) => row.member)
  if (placed.some((row) => enumType.members.indexOf(row.member!) !== row.rowIndex)) return false
  return placed.length > 0 || rows.length === enumType.members.length
}
