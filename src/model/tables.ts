/**
 * GFM tables to typed tables. Column roles come from the canonical English
 * header; pages without spans fall back on the section anchor, which stays
 * English in every locale (`<a name="request-headers">`).
 */
import type {Table as MdastTable} from 'mdast'
import type {Range, Segment} from '../extract/types.js'
import {collapseWhiteSpace, type InlineIndex} from '../extract/inline-index.js'
import type {Cell, ColumnRole, Row, Table, TableKind} from './types.js'
import {segmentsStartingWithin, textOutside} from './segment-lookup.js'
import {commonProseHeaders, commonVerbatimHeaders} from '../profiles/doc-sets.js'
import {matchesAny} from '../profiles/profile.js'
import {isProseAnswer} from '../util/identifier-shapes.js'

interface RawCell {
  /** Content range: children only, no pipes or padding. */
  range: Range
}

interface RawRow {
  cells: RawCell[]
  range: Range
}

export function readTable(
  node: MdastTable,
  context: {source: string; index: InlineIndex; segments: readonly Segment[]; section?: string}
): Table | undefined {
  const rows = mergeSplitRows(node.children.map((row) => toRawRow(row, context.source)), context.segments)
  const bodyRows = rows.map((row) => toRow(row, context))
  let headerRow = bodyRows.shift()
  if (!headerRow || !node.position) return undefined
  // Tables converted from Word keep an empty header row and set the labels in bold in the first row.
  if (isBlankRow(headerRow) && bodyRows.length >= 2 && isLabelRow(rows[1]!, bodyRows[0]!, context.source)) headerRow = bodyRows.shift()!
  const {kind, columns, relationships} = classifyColumns(headerRow, bodyRows, context.section)
  const table: Table = {
    kind,
    section: context.section,
    columns,
    header: headerRow,
    rows: bodyRows,
    range: {start: node.position.start.offset!, end: node.position.end.offset!}
  }
  if (relationships) table.relationships = true
  return table
}

function isBlankRow(row: Row): boolean {
  return row.cells.every((cell) => cell.text === '' && cell.english === undefined)
}

/**
 * A row of column labels: every cell one bold label (`|**Property** <br/> |**Tag** <br/> |`,
 * spans and line breaks aside), or all cells but one words tables head columns with (`Numeric value | Name | Description`;
 * answers such as `Required` do not count, so `Name | String | Required` stays a row of data).
 */
function isLabelRow(raw: RawRow, row: Row, source: string): boolean {
  if (raw.cells.every((cell) => isBoldLabel(source.slice(cell.range.start, cell.range.end)))) return true
  const labels = row.cells.filter((cell) => isColumnLabel(cell.english ?? cell.text)).length
  return labels >= 2 && labels >= row.cells.length - 1
}

function isBoldLabel(cellSource: string): boolean {
  const content = cellSource.replace(/<[^>]*>/g, '').replace(/\s+/g, '')
  return /^(\*\*|__).*\1$/.test(content) && /[^*_]/.test(content)
}

const columnLabels: readonly string[] = [...commonVerbatimHeaders, ...commonProseHeaders]

function isColumnLabel(text: string): boolean {
  const label = normalizeHeader(text)
  // An answer (`Required`, `Optional`) is a cell's value as often as a column's label.
  if (isProseAnswer(label)) return false
  return roleFromHeader(label) !== 'other' || matchesAny(columnLabels, label)
}

function toRawRow(row: MdastTable['children'][number], source: string): RawRow {
  const cells = row.children.map((cell): RawCell => {
    const first = cell.children[0]?.position
    const last = cell.children.at(-1)?.position
    if (first && last) return {range: {start: first.start.offset!, end: last.end.offset!}}
    // An empty cell: place it just after its opening pipe.
    const start = cell.position?.start.offset ?? 0
    const at = source[start] === '|' ? start + 1 : start
    return {range: {start: at, end: at}}
  })
  return {cells, range: {start: row.position?.start.offset ?? 0, end: row.position?.end.offset ?? 0}}
}

/**
 * A raw newline inside a translated span ends the GFM row early, so the rest
 * of the span starts the next row; join them back into one logical row.
 */
