/**
 * `npm run bench -- --ci`: locdoc as a CI runs it, whole processes against a
 * bare remark-parse + remark-gfm parse of the same pages, on a generated
 * corpus shaped like a published localized reference (plain pages, mostly
 * API pages) and, with `--real <dir>`, on real pages, to show the corpus is
 * shaped like them (lint/parse within 0.1).
 *
 * Per round and corpus, the parse and the lint run back to back in
 * alternating order (paired), and the figures are medians over rounds:
 * CPU (user + sys) and wall time from `/usr/bin/time`, peak RSS from the
 * same. On the large corpus: `--jobs 2` against `--jobs 1` (and, as the
 * machine's own ceiling for it, two bare parse processes side by side
 * against one), a cold `--cache` run, and a warm one with one page changed.
 */
import {spawn, spawnSync} from 'node:child_process'
import {closeSync, existsSync, openSync, readFileSync, writeFileSync} from 'node:fs'
import {availableParallelism, loadavg} from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {z} from 'zod'
import {readManifest} from '../corpus/manifest.js'
import {generatorVersion} from '../corpus/generate.js'
import {median} from './statistics.js'

const root = fileURLToPath(new URL('../../', import.meta.url))
const bin = path.join(root, 'bin', 'locdoc.js')
const bareParseScript = fileURLToPath(new URL('bare-parse.mjs', import.meta.url))
const generatorScript = fileURLToPath(new URL('../generate-corpus.ts', import.meta.url))
const seed = 'locdoc'

export const ciGoals = {lintToParse: 1.2, jobsSpeedUp: 1.8, warmToCold: 0.05, rssGrowth: 0.1, shapeDistance: 0.1} as const

export interface CiBenchOptions {
  /** Pages of the large generated corpus (30,000 for the figures). */
  pages: number
  /** Pages of the small one, for the RSS comparison. */
  smallPages: number
  rounds: number
  /** Rounds on the large corpus (each costs minutes). */
  largeRounds: number
  /** A folder of real pages (e.g. a localized Graph reference checkout). */
  real?: string
  /** Schema the lint validates against (the CSDL when there is one). */
  csdlPath?: string
  /** Where corpora and caches go. */
  workDirectory: string
}

const Sample = z.object({cpu: z.number(), wall: z.number(), rssKb: z.number()})
type Sample = z.infer<typeof Sample>

const PairFigures = z.object({
  corpus: z.string(),
  pages: z.number(),
  parse: z.object({cpu: z.number(), wall: z.number(), rssKb: z.number()}),
  lint: z.object({cpu: z.number(), wall: z.number(), rssKb: z.number()}),
  lintToParseCpu: z.number().describe('Median over rounds of lint CPU / parse CPU, paired per round.'),
  lintToParseWall: z.number(),
  rounds: z.number()
})
type PairFigures = z.infer<typeof PairFigures>

export const CiBenchResult = z.object({
  node: z.string(),
  cpus: z.number(),
  loadAverageAtStart: z.number().describe('1-minute load average when the bench started: other work on the machine.'),
  generated: PairFigures,
  small: PairFigures,
  real: PairFigures.optional(),
  shapeDistance: z.number().optional().describe('|lint/parse on generated - lint/parse on real|, CPU.'),
  jobs: z.object({
    jobs1Wall: z.number(),
    jobs2Wall: z.number(),
    speedUp: z.number(),
    jobs2Cpu: z.number(),
    jobs1Cores: z.number().describe('CPU / wall of the --jobs 1 run: V8 compiles and collects garbage on other threads, so one lint thread already keeps more than one core busy.'),
    ceiling: z.number().describe('The speed-up two cores allow at most: 2 / jobs1Cores.'),
    bareParseSpeedUp: z
      .number()
      .describe('One bare parse of every page against two bare parse processes side by side, each with half the pages: what two cores give any remark tool on this machine.')
  }),
  cache: z.object({coldWall: z.number(), warmWall: z.number(), warmToCold: z.number(), warmToColdNoCache: z.number()}),
  rss: z.object({smallKb: z.number(), largeKb: z.number(), growth: z.number()}),
  goals: z.record(z.string(), z.object({value: z.number(), goal: z.number(), met: z.boolean()})),
  seconds: z.number()
})
export type CiBenchResult = z.infer<typeof CiBenchResult>

