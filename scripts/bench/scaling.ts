/**
 * `npm run bench -- --scaling`: does locdoc stay linear in the size of one
 * page? For each shape that once made it superlinear, one page of 1 to 32
 * KB, and a page of ordinary sections of 1 to 8 MB, timed against a
 * bare remark-parse + remark-gfm parse of the same text in the same process.
 * Each shape runs in a child process of its own (its memory peak is its
 * own); the large sizes run one child per size.
 */
import {spawnSync} from 'node:child_process'
import {fileURLToPath} from 'node:url'
import {z} from 'zod'
import {table} from './report.js'
import {ScalingShape, shapeLabels} from './scaling-pages.js'
import {ScalingSample, type ScalingRequest} from './scaling-protocol.js'
import {median} from './statistics.js'

const kibibyte = 1024
const mebibyte = 1024 * kibibyte
/** No doubling of a page may cost more than this factor in locdoc time. */
export const doublingGoal = 2.2
/** The largest page must lint within this many seconds. */
export const largestPageGoalSeconds = 60

const workerScript = fileURLToPath(new URL('scaling-worker.ts', import.meta.url))

export const ScalingOptions = z.object({
  quick: z.boolean().describe('Up to 16 KB and 2 MB, three samples: a smoke run.'),
  samples: z.number().int().positive()
})
export type ScalingOptions = z.infer<typeof ScalingOptions>

export const ScalingRow = z.object({
  shape: ScalingShape,
  label: z.string(),
  bytes: z.number().int(),
  baselineMs: z.number().describe('Median ms of the bare parse.'),
  locdocMs: z.number().describe('Median ms of the whole lint.'),
  /** This size's median over the previous size's, for each; absent on the first size. */
  locdocDoubling: z.number().optional(),
  baselineDoubling: z.number().optional(),
  locdocToBaseline: z.number(),
  findings: z.number().int(),
  peakRssBytes: z.number(),
  samples: z.number().int()
})
export type ScalingRow = z.infer<typeof ScalingRow>

export const ScalingResult = z.object({
  node: z.string(),
  rows: z.array(ScalingRow),
  goal: z.object({
    doubling: z.number(),
    worstDoubling: z.object({shape: ScalingShape, bytes: z.number().int(), ratio: z.number()}),
    largestPageSeconds: z.number(),
    met: z.boolean()
  }),
  seconds: z.number()
})
export type ScalingResult = z.infer<typeof ScalingResult>

export function runScaling(options: ScalingOptions, progress: (line: string) => void): ScalingResult {
  const started = performance.now()
  const small = (options.quick ? [1, 2, 4, 8, 16] : [1, 2, 4, 8, 16, 32]).map((size) => size * kibibyte)
  const large = (options.quick ? [1, 2] : [1, 2, 4, 8]).map((size) => size * mebibyte)
  const rows: ScalingRow[] = []
  for (const shape of ScalingShape.options) {
    progress(`Scaling: ${shapeLabels[shape]} …`)
    const samples = runWorker({shape, sizes: small, samples: options.samples, batchBytes: 256 * kibibyte})
    if (shape === 'large-page') {
      for (const bytes of large) {
        progress(`Scaling: ${shapeLabels[shape]}, ${bytes / mebibyte} MB …`)
        // One sample of a large page is seconds long: three only when asked for a quick run is not enough.
        samples.push(...runWorker({shape, sizes: [bytes], samples: 1, batchBytes: 1}))
      }
    }
    rows.push(...toRows(shape, samples))
  }
  const worst = rows.reduce<ScalingRow | undefined>((worst, row) => (row.locdocDoubling !== undefined && (!worst || row.locdocDoubling > worst.locdocDoubling!) ? row : worst), undefined)!
  const largest = rows.filter((row) => row.shape === 'large-page').at(-1)!
  return ScalingResult.parse({
    node: process.version,
    rows,
    goal: {
      doubling: doublingGoal,
      worstDoubling: {shape: worst.shape, bytes: worst.bytes, ratio: worst.locdocDoubling},
      largestPageSeconds: largest.locdocMs / 1000,
      met: worst.locdocDoubling! <= doublingGoal && largest.locdocMs / 1000 < largestPageGoalSeconds
    },
    seconds: (performance.now() - started) / 1000
  })
}

