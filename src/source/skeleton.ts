/**
 * The parts of a page alignment works on, in document order, each tagged with
 * the heading it stands under: headings, table rows and cells, paragraphs and
 * code blocks. Read the same way from the localized page and the English one.
 */
import type {Code, Heading as MdastHeading, Nodes, Root, Table as MdastTable} from 'mdast'
import type {Range} from '../extract/types.js'
import {walkTree} from '../extract/walk-tree.js'
import {codeLines} from '../model/code-blocks.js'

export interface SkeletonHeading {
  depth: number
  /** `<a name>` of the heading: English in every locale. */
  anchor?: string
  /** The heading's content after its anchor. */
  content: Range
  tab: boolean
}

export interface SkeletonRow {
  cells: Range[]
  range: Range
}

export interface SkeletonTable {
  /** Index of the heading the table stands under; -1 before the first. */
  section: number
  rows: SkeletonRow[]
  range: Range
}

export interface SkeletonParagraph {
  section: number
  range: Range
}

export interface SkeletonLine {
  text: string
  start: number
}

export interface SkeletonCode {
  section: number
  language: string
  lines: SkeletonLine[]
  range: Range
}

export interface Skeleton {
  headings: SkeletonHeading[]
  tables: SkeletonTable[]
  paragraphs: SkeletonParagraph[]
  code: SkeletonCode[]
}

const anchorPattern = /^<a\s+(?:name|id)\s*=\s*["']([^"']+)["']/i

export function readSkeleton(tree: Root, source: string): Skeleton {
  const skeleton: Skeleton = {headings: [], tables: [], paragraphs: [], code: []}
  let section = -1
  walkTree(tree, (node: Nodes) => {
    const position = node.position
    switch (node.type) {
      case 'heading': {
        if (!position) return false
        const heading = readHeading(node)
        skeleton.headings.push(heading)
        // A tab label switches what the reader sees; it opens no section.
        if (!heading.tab) section = skeleton.headings.length - 1
        return false
      }
      case 'table': {
        if (position) skeleton.tables.push({section, rows: readRows(node, source), range: rangeOf(node)!})
        return false
      }
      case 'paragraph': {
        if (position) skeleton.paragraphs.push({section, range: rangeOf(node)!})
        return false
      }
      case 'code': {
        if (position) skeleton.code.push(readCode(node, source, section))
        return false
      }
      default:
        return true
    }
  })
  return skeleton
}

function rangeOf(node: Nodes): Range | undefined {
  const position = node.position
  return position ? {start: position.start.offset!, end: position.end.offset!} : undefined
}

function readHeading(node: MdastHeading): SkeletonHeading {
  const range = rangeOf(node)!
  let anchor: string | undefined
  let start: number | undefined
  let end = range.end
  for (const child of node.children) {
    const childRange = rangeOf(child)
    if (!childRange) continue
    if (child.type === 'html') {
      const match = anchorPattern.exec(child.value)
      if (match) anchor ??= match[1]
      // `</a>` and the anchor itself are no content.
      if (match || /^<\/a\s*>$/i.test(child.value.trim())) continue
    }
    start ??= childRange.start
    end = childRange.end
  }
  const content = start === undefined ? {start: range.end, end: range.end} : {start, end}
  return {depth: node.depth, anchor, content, tab: isTab(node)}
}

function isTab(node: MdastHeading): boolean {
  const content = node.children.filter(
    (child) => !(child.type === 'html' && /^<\/?a\b[^>]*>$/i.test(child.value.trim())) && !(child.type === 'text' && child.value.trim() === '')
  )
  return content.length === 1 && content[0]?.type === 'link' && /^#tab\//i.test(content[0].url)
}

function readRows(node: MdastTable, source: string): SkeletonRow[] {
  return node.children.map((row) => ({
    range: rangeOf(row) ?? {start: 0, end: 0},
    cells: row.children.map((cell) => {
      const first = cell.children[0]?.position
      const last = cell.children.at(-1)?.position
      if (first && last) return {start: first.start.offset!, end: last.end.offset!}
      const start = cell.position?.start.offset ?? 0
      const at = source[start] === '|' ? start + 1 : start
      return {start: at, end: at}
    })
  }))
}

function readCode(node: Code, source: string, section: number): SkeletonCode {
  return {section, language: (node.lang ?? '').toLowerCase(), lines: codeLines(node, source), range: rangeOf(node)!}
}
