/**
 * Table helpers shared by the rules: cells by role, and the segment a cell
 * is written in.
 */
import type {Segment} from '../../extract/types.js'
import type {Cell, ColumnRole, Row, Table, TableKind} from '../../model/types.js'
import type {Page} from '../../model/types.js'

export interface RoleCell {
  table: Table
  row: Row
  rowIndex: number
  cell: Cell
}

/** Every body cell in a column of `role`, in tables of `kinds`. */
export function* cellsWithRole(page: Page, kinds: readonly TableKind[], role: ColumnRole): Generator<RoleCell> {
  for (const table of page.tables) {
    if (!kinds.includes(table.kind)) continue
    const column = table.columns.indexOf(role)
    if (column === -1) continue
    for (const [rowIndex, row] of table.rows.entries()) {
      const cell = row.cells[column]
      if (cell) yield {table, row, rowIndex, cell}
    }
  }
}

/** The cell in the same row with another role. */
export function siblingCell(entry: RoleCell, role: ColumnRole): Cell | undefined {
  const column = entry.table.columns.indexOf(role)
  return column === -1 ? undefined : entry.row.cells[column]
}

/** The one segment a cell is written in, or undefined for spanless or mixed cells. */
export function soleSegment(cell: Cell): Segment | undefined {
  return cell.segments.length === 1 ? cell.segments[0] : undefined
}

/** A code token: an identifier such as `inProgress`, `id`, `@odata.type`, `microsoft.graph.x`. */
export const identifierPattern = /^[@$A-Za-z_][\w$@]*(?:[.:][\w$@]+)*$/

export function isIdentifier(text: string): boolean {
  return identifierPattern.test(text)
}

export function isInteger(text: string): boolean {
  return /^[-+]?(?:\d+|0x[\da-f]+)$/i.test(text)
}

/** Tokens compare trimmed: a value `1 ` (with a tab or trailing space) is still `1`. */
export function sameToken(a: string, b: string): boolean {
  return a.trim() === b.trim()
}

/** Inline code for a message, with backticks: `` `.0` ``. */
export function quote(value: string): string {
  const shown = excerpt(value)
  return shown.includes('`') ? `\`\` ${shown} \`\`` : `\`${shown}\``
}

/** Longest text a message quotes: a message about a 32 KB line must not hold it. */
export const maxQuoted = 200

/** `value`, or its start and end around an ellipsis when longer than `maxQuoted`. */
export function excerpt(value: string): string {
  if (value.length <= maxQuoted) return value
  const half = (maxQuoted - 1) / 2
  return `${value.slice(0, Math.ceil(half))}…${value.slice(value.length - Math.floor(half))}`
}
