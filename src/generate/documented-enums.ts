/**
 * Members tables of pages → documented enums. The canonical English (lookup
 * spans) is what the docs say; localized cells are only used to find which
 * enum a spanless table is about, never as members or values.
 */
import {createPointAt, type PointAt} from '../model/positions.js'
import type {Cell, Page, Table} from '../model/types.js'
import type {ApiIndex} from '../schema/api-index.js'
import type {EnumType} from '../schema/model.js'
import type {DocumentedEnum, DocumentedMember, GenerationNote, SourceLocation, SourcePage} from './types.js'

export interface DocumentedEnums {
  enums: DocumentedEnum[]
  notes: GenerationNote[]
}

/** Every enum table of every page, in page order. */
export function readDocumentedEnums(pages: readonly SourcePage[], api: ApiIndex): DocumentedEnums {
  const enums: DocumentedEnum[] = []
  const notes: GenerationNote[] = []
  for (const source of pages) {
    const pointAt = createPointAt(source.text)
    const locate = (offset: number): SourceLocation => {
      const {line, column} = pointAt(offset)
      return {path: source.path, line, column}
    }
    const tables = source.page.tables.filter((table) => table.kind === 'enum')
    for (const table of tables) {
      const read = readTable(table, {source, api, locate, tableCount: tables.length, pointAt})
      if ('note' in read) notes.push(read.note)
      else enums.push(read.documented)
    }
  }
  return {enums, notes}
}

interface TableContext {
  source: SourcePage
  api: ApiIndex
  locate: (offset: number) => SourceLocation
  pointAt: PointAt
  tableCount: number
}

function readTable(table: Table, context: TableContext): {documented: DocumentedEnum} | {note: GenerationNote} {
  const location = context.locate(table.range.start)
  const column = {
    member: table.columns.indexOf('member'),
    value: table.columns.indexOf('value'),
    description: table.columns.indexOf('description')
  }
  if (column.member === -1) return {note: {location, message: 'Skipped an enum table without a member column'}}
  const trusted = isSpanned(table)
  const names = table.rows
    .map((row) => row.cells[column.member])
    .map((cell) => (cell ? (trusted ? canonicalText(cell) : cell.text.trim()) : ''))
    .filter((name) => name.length > 0)
  const apiEnum = findDocumentedEnum(context.api, enumNameCandidates(context.source.page, table, context.tableCount), names)
  // Without a schema match only a page about one enum says what the table is called.
  const docsOnlyName = context.source.page.kind === 'enum' && context.tableCount === 1 ? context.source.page.subjects[0] : undefined
  const name = apiEnum?.name ?? docsOnlyName
  if (!name) return {note: {location, message: 'Skipped an enum table: the schema has no enum with these members and the page does not say which enum it is'}}
  const members = trusted
    ? table.rows.flatMap((row) => {
        const member = row.cells[column.member]
        const memberName = member ? canonicalText(member) : ''
        if (!member || memberName === '') return []
        const valueText = canonicalText(row.cells[column.value])
        const description = canonicalText(row.cells[column.description])
        const documented: DocumentedMember = {
          name: memberName,
          value: parseInteger(valueText),
          valueText,
          description: description === '' ? undefined : description,
          location: context.locate(member.range.start)
        }
        return [documented]
      })
    : []
  return {
    documented: {
      name,
      apiEnum,
      trusted,
      description: pageSummary(context.source, context.pointAt),
      members,
      location
    }
  }
}

/** A table with any English span: its unspanned cells were never machine translated. */
function isSpanned(table: Table): boolean {
  return [table.header, ...table.rows].some((row) => row.cells.some((cell) => cell.english !== undefined))
}

/** English when the cell is spanned, else its text (left alone by the translator). */
function canonicalText(cell: Cell | undefined): string {
  if (!cell) return ''
  return (cell.english ?? cell.text).replace(/^`+|`+$/g, '').trim()
}

/** `3`, `-1`, `0x10`; anything else (`.0`, `1/3`, `three`) is not a value. */
export function parseInteger(text: string): number | undefined {
  const trimmed = text.trim()
  if (!/^[-+]?(?:\d+|0x[\da-f]+)$/i.test(trimmed)) return undefined
  const negative = trimmed.startsWith('-')
  const digits = trimmed.replace(/^[-+]/, '')
  const magnitude = /^0x/i.test(digits) ? Number.parseInt(digits.slice(2), 16) : Number.parseInt(digits, 10)
  const value = negative ? -magnitude : magnitude
  return Number.isSafeInteger(value) ? value : undefined
}

/**
 * Names the table may document, best first. With several enum tables on one
 * page, each table's own section says more than the page title does.
 */
function enumNameCandidates(page: Page, table: Table, tableCount: number): string[] {
  const fromSection =
    tableCount > 1 && table.section ? [table.section.replace(/-(enum-type|enum|values|members|type)$/, '').replace(/-/g, '')] : []
  return [...fromSection, ...page.subjects]
}

/**
 * The schema enum a table documents: a named subject that shares a member with
 * the table, else the enum having every listed member, else the first named one.
 */
export function findDocumentedEnum(api: ApiIndex, candidates: readonly string[], memberNames: readonly string[]): EnumType | undefined {
  const named = candidates.map((candidate) => api.findEnum(candidate)).filter((found) => found !== undefined)
  const wanted = new Set(memberNames.map((name) => name.toLowerCase()))
  const sharing = named.find((found) => wanted.size === 0 || found.members.some((member) => wanted.has(member.name.toLowerCase())))
  if (sharing) return sharing
  const byMembers = memberNames.length > 0 ? api.findEnumsByMembers(memberNames)[0] : undefined
  return byMembers ?? named[0]
}

/**
 * The English of the page's first plain paragraph after its title: notes and
 * warnings (`**Note:**`, quotes) are skipped.
 */
function pageSummary(source: SourcePage, pointAt: PointAt): string | undefined {
  const {page, text} = source
  const title = page.headings.find((heading) => heading.depth === 1)
  if (!title) return undefined
  const nextHeading = page.headings.find((heading) => heading.range.start > title.range.end)
  const limit = Math.min(nextHeading?.range.start ?? Infinity, ...page.tables.map((table) => table.range.start))
  const candidates = page.segments.filter((segment) => segment.range.start > title.range.end && segment.range.start < limit)
  const first = candidates.find((segment) => {
    const lineStart = segment.range.start - pointAt(segment.range.start).column + 1
    const linePrefix = text.slice(lineStart, segment.range.start)
    return !/^\s*>/.test(linePrefix) && !/^\s*\*\*/.test(segment.english.raw)
  })
  if (!first) return undefined
  // A paragraph of several sentences is several segments; it ends at a blank line.
  const blankLine = /\n[ \t]*\r?\n/g
  blankLine.lastIndex = first.range.end
  const paragraphEnd = blankLine.exec(text)?.index ?? text.length
  const sentences = candidates
    .filter((segment) => segment.range.start >= first.range.start && segment.range.start < paragraphEnd)
    .map((segment) => segment.english.text)
  return sentences.join(' ').trim() || undefined
}
