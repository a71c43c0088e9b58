import {describe, expect, it} from 'vitest'
import {formatPaired, PairedResult, runPaired} from '../../scripts/bench/paired.js'

describe('the paired bench', () => {
  it('should lint every localized page alone and paired, and find the mangled cells only when paired', async () => {
    const result = PairedResult.parse(await runPaired({pages: 10, locales: 3, rounds: 1}, () => {}))
    expect(result.localizedPages).toBe(30)
    expect(result.singleSeconds).toHaveLength(1)
    expect(result.pairedSeconds).toHaveLength(1)
    // Pages 0 and 5 have a translated type, 0 and 7 a mangled value, in each of three locales:
    // comparing with the older English finds all twelve, and the newer English's renumbered
    // `state5` and renamed JSON key would have added findings on every page.
    expect(result.findingsPaired).toBe(12)
    expect(formatPaired(result)).toMatch(/ratio\s+\d+\.\d\d× \(goal ≤ 1\.5×\)/)
  }, 60_000)
})
