/**
 * One shape of the scaling bench, in its own process so its peak memory is
 * its own: `tsx scripts/bench/scaling-worker.ts '<json request>'`, one JSON
 * line of results on stdout. For each size it times, in milliseconds, a
 * bare remark-parse + remark-gfm parse (the baseline) and locdoc's whole
 * lint of the same text, alternating, and keeps every sample; the parent
 * takes medians.
 */
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {lintText} from '../../src/lint/lint-text.js'
import {collectGarbage} from './phases.js'
import {scalingPage} from './scaling-pages.js'
import {ScalingRequest, type ScalingSample} from './scaling-protocol.js'

const bare = unified().use(remarkParse).use(remarkGfm).freeze()

/**
 * Milliseconds per run of the main thread, timed by the clock. Not process
 * CPU time: that adds V8's concurrent GC threads, whose share swings from
 * sample to sample, and Linux accounts it in scheduler ticks.
 */
function milliseconds(run: () => void, times: number): number {
  const start = performance.now()
  for (let index = 0; index < times; index++) run()
  return (performance.now() - start) / times
}

function measure({shape, sizes, samples, batchBytes}: ScalingRequest): ScalingSample[] {
  // Warm both paths on a small page of the same shape: the JIT, not the page, would else weigh on the first size.
  const warm = scalingPage(shape, 4096)
  for (let index = 0; index < 20; index++) {
    bare.parse(warm)
    lintText(warm)
  }
  const pages = sizes.map((bytes) => ({bytes, text: scalingPage(shape, bytes), times: Math.max(1, Math.ceil(batchBytes / bytes)), baselineMs: [] as number[], locdocMs: [] as number[]}))
  // Sizes take turns within each sample, so drift in the machine's speed weighs on every size alike.
  for (let sample = 0; sample < samples; sample++) {
    for (const page of pages) {
      collectGarbage()
      page.baselineMs.push(milliseconds(() => bare.parse(page.text), page.times))
      collectGarbage()
      page.locdocMs.push(milliseconds(() => lintText(page.text, {path: 'page.md'}), page.times))
    }
  }
  return pages.map(({bytes, text, baselineMs, locdocMs}) => ({
    bytes,
    baselineMs,
    locdocMs,
    findings: lintText(text, {path: 'page.md'}).messages.length,
    peakRssBytes: process.resourceUsage().maxRSS * 1024
  }))
}

const request = ScalingRequest.parse(JSON.parse(process.argv[2] ?? '{}'))
process.stdout.write(`${JSON.stringify(measure(request))}\n`)
