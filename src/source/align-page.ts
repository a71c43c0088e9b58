/**
 * Aligns a page without spans to the English page it was translated from and
 * turns every aligned part into a segment, as spans would have given: the
 * localized side with its exact offsets, the English side with its text. The
 * rules then run unchanged. What cannot be aligned is one problem for that
 * part, never a guess.
 *
 * Headings pair by their `<a name>` anchors (English in every locale) or by
 * level and position; tables by section and shape; rows by their English key
 * or position; paragraphs and code blocks by position within a section; code
 * lines by a diff.
 */
import type {Root} from 'mdast'
import {readSide} from '../extract/extract.js'
import {indexInline, type InlineIndex} from '../extract/inline-index.js'
import type {Range, Segment, SegmentSide} from '../extract/types.js'
import type {AlignmentProblem, CodeLinePair} from './types.js'
import type {EnglishDocument} from './english-document.js'
import {alignWithGaps, commonSubsequence, fillGaps} from './sequence.js'
import {readSkeleton, type Skeleton, type SkeletonCode, type SkeletonRow, type SkeletonTable} from './skeleton.js'

export interface Alignment {
  segments: Segment[]
  problems: AlignmentProblem[]
  /** Changed lines of aligned code blocks. */
  codeLines: CodeLinePair[]
  /** Localized tables that are two tables run together: table start → indices of rows that head a new table. */
  tableSplits: Map<number, number[]>
}

interface Side {
  source: string
  index: InlineIndex
  skeleton: Skeleton
}

// Beyond this many items on a side, a quadratic diff is not worth its time: pair by position or not at all.
const maxDiffItems = 3000

export function alignPage(tree: Root, source: string, english: EnglishDocument, index: InlineIndex = indexInline(tree, source)): Alignment {
  const localized: Side = {source, index, skeleton: readSkeleton(tree, source)}
  const alignment: Alignment = {segments: [], problems: [], codeLines: [], tableSplits: new Map()}
  const pair = (localizedRange: Range, englishRange: Range) => {
    alignment.segments.push(toSegment(alignment.segments.length, localized, english, localizedRange, englishRange))
  }

  const headingPairs = alignHeadings(localized.skeleton, english)
  for (const [l, e] of headingPairs) pair(localized.skeleton.headings[l]!.content, english.skeleton.headings[e]!.content)
  const sections = new Map<number, number>([[-1, -1], ...headingPairs])

  alignTables(localized, english, sections, alignment, pair)
  forSectionPairs(localized.skeleton.paragraphs, english.skeleton.paragraphs, sections, (left, right) => {
    // Paragraphs pair only where the section kept its count: prose is reworded, never guessed.
    if (left.length === right.length) for (const [k, paragraph] of left.entries()) pair(paragraph.range, right[k]!.range)
  })
  forSectionPairs(codeOf(localized.skeleton), codeOf(english.skeleton), sections, (left, right) => {
    const pairs = left.length === right.length ? left.map((_, k) => [k, k] as [number, number]) : commonSubsequence(left, right, (a, b) => a.language === b.language)
    for (const [l, e] of pairs) alignment.codeLines.push(...changedLines(left[l]!, right[e]!))
  })
  alignment.segments.sort((a, b) => a.range.start - b.range.start)
  return alignment
}

function toSegment(number: number, localized: Side, english: Side, localizedRange: Range, englishRange: Range): Segment {
  const localizedSide = readSide(localized.index, localized.source, localizedRange)
  return {
    id: `source-${number + 1}`,
    localized: localizedSide,
    english: englishSide(english, englishRange, localizedRange),
    range: localizedRange,
    origin: 'source'
  }
}

/**
 * The English side in the localized page's coordinates: its range is the
 * localized one (a finding about the English is shown where the reader sees
 * it), and its tokens carry their own text, since the English bytes are not
 * in this file. What it reads of the English is read once per English page,
 * however many locales and pages align to it.
 */
