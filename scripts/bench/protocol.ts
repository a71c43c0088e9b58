/**
 * Messages between the bench's main thread and its workers. Each worker
 * runs one phase only, in its own V8 isolate, so no phase inherits another's
 * JIT feedback or garbage. One request at a time per worker, one reply each.
 */
import {z} from 'zod'
import {FindingCounts, PhaseName} from './phases.js'

export const WorkerData = z.object({
  phase: PhaseName,
  slices: z.array(z.array(z.string())).describe('Per round, the files of this worker’s lane.')
})
export type WorkerData = z.infer<typeof WorkerData>

export const WorkerRequest = z.discriminatedUnion('type', [
  z.object({type: z.literal('warmup'), files: z.number().int().nonnegative().describe('How many of its pages to warm up on.')}),
  z.object({type: z.literal('gc')}),
  z.object({
    type: z.literal('chunk'),
    round: z.number().int().nonnegative(),
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative()
  })
])
export type WorkerRequest = z.infer<typeof WorkerRequest>

export const ChunkReply = z.object({
  type: z.literal('chunk'),
  seconds: z.number().describe('Time of the pass over the chunk, measured in the worker.'),
  files: z.number().int(),
  bytes: z.number().int().describe('UTF-8 bytes of the chunk.'),
  heapUsed: z.number().describe('Worker heap right after the pass.'),
  findings: FindingCounts.optional()
})
export type ChunkReply = z.infer<typeof ChunkReply>

export const ReadyReply = z.object({
  type: z.literal('ready'),
  files: z.array(z.number().int()).describe('Pages read, per round.'),
  bytes: z.number().int().describe('UTF-8 bytes of the pages read.'),
  unreadable: z.array(z.string()).describe('Files left out: not readable as UTF-8 text.')
})
export type ReadyReply = z.infer<typeof ReadyReply>

export const WorkerReply = z.discriminatedUnion('type', [
  ReadyReply,
  z.object({type: z.literal('warmed'), files: z.number().int(), parsesPerFile: z.number().optional()}),
  z.object({type: z.literal('collected')}),
  ChunkReply,
  z.object({type: z.literal('failed'), message: z.string()})
])
export type WorkerReply = z.infer<typeof WorkerReply>
