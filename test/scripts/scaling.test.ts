import {describe, expect, it} from 'vitest'
import {parseBenchArguments} from '../../scripts/bench.js'
import {ScalingShape, scalingPage} from '../../scripts/bench/scaling-pages.js'
import {formatScaling, pairedRatio, ScalingResult} from '../../scripts/bench/scaling.js'
import {lintText} from '../../src/lint/lint-text.js'

describe('the scaling pages', () => {
  for (const shape of ScalingShape.options) {
    it(`should build a ${shape} page of the size asked for, in the seeds' format`, () => {
      for (const bytes of [1024, 8192, 32768]) {
        const page = scalingPage(shape, bytes)
        const size = Buffer.byteLength(page)
        // At least the size, and at most one repeated unit over it.
        expect(size).toBeGreaterThanOrEqual(bytes)
        expect(size).toBeLessThan(bytes * 1.2 + 1200)
      }
      const file = lintText(scalingPage(shape, 8192), {path: 'page.md'})
      expect(file.data.page?.frontMatter?.translationType).toBe('MT')
      expect(file.data.page?.segments.length).toBeGreaterThan(0)
    })
  }

  it('should give the shapes the structures they are named for', () => {
    const model = (shape: ScalingShape) => lintText(scalingPage(shape, 16384), {path: 'page.md'}).data.page!
    expect(model('long-table').tables.some((table) => table.kind === 'enum' && table.rows.length > 50)).toBe(true)
    expect(model('wide-table').tables[0]!.header.cells.length).toBeGreaterThan(20)
    expect(model('request-line').requests[0]!.path.length).toBeGreaterThan(15000)
    // Every member name of the long table is translated, so every row is a finding.
    const file = lintText(scalingPage('long-table', 16384), {path: 'page.md'})
    const rows = file.data.page!.tables[0]!.rows.length
    expect(file.messages.filter((message) => message.ruleId === 'enum-member-name')).toHaveLength(rows)
  })
})

describe('--scaling', () => {
  it('should be parsed with its sample count', () => {
    expect(parseBenchArguments(['--scaling'])).toMatchObject({scaling: true, samples: 5})
    expect(parseBenchArguments(['--scaling', '--quick', '--samples', '7'])).toMatchObject({scaling: true, quick: true, samples: 7})
    expect(() => parseBenchArguments(['--scaling', '--samples', '0'])).toThrow(/--samples/)
  })

  it('should print every row and say whether the goal was met', () => {
    const row = (bytes: number, locdocMs: number, doubling?: number) => ({
      shape: 'long-table' as const,
      label: 'an enum table, as long as the page',
      bytes,
      baselineMs: locdocMs / 1.1,
      locdocMs,
      locdocDoubling: doubling,
      baselineDoubling: doubling,
      locdocToBaseline: 1.1,
      findings: 3,
      peakRssBytes: 150 * 1024 * 1024,
      samples: 5
    })
    const result = ScalingResult.parse({
      node: 'v20.0.0',
      rows: [row(1024, 5), row(2048, 12, 2.4)],
      goal: {doubling: 2.2, worstDoubling: {shape: 'long-table', bytes: 2048, ratio: 2.4}, largestPageSeconds: 0.012, met: false},
      seconds: 3
    })
    const text = formatScaling(result)
    expect(text).toContain('an enum table, as long as the page  2 KB')
    expect(text).toMatch(/worst doubling: ×2\.40 .* at 2 KB/)
    expect(text).toContain('goal NOT met')
  })
})

describe('pairedRatio', () => {
  it('should take the median of side-by-side ratios, so drift shared by a pair cancels', () => {
    // The second sample ran on a machine twice as slow for both sizes: its ratio is still 2.
    expect(pairedRatio([20, 40, 21], [10, 20, 10])).toBe(2)
    expect(pairedRatio([30], [10])).toBe(3)
  })
})
