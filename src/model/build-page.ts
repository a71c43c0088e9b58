/**
 * mdast + segments → the typed page model. One walk in document order keeps
 * track of the current section so tables and code blocks know where they are.
 */
import type {Heading as MdastHeading, Html, List as MdastList, Nodes, Paragraph, Root, Table as MdastTable} from 'mdast'
import {extractSegments} from '../extract/extract.js'
import {indexInline, textWithin, type InlineIndex} from '../extract/inline-index.js'
import {walkTree} from '../extract/walk-tree.js'
import type {Segment} from '../extract/types.js'
import {readCodeBlock} from './code-blocks.js'
import {readFrontMatter} from './front-matter.js'
import {segmentsStartingWithin, textOutside} from './segment-lookup.js'
import {readTable} from './tables.js'
import {inferColumnRoles} from './column-roles.js'
import {chooseProfile} from '../profiles/profile.js'
import {docSetProfiles} from '../profiles/doc-sets.js'
import {alignPage, tableParts} from '../source/align-page.js'
import type {EnglishPage} from '../source/english-document.js'
import type {SourceComparison} from '../source/types.js'
import {memorySegments} from '../source/apply-memory.js'
import type {TranslationMemory} from '../source/memory.js'
import type {DocList, FrontMatter, Heading, HttpRequest, JsonExample, Page, PageKind, Table} from './types.js'

export interface BuiltPage {
  page: Page
}

export interface BuildPageOptions {
  /** The English page this one was translated from: a page without spans is aligned to it. */
  english?: EnglishPage
  /** Applied to a page with neither spans nor an English page. */
  memory?: TranslationMemory
}

export function buildPage(tree: Root, source: string, path?: string, options: BuildPageOptions = {}): BuiltPage {
  const index = indexInline(tree, source)
  const extraction = extractSegments(tree, source, index)
  const {problems} = extraction
  let {segments} = extraction
  const {frontMatter, problem} = readFrontMatter(tree, source)
  const comparison = options.english && segments.length === 0 ? compareWithEnglish(tree, source, index, options.english) : undefined
  if (comparison) segments = comparison.segments
  let structure = readStructure(tree, {source, index, segments, tableSplits: comparison?.tableSplits})
  if (options.memory && segments.length === 0 && !options.english) {
    const remembered = memorySegments(structure.tables, frontMatter?.locale ?? 'und', options.memory, index, source)
    if (remembered.length > 0) {
      segments = remembered
      structure = readStructure(tree, {source, index, segments})
    }
  }
  // Doc-set knowledge is data: the profile refines column roles the header words left open.
  const profile = chooseProfile(docSetProfiles, {frontMatter, headings: structure.headings})
  structure.tables = structure.tables.map((table) => ({...table, ...inferColumnRoles(table, profile)}))
  const page: Page = {
    path,
    frontMatter,
    kind: pageKind(frontMatter, structure.tables, structure.requests),
    subjects: pageSubjects(structure.headings, frontMatter, path, structure.resourceTypes),
    headings: structure.headings,
    segments,
    spanProblems: problems,
    tables: structure.tables,
    requests: structure.requests,
    jsonExamples: structure.jsonExamples,
    representations: structure.representations,
    frontMatterProblem: problem
  }
  if (structure.resourceTypes[0]) page.resourceType = structure.resourceTypes[0]
  if (profile) page.profile = profile.id
  if (structure.lists.length > 0) page.lists = structure.lists
  if (comparison) page.source = comparison.summary
  return {page}
}

/** Align to the English page, or say why that was not possible. */
function compareWithEnglish(tree: Root, source: string, index: InlineIndex, english: EnglishPage) {
  if (!english.found) {
    const summary: SourceComparison = {problems: [{kind: 'page', reason: english.reason, range: {start: 0, end: 0}}], notes: [], codeLines: []}
    return {segments: [], tableSplits: undefined, summary}
  }
  const alignment = alignPage(tree, source, english.document, index)
  const summary: SourceComparison = {
    origin: english.origin,
    problems: alignment.problems,
    notes: english.note ? [english.note] : [],
    codeLines: alignment.codeLines
  }
  return {segments: alignment.segments, tableSplits: alignment.tableSplits, summary}
}

