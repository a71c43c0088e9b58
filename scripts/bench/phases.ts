/**
 * The three things the bench times, each one pass over pages held in
 * memory. Run inside the bench workers; the main thread only orchestrates.
 */
import {setFlagsFromString} from 'node:v8'
import {runInNewContext} from 'node:vm'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {z} from 'zod'
import {lintText} from '../../src/lint/lint-text.js'
import {markdownParser} from '../../src/lint/processor.js'

export const PhaseName = z.enum(['baseline', 'parser', 'locdoc'])
export type PhaseName = z.infer<typeof PhaseName>

export const phaseLabels: Record<PhaseName, string> = {
  baseline: '(a) remark-parse + remark-gfm (baseline)',
  parser: '(c) + remark-frontmatter (our parser)',
  locdoc: '(b) locdoc lintText (whole pipeline)'
}

export interface BenchPage {
  path: string
  text: string
}

export const FindingCounts = z.object({
  total: z.number().int(),
  errors: z.number().int().describe('Findings at error severity (`fatal`).'),
  byRule: z.record(z.string(), z.number().int())
})
export type FindingCounts = z.infer<typeof FindingCounts>

export function emptyFindings(): FindingCounts {
  return {total: 0, errors: 0, byRule: {}}
}

export function addFindings(into: FindingCounts, from: FindingCounts): void {
  into.total += from.total
  into.errors += from.errors
  for (const [rule, count] of Object.entries(from.byRule)) into.byRule[rule] = (into.byRule[rule] ?? 0) + count
}

// `--expose-gc` cannot be passed through `npm run bench`, hence the flag set
// at run time: a full collection before each phase keeps one phase's garbage
// off the next one's clock.
setFlagsFromString('--expose-gc')
const gc = runInNewContext('gc') as (options?: {type: 'major' | 'minor'; execution?: 'sync'}) => void

/** A full collection: before each round. */
export function collectGarbage(): void {
  gc()
}

/** A scavenge of the young generation only: cheap enough before every chunk. */
export function collectYoungGarbage(): void {
  gc({type: 'minor'})
}

/** The bare pipeline the goal compares against: no front matter support. */
const baselineParser = unified().use(remarkParse).use(remarkGfm).freeze()

/** One page through one phase; returns a number derived from the result so no work can be skipped. */
function runPage(phase: PhaseName, page: BenchPage, findings?: FindingCounts): number {
  switch (phase) {
    case 'baseline':
      return baselineParser.parse(page.text).children.length
    case 'parser':
      return markdownParser.parse(page.text).children.length
    case 'locdoc': {
      const file = lintText(page.text, {path: page.path})
      if (findings) {
        for (const message of file.messages) {
          findings.total++
          if (message.fatal) findings.errors++
          const rule = message.ruleId ?? '(none)'
          findings.byRule[rule] = (findings.byRule[rule] ?? 0) + 1
        }
      }
      return file.messages.length
    }
  }
}

/** One timed pass over `pages`; the checksum keeps the work observable. */
export function runPhase(phase: PhaseName, pages: readonly BenchPage[], findings?: FindingCounts): {seconds: number; checksum: number} {
  let checksum = 0
  const started = performance.now()
  for (const page of pages) checksum += runPage(phase, page, findings)
  return {seconds: (performance.now() - started) / 1000, checksum}
}

/** Chunks per block: one for each order of the three phases. */
export const ordersPerBlock = 6

const orders = permutations(PhaseName.options)

/**
 * The phases to run on chunk `slot` of a block, in order. Over a block's six
 * chunks each phase runs first, second and last equally often, so drift and
 * whatever the previous phase leaves behind on the machine (cold caches)
 * weigh on all of them alike.
 */
export function phaseOrder(slot: number): PhaseName[] {
  return orders[slot % orders.length]!
}

function permutations<T>(items: readonly T[]): T[][] {
  if (items.length <= 1) return [[...items]]
  return items.flatMap((item, index) => permutations([...items.slice(0, index), ...items.slice(index + 1)]).map((rest) => [item, ...rest]))
}

/** How many times `lintText` parses each page, counted by wrapping the shared parser. */
export function parsesPerFile(pages: readonly BenchPage[]): number {
  const parse = markdownParser.parse
  let calls = 0
  markdownParser.parse = function (this: typeof markdownParser, ...parameters: Parameters<typeof parse>) {
    calls++
    return parse.apply(this, parameters)
  } as typeof parse
  try {
    for (const page of pages) lintText(page.text, {path: page.path})
  } finally {
    markdownParser.parse = parse
  }
  return pages.length === 0 ? 0 : calls / pages.length
}
