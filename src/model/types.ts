/**
 * The typed model of a localized page. Every structure keeps, per cell, the
 * localized text, the canonical English when the cell is spanned, and exact
 * source ranges, so rules compare and fixes splice without re-reading Markdown.
 */
import {z} from 'zod/v4'
import {Range, Segment, SpanProblem} from '../extract/types.js'
import {SourceComparison} from '../source/types.js'

export const Point = z.object({
  line: z.number().int().positive().describe('1-based line.'),
  column: z.number().int().positive().describe('1-based column, in UTF-16 units.'),
  offset: z.number().int().nonnegative().describe('0-based offset into the file text.')
})
export type Point = z.infer<typeof Point>

export const FrontMatter = z.object({
  title: z.string().optional(),
  description: z.string().optional(),
  locale: z.string().optional().describe('`ms.contentlocale`, e.g. `ja-JP`.'),
  docType: z.string().optional().describe('`doc_type`, e.g. `enumPageType`.'),
  translationType: z.string().optional().describe('`ms.translationtype`, `MT` for machine translation.'),
  sourceCommit: z.string().optional().describe('`ms.sourcegitcommit`.'),
  locFileId: z.string().optional().describe('`ms.locfileid`, stable across edits: used in fingerprints.'),
  fields: z.record(z.string(), z.unknown()).describe('Every field as parsed.')
})
export type FrontMatter = z.infer<typeof FrontMatter>

export const PageKind = z.enum(['enum', 'api', 'resource', 'conceptual'])
export type PageKind = z.infer<typeof PageKind>

export const Heading = z.object({
  depth: z.number().int().min(1).max(6),
  anchor: z.string().optional().describe('`<a name="…">` of the heading, English on every locale.'),
  text: z.string().describe('Localized plain text.'),
  english: z.string().optional().describe('Canonical English, when spanned.'),
  range: Range,
  tab: z.boolean().optional().describe('A tab label (`# [Java](#tab/java)`): it starts no section of its own.')
})
export type Heading = z.infer<typeof Heading>

export const Cell = z.object({
  text: z.string().describe('Localized plain text of the cell, lookup spans left out.'),
  english: z.string().optional().describe('Canonical English of the spans in the cell, when there are any.'),
  range: Range.describe('Cell content without its pipes and padding; empty at the pipe for an empty cell.'),
  segments: z.array(Segment).describe('Segments whose translated side opens in this cell.')
})
export type Cell = z.infer<typeof Cell>

export const ColumnRole = z.enum([
  'member',
  'value',
  'description',
  'property',
  'type',
  'header',
  'permissionType',
  'permissions',
  'method',
  'verbatim',
  'other'
])
export type ColumnRole = z.infer<typeof ColumnRole>

export const TableKind = z.enum(['enum', 'property', 'header', 'permission', 'method', 'other'])
export type TableKind = z.infer<typeof TableKind>

export const Row = z.object({
  cells: z.array(Cell),
  range: Range
})
export type Row = z.infer<typeof Row>

export const Table = z.object({
  kind: TableKind,
  section: z.string().optional().describe('Anchor of the section the table is in: `members`, `request-headers`.'),
  columns: z.array(ColumnRole).describe('Role of each column, from the canonical English header.'),
  header: Row,
  rows: z.array(Row),
  range: Range,
  relationships: z
    .boolean()
    .optional()
    .describe('A Relationships table: it lists navigation properties, never every property of the type.')
})
export type Table = z.infer<typeof Table>

export const ListItem = z.object({
  range: Range.describe('The first paragraph of the item: its term, or the whole entry.')
})
export type ListItem = z.infer<typeof ListItem>

export const DocList = z.object({
  section: z.string().optional().describe('Anchor of the section the list is in.'),
  items: z.array(ListItem),
  range: Range
})
export type DocList = z.infer<typeof DocList>

export const HttpRequest = z.object({
  kind: z.enum(['syntax', 'example']).describe('A request template (HTTP request section) or an example call.'),
  method: z.string(),
  target: z.string().describe('Request target as written: path or absolute URL.'),
  path: z.string().describe('Target without scheme, host, API version and query.'),
  methodRange: Range,
  targetRange: Range,
  section: z.string().optional()
})
export type HttpRequest = z.infer<typeof HttpRequest>

export const JsonExample = z.object({
  role: z.enum(['request', 'response']).describe('Body of a request or of a response.'),
  text: z.string().describe('The JSON text as it stands in the page.'),
  range: Range.describe('Where that text is in the file.'),
  lineStarts: z
    .array(z.number().int().nonnegative())
    .describe('Source offset of each line of `text`: blocks in lists and quotes lose a prefix per line.'),
  request: HttpRequest.optional().describe('For a request body: its request line. For a response: the request of the same example.'),
  section: z.string().optional()
})
export type JsonExample = z.infer<typeof JsonExample>

export const RepresentationKey = z.object({
  name: z.string().describe('A key of the top-level object: `lastActionDateTime`.'),
  typeText: z
    .string()
    .describe('What the value says of the type: the string (`String (timestamp)`), `Boolean`/`Number` for literals, `Collection` for an array, the `@odata.type` (or `Object`) for an object.')
})
export type RepresentationKey = z.infer<typeof RepresentationKey>

export const Representation = z.object({
  text: z.string().describe('The JSON text as it stands in the page, comments included.'),
  range: Range.describe('Where that text is in the file.'),
  lineStarts: z.array(z.number().int().nonnegative()).describe('Source offset of each line of `text`.'),
  keys: z.array(RepresentationKey).describe('Keys of the top-level object, in order; `@odata.type` left out.'),
  section: z.string().optional()
})
export type Representation = z.infer<typeof Representation>

export const Page = z.object({
  path: z.string().optional().describe('File path, when the page came from a file.'),
  frontMatter: FrontMatter.optional(),
  kind: PageKind,
  subjects: z.array(z.string()).describe('Names the page documents, best first: `vppTokenSyncStatus`.'),
  resourceType: z
    .string()
    .optional()
    .describe('The type a resource page documents, as the annotation of its JSON representation names it, qualified: `microsoft.graph.workbookChart`.'),
  headings: z.array(Heading),
  segments: z.array(Segment),
  spanProblems: z.array(SpanProblem),
  tables: z.array(Table),
  requests: z.array(HttpRequest),
  jsonExamples: z.array(JsonExample),
  representations: z
    .array(Representation)
    .optional()
    .describe("A resource's JSON representation blocks: the canonical property names and type placeholders."),
  profile: z.string().optional().describe('Id of the doc-set profile the page was read with (src/profiles/doc-sets.ts).'),
  lists: z.array(DocList).optional().describe('Bulleted and numbered lists, for lists of accepted values and definition-style lists.'),
  frontMatterProblem: z
    .object({reason: z.string(), range: Range})
    .optional()
    .describe('Why the front matter could not be read, if it could not.'),
  source: SourceComparison.optional().describe('For a page without spans compared with its English page: what that comparison found.')
})
export type Page = z.infer<typeof Page>