/** Run a command under `/usr/bin/time`, stdout discarded: its CPU, wall time and peak RSS. */
function timed(command: readonly string[], cwd: string): Sample {
  if (!existsSync('/usr/bin/time')) throw new Error('The CI bench needs /usr/bin/time (GNU time) to measure whole processes')
  const devNull = openSync('/dev/null', 'w')
  try {
    const run = spawnSync('/usr/bin/time', ['-f', '@@time %U %S %e %M', ...command], {cwd, stdio: ['ignore', devNull, 'pipe'], encoding: 'utf8', maxBuffer: 64 * 1024 * 1024})
    const line = /@@time (\S+) (\S+) (\S+) (\S+)/.exec(run.stderr ?? '')
    // Exit 1 is a lint with findings; anything else is a failed run.
    if (!line || (run.status !== 0 && run.status !== 1)) throw new Error(`${command.join(' ')} failed (exit ${run.status}):\n${run.stderr}`)
    return {cpu: Number(line[1]) + Number(line[2]), wall: Number(line[3]), rssKb: Number(line[4])}
  } finally {
    closeSync(devNull)
  }
}

/** Commands started together: the wall time until the last one ends. */
async function timedSideBySide(commands: ReadonlyArray<readonly string[]>, cwd: string): Promise<number> {
  const started = performance.now()
  await Promise.all(
    commands.map(
      (command) =>
        new Promise<void>((resolve, reject) => {
          const child = spawn(command[0]!, command.slice(1), {cwd, stdio: 'ignore'})
          child.on('error', reject)
          child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${command.join(' ')} failed (exit ${code})`))))
        })
    )
  )
  return (performance.now() - started) / 1000
}

function ensureCorpus(directory: string, pages: number, csdlPath: string | undefined, progress: (text: string) => void): void {
  const manifest = readManifest(directory)
  if (manifest && manifest.version === generatorVersion && manifest.pages === pages && manifest.seed === seed && manifest.shape === 'plain') {
    progress(`Reusing ${directory} (${pages} plain pages)`)
    return
  }
  progress(`Generating ${pages} plain pages in ${directory} …`)
  const facts = csdlPath && existsSync(csdlPath) ? ['--csdl', csdlPath] : ['--builtin-facts']
  const run = spawnSync(process.execPath, ['--import', 'tsx', generatorScript, '--out', directory, '--pages', String(pages), '--seed', seed, '--shape', 'plain', ...facts], {
    stdio: ['ignore', 'ignore', 'inherit']
  })
  if (run.status !== 0) throw new Error(`Corpus generation failed (exit ${run.status ?? run.signal})`)
}

export async function runCiBench(options: CiBenchOptions, progress: (text: string) => void): Promise<CiBenchResult> {
  const started = performance.now()
  const loadAverageAtStart = loadavg()[0]!
  const schema = options.csdlPath && existsSync(options.csdlPath) ? ['--schema', options.csdlPath] : []
  const lint = (folders: readonly string[], extra: readonly string[] = []) => [process.execPath, bin, 'lint', '--format', 'json', ...schema, ...extra, ...folders]
  const parse = (folders: readonly string[]) => [process.execPath, bareParseScript, ...folders]

  const large = path.join(options.workDirectory, `ci-corpus-${options.pages}`)
  const small = path.join(options.workDirectory, `ci-corpus-${options.smallPages}`)
  ensureCorpus(large, options.pages, options.csdlPath, progress)
  ensureCorpus(small, options.smallPages, options.csdlPath, progress)
  const realFolders = options.real ? realPageFolders(options.real) : undefined

  const pairs = new Map<string, Array<{parse: Sample; lint: Sample}>>()
  const pair = (name: string, cwd: string, folders: readonly string[], round: number) => {
    // Alternate which runs first, so neither always meets a warmer disk cache.
    const order = round % 2 === 0 ? (['parse', 'lint'] as const) : (['lint', 'parse'] as const)
    const sample: Partial<{parse: Sample; lint: Sample}> = {}
    for (const which of order) sample[which] = timed(which === 'parse' ? parse(folders) : lint(folders, ['--jobs', '1']), cwd)
    const list = pairs.get(name) ?? []
    list.push(sample as {parse: Sample; lint: Sample})
    pairs.set(name, list)
    progress(`  ${name} round ${round + 1}: parse ${sample.parse!.cpu.toFixed(1)} s CPU, lint ${sample.lint!.cpu.toFixed(1)} s CPU (${(sample.lint!.cpu / sample.parse!.cpu).toFixed(2)}), lint RSS ${(sample.lint!.rssKb / 1024).toFixed(0)} MB`)
  }

  const jobs1: number[] = []
  const jobs1Cpu: number[] = []
  const jobs2: Sample[] = []
  const bareParseOne: number[] = []
  const bareParseTwo: number[] = []
  const cold: number[] = []
  const warm: number[] = []
  const cacheFile = path.join(options.workDirectory, `ci-cache-${options.pages}.json`)
  for (let round = 0; round < options.rounds; round++) {
    progress(`Round ${round + 1}/${options.rounds}`)
    pair('small', small, ['.'], round)
    if (realFolders) pair('real', options.real!, realFolders, round)
    if (round >= options.largeRounds) continue
    pair('generated', large, ['.'], round)
    jobs1.push(pairs.get('generated')!.at(-1)!.lint.wall)
    jobs1Cpu.push(pairs.get('generated')!.at(-1)!.lint.cpu)
    const parallel = timed(lint(['.'], ['--jobs', '2']), large)
    jobs2.push(parallel)
    progress(`  --jobs 2: ${parallel.wall.toFixed(1)} s wall against ${jobs1.at(-1)!.toFixed(1)} s for --jobs 1`)
    // The same split for the bare parse, in two processes: no locdoc, no worker threads, nothing shared.
    bareParseOne.push(pairs.get('generated')!.at(-1)!.parse.wall)
    bareParseTwo.push(await timedSideBySide([0, 1].map((part) => [process.execPath, bareParseScript, `--part=${part}/2`, '.']), large))
    progress(`  two bare parses side by side: ${bareParseTwo.at(-1)!.toFixed(1)} s wall against ${bareParseOne.at(-1)!.toFixed(1)} s for one`)
    // A cold cache run fills the cache; then one page changes and a warm run re-lints it alone.
    writeFileSync(cacheFile, '')
    const coldRun = timed(lint(['.'], ['--jobs', '1', '--cache', '--cache-location', cacheFile]), large)
    cold.push(coldRun.wall)
    const changed = firstPage(large)
    const original = readFileSync(changed)
    try {
      writeFileSync(changed, Buffer.concat([original, Buffer.from('\nOne more line.\n')]))
      const warmRun = timed(lint(['.'], ['--jobs', '1', '--cache', '--cache-location', cacheFile]), large)
      warm.push(warmRun.wall)
      progress(`  --cache: cold ${coldRun.wall.toFixed(1)} s, warm with one page changed ${warmRun.wall.toFixed(1)} s`)
    } finally {
      writeFileSync(changed, original)
    }
  }

  const figures = (name: string, pages: number): PairFigures => {
    const samples = pairs.get(name)!
    const mid = (pick: (sample: {parse: Sample; lint: Sample}) => number) => median(samples.map(pick))
    return {
      corpus: name,
      pages,
      parse: {cpu: mid((sample) => sample.parse.cpu), wall: mid((sample) => sample.parse.wall), rssKb: mid((sample) => sample.parse.rssKb)},
      lint: {cpu: mid((sample) => sample.lint.cpu), wall: mid((sample) => sample.lint.wall), rssKb: mid((sample) => sample.lint.rssKb)},
      lintToParseCpu: mid((sample) => sample.lint.cpu / sample.parse.cpu),
      lintToParseWall: mid((sample) => sample.lint.wall / sample.parse.wall),
      rounds: samples.length
    }
  }
  const generated = figures('generated', options.pages)
  const smallFigures = figures('small', options.smallPages)
  const real = realFolders ? figures('real', countPages(options.real!, realFolders)) : undefined
  const shapeDistance = real ? Math.abs(generated.lintToParseCpu - real.lintToParseCpu) : undefined
  const jobs1Cores = median(jobs1Cpu) / median(jobs1)
  const jobs = {
    jobs1Wall: median(jobs1),
    jobs2Wall: median(jobs2.map((sample) => sample.wall)),
    speedUp: median(jobs1) / median(jobs2.map((sample) => sample.wall)),
    jobs2Cpu: median(jobs2.map((sample) => sample.cpu)),
    jobs1Cores,
    ceiling: Math.min(availableParallelism(), 2) / jobs1Cores,
    bareParseSpeedUp: median(bareParseOne) / median(bareParseTwo)
  }
  const cache = {coldWall: median(cold), warmWall: median(warm), warmToCold: median(warm) / median(cold), warmToColdNoCache: median(warm) / median(jobs1)}
  const rss = {smallKb: smallFigures.lint.rssKb, largeKb: generated.lint.rssKb, growth: generated.lint.rssKb / smallFigures.lint.rssKb - 1}
  const goal = (value: number, limit: number, atMost = true) => ({value, goal: limit, met: atMost ? value <= limit : value >= limit})
  const goals: CiBenchResult['goals'] = {
    'lint/parse CPU, generated': goal(generated.lintToParseCpu, ciGoals.lintToParse),
    ...(real ? {'lint/parse CPU, real': goal(real.lintToParseCpu, ciGoals.lintToParse)} : {}),
    ...(shapeDistance === undefined ? {} : {'shape: |generated - real| lint/parse': goal(shapeDistance, ciGoals.shapeDistance)}),
    '--jobs 2 speed-up': goal(jobs.speedUp, ciGoals.jobsSpeedUp, false),
    'warm --cache / cold': goal(cache.warmToCold, ciGoals.warmToCold),
    'peak RSS growth, large / small - 1': goal(rss.growth, ciGoals.rssGrowth)
  }
  return CiBenchResult.parse({
    node: process.version,
    cpus: availableParallelism(),
    loadAverageAtStart,
    generated,
    small: smallFigures,
    real,
    shapeDistance,
    jobs,
    cache,
    rss,
    goals,
    seconds: (performance.now() - started) / 1000
  })
}

/** The folders of real pages a reference keeps its pages in (`api`, `resources`), else the folder itself. */
function realPageFolders(directory: string): string[] {
  const known = ['api', 'resources'].filter((folder) => existsSync(path.join(directory, folder)))
  return known.length > 0 ? known : ['.']
}

function countPages(directory: string, folders: readonly string[]): number {
  const run = spawnSync(process.execPath, [bareParseScript, ...folders], {cwd: directory, encoding: 'utf8'})
  return Number(/parsed (\d+) pages/.exec(run.stderr)?.[1] ?? 0)
}

function firstPage(directory: string): string {
  const expected = readFileSync(path.join(directory, 'expected.jsonl'), 'utf8')
  const first = JSON.parse(expected.slice(0, expected.indexOf('\n'))) as {path: string}
  return path.join(directory, ...first.path.split('/'))
}

export function formatCiBench(result: CiBenchResult): string {
  const row = (figures: PairFigures) =>
    `  ${figures.corpus.padEnd(10)} ${String(figures.pages).padStart(6)} pages  parse ${figures.parse.cpu.toFixed(1).padStart(6)} s CPU  lint ${figures.lint.cpu.toFixed(1).padStart(6)} s CPU  ` +
    `lint/parse ${figures.lintToParseCpu.toFixed(2)} CPU, ${figures.lintToParseWall.toFixed(2)} wall  lint RSS ${(figures.lint.rssKb / 1024).toFixed(0)} MB  (${figures.rounds} rounds)`
  const lines = [
    `locdoc CI bench — node ${result.node}, ${result.cpus} CPUs, load average ${result.loadAverageAtStart.toFixed(1)} at start (medians; paired whole processes)`,
    row(result.generated),
    row(result.small),
    ...(result.real ? [row(result.real)] : []),
    `  --jobs 2: ${result.jobs.jobs2Wall.toFixed(1)} s wall vs ${result.jobs.jobs1Wall.toFixed(1)} s for --jobs 1: speed-up ${result.jobs.speedUp.toFixed(2)}×` +
      ` (--jobs 1 already keeps ${result.jobs.jobs1Cores.toFixed(2)} cores busy, so two cores allow at most ${result.jobs.ceiling.toFixed(2)}×)`,
    `  two bare remark parses side by side, half the pages each: speed-up ${result.jobs.bareParseSpeedUp.toFixed(2)}× over one (what two cores give any remark tool here)`,
    `  --cache: cold ${result.cache.coldWall.toFixed(1)} s, warm with one page changed ${result.cache.warmWall.toFixed(1)} s (${(100 * result.cache.warmToCold).toFixed(1)}% of cold)`,
    `  peak RSS: ${(result.rss.largeKb / 1024).toFixed(0)} MB at ${result.generated.pages} pages, ${(result.rss.smallKb / 1024).toFixed(0)} MB at ${result.small.pages} (${result.rss.growth >= 0 ? '+' : ''}${(100 * result.rss.growth).toFixed(1)}%)`,
    'Goals:',
    ...Object.entries(result.goals).map(([name, goal]) => `  ${goal.met ? 'met    ' : 'NOT met'}  ${name}: ${goal.value.toFixed(3)} (goal ${goal.goal})`),
    `Took ${(result.seconds / 60).toFixed(1)} min.`
  ]
  return lines.join('\n')
}