function englishSide(english: Side, range: Range, localizedRange: Range): SegmentSide {
  const read = prepared(english).side(range)
  return {
    range: localizedRange,
    raw: read.raw,
    text: read.text,
    code: read.code.map((token) => ({value: token.value, range: localizedRange, raw: token.raw})),
    links: read.links.map((link) => ({...link}))
  }
}

interface EnglishRead {
  raw: string
  text: string
  code: Array<{value: string; raw: string}>
  links: Array<{url: string; text: string; raw: string}>
}

/** What alignment reads of an English page, kept with it: the same for every page aligned to it. */
interface PreparedEnglish {
  /** Per heading: its anchor, else the slug of its text. */
  headingKeys: string[]
  /** Per table: the key (first cell's text) of each row. */
  rowKeys(table: SkeletonTable): string[]
  side(range: Range): EnglishRead
}

const preparedDocuments = new WeakMap<Side, PreparedEnglish>()

function prepared(english: Side): PreparedEnglish {
  let found = preparedDocuments.get(english)
  if (found) return found
  const rowKeys = new Map<SkeletonTable, string[]>()
  const sides = new Map<string, EnglishRead>()
  found = {
    headingKeys: english.skeleton.headings.map((heading) => heading.anchor ?? headingSlug(english.source.slice(heading.content.start, heading.content.end))),
    rowKeys(table) {
      let keys = rowKeys.get(table)
      if (!keys) {
        keys = table.rows.map((row) => rowKey(english, row))
        rowKeys.set(table, keys)
      }
      return keys
    },
    side(range) {
      const key = `${range.start}:${range.end}`
      let read = sides.get(key)
      if (!read) {
        const side = readSide(english.index, english.source, range)
        read = {
          raw: side.raw,
          text: side.text,
          code: side.code.map((token) => ({value: token.value, raw: english.source.slice(token.range.start, token.range.end)})),
          links: side.links.map((link) => ({
            url: link.url,
            text: link.text,
            raw: link.range ? english.source.slice(link.range.start, link.range.end) : link.url
          }))
        }
        sides.set(key, read)
      }
      return read
    }
  }
  preparedDocuments.set(english, found)
  return found
}

/** `Request headers` → `request-headers`, as the localized anchors were made. */
export function headingSlug(text: string): string {
  return text
    .toLowerCase()
    .replace(/<[^>]*>/g, '')
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .trim()
    .replace(/\s+/g, '-')
}

function alignHeadings(localized: Skeleton, english: Side): Array<[number, number]> {
  const englishKeys = prepared(english).headingKeys
  const englishHeadings = english.skeleton.headings.map((heading, k) => ({heading, key: englishKeys[k]!}))
  return alignWithGaps(localized.headings, englishHeadings, (l, e) =>
    l.anchor ? l.anchor.toLowerCase() === e.key : l.depth === e.heading.depth && l.tab === e.heading.tab
  )
}

function forSectionPairs<T extends {section: number}>(
  localized: readonly T[],
  english: readonly T[],
  sections: ReadonlyMap<number, number>,
  visit: (left: T[], right: T[]) => void
): void {
  const englishBySection = groupBy(english, (item) => item.section)
  for (const [section, items] of groupBy(localized, (item) => item.section)) {
    const englishSection = sections.get(section)
    if (englishSection === undefined) continue
    visit(items, englishBySection.get(englishSection) ?? [])
  }
}

function groupBy<T>(items: readonly T[], key: (item: T) => number): Map<number, T[]> {
  const groups = new Map<number, T[]>()
  for (const item of items) {
    const group = groups.get(key(item))
    if (group) group.push(item)
    else groups.set(key(item), [item])
  }
  return groups
}

// ---- Tables ---------------------------------------------------------------

const delimiterCell = /^\s*:?-{3,}:?\s*$/

/** A localized table holding a `|---|---|` row is two tables a lost blank line ran together. */
function splitMergedTables(table: SkeletonTable, source: string, alignment: Alignment): SkeletonTable[] {
  const splits: number[] = []
  for (const [k, row] of table.rows.entries()) {
    if (k >= 2 && row.cells.length > 0 && row.cells.every((cell) => delimiterCell.test(source.slice(cell.start, cell.end)))) splits.push(k - 1)
  }
  if (splits.length === 0) return [table]
  alignment.tableSplits.set(table.range.start, splits)
  return tableParts(table.rows, splits).map((rows) => ({section: table.section, rows, range: {start: rows[0]!.range.start, end: rows.at(-1)!.range.end}}))
}

