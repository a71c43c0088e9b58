import {describe, expect, it} from 'vitest'
import {contentPages, hasSeeds, seedPages} from '../fix/pages.js'
import {runFuzz} from './run-fuzz.js'

const pages = [...seedPages(), ...contentPages()]
const seed = Number(process.env.LOCDOC_FUZZ_SEED ?? 20261203)
/** 2,000 cases in eight parts, each well inside the test timeout on a slow, shared machine. */
const parts = 8
const casesPerPart = 250

describe(`the mutation fuzzer (${hasSeeds ? 'seeds and content/' : 'content/ only: ../shared/seeds is absent'}, seed ${seed})`, () => {
  for (let part = 0; part < parts; part++) {
    it(`should find every property holding on mutated pages ${part * casesPerPart + 1}–${(part + 1) * casesPerPart}`, () => {
      // Seeds a million apart: the parts draw different cases (`runFuzz` draws batch by batch from seed + offset).
      const summary = runFuzz(pages, {cases: casesPerPart, seed: seed + part * 1_000_000, limits: {nesting: 600}})
      expect(summary.cases).toBe(casesPerPart)
      // The mutations do reach the fixer: most mangled pages get edits that must then hold.
      expect(summary.statuses.fixed).toBeGreaterThan(casesPerPart / 2)
      expect(summary.failures).toEqual([])
    })
  }
})
