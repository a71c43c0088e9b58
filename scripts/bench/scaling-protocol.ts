/** What the scaling bench sends its child processes, and what they answer. */
import {z} from 'zod'
import {ScalingShape} from './scaling-pages.js'

export const ScalingRequest = z.object({
  shape: ScalingShape,
  sizes: z.array(z.number().int().positive()).describe('Page sizes in bytes.'),
  samples: z.number().int().positive(),
  /** Small pages are timed in batches of at least this many bytes, so a sample is long enough to time. */
  batchBytes: z.number().int().positive()
})
export type ScalingRequest = z.infer<typeof ScalingRequest>

export const ScalingSample = z.object({
  bytes: z.number().int(),
  baselineMs: z.array(z.number()).describe('Milliseconds per page, one per sample.'),
  locdocMs: z.array(z.number()),
  findings: z.number().int(),
  peakRssBytes: z.number().describe('Peak resident memory of the process that measured this size (one process per large size).')
})
export type ScalingSample = z.infer<typeof ScalingSample>