/** Rows of each part: the first part up to the next header; every later one its header, then its body past the delimiter row. */
export function tableParts<T>(rows: readonly T[], splits: readonly number[]): T[][] {
  const parts: T[][] = [rows.slice(0, splits[0])]
  for (const [k, header] of splits.entries()) parts.push([rows[header]!, ...rows.slice(header + 2, splits[k + 1])])
  return parts.filter((part) => part.length > 0)
}

/** A break inside a cell ends the row early: join a row with the short one after it when together they fill the header. */
function mergeSplitRows(rows: readonly SkeletonRow[], columns: number): {rows: SkeletonRow[]; merged: boolean} {
  const result: SkeletonRow[] = []
  let merged = false
  for (let k = 0; k < rows.length; k++) {
    const row = rows[k]!
    const next = rows[k + 1]
    if (next && next.cells.length < columns && row.cells.length + next.cells.length - 1 === columns) {
      const joined = {start: row.cells.at(-1)!.start, end: next.cells[0]!.end}
      result.push({cells: [...row.cells.slice(0, -1), joined, ...next.cells.slice(1)], range: {start: row.range.start, end: next.range.end}})
      merged = true
      k++
      continue
    }
    result.push(row)
  }
  return {rows: result, merged}
}

function alignTables(localized: Side, english: Side, sections: ReadonlyMap<number, number>, alignment: Alignment, pair: (l: Range, e: Range) => void): void {
  const localizedTables = localized.skeleton.tables.flatMap((table) => splitMergedTables(table, localized.source, alignment))
  const matched = new Set<SkeletonTable>()
  forSectionPairs(localizedTables, english.skeleton.tables, sections, (left, right) => {
    const shape = (table: SkeletonTable) => table.rows[0]?.cells.length ?? 0
    const pairs =
      left.length === right.length
        ? left.map((_, k) => [k, k] as [number, number])
        : alignWithGaps(left, right, (l, e) => shape(l) === shape(e) && (l.rows.length === e.rows.length || near(l, e)))
    for (const [l, e] of pairs) {
      matched.add(left[l]!)
      alignRows(left[l]!, right[e]!, localized, english, alignment, pair)
    }
  })
  for (const table of localizedTables) {
    if (matched.has(table)) continue
    alignment.problems.push({
      kind: 'table',
      reason: 'Unexpected table without a counterpart in the English page: its cells are not compared',
      range: table.range
    })
  }
}

/** Row counts within a split row or two of each other. */
function near(left: SkeletonTable, right: SkeletonTable): boolean {
  return Math.abs(left.rows.length - right.rows.length) <= 2
}

/** What pairs a row with its counterpart when the order differs: its first cell's text. */
function rowKey(side: Side, row: SkeletonRow): string {
  return row.cells[0] ? cellText(side, row.cells[0]) : ''
}

