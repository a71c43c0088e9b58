/**
 * Where a finding stands, for a reviewer: the table row or sentence around it,
 * localized and English side by side with the token at fault marked, and the
 * fix as a one-line diff of the exact source. Pure: text, page and message in.
 */
import type {VFileMessage} from 'vfile-message'
import type {Page, Row} from '../model/types.js'

/** Text cut at the token to mark: `before`, `marked`, `after` (`marked` empty when the token is not found). */
export interface MarkedText {
  before: string
  marked: string
  after: string
}

export interface FindingContext {
  /** `row`: the table row; `sentence`: the span pair; `line`: the source line (no English to show). */
  kind: 'row' | 'sentence' | 'line'
  /** Localized cells of the row, or one entry for a sentence or line. */
  localized: MarkedText[]
  /** English cells of the row or the English sentence; empty when the page has none. */
  english: MarkedText[]
}

export interface FixDiff {
  /** 1-based line of the source the fix starts on. */
  line: number
  /** The source around the fix: `before` + replaced + `after`. */
  removed: MarkedText
  /** The same with the replacement: `before` + fix text + `after`. */
  added: MarkedText
}

/** Context kept on each side of a change in a long line (table rows with spans run to hundreds of characters). */
const diffContext = 80

/** Cut `text` at the first `token` (whole, else case-insensitive); unmarked when absent. */
export function markToken(text: string, token: string | undefined): MarkedText {
  if (!token) return {before: text, marked: '', after: ''}
  let index = text.indexOf(token)
  if (index === -1) index = text.toLowerCase().indexOf(token.toLowerCase())
  if (index === -1) return {before: text, marked: '', after: ''}
  return {before: text.slice(0, index), marked: text.slice(index, index + token.length), after: text.slice(index + token.length)}
}

function startOffset(message: VFileMessage): number | undefined {
  const place = message.place
  if (!place) return undefined
  const start = 'start' in place ? place.start : place
  return start.offset ?? undefined
}

function rowAt(page: Page, offset: number): Row | undefined {
  for (const table of page.tables) {
    if (offset < table.range.start || offset > table.range.end) continue
    const row = [table.header, ...table.rows].find((candidate) => offset >= candidate.range.start && offset <= candidate.range.end)
    if (row) return row
  }
  return undefined
}

/** The row, sentence or line a finding is in. */
export function findingContext(text: string, page: Page | undefined, message: VFileMessage): FindingContext | undefined {
  const offset = startOffset(message)
  if (offset === undefined || offset > text.length) return undefined
  const actual = message.actual ?? undefined
  const expected = message.expected?.[0]
  const row = page ? rowAt(page, offset) : undefined
  if (row) {
    const atFault = row.cells.findIndex((cell) => offset >= cell.range.start && offset <= cell.range.end)
    const mark = (value: string, index: number, token: string | undefined) => (index === atFault ? markToken(value, token) : markToken(value, undefined))
    const english = row.cells.some((cell) => cell.english !== undefined) ? row.cells.map((cell, index) => mark(cell.english ?? cell.text, index, expected)) : []
    return {kind: 'row', localized: row.cells.map((cell, index) => mark(cell.text, index, actual)), english}
  }
  const segment = page?.segments.find((candidate) => offset >= candidate.range.start && offset <= candidate.range.end)
  if (segment) {
    return {kind: 'sentence', localized: [markToken(segment.localized.text, actual)], english: [markToken(segment.english.text, expected)]}
  }
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1
  const lineEnd = lineEndAt(text, offset)
  const end = Math.min(endOffset(message) ?? offset, lineEnd)
  const line = {before: text.slice(lineStart, offset), marked: text.slice(offset, end), after: text.slice(end, lineEnd)}
  return {kind: 'line', localized: [elide(line)], english: []}
}

function endOffset(message: VFileMessage): number | undefined {
  const place = message.place
  return place && 'end' in place ? (place.end.offset ?? undefined) : undefined
}

function lineEndAt(text: string, offset: number): number {
  const newline = text.indexOf('\n', offset)
  const end = newline === -1 ? text.length : newline
  return text[end - 1] === '\r' ? end - 1 : end
}

/** Shorten long context on both sides of the change; the change itself is kept whole. */
function elide(text: MarkedText): MarkedText {
  const before = text.before.length > diffContext ? `…${text.before.slice(-diffContext)}` : text.before
  const after = text.after.length > diffContext ? `${text.after.slice(0, diffContext)}…` : text.after
  return {before, marked: text.marked, after}
}

/** The fix as a removed and an added line of the exact source. */
export function fixDiff(text: string, fix: {range: readonly [number, number]; text: string}): FixDiff | undefined {
  const [start, end] = fix.range
  if (start > end || end > text.length) return undefined
  const lineStart = text.lastIndexOf('\n', start - 1) + 1
  const stop = lineEndAt(text, end)
  const before = text.slice(lineStart, start)
  const after = text.slice(end, stop)
  const line = text.slice(0, lineStart).split('\n').length
  return {
    line,
    removed: elide({before, marked: text.slice(start, end), after}),
    added: elide({before, marked: fix.text, after})
  }
}
