/**
 * Run the mutation fuzzer: draw cases from a seed, check each page, count
 * what happened. No shrinking: fast-check's shrinker reruns the whole
 * pipeline thousands of times per failure, and the mutations are already
 * small data that reproduce a failure from the printed case alone.
 * Not a test file: shared by the fuzz test and `npm run fuzz`.
 */
import fc from 'fast-check'
import {checkPage, type PageVerdict} from './check-page.js'
import {applyMutations, caseArbitrary, defaultLimits, type Mutation, type MutationLimits} from './mutations.js'

export interface FuzzFailure {
  page: string
  mutations: Mutation[]
  problems: string[]
}

export interface FuzzSummary {
  cases: number
  statuses: Record<string, number>
  /** Failures by the first words of the problem ("threw", "not converged", …). */
  problems: Record<string, number>
  failures: FuzzFailure[]
  milliseconds: number[]
}

export function runFuzz(
  pages: readonly {name: string; text: string}[],
  {cases, seed, limits = defaultLimits, keepFailures = 20, onCase}: {cases: number; seed: number; limits?: MutationLimits; keepFailures?: number; onCase?: (done: number) => void}
): FuzzSummary {
  const summary: FuzzSummary = {cases: 0, statuses: {}, problems: {}, failures: [], milliseconds: []}
  // Draw in batches so a 50,000-case run never holds every case at once.
  const batch = 500
  for (let drawn = 0; drawn < cases; drawn += batch) {
    const samples = fc.sample(caseArbitrary(pages.length), {numRuns: Math.min(batch, cases - drawn), seed: seed + drawn})
    for (const {page, mutations} of samples) {
      const started = performance.now()
      const verdict: PageVerdict = checkPage(applyMutations(pages[page]!.text, mutations, limits))
      summary.milliseconds.push(performance.now() - started)
      summary.cases++
      summary.statuses[verdict.status] = (summary.statuses[verdict.status] ?? 0) + 1
      for (const problem of verdict.problems) {
        const kind = problem.replace(/[:\d].*$/s, '').trim()
        summary.problems[kind] = (summary.problems[kind] ?? 0) + 1
      }
      if (verdict.problems.length > 0 && summary.failures.length < keepFailures) summary.failures.push({page: pages[page]!.name, mutations, problems: verdict.problems})
      onCase?.(summary.cases)
    }
  }
  return summary
}