function cellText(side: Side, range: Range): string {
  return side.source
    .slice(range.start, range.end)
    .replace(/[`*_]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
}

function alignRows(table: SkeletonTable, englishTable: SkeletonTable, localized: Side, english: Side, alignment: Alignment, pair: (l: Range, e: Range) => void): void {
  const columns = englishTable.rows[0]?.cells.length ?? 0
  const localizedHeader = table.rows[0]
  const englishHeader = englishTable.rows[0]
  if (!localizedHeader || !englishHeader) return
  if (localizedHeader.cells.length !== columns) {
    alignment.problems.push({kind: 'columns', reason: `Unexpected ${localizedHeader.cells.length} columns, expected ${columns} as in the English table: its cells are not compared`, range: table.range})
    return
  }
  pairCells(localizedHeader, englishHeader, pair)
  let body = table.rows.slice(1)
  const englishBody = englishTable.rows.slice(1)
  if (body.length > englishBody.length) body = mergeSplitRows(body, columns).rows
  const rowPairs = pairRows(body, localized, prepared(english).rowKeys(englishTable).slice(1))
  const unpaired = body.length - rowPairs.length
  for (const [l, e] of rowPairs) {
    if (body[l]!.cells.length === englishBody[e]!.cells.length) pairCells(body[l]!, englishBody[e]!, pair)
  }
  if (unpaired > 0) {
    alignment.problems.push({
      kind: 'rows',
      reason: `Unexpected ${unpaired === 1 ? 'row' : `${unpaired} rows`} without a counterpart in the English table: ${unpaired === 1 ? 'it is' : 'they are'} not compared`,
      range: table.range
    })
  }
}

function pairCells(localizedRow: SkeletonRow, englishRow: SkeletonRow, pair: (l: Range, e: Range) => void): void {
  for (const [k, cell] of localizedRow.cells.entries()) {
    const englishCell = englishRow.cells[k]
    if (englishCell) pair(cell, englishCell)
  }
}

/**
 * Rows whose key (first cell) reads the same on both sides pair by key, so a
 * reordered table still aligns; the rest pair in order between them, where
 * both sides have as many.
 */
function pairRows(rows: readonly SkeletonRow[], localized: Side, englishKeys: readonly string[]): Array<[number, number]> {
  const localizedKeys = rows.map((row) => rowKey(localized, row))
  const englishIndex = uniqueIndex(englishKeys)
  const localizedIndex = uniqueIndex(localizedKeys)
  const byKey: Array<[number, number]> = []
  for (const [k, value] of localizedKeys.entries()) {
    const match = englishIndex.get(value)
    if (value !== '' && match !== undefined && localizedIndex.get(value) === k) byKey.push([k, match])
  }
  const inOrder = byKey.every((entry, k) => k === 0 || entry[1] > byKey[k - 1]![1])
  if (!inOrder) {
    // Reordered: what pairs by key pairs; the rest pair in order among themselves when their counts agree.
    const leftRest = rows.map((_, k) => k).filter((k) => !byKey.some(([l]) => l === k))
    const rightRest = englishKeys.map((_, k) => k).filter((k) => !byKey.some(([, e]) => e === k))
    const rest: Array<[number, number]> = leftRest.length === rightRest.length ? leftRest.map((l, k) => [l, rightRest[k]!]) : []
    return [...byKey, ...rest]
  }
  if (rows.length > maxDiffItems || englishKeys.length > maxDiffItems) {
    return rows.length === englishKeys.length ? rows.map((_, k) => [k, k]) : byKey
  }
  return alignWithGaps(localizedKeys, englishKeys, (l, e) => l !== '' && l === e)
}

function uniqueIndex(keys: readonly string[]): Map<string, number> {
  const index = new Map<string, number>()
  const repeated = new Set<string>()
  for (const [k, value] of keys.entries()) {
    if (index.has(value)) repeated.add(value)
    else index.set(value, k)
  }
  for (const value of repeated) index.delete(value)
  return index
}

// ---- Code blocks ----------------------------------------------------------

const comparedLanguages = new Set(['http', 'https', 'msgraph-interactive', 'json', 'javascript', ''])

function codeOf(skeleton: Skeleton): SkeletonCode[] {
  return skeleton.code.filter((block) => comparedLanguages.has(block.language))
}

/** Lines of `block` that differ from the English line at the same place of the line diff. */
function changedLines(block: SkeletonCode, englishBlock: SkeletonCode): CodeLinePair[] {
  const left = block.lines
  const right = englishBlock.lines
  if (left.length > maxDiffItems || right.length > maxDiffItems) return []
  const anchors = commonSubsequence(
    left.map((line) => line.text.trim()),
    right.map((line) => line.text.trim()),
    (a, b) => a === b
  )
  const kept = new Set(anchors.map(([l]) => l))
  return fillGaps(anchors, left.length, right.length)
    .filter(([l]) => !kept.has(l))
    .map(([l, e]) => ({localized: left[l]!, english: right[e]!.text}))
}