function mergeSplitRows(rows: RawRow[], segments: readonly Segment[]): RawRow[] {
  const merged: RawRow[] = []
  for (const row of rows) {
    const previous = merged.at(-1)
    const lastCell = previous?.cells.at(-1)
    if (previous && lastCell && spansPast(segments, lastCell.range, previous.range.end) && row.cells.length > 0) {
      const [first, ...rest] = row.cells
      lastCell.range = {start: lastCell.range.start, end: first!.range.end}
      previous.cells.push(...rest)
      previous.range = {start: previous.range.start, end: row.range.end}
      continue
    }
    merged.push({cells: row.cells.map((cell) => ({range: {...cell.range}})), range: {...row.range}})
  }
  return merged
}

function spansPast(segments: readonly Segment[], cell: Range, rowEnd: number): boolean {
  return segmentsStartingWithin(segments, {start: cell.start, end: Math.max(cell.end, cell.start + 1)}).some(
    (segment) => segment.range.end > rowEnd
  )
}

function toRow(row: RawRow, context: {source: string; index: InlineIndex; segments: readonly Segment[]}): Row {
  return {cells: row.cells.map((cell) => toCell(cell.range, context)), range: row.range}
}

function toCell(range: Range, context: {source: string; index: InlineIndex; segments: readonly Segment[]}): Cell {
  const segments = segmentsStartingWithin(context.segments, range)
  const text = textOutside(context.index, context.source, range, segments)
  if (segments.length === 0) return {text, range, segments}
  const english = collapseWhiteSpace(segments.map((segment) => segment.english.text).join(' '))
  return {text, english, range, segments}
}

const headerRoles: ReadonlyArray<[RegExp, ColumnRole]> = [
  [/^(enum )?members?$/, 'member'],
  [/^values?$/, 'value'],
  [/^descriptions?$/, 'description'],
  // A resource's Relationships table lists navigation properties: property, type, description.
  [/^(property|properties|parameter|parameters|property name|parameter name|relationships?|query parameters?)$/, 'property'],
  [/^(type|return type|data type)$/, 'type'],
  [/^(request )?headers?( name)?$/, 'header'],
  [/^permission type$/, 'permissionType'],
  [/^permissions?\b/, 'permissions'],
  // A reports page lists its functions with their return types, as a resource lists its methods.
  [/^(methods?|functions?)$/, 'method']
]

/**
 * The enum a section documents, from its anchor, which stays English in every
 * locale: `bookingsavailabilitystatus-values` → `bookingsavailabilitystatus`.
 */
export function sectionEnumName(section: string | undefined): string | undefined {
  const match = section ? /^([a-z][a-z\d]*)-(?:enum-)?(?:values|members)$/i.exec(section) : null
  return match?.[1]
}

