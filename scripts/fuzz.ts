/**
 * The mutation fuzzer at scale: `npm run fuzz -- [--cases N] [--seed S] [--max-nesting D]`.
 *
 * Mutates the seed pages (when ../shared/seeds is there) and content/ the
 * way translation, editors and merges do, then checks each page: lint and
 * fix never throw, a fix converges and is idempotent, it touches neither span
 * markup nor the English side nor any byte outside its edits, and keeps byte
 * order marks and every line end. Prints counts by outcome and the first
 * failing cases (each reproducible from the printed page and mutations);
 * exits 1 when any case failed, 2 on a usage error.
 */
import {parseArgs} from 'node:util'
import {contentPages, hasSeeds, seedPages} from '../test/fix/pages.js'
import {runFuzz} from '../test/fuzz/run-fuzz.js'

const usage = 'Usage: npm run fuzz -- [--cases N] [--seed S] [--max-nesting D]'

function main(): number {
  let values
  try {
    ;({values} = parseArgs({
      options: {cases: {type: 'string', default: '50000'}, seed: {type: 'string', default: '20261203'}, 'max-nesting': {type: 'string', default: '1500'}, help: {type: 'boolean'}}
    }))
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n${usage}\n`)
    return 2
  }
  if (values.help) {
    process.stdout.write(`${usage}\n`)
    return 0
  }
  const cases = Number(values.cases)
  const seed = Number(values.seed)
  const nesting = Number(values['max-nesting'])
  if (![cases, seed, nesting].every((value) => Number.isSafeInteger(value) && value > 0)) {
    process.stderr.write(`--cases, --seed and --max-nesting take positive whole numbers\n${usage}\n`)
    return 2
  }
  const pages = [...seedPages(), ...contentPages()]
  process.stderr.write(`fuzzing ${cases} cases over ${pages.length} pages (${hasSeeds ? 'seeds and content/' : 'content/ only: ../shared/seeds is absent'}), seed ${seed}, nesting up to ${nesting}\n`)
  const started = performance.now()
  const progress = process.stderr.isTTY
    ? (done: number) => {
        if (done % 100 === 0) process.stderr.write(`\r${done}/${cases} (${((performance.now() - started) / 1000).toFixed(0)} s)`)
      }
    : undefined
  const summary = runFuzz(pages, {cases, seed, limits: {nesting}, onCase: progress})
  if (progress) process.stderr.write('\n')

  const times = [...summary.milliseconds].sort((a, b) => a - b)
  const at = (share: number) => times[Math.min(times.length - 1, Math.floor(times.length * share))]!.toFixed(1)
  const failed = Object.values(summary.problems).reduce((sum, count) => sum + count, 0)
  const lines = [
    `cases: ${summary.cases} in ${((performance.now() - started) / 1000).toFixed(1)} s (per case: median ${at(0.5)} ms, p90 ${at(0.9)} ms, p99 ${at(0.99)} ms, max ${at(1)} ms)`,
    `outcomes: ${Object.entries(summary.statuses).map(([status, count]) => `${status} ${count}`).join(', ')}`,
    `properties broken: ${failed === 0 ? 'none' : Object.entries(summary.problems).map(([kind, count]) => `${kind} ${count}`).join(', ')}`
  ]
  for (const failure of summary.failures) lines.push(`  ${failure.page} ${JSON.stringify(failure.mutations)}\n    ${failure.problems.map((problem) => problem.split('\n').slice(0, 6).join('\n    ')).join('\n    ')}`)
  process.stdout.write(`${lines.join('\n')}\n`)
  return failed === 0 ? 0 : 1
}

process.exitCode = main()
