import {spawn, spawnSync} from 'node:child_process'
import {existsSync, mkdtempSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {BenchResult, dealFiles, parseBenchArguments} from '../../scripts/bench.js'
import {formatBench} from '../../scripts/bench/report.js'
import {formatCiBench, runCiBench} from '../../scripts/bench/ci.js'
import {readManifest} from '../../scripts/corpus/manifest.js'
import {median} from '../../scripts/bench/statistics.js'
import {builtinFacts} from '../../scripts/corpus/facts.js'
import {writeCorpus} from '../../scripts/generate-corpus.js'

const repository = fileURLToPath(new URL('../../', import.meta.url))
const benchScript = path.join(repository, 'scripts/bench.ts')

function runBench(argv: readonly string[]): Promise<{code: number | null; stdout: string; stderr: string}> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', benchScript, ...argv], {cwd: repository})
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    child.on('error', reject)
    child.on('close', (code) => resolve({code, stdout, stderr}))
  })
}

describe('parseBenchArguments', () => {
  it('should default to the generated corpus, 5 rounds, 3 CSDL runs and at most 2 workers', () => {
    const options = parseBenchArguments([])
    expect(options).toMatchObject({directory: undefined, quick: false, rounds: 5, csdlRuns: 3, json: false})
    expect(options.workers).toBeGreaterThanOrEqual(1)
    expect(options.workers).toBeLessThanOrEqual(2)
  })

  it('should take a folder, --quick, --rounds, --workers and --json', () => {
    const options = parseBenchArguments(['pages', '--quick', '--rounds', '2', '--workers', '1', '--json'])
    expect(options).toMatchObject({directory: path.resolve('pages'), quick: true, rounds: 2, workers: 1, csdlRuns: 1, json: true})
  })

  it('should reject a round count that is not a positive integer', () => {
    expect(() => parseBenchArguments(['--rounds', '0'])).toThrow(/--rounds/)
    expect(() => parseBenchArguments(['--rounds', 'many'])).toThrow(/--rounds/)
  })
})

describe('dealFiles', () => {
  it('should give every file to exactly one round of one lane, evenly', () => {
    const files = Array.from({length: 23}, (_, index) => `page-${index}.md`)
    const dealt = dealFiles(files, 3, 2)
    expect(dealt.flat(2).sort()).toEqual([...files].sort())
    const perRound = [0, 1, 2].map((round) => dealt[0]![round]!.length + dealt[1]![round]!.length)
    expect(Math.max(...perRound) - Math.min(...perRound)).toBeLessThanOrEqual(1)
    // Consecutive files (one folder, one locale) are spread over rounds.
    expect(dealt[0]![0]).toContain('page-0.md')
    expect(dealt[0]![1]).toContain('page-1.md')
  })
})

describe('median', () => {
  it('should take the middle value, or the mean of the two middle ones', () => {
    expect(median([3, 1, 2])).toBe(2)
    expect(median([4, 1, 3, 2])).toBe(2.5)
    expect(median([])).toBeNaN()
  })
})

describe('npm run bench on bad input', () => {
  it('should exit 2 with the problem and the usage for a bad option', async () => {
    const run = await runBench(['--rounds', '0'])
    expect(run.code).toBe(2)
    expect(run.stderr).toMatch(/--rounds[\s\S]*Usage: npm run bench/)
    expect(run.stdout).toBe('')
  }, 60_000)

  it('should exit 2 when the folder holds no pages', async () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'locdoc-bench-empty-'))
    try {
      const run = await runBench([folder])
      expect(run.code).toBe(2)
      expect(run.stderr).toMatch(/no pages/)
    } finally {
      rmSync(folder, {recursive: true, force: true})
    }
  }, 60_000)
})

