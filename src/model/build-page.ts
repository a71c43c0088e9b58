/**
 * mdast + segments → the typed page model. One walk in document order keeps
 * track of the current section so tables and code blocks know where they are.
 */
import type {Heading as MdastHeading, Nodes, Root} from 'mdast'
import {extractSegments} from '../extract/extract.js'
import {indexInline, type InlineIndex} from '../extract/inline-index.js'
import type {Segment} from '../extract/types.js'
import {readCodeBlock} from './code-blocks.js'
import {readFrontMatter} from './front-matter.js'
import {segmentsStartingWithin, textOutside} from './segment-lookup.js'
import {readTable} from './tables.js'
import type {FrontMatter, Heading, HttpRequest, Page, PageKind, Table} from './types.js'

export interface BuiltPage {
  page: Page
}

export function buildPage(tree: Root, source: string, path?: string): BuiltPage {
  const index = indexInline(tree, source)
  const {segments, problems} = extractSegments(tree, source, index)
  const {frontMatter, problem} = readFrontMatter(tree, source)
  const structure = readStructure(tree, {source, index, segments})
  const page: Page = {
    path,
    frontMatter,
    kind: pageKind(frontMatter, structure.tables, structure.requests),
    subjects: pageSubjects(structure.headings, frontMatter, path),
    headings: structure.headings,
    segments,
    spanProblems: problems,
    tables: structure.tables,
    requests: structure.requests,
    jsonExamples: structure.jsonExamples,
    frontMatterProblem: problem
  }
  return {page}
}

interface WalkContext {
  source: string
  index: InlineIndex
  segments: readonly Segment[]
}

function readStructure(tree: Root, context: WalkContext) {
  const headings: Heading[] = []
  const tables: Table[] = []
  const requests: HttpRequest[] = []
  const jsonExamples: Page['jsonExamples'] = []
  let section: string | undefined

  const visit = (node: Nodes) => {
    switch (node.type) {
      case 'heading': {
        const heading = readHeading(node, context)
        if (heading) {
          headings.push(heading)
          section = heading.anchor ?? slug(heading.english ?? heading.text)
        }
        return
      }
      case 'table': {
        const table = readTable(node, {...context, section})
        if (table) tables.push(table)
        return
      }
      case 'code': {
        const content = readCodeBlock(node, context.source, section, requests.at(-1))
        requests.push(...content.requests)
        jsonExamples.push(...content.jsonExamples)
        return
      }
      default:
        if ('children' in node) for (const child of node.children) visit(child as Nodes)
    }
  }
  visit(tree)
  return {headings, tables, requests, jsonExamples}
}

const anchorPattern = /^<a\s+(?:name|id)\s*=\s*["']([^"']+)["']/i

function readHeading(node: MdastHeading, context: WalkContext): Heading | undefined {
  const position = node.position
  if (!position) return undefined
  const range = {start: position.start.offset!, end: position.end.offset!}
  const segments = segmentsStartingWithin(context.segments, range)
  const anchorNode = node.children.find((child) => child.type === 'html' && anchorPattern.test(child.value))
  const anchor = anchorNode?.type === 'html' ? anchorPattern.exec(anchorNode.value)?.[1] : undefined
  const text = textOutside(context.index, context.source, range, segments)
  const english = segments.length > 0 ? segments.map((segment) => segment.english.text).join(' ') : undefined
  return {depth: node.depth, anchor, text, english, range}
}

function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s-]/gu, '')
    .trim()
    .replace(/\s+/g, '-')
}

const docTypeKinds: Record<string, PageKind> = {
  enumpagetype: 'enum',
  apipagetype: 'api',
  resourcepagetype: 'resource',
  conceptualpagetype: 'conceptual'
}

function pageKind(frontMatter: FrontMatter | undefined, tables: readonly Table[], requests: readonly HttpRequest[]): PageKind {
  const declared = frontMatter?.docType ? docTypeKinds[frontMatter.docType.toLowerCase()] : undefined
  if (declared) return declared
  if (requests.some((request) => request.kind === 'syntax')) return 'api'
  if (tables.some((table) => table.kind === 'enum')) return 'enum'
  if (tables.some((table) => table.kind === 'property')) return 'resource'
  return 'conceptual'
}

const identifierPattern = /[A-Za-z_][A-Za-z\d_]*(?:\.[A-Za-z_][A-Za-z\d_]*)*/g
const genericWords = new Set(['enum', 'type', 'resource', 'action', 'function', 'update', 'get', 'list', 'create', 'delete', 'method', 'and', 'the', 'of', 'a', 'an'])

/** Names the page is about, best evidence first; lookups try them in order. */
function pageSubjects(headings: readonly Heading[], frontMatter: FrontMatter | undefined, path: string | undefined): string[] {
  const subjects: string[] = []
  const add = (name: string | undefined) => {
    if (name && !genericWords.has(name.toLowerCase()) && !subjects.includes(name)) subjects.push(name)
  }
  const title = headings.find((heading) => heading.depth === 1)
  for (const text of [title?.english, frontMatter?.title, title?.text]) {
    for (const match of text?.match(identifierPattern) ?? []) add(match)
  }
  add(title?.anchor?.replace(/-(enum-type|resource-type|enum|type|action|function|resource)$/, '').replace(/-/g, ''))
  const stem = path?.split(/[\\/]/).pop()?.replace(/\.[^.]*$/, '')
  if (stem) {
    const parts = stem.split('-')
    for (let index = parts.length - 1; index >= 0; index--) add(parts[index])
  }
  return subjects
}