interface WalkContext {
  source: string
  index: InlineIndex
  segments: readonly Segment[]
  /** Tables a lost blank line ran together: table start → rows that head a new table. */
  tableSplits?: ReadonlyMap<number, number[]>
}

function readStructure(tree: Root, context: WalkContext) {
  const headings: Heading[] = []
  const tables: Table[] = []
  const requests: HttpRequest[] = []
  const jsonExamples: Page['jsonExamples'] = []
  const representations: NonNullable<Page['representations']> = []
  const lists: DocList[] = []
  const resourceTypes: string[] = []
  let section: string | undefined
  // What tells a body's role under a generic `Example` heading; both end with the section.
  let label: JsonExample['role'] | undefined
  let previousHttp: JsonExample['role'] | undefined

  // Returns false for nodes read whole, whose children need no visit.
  const visit = (node: Nodes): boolean => {
    switch (node.type) {
      case 'heading': {
        const heading = readHeading(node, context)
        if (heading) {
          headings.push(heading)
          // A tab label (`# [Java](#tab/java)`) only switches what the reader sees.
          if (heading.tab) return false
          section = heading.anchor ?? slug(heading.english ?? heading.text)
          label = undefined
          previousHttp = undefined
        }
        return false
      }
      case 'paragraph':
        label = paragraphLabel(node, context) ?? label
        return false
      case 'html': {
        label = annotationLabel(node) ?? label
        const resourceType = annotatedResourceType(node)
        if (resourceType) resourceTypes.push(resourceType)
        return false
      }
      case 'table': {
        for (const part of splitTable(node, context.tableSplits)) {
          const table = readTable(part, {...context, section})
          if (table) tables.push(table)
        }
        return false
      }
      case 'list': {
        const list = readList(node, section)
        if (list) lists.push(list)
        return true
      }
      case 'code': {
        const content = readCodeBlock(node, context.source, {section, lastRequest: requests.at(-1), label, previousHttp})
        requests.push(...content.requests)
        jsonExamples.push(...content.jsonExamples)
        representations.push(...content.representations)
        if (content.http) previousHttp = content.http
        return false
      }
      default:
        return true
    }
  }
  walkTree(tree, visit)
  return {headings, tables, requests, jsonExamples, representations, lists, resourceTypes}
}

/** A list and the first paragraph of each item (the term of a definition-style entry, or the entry). */
function readList(node: MdastList, section: string | undefined): DocList | undefined {
  if (!node.position) return undefined
  const items = node.children.flatMap((item) => {
    const first = item.children[0]
    const position = first?.type === 'paragraph' ? first.position : undefined
    return position ? [{range: {start: position.start.offset!, end: position.end.offset!}}] : []
  })
  return {section, items, range: {start: node.position.start.offset!, end: node.position.end.offset!}}
}

function splitTable(node: MdastTable, splits: ReadonlyMap<number, number[]> | undefined): MdastTable[] {
  const at = splits && node.position ? splits.get(node.position.start.offset!) : undefined
  if (!at) return [node]
  return tableParts(node.children, at).map((children) => ({
    ...node,
    children,
    position: {start: children[0]!.position!.start, end: children.at(-1)!.position!.end}
  }))
}

const labelPattern = /^(request|response):?$/i

/** `**Response**` (or its spanned translation) on a line of its own labels the next body. */
function paragraphLabel(node: Paragraph, context: WalkContext): JsonExample['role'] | undefined {
  const position = node.position
  // A label is a word or two; long paragraphs are prose.
  if (!position || position.end.offset! - position.start.offset! > 400) return undefined
  const range = {start: position.start.offset!, end: position.end.offset!}
  const segments = segmentsStartingWithin(context.segments, range)
  const text = segments.length > 0 ? segments.map((segment) => segment.english.text).join(' ') : textWithin(context.index, context.source, range)
  const match = labelPattern.exec(text.replace(/[*_]/g, '').trim())
  return match ? (match[1]!.toLowerCase() as JsonExample['role']) : undefined
}