describe('npm run bench on a tiny corpus', () => {
  let folder: string
  let run: {code: number | null; stdout: string; stderr: string}
  let result: BenchResult

  beforeAll(async () => {
    folder = mkdtempSync(path.join(tmpdir(), 'locdoc-bench-'))
    writeCorpus({out: path.join(folder, 'corpus'), pages: 16, seed: 'bench-test', facts: builtinFacts()})
    run = await runBench([path.join(folder, 'corpus'), '--quick', '--rounds', '2', '--csdl', path.join(folder, 'absent.csdl'), '--json'])
    result = BenchResult.parse(JSON.parse(run.stdout))
  }, 120_000)

  afterAll(() => rmSync(folder, {recursive: true, force: true}))

  it('should exit 0 and print only JSON on stdout, progress on stderr', () => {
    expect(run.code, run.stderr).toBe(0)
    expect(run.stderr).toMatch(/round 2\/2/)
  })

  it('should run each phase in its own workers, two lanes of three', () => {
    expect(result.workers).toBe(2)
    expect(result.phases.every((phase) => phase.peakHeap > 0)).toBe(true)
  })

  it('should lint every file of the corpus once per phase and measure all three phases', () => {
    expect(result.corpus.files).toBe(16)
    expect(result.rounds).toBe(2)
    expect(result.phases.map((phase) => phase.name)).toEqual(['baseline', 'parser', 'locdoc'])
    for (const phase of result.phases) {
      expect(phase.roundSeconds).toHaveLength(2)
      expect(phase.filesPerSecond).toBeGreaterThan(0)
      expect(phase.megabytesPerSecond).toBeGreaterThan(0)
    }
    expect(result.ratios.perRound).toHaveLength(2)
    expect(result.parsesPerFile).toBe(1)
    expect(result.memory.peakRssAfterLint).toBeGreaterThan(0)
  })

  it('should count at least the findings the generator injected, rule by rule', () => {
    expect(result.findings.injected).toBeDefined()
    for (const [rule, count] of Object.entries(result.findings.injected ?? {})) expect(result.findings.byRule[rule] ?? 0, rule).toBeGreaterThanOrEqual(count)
  })

  it('should skip the CSDL import with a message when the file is absent', () => {
    expect(result.csdl.skipped).toMatch(/absent\.csdl not found/)
  })

  it('should print the figures as a table', () => {
    const text = formatBench(result)
    expect(text).toMatch(/^locdoc bench: 16 files/)
    expect(text).toMatch(/disk I\/O is not measured/)
    expect(text).toMatch(/\(a\) remark-parse \+ remark-gfm \(baseline\) +[\d.]+ +[\d.]+ +[\d,]+ +[\d.]+/)
    expect(text).toMatch(/ratio locdoc \/ baseline +\d+\.\d\d/)
    expect(text).toMatch(/parses per file in lintText: 1\.00/)
    expect(text).toMatch(/peak [\d,]+ MiB after linting/)
    expect(text).toMatch(/CSDL import: skipped: .*absent\.csdl not found/)
  })
})

describe('npm run bench -- --ci', () => {
  it('should default to 30,000 generated pages against 3,000, 3 rounds and 1 on the large corpus', () => {
    expect(parseBenchArguments(['--ci']).ci).toEqual({pages: 30_000, smallPages: 3_000, largeRounds: 1, real: undefined})
    expect(parseBenchArguments(['--ci']).rounds).toBe(3)
    expect(parseBenchArguments(['--ci', '--pages', '900', '--small-pages', '90', '--real', 'ru']).ci).toEqual({
      pages: 900,
      smallPages: 90,
      largeRounds: 1,
      real: path.resolve('ru')
    })
    expect(parseBenchArguments([]).ci).toBeUndefined()
  })

  it('should split the bare parse between processes so that the parts cover every page once', () => {
    const bareParse = path.join(repository, 'scripts/bench/bare-parse.mjs')
    const folder = path.join(repository, 'content')
    const parsed = (...args: string[]) => Number(/parsed (\d+) pages/.exec(spawnSync(process.execPath, [bareParse, ...args, folder], {encoding: 'utf8'}).stderr)?.[1])
    const whole = parsed()
    expect(whole).toBeGreaterThan(2)
    expect(parsed('--part=0/2') + parsed('--part=1/2')).toBe(whole)
    expect(parsed('--part=0/2')).toBeGreaterThan(0)
  })

  const built = existsSync(path.join(repository, 'dist/cli.js'))
  it.skipIf(!built)('should measure whole lint processes against a bare parse on plain generated pages (needs dist/: npm run build)', async () => {
    const work = mkdtempSync(path.join(tmpdir(), 'locdoc-ci-bench-'))
    try {
      const result = await runCiBench({pages: 40, smallPages: 20, rounds: 1, largeRounds: 1, workDirectory: work}, () => undefined)
      expect(result.generated.pages).toBe(40)
      expect(result.generated.lint.cpu).toBeGreaterThan(0)
      expect(result.generated.parse.cpu).toBeGreaterThan(0)
      expect(result.rss.largeKb).toBeGreaterThan(0)
      expect(Object.keys(result.goals)).toEqual(['lint/parse CPU, generated', '--jobs 2 speed-up', 'warm --cache / cold', 'peak RSS growth, large / small - 1'])
      expect(result.jobs.bareParseSpeedUp).toBeGreaterThan(0)
      expect(formatCiBench(result)).toMatch(/^locdoc CI bench/)
      expect(formatCiBench(result)).toMatch(/two bare remark parses side by side/)
      expect(readManifest(path.join(work, 'ci-corpus-40'))?.shape).toBe('plain')
    } finally {
      rmSync(work, {recursive: true, force: true})
    }
  })
})
