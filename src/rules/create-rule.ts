/**
 * The small factory every rule goes through. It owns the id, docs URL,
 * severity, fingerprint and message stamping, so a rule is only the check.
 */
import {createHash} from 'node:crypto'
import type {VFile} from 'vfile'
import {z} from 'zod/v4'
import type {Range, Segment} from '../extract/types.js'
import type {Page} from '../model/types.js'
import type {PointAt} from '../model/positions.js'
import type {ApiIndex} from '../schema/api-index.js'
import {withheldFixReason} from './util/fix-scope.js'
import {withoutStackTrace} from '../util/without-stack-trace.js'

export const Severity = z.enum(['off', 'warn', 'error'])
export type Severity = z.infer<typeof Severity>

export const RuleCategory = z
  .enum(['translation', 'source', 'structure'])
  .describe('Where the fault is: the machine translation, the English source, or the page markup.')
export type RuleCategory = z.infer<typeof RuleCategory>

export const Provenance = z
  .enum(['span', 'source', 'memory', 'schema', 'page'])
  .describe('What established the expected value: the sxs span, the English page at its commit, a translation memory, the API schema, or the page itself (its markup, its other request lines).')
export type Provenance = z.infer<typeof Provenance>

export const Fix = z.object({
  range: z.tuple([z.number().int().nonnegative(), z.number().int().nonnegative()]).describe('Offsets [start, end) in the BOM-less file text, as ESLint counts them.'),
  text: z.string().describe('Replacement text for that range.')
})
export type Fix = z.infer<typeof Fix>

declare module 'vfile-message' {
  interface VFileMessage {
    /** The edit that corrects this finding, when one is known. */
    fix?: Fix
    /** Stable identity across unrelated edits: `ms.locfileid`, segment id and rule. */
    fingerprint?: string
    /** Where the fault is. */
    category?: RuleCategory
    /** What established the expected value. */
    provenance?: Provenance
  }
}

export const RuleMeta = z.object({
  id: z.string().regex(/^[a-z][a-z\d-]*$/).describe('Rule id, also the file name and docs anchor.'),
  description: z.string().describe('One sentence: what the rule reports.'),
  category: RuleCategory,
  severity: Severity.default('error').describe('Severity unless configured otherwise.'),
  fixable: z.boolean().default(false).describe('Whether findings carry a fix.'),
  requiresSchema: z.boolean().default(false).describe('Whether the rule validates against the API schema.'),
  sourceId: z
    .string()
    .optional()
    .describe('Id used for findings whose fault is in the English source rather than the translation.')
})
export type RuleMeta = z.input<typeof RuleMeta>

export interface Finding {
  /** Range the finding is about. */
  range: Range
  /** remark-lint grammar: "Unexpected `.0` for member `none`, expected `0`". */
  reason: string
  actual?: string
  expected?: string | string[]
  /** Replacement for a range (defaults to `range`) that corrects the page. */
  fix?: {range?: Range; text: string}
  /** Segment the finding is in: makes the fingerprint survive edits elsewhere. */
  segmentId?: string
  /** Discriminates findings of one rule in one segment or place, for the fingerprint. */
  key?: string
  /** The English source is at fault: reported under the rule's `sourceId`. */
  inSource?: boolean
  note?: string
  /** What established the expected value, when the factory cannot tell from the segment and the rule. */
  provenance?: Provenance
}

export interface RuleContext {
  page: Page
  /** The BOM-less file text the model's offsets refer to. */
  source: string
  /** The API schema, when one is loaded. */
  api?: ApiIndex
  report(finding: Finding): void
}

export interface Rule {
  meta: z.output<typeof RuleMeta>
  url: string
  check(context: RuleContext): void
}

export const docsBase = 'https://github.com/locdoc/locdoc/blob/main/docs/rules.md'

export function createRule(meta: RuleMeta, check: (context: RuleContext) => void): Rule {
  const parsed = RuleMeta.parse(meta)
  return {meta: parsed, url: `${docsBase}#${parsed.id}`, check}
}

/** Stamps one finding onto the file as a vfile message. */
export function stampFinding(
  file: VFile,
  rule: Rule,
  severity: Exclude<Severity, 'off'>,
  finding: Finding,
  position: {pointAt: PointAt; page: Page; source: string}
): void {
  const ruleId = finding.inSource && rule.meta.sourceId ? rule.meta.sourceId : rule.meta.id
  const place = {start: position.pointAt(finding.range.start), end: position.pointAt(finding.range.end)}
  const message = withoutStackTrace(() => file.message(finding.reason, {place, ruleId, source: 'locdoc'}))
  message.fatal = severity === 'error'
  message.url = `${docsBase}#${ruleId}`
  message.category = finding.inSource ? 'source' : rule.meta.category
  if (finding.actual !== undefined) message.actual = finding.actual
  if (finding.expected !== undefined) {
    message.expected = Array.isArray(finding.expected) ? finding.expected : [finding.expected]
  }
  if (finding.note) message.note = finding.note
  if (finding.fix) {
    const range = finding.fix.range ?? finding.range
    const withheld = withheldFixReason(position.page, position.source, range, finding.actual)
    if (withheld) message.note = [finding.note, `Fix withheld: ${withheld}.`].filter(Boolean).join(' ')
    else message.fix = {range: [range.start, range.end], text: finding.fix.text}
  }
  message.fingerprint = fingerprint(position.page, ruleId, finding)
  message.provenance = provenanceOf(rule, finding, position.page)
}

const segmentIndexes = new WeakMap<Page, Map<string, Segment>>()

/**
 * A finding in a segment takes the segment's origin; a schema rule's comes
 * from the schema; a structure finding from the page itself; any other
 * finding without a segment (a header judged by the operation, a request
 * line by its siblings) from what the rule knows of the API.
 */
export function provenanceOf(rule: Rule, finding: Finding, page: Page): Provenance {
  if (finding.provenance) return finding.provenance
  if (rule.meta.requiresSchema) return 'schema'
  if (finding.segmentId !== undefined) {
    let index = segmentIndexes.get(page)
    if (!index) {
      index = new Map(page.segments.map((segment) => [segment.id, segment]))
      segmentIndexes.set(page, index)
    }
    const segment = index.get(finding.segmentId)
    if (segment) return segment.origin ?? 'span'
  }
  if (rule.meta.category === 'structure') return 'page'
  return page.source?.origin ? 'source' : 'schema'
}

function fingerprint(page: Page, ruleId: string, finding: Finding): string {
  const document = page.frontMatter?.locFileId ?? page.path ?? ''
  // Without a segment id, the text at fault identifies the place well enough.
  const place = finding.segmentId ?? `@${finding.actual ?? ''}`
  return createHash('sha256')
    .update(`${document}\u0000${place}\u0000${ruleId}\u0000${finding.key ?? ''}`)
    .digest('hex')
    .slice(0, 32)
}