/** Graph pages annotate each example block: `<!-- { "blockType": "response" } -->`. */
function annotationLabel(node: Html): JsonExample['role'] | undefined {
  const match = /^<!--[\s\S]*"blockType"\s*:\s*"(request|response)"/.exec(node.value)
  return match ? (match[1] as JsonExample['role']) : undefined
}

/**
 * The type a resource page documents, as its representation's annotation
 * names it (`<!-- { "blockType": "resource", "@odata.type": "microsoft.graph.workbookChart" } -->`), qualified:
 * the page is titled `Chart` and its file is `chart.md`, but the API type is this one.
 */
function annotatedResourceType(node: Html): string | undefined {
  if (!/^<!--[\s\S]*"blockType"\s*:\s*"resource"/.test(node.value)) return undefined
  // Qualified: `microsoft.graph.callRecords.deviceInfo` is not `microsoft.graph.deviceInfo`.
  return /"@odata\.type"\s*:\s*"#?([\w.]+)"/.exec(node.value)?.[1]
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
  const heading: Heading = {depth: node.depth, anchor, text, english, range}
  if (isTabHeading(node)) heading.tab = true
  return heading
}

/** A heading that is nothing but a `#tab/…` link, an anchor aside. */
function isTabHeading(node: MdastHeading): boolean {
  const content = node.children.filter(
    (child) => !(child.type === 'html' && /^<\/?a\b[^>]*>$/i.test(child.value.trim())) && !(child.type === 'text' && child.value.trim() === '')
  )
  const [only] = content
  return content.length === 1 && only?.type === 'link' && /^#tab\//i.test(only.url)
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

const identifierPattern = /^[A-Za-z_][A-Za-z\d_]*(?:\.[A-Za-z_][A-Za-z\d_]*)*$/
// Scripts written without spaces between words (Korean attaches particles): a word of
// Latin letters ends where they start, as in `domainStateリソース` or `approvalStage의`.
const wordBreakPattern = /[\s\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303f\uff00-\uffef]+/u
const genericWords = new Set(['enum', 'type', 'resource', 'action', 'function', 'update', 'get', 'list', 'create', 'delete', 'method', 'and', 'the', 'of', 'a', 'an'])

/**
 * Identifiers from words written wholly in ASCII (`Export-AzureThing` gives
 * `Export` and `AzureThing`). A word with a letter of another alphabet
 * (`löschen`) is prose, and a piece of it (`schen`) is no name.
 */
function identifierWords(text: string): string[] {
  return text
    .split(wordBreakPattern)
    .filter((word) => /^[\x21-\x7e]+$/.test(word))
    .flatMap((word) => word.split(/[^\w.]+/))
    .map((part) => part.replace(/^\.+|\.+$/g, ''))
    .filter((part) => part.length > 1 && identifierPattern.test(part))
}

/** Names the page is about, best evidence first; lookups try them in order. */
function pageSubjects(
  headings: readonly Heading[],
  frontMatter: FrontMatter | undefined,
  path: string | undefined,
  resourceTypes: readonly string[]
): string[] {
  const subjects: string[] = []
  const add = (name: string | undefined) => {
    if (name && !genericWords.has(name.toLowerCase()) && !subjects.includes(name)) subjects.push(name)
  }
  // The annotation names the API type; titles and file names name it as readers know it.
  for (const name of resourceTypes) add(name)
  const title = headings.find((heading) => heading.depth === 1 && !heading.tab)
  for (const text of [title?.english, frontMatter?.title, title?.text]) {
    for (const word of identifierWords(text ?? '')) add(word)
  }
  add(title?.anchor?.replace(/-(enum-type|resource-type|enum|type|action|function|resource)$/, '').replace(/-/g, ''))
  const stem = path?.split(/[\\/]/).pop()?.replace(/\.[^.]*$/, '')
  if (stem) {
    const parts = stem.split('-')
    for (let index = parts.length - 1; index >= 0; index--) add(parts[index])
  }
  return subjects
}
