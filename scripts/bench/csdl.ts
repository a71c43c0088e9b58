/**
 * How long importing the Graph CSDL takes: `parseCsdl` (the budget is 2 s on
 * these machines), then `createApiIndex` over the result. Skipped with a
 * reason when the file is absent.
 */
import {existsSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {z} from 'zod'
import {createApiIndex} from '../../src/schema/api-index.js'
import {parseCsdl} from '../../src/schema/csdl.js'
import {median} from './statistics.js'
import {collectGarbage} from './phases.js'

export const csdlBudgetSeconds = 2

export const CsdlMeasurement = z.object({
  path: z.string(),
  skipped: z.string().optional().describe('Why nothing was measured.'),
  bytes: z.number().int().optional(),
  parseSeconds: z.array(z.number()).optional().describe('`parseCsdl` time of each run, in order.'),
  parseMedian: z.number().optional(),
  indexMedian: z.number().optional().describe('`createApiIndex` over the parsed schema.'),
  withinBudget: z.boolean().optional()
})
export type CsdlMeasurement = z.infer<typeof CsdlMeasurement>

export function measureCsdl(file: string, runs: number, shown = file): CsdlMeasurement {
  if (runs === 0) return {path: shown, skipped: 'skipped (--csdl-runs 0)'}
  if (!existsSync(file)) return {path: shown, skipped: `skipped: ${shown} not found`}
  const xml = readFileSync(file, 'utf8')
  const parseSeconds: number[] = []
  const indexSeconds: number[] = []
  for (let run = 0; run < runs; run++) {
    collectGarbage()
    const started = performance.now()
    const result = parseCsdl(xml, {source: path.basename(file)})
    parseSeconds.push((performance.now() - started) / 1000)
    if (!result.ok) return {path: shown, skipped: `skipped: ${shown} does not parse (${result.error.message})`}
    const indexStarted = performance.now()
    createApiIndex(result.schema)
    indexSeconds.push((performance.now() - indexStarted) / 1000)
  }
  const parseMedian = median(parseSeconds)
  return {
    path: shown,
    bytes: Buffer.byteLength(xml, 'utf8'),
    parseSeconds,
    parseMedian,
    indexMedian: median(indexSeconds),
    withinBudget: parseMedian < csdlBudgetSeconds
  }
}
