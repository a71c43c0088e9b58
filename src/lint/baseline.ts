/**
 * A baseline: today's findings, recorded by fingerprint, so a CI run fails
 * only on new ones. Fingerprints survive unrelated edits (see
 * `src/rules/create-rule.ts`); a fingerprint that appears twice on a page is
 * recorded with its count, and each occurrence is matched once.
 */
import {z} from 'zod/v4'
import type {FileResult} from './file-result.js'

export const defaultBaselineFile = '.locdoc-baseline.json'

export const BaselineEntry = z.object({
  file: z.string().describe('The page, relative to the working directory, `/`-separated.'),
  ruleId: z.string(),
  fingerprint: z.string(),
  count: z.number().int().positive().describe('How many findings on the page share this fingerprint.')
})
export type BaselineEntry = z.infer<typeof BaselineEntry>

export const Baseline = z.object({
  tool: z.literal('locdoc-baseline'),
  version: z.literal(1),
  findings: z.array(BaselineEntry)
})
export type Baseline = z.infer<typeof Baseline>

const posix = (file: string) => file.replaceAll('\\', '/')

/** Collects the findings of a run into a baseline. */
export class BaselineRecorder {
  private readonly entries = new Map<string, BaselineEntry>()

  add(result: FileResult): void {
    for (const message of result.messages) {
      if (!message.fingerprint || !message.ruleId || message.fatal === undefined) continue
      const key = `${posix(result.path)}\u0000${message.fingerprint}`
      const entry = this.entries.get(key)
      if (entry) entry.count++
      else this.entries.set(key, {file: posix(result.path), ruleId: message.ruleId, fingerprint: message.fingerprint, count: 1})
    }
  }

  get size(): number {
    let total = 0
    for (const entry of this.entries.values()) total += entry.count
    return total
  }

  toJson(): string {
    const findings = [...this.entries.values()].sort(
      (left, right) => left.file.localeCompare(right.file) || left.ruleId.localeCompare(right.ruleId) || left.fingerprint.localeCompare(right.fingerprint)
    )
    return `${JSON.stringify({tool: 'locdoc-baseline', version: 1, findings} satisfies Baseline, null, 2)}\n`
  }
}

export interface BaselineCounts {
  /** Findings not in the baseline: these are reported. */
  new: number
  /** Findings the baseline knows: left out of the report. */
  known: number
  /** Baseline findings on the pages linted that are gone. */
  fixed: number
}

/** Takes known findings out of each result and counts new, known and fixed. */
export class BaselineFilter {
  private readonly remaining = new Map<string, number>()
  private readonly counts = {new: 0, known: 0}
  private readonly linted = new Set<string>()

  constructor(private readonly baseline: Baseline) {
    for (const entry of baseline.findings) {
      const key = `${entry.file}\u0000${entry.fingerprint}`
      this.remaining.set(key, (this.remaining.get(key) ?? 0) + entry.count)
    }
  }

  apply(result: FileResult): FileResult {
    const file = posix(result.path)
    this.linted.add(file)
    const messages = result.messages.filter((message) => {
      if (message.fatal === undefined) return true
      const key = `${file}\u0000${message.fingerprint ?? ''}`
      const left = message.fingerprint ? (this.remaining.get(key) ?? 0) : 0
      if (left > 0) {
        this.remaining.set(key, left - 1)
        this.counts.known++
        return false
      }
      this.counts.new++
      return true
    })
    return {...result, messages}
  }

  /** Call once every page is in: fixed counts only pages this run linted, so a shard speaks for its own pages. */
  summary(): BaselineCounts {
    let fixed = 0
    for (const [key, left] of this.remaining) if (this.linted.has(key.slice(0, key.indexOf('\u0000')))) fixed += left
    return {...this.counts, fixed}
  }
}

export function parseBaseline(text: string): {ok: true; baseline: Baseline} | {ok: false; error: string} {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (error) {
    return {ok: false, error: `not JSON: ${(error as Error).message}`}
  }
  const parsed = Baseline.safeParse(value)
  if (!parsed.success) return {ok: false, error: 'not a locdoc baseline (expected `"tool": "locdoc-baseline"`, `"version": 1`)'}
  return {ok: true, baseline: parsed.data}
}