function runWorker(request: ScalingRequest): ScalingSample[] {
  const result = spawnSync(process.execPath, [...process.execArgv, workerScript, JSON.stringify(request)], {
    stdio: ['ignore', 'pipe', 'inherit'],
    encoding: 'utf8',
    maxBuffer: 64 * mebibyte
  })
  if (result.status !== 0) throw new Error(`Scaling worker for ${request.shape} failed (exit ${result.status ?? result.signal})`)
  return z.array(ScalingSample).parse(JSON.parse(result.stdout))
}

function toRows(shape: ScalingShape, samples: readonly ScalingSample[]): ScalingRow[] {
  return samples.map((sample, index) => {
    const baselineMs = median(sample.baselineMs)
    const locdocMs = median(sample.locdocMs)
    const previous = samples[index - 1]
    // A doubling is only a doubling between neighbouring sizes that are one apart (32 KB → 1 MB is not).
    const doubled = previous && sample.bytes === previous.bytes * 2
    return {
      shape,
      label: shapeLabels[shape],
      bytes: sample.bytes,
      baselineMs,
      locdocMs,
      locdocDoubling: doubled ? pairedRatio(sample.locdocMs, previous.locdocMs) : undefined,
      baselineDoubling: doubled ? pairedRatio(sample.baselineMs, previous.baselineMs) : undefined,
      locdocToBaseline: locdocMs / baselineMs,
      findings: sample.findings,
      peakRssBytes: sample.peakRssBytes,
      samples: sample.locdocMs.length
    }
  })
}

/**
 * The median of the ratios of samples taken side by side (sizes take turns
 * within a sample), which cancels the drift a ratio of two medians keeps.
 * Sizes measured in processes of their own have one sample each.
 */
export function pairedRatio(over: readonly number[], under: readonly number[]): number {
  const pairs = Math.min(over.length, under.length)
  return median(Array.from({length: pairs}, (_, index) => over[index]! / under[index]!))
}

export function formatScaling(result: ScalingResult): string {
  const size = (bytes: number) => (bytes >= mebibyte ? `${bytes / mebibyte} MB` : `${bytes / kibibyte} KB`)
  const fixed = (value: number | undefined, digits: number) => (value === undefined ? '' : value.toFixed(digits))
  const lines = [
    `locdoc scaling: time of one page's lint against a bare remark-parse + remark-gfm parse of the same text (Node ${result.node}).`,
    'Times are medians of the samples; a page of up to 32 KB is timed in batches of at least 256 KB per sample. ×2 columns: this size over the one before',
    '(a doubling), the median of the ratios of samples taken side by side. Main-thread time: a lint runs on one thread.',
    ''
  ]
  const header = ['shape', 'size', 'baseline ms', 'locdoc ms', 'locdoc ×2', 'baseline ×2', 'locdoc/baseline', 'findings', 'peak RSS', 'samples']
  const body = result.rows.map((row) => [
    row.label,
    size(row.bytes),
    fixed(row.baselineMs, row.baselineMs < 10 ? 2 : 0),
    fixed(row.locdocMs, row.locdocMs < 10 ? 2 : 0),
    fixed(row.locdocDoubling, 2),
    fixed(row.baselineDoubling, 2),
    fixed(row.locdocToBaseline, 2),
    String(row.findings),
    `${Math.round(row.peakRssBytes / mebibyte)} MiB`,
    String(row.samples)
  ])
  lines.push(...table([header, ...body]))
  const {goal} = result
  lines.push(
    '',
    `worst doubling: ×${goal.worstDoubling.ratio.toFixed(2)} (${shapeLabels[goal.worstDoubling.shape]}, at ${size(goal.worstDoubling.bytes)}); goal ≤ ×${goal.doubling}`,
    `largest page: ${goal.largestPageSeconds.toFixed(1)} s; goal < ${largestPageGoalSeconds} s`,
    `goal ${goal.met ? 'met' : 'NOT met'}; the scaling run took ${result.seconds.toFixed(0)} s`
  )
  return lines.join('\n')
}