function normalizeHeader(text: string): string {
  return text.toLowerCase().replace(/[*_`]/g, '').replace(/\s+/g, ' ').trim()
}

export function roleFromHeader(text: string): ColumnRole {
  const normalized = normalizeHeader(text)
  for (const [pattern, role] of headerRoles) if (pattern.test(normalized)) return role
  return 'other'
}

const sectionKinds: ReadonlyArray<[RegExp, TableKind]> = [
  // `bookingsavailabilitystatus-values`: an enum documented inside a resource page or on `enums.md`.
  [/^(enum-)?members?$|^values?$|-(values|members)$/, 'enum'],
  [/^(properties|relationships|request-body|(path-|function-|query-)?parameters)$/, 'property'],
  [/headers?$/, 'header'],
  [/^(permissions|prerequisites)$/, 'permission'],
  // A reports page lists its functions under `Reports`, as a resource lists its methods.
  [/^(methods|reports)$/, 'method']
]

const positionalRoles: Record<TableKind, ColumnRole[]> = {
  enum: ['member', 'value', 'description'],
  property: ['property', 'type', 'description'],
  header: ['header', 'value'],
  permission: ['permissionType', 'permissions'],
  method: ['method', 'type', 'description'],
  other: []
}

interface Classified {
  kind: TableKind
  columns: ColumnRole[]
  relationships: boolean
}

function classifyColumns(header: Row, rows: readonly Row[], section: string | undefined): Classified {
  const headerTexts = header.cells.map((cell) => cell.english ?? cell.text)
  let columns = headerTexts.map(roleFromHeader)
  const headersSection = section !== undefined && /headers?$/.test(section)
  const firstIsName = /^name$/.test(normalizeHeader(headerTexts[0] ?? ''))
  if (headersSection && firstIsName && !columns.includes('header')) {
    // In a request-headers table the first column may just say `Name`; the next one holds the value.
    columns = ['header', ...columns.slice(1)]
  }
  if (headersSection && columns.includes('header') && !columns.includes('value')) {
    // `Name | Description`, `Name | Type | Description`: the description holds the value (`Bearer {token}. Required.`).
    const valueColumn = columns.findIndex((role, index) => index > 0 && (role === 'other' || role === 'description'))
    if (valueColumn !== -1) columns[valueColumn] = 'value'
  }
  if (!headersSection && columns.includes('type') && !columns.includes('property')) {
    // `Name | Type | Description` documents properties (Office add-in objects, function parameters).
    const name = headerTexts.findIndex((text) => /^name$/.test(normalizeHeader(text)))
    if (name !== -1 && columns[name] === 'other') columns[name] = 'property'
  }
  let kind = kindFromRoles(columns)
  if (kind === 'other' && section && header.cells.every((cell) => cell.english === undefined)) {
    // No English header: trust the section and the usual column order for what was not recognised.
    kind = sectionKinds.find(([pattern]) => pattern.test(section))?.[1] ?? 'other'
    columns = kind === 'enum' ? enumColumns(columns, rows) : positionalColumns(columns, positionalRoles[kind])
  }
  if (kind === 'enum' && !columns.includes('member')) {
    // `Value | Description` listing names, not numbers (the English docs' string enums): the names are the members.
    const value = columns.indexOf('value')
    if (value !== -1 && !holdsNumbers(rows, value)) columns = columns.map((role, index) => (index === value ? 'member' : role))
    else if (columns[0] === 'other') columns = ['member', ...columns.slice(1)]
  }
  const relationships = kind === 'property' && (section === 'relationships' || headerTexts.some((text) => /^relationships?$/.test(normalizeHeader(text))))
  return {kind, columns, relationships}
}

/** Positional roles for the columns no header named, never a role twice. */
function positionalColumns(columns: readonly ColumnRole[], positional: readonly ColumnRole[]): ColumnRole[] {
  const result = [...columns]
  for (const [index, role] of result.entries()) {
    const candidate = positional[index]
    if (role === 'other' && candidate && !result.includes(candidate)) result[index] = candidate
  }
  return result
}

/**
 * A spanless members table: the first unnamed column holds members; a column
 * is the value column only if its cells are numbers (a translated
 * `Description` column beside the members is no value column).
 */
function enumColumns(columns: readonly ColumnRole[], rows: readonly Row[]): ColumnRole[] {
  const result = [...columns]
  for (const [index, role] of result.entries()) {
    if (role !== 'other') continue
    if (!result.includes('member')) result[index] = 'member'
    else if (!result.includes('value') && holdsNumbers(rows, index)) result[index] = 'value'
    else if (!result.includes('description')) result[index] = 'description'
  }
  return result
}

/** Whether most non-empty cells of a column are integers, or mangled ones (`1-d`, `.0`): mostly digits. */
function holdsNumbers(rows: readonly Row[], column: number): boolean {
  const texts = rows.map((row) => row.cells[column]?.text.trim() ?? '').filter((text) => text !== '')
  const numeric = texts.filter((text) => {
    const compact = text.replace(/\s+/g, '')
    const digits = compact.replace(/\D/g, '').length
    return digits > 0 && digits * 2 >= compact.length
  })
  return numeric.length > 0 && numeric.length * 2 >= texts.length
}

function kindFromRoles(columns: readonly ColumnRole[]): TableKind {
  if (columns.includes('member') && columns.includes('value')) return 'enum'
  // `Member` or `Member | Description`: the members of a string enum, which have no documented values.
  if (columns.includes('member') && !columns.includes('property') && !columns.includes('type')) return 'enum'
  if (columns.includes('property') && columns.includes('type')) return 'property'
  if (columns.includes('header')) return 'header'
  if (columns.includes('permissionType') || (columns.includes('permissions') && columns.length <= 2)) return 'permission'
  if (columns.includes('method')) return 'method'
  return 'other'
}
