/**
 * The command keeps its heap near what a lint keeps alive: V8's full
 * collections come at twice the live size, not up to four times it, unless
 * the user set the factor themselves.
 */
import {execFile} from 'node:child_process'
import {promisify} from 'node:util'
import {describe, expect, it} from 'vitest'
import {heapFlag, heapGrowingPercent} from '../../src/cli/heap.js'

const run = promisify(execFile)
const heapModule = new URL('../../src/cli/heap.ts', import.meta.url).href

/**
 * A child that keeps 20 MB alive while a stream of short-lived batches
 * passes through the old space, as pages do in a lint; it prints the largest
 * heap it committed.
 */
const workload = (tuned: boolean) => `
import {getHeapStatistics} from 'node:v8'
const {tuneHeap} = await import(${JSON.stringify(heapModule)})
if (${tuned}) tuneHeap([])
const live = Array.from({length: 200_000}, (_, index) => ({index, text: 'x'.repeat(50) + index}))
const inFlight = []
let peak = 0
for (let batch = 0; batch < 250; batch++) {
  inFlight.push(Array.from({length: 20_000}, (_, index) => ({batch, index, text: 'y' + index})))
  if (inFlight.length > 8) inFlight.shift()
  peak = Math.max(peak, getHeapStatistics().total_heap_size)
}
console.log(JSON.stringify({peak, live: live.length}))
`

async function peakHeap(tuned: boolean): Promise<number> {
  const {stdout} = await run(process.execPath, ['--import', 'tsx', '--input-type=module', '--eval', workload(tuned)])
  return (JSON.parse(stdout) as {peak: number}).peak
}

describe('heapFlag', () => {
  it('should ask for the growing factor when the user chose none', () => {
    expect(heapFlag([])).toBe(`--heap-growing-percent=${heapGrowingPercent}`)
    expect(heapFlag(['--enable-source-maps', '--max-old-space-size=4096'])).toBe(`--heap-growing-percent=${heapGrowingPercent}`)
  })

  it('should leave a factor the user gave to node alone, in either spelling', () => {
    expect(heapFlag(['--heap-growing-percent=300'])).toBeUndefined()
    expect(heapFlag(['--heap_growing_percent', '200'])).toBeUndefined()
  })
})

describe('tuneHeap', () => {
  it('should keep the committed heap of a long run well below V8’s default', {timeout: 60_000}, async () => {
    const [tuned, untouched] = await Promise.all([peakHeap(true), peakHeap(false)])
    // Measured: about 200 MB against 335–360 MB.
    expect(tuned).toBeLessThan(untouched * 0.8)
  })
})
