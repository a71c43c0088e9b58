/**
 * What the span extractor yields. Offsets are UTF-16 indices into the file's
 * text, exactly as micromark reports them, so a fix can splice the source.
 */
import {z} from 'zod/v4'

export const Range = z.object({
  start: z.number().int().nonnegative().describe('Offset of the first character.'),
  end: z.number().int().nonnegative().describe('Offset one past the last character.')
})
export type Range = z.infer<typeof Range>

export const CodeToken = z.object({
  value: z.string().describe('Inline code as mdast decodes it.'),
  range: Range.describe('Range of the code between its backticks (what a fix replaces).'),
  raw: z.string().optional().describe('Source text of the code when it comes from another file (the English page): what a fix writes.')
})
export type CodeToken = z.infer<typeof CodeToken>

export const LinkToken = z.object({
  url: z.string().describe('Link destination as mdast decodes it.'),
  text: z.string().describe('Plain text of the link label.'),
  range: Range.optional().describe('Range of the destination in the source; absent for references.'),
  raw: z.string().optional().describe('Source text of the destination when it comes from another file (the English page).')
})
export type LinkToken = z.infer<typeof LinkToken>

export const SegmentSide = z.object({
  range: Range.describe('Inner content of the span, between its open and close tags.'),
  raw: z.string().describe('Source text of that range, byte for byte.'),
  text: z.string().describe('Plain text: entities decoded, Markdown markup removed, white space collapsed, trimmed.'),
  code: z.array(CodeToken).describe('Inline code inside the span, in order.'),
  links: z.array(LinkToken).describe('Links inside the span, in order.')
})
export type SegmentSide = z.infer<typeof SegmentSide>

export const Segment = z.object({
  id: z.string().describe('The shared `data-ttu-id` / `data-stu-id`: `85e66-112`, `f3d8b-p102`.'),
  localized: SegmentSide.describe('The machine-translated side (`data-ttu-id`).'),
  english: SegmentSide.describe('The canonical English side (`data-stu-id` inside `sxs-lookup`).'),
  range: Range.describe('The whole pair, from the translated open tag to the lookup close tag.'),
  origin: z
    .enum(['source', 'memory'])
    .optional()
    .describe('Absent for a span pair; `source` when the English came from the English page, `memory` from a translation memory.')
})
export type Segment = z.infer<typeof Segment>

export const SpanProblemKind = z.enum([
  'missing-lookup',
  'missing-translation',
  'id-mismatch',
  'unclosed-span',
  'unexpected-close',
  'missing-id'
])
export type SpanProblemKind = z.infer<typeof SpanProblemKind>

export const SpanProblem = z.object({
  kind: SpanProblemKind,
  id: z.string().optional().describe('The span id concerned, when there is one.'),
  otherId: z.string().optional().describe('For `id-mismatch`: the id of the lookup side.'),
  range: Range.describe('The tag or span at fault.')
})
export type SpanProblem = z.infer<typeof SpanProblem>

export const Extraction = z.object({
  segments: z.array(Segment),
  problems: z.array(SpanProblem)
})
export type Extraction = z.infer<typeof Extraction>
