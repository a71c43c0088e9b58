/**
 * Column roles from content, not only from header words. A column whose
 * English cells are names, literals or numbers is verbatim whatever its
 * header says; header words (English, from the spans) are a prior that lowers
 * the bar, prose headers (`Description`, `Required`) veto it. Key/value
 * tables (no header, a label per row) are judged row by row instead: a
 * column mixing `PT_UNICODE` and `Contact` is no verbatim column.
 */
import {isInteger, isLowerInitialName, isSingleToken, isProseAnswer, strongShape} from '../util/identifier-shapes.js'
import {commonProseHeaders, commonVerbatimHeaders} from '../profiles/doc-sets.js'
import {matchesAny, type Profile} from '../profiles/profile.js'
import type {Cell, ColumnRole, Table} from './types.js'

/** The canonical content of a cell: its English when spanned, else its text (left untranslated). */
export function cellContent(cell: Cell | undefined): string {
  return (cell?.english ?? cell?.text ?? '').replace(/[*`]/g, '').replace(/\\(?=[<>_])/g, '').trim()
}

/** Whether a table is a key/value table: an empty header row and a label in each row's first cell. */
export function isKeyValueTable(table: Table): boolean {
  return table.header.cells.length === 2 && table.header.cells.every((cell) => cell.text === '' && cell.english === undefined)
}

interface ColumnEvidence {
  cells: number
  tokens: number
  strong: number
  integers: number
  /** Tokens spelled as code spells a member: `isLowerInitialName`. */
  lowerInitial: number
}

function columnEvidence(table: Table, column: number): ColumnEvidence {
  const evidence: ColumnEvidence = {cells: 0, tokens: 0, strong: 0, integers: 0, lowerInitial: 0}
  for (const row of table.rows) {
    const content = cellContent(row.cells[column])
    if (content === '' || isProseAnswer(content)) continue
    evidence.cells++
    if (!isSingleToken(content)) continue
    evidence.tokens++
    if (strongShape(content)) evidence.strong++
    if (isInteger(content)) evidence.integers++
    if (isLowerInitialName(content)) evidence.lowerInitial++
  }
  return evidence
}

/** Whether the column holds names or literals: most cells one token, and some beyond doubt unless the header says so. */
function holdsNames(evidence: ColumnEvidence, prior: boolean): boolean {
  if (evidence.cells === 0) return false
  if (prior) return evidence.tokens * 2 >= evidence.cells
  return evidence.tokens * 10 >= evidence.cells * 7 && evidence.strong * 3 >= evidence.tokens && evidence.strong >= 2
}

const nameRoles = new Set<ColumnRole>(['member', 'property', 'method', 'header'])

/**
 * Columns no header word claimed (`other`), upgraded to `verbatim` when their
 * content is names; a table of names beside a column of integers is an enum
 * table whatever its headers (`Internal type name | Value`).
 */
export function inferColumnRoles(table: Table, profile: Profile | undefined): Pick<Table, 'kind' | 'columns'> {
  if (isKeyValueTable(table)) return {kind: table.kind, columns: table.columns}
  const verbatimHeaders = [...commonVerbatimHeaders, ...(profile?.verbatimHeaders ?? [])]
  const proseHeaders = [...commonProseHeaders, ...(profile?.proseHeaders ?? [])]
  if (table.kind === 'other') {
    // A table of names beside a column of integers is an enum table, whatever its headers say.
    const value = table.columns.indexOf('value')
    const names = table.columns.findIndex(
      (role, column) => column !== value && (role === 'other' || nameRoles.has(role)) && holdsMemberNames(table, column, role, verbatimHeaders)
    )
    const evidence = value === -1 ? undefined : columnEvidence(table, value)
    if (evidence && names !== -1 && evidence.cells > 0 && evidence.integers * 10 >= evidence.cells * 6) {
      const columns = [...table.columns]
      columns[names] = 'member'
      return {kind: 'enum', columns}
    }
  }
  const columns: ColumnRole[] = table.columns.map((role, column) => {
    // Outside the table kinds their rules check, name-like roles (`Property | Description`, `Value | Description`) are priors too.
    const looseName = table.kind === 'other' && (nameRoles.has(role) || role === 'value')
    if (role !== 'other' && !looseName) return role
    const header = cellContent(table.header.cells[column])
    if (matchesAny(proseHeaders, header)) return role
    const prior = looseName || matchesAny(verbatimHeaders, header)
    const evidence = columnEvidence(table, column)
    // A bare `Name` column may hold display names (`Documents`, `Photos`): it needs one cell that is code beyond doubt.
    if (prior && /^names?$/i.test(header.trim()) && evidence.strong === 0) return role
    return holdsNames(evidence, prior) ? 'verbatim' : role
  })
  return {kind: table.kind, columns}
}

/**
 * Whether a column beside a column of integers names members. Its header
 * (`Internal type name`, `Member`) may say so; else its cells must look like
 * code, for `Value | Color` with `Red`, `Blue` is a legend of display names.
 */
function holdsMemberNames(table: Table, column: number, role: ColumnRole, verbatimHeaders: readonly string[]): boolean {
  const evidence = columnEvidence(table, column)
  if (nameRoles.has(role) || matchesAny(verbatimHeaders, cellContent(table.header.cells[column]))) return holdsNames(evidence, true)
  return holdsNames(evidence, false) || (holdsNames(evidence, true) && evidence.lowerInitial * 10 >= evidence.tokens * 7)
}

/** Rows of a key/value table whose label says the value is a name or literal (`Data type:`). */
export function verbatimValueRows(table: Table, profile: Profile | undefined): number[] {
  if (!isKeyValueTable(table) || !profile || profile.verbatimLabels.length === 0) return []
  return table.rows.flatMap((row, index) => (matchesAny(profile.verbatimLabels, cellContent(row.cells[0])) ? [index] : []))
}
