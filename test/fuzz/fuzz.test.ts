import {describe, expect, it} from 'vitest'
import {contentPages, hasSeeds, seedPages} from '../fix/pages.js'
import {runFuzz} from './run-fuzz.js'
import {readFileSync} from 'node:fs'
import path from 'node:path'
import {contentDirectory} from '../fix/pages.js'
import {checkPage} from './check-page.js'
import {applyMutations} from './mutations.js'

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

// Cases `npm run fuzz` once broke: script inserted into a span tag's attributes leaves
// `<span dataสวัสดี…="…">`, which Markdown reads as text; a header-value fix then
// rewrote the inside of that tag. Such a fix is withheld now.
describe('mutated pages the 50,000-case run found', () => {
  const found = [
    {
      page: 'es-ES/intune-onboarding-vpptoken-get.md',
      mutations: [
        {kind: 'line-ends-cr', at: 846534682, other: 62965680, size: 626},
        {kind: 'insert-script', at: 1973424745, other: 2147483629, size: 1500},
        {kind: 'break-front-matter', at: 547861932, other: 1908064910, size: 2994}
      ]
    },
    {
      page: 'ru-RU/intune-onboarding-vpptoken-list.md',
      mutations: [
        {kind: 'insert-script', at: 875963057, other: 1491567257, size: 1011},
        {kind: 'duplicate-row', at: 288970620, other: 84891372, size: 2912}
      ]
    }
  ] as const
  for (const {page, mutations} of found) {
    it(`should keep every property on ${page}`, () => {
      const text = readFileSync(path.join(contentDirectory, page), 'utf8')
      expect(checkPage(applyMutations(text, mutations, {nesting: 1500})).problems).toEqual([])
    })
  }
})
