/**
 * locdoc's benchmark: `npm run bench -- [dir] [--quick] [--rounds N] [--workers N] [--csdl-runs N] [--csdl file] [--json]`.
 * With `--scaling`, the scaling table instead: one page of growing size per
 * shape, see `bench/scaling.ts`.
 *
 * Times three phases on the same files:
 *   (a) baseline: unified + remark-parse + remark-gfm, `parse()` per file;
 *   (c) our parser: the same plus remark-frontmatter (`markdownParser`);
 *   (b) locdoc: `lintText` per file, the whole pipeline.
 * Each phase runs in its own worker thread (its own V8 isolate: no phase
 * inherits another's JIT feedback or garbage), which reads its pages once
 * before any timing. A lane of three such workers goes through its share of
 * the corpus chunk by chunk, the phases taking turns in every order, so
 * drift and bursts of load from elsewhere weigh on all three alike; two lanes
 * use the two cores. Over the rounds every file goes through each phase
 * exactly once. Reports medians, per-core files/s and MB/s, the
 * locdoc/baseline ratio (median of per-round ratios), peak RSS, findings,
 * and the CSDL import time against its 2 s budget. Progress goes to stderr;
 * for JSON alone on stdout use `npm run -s bench -- --json` (without `-s`
 * npm prints its own banner on stdout).
 */
import {spawnSync} from 'node:child_process'
import {createHash} from 'node:crypto'
import {existsSync, readFileSync} from 'node:fs'
import {availableParallelism} from 'node:os'
import path from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {parseArgs} from 'node:util'
import {z} from 'zod'
import {expandPaths} from '../src/lint/expand-paths.js'
import {CsdlMeasurement, measureCsdl} from './bench/csdl.js'
import {addFindings, emptyFindings, FindingCounts, ordersPerBlock, PhaseName, phaseLabels, phaseOrder} from './bench/phases.js'
import {BenchPool, expectReply} from './bench/pool.js'
import {formatBench} from './bench/report.js'
import {formatScaling, runScaling} from './bench/scaling.js'
import {pairedMain} from './bench/paired.js'
import {median} from './bench/statistics.js'
import {defaultCsdlPath} from './corpus/facts.js'
import {generatorVersion} from './corpus/generate.js'
import {readManifest, type CorpusManifest} from './corpus/manifest.js'
import {ruleForClass} from './corpus/mistakes.js'
import {formatCiBench, runCiBench} from './bench/ci.js'
import {defaultCorpusDirectory, defaultPages, defaultSeed} from './generate-corpus.js'

const usage =
  'Usage: npm run bench -- [dir] [--quick] [--rounds N] [--workers N] [--csdl-runs N] [--csdl file] [--json]\n' +
  '       npm run bench -- --scaling [--quick] [--samples N] [--json]\n' +
  '       npm run bench -- --ci [--pages N] [--small-pages N] [--rounds N] [--large-rounds N] [--real dir] [--csdl file] [--json]\n' +
  '       npm run bench -- --paired [--quick] [--pages N] [--locales N] [--rounds N] [--json]'

export const ratioGoal = 1.2
const quickPages = 500
const warmupPagesPerWorker = 100
/** Files per chunk: small enough that a burst of load elsewhere hits all phases, large enough to time well. */
const chunkSize = 25

const quickCorpusDirectory = fileURLToPath(new URL('../.bench/corpus-quick', import.meta.url))
const generatorScript = fileURLToPath(new URL('generate-corpus.ts', import.meta.url))

/** Where the bench writes: the CLI passes the process streams, tests collect lines. */
export interface BenchIo {
  out(text: string): void
  err(text: string): void
}

export const BenchOptions = z.object({
  directory: z.string().optional().describe('Corpus folder; absent means the generated default corpus.'),
  quick: z.boolean().describe('About 500 pages: the first 500 files, or a 500-page generated corpus.'),
  rounds: z.number().int().positive().describe('Slices the corpus is cut into, one per round; a ratio is taken per round.'),
  workers: z.number().int().positive().describe('Lanes running in parallel, each with one worker per phase.'),
  csdlRuns: z.number().int().nonnegative(),
  csdlPath: z.string(),
  json: z.boolean(),
  scaling: z.boolean().describe('Time single pages of growing size instead of the corpus.'),
  samples: z.number().int().positive().describe('Samples per size in the scaling run.'),
  ci: z
    .object({
      pages: z.number().int().positive(),
      smallPages: z.number().int().positive(),
      largeRounds: z.number().int().positive(),
      real: z.string().optional()
    })
    .optional()
    .describe('Whole `locdoc lint` processes on a generated corpus shaped like real pages (see scripts/bench/ci.ts).')
})
export type BenchOptions = z.infer<typeof BenchOptions>

export const PhaseResult = z.object({
  name: PhaseName,
  label: z.string(),
  files: z.number().int().describe('Files the phase went through.'),
  roundSeconds: z.array(z.number()).describe('Per round, the time spent in this phase (mean over workers, which run at once).'),
  medianRoundSeconds: z.number(),
  filesPerSecond: z.number().describe('Per core: median over rounds of files / worker-seconds.'),
  megabytesPerSecond: z.number().describe('Per core, UTF-8 megabytes (10^6 bytes): median over rounds.'),
  passSeconds: z.number().describe('One core, one pass over the whole corpus, from the per-core file rate.'),
  peakHeap: z.number().describe('Largest worker heap right after a chunk of this phase, bytes.')
})
export type PhaseResult = z.infer<typeof PhaseResult>

export const BenchResult = z.object({
  corpus: z.object({
    directory: z.string(),
    files: z.number().int(),
    bytes: z.number().int(),
    unreadable: z.array(z.string()),
    generator: z.object({version: z.number(), seed: z.string(), facts: z.string()}).optional()
  }),
  node: z.string(),
  cpus: z.number().int(),
  workers: z.number().int(),
  rounds: z.number().int(),
  chunkSize: z.number().int(),
  warmupFilesPerWorker: z.number().int(),
  roundWallSeconds: z.array(z.number()).describe('Wall time of each round, all phases and workers.'),
  phases: z.array(PhaseResult),
  ratios: z.object({
    locdocToBaseline: z.number().describe('Median over rounds of locdoc time / baseline time on the same files.'),
    parserToBaseline: z.number().describe('The same for (c) / (a).'),
    locdocToParser: z.number().describe('The same for (b) / (c).'),
    perRound: z.array(z.number()).describe('locdoc / baseline of each round.')
  }),
  goal: z.object({ratio: z.number(), met: z.boolean()}),
  parsesPerFile: z.number().describe('Calls to the shared parser per `lintText`, counted on a sample.'),
  memory: z.object({
    rssWithCorpus: z.number().describe('Process RSS once every worker has read its pages, bytes.'),
    peakRssAfterLint: z.number().describe('`maxRSS` of the process (main thread and workers) after all rounds, bytes.'),
    peakRssAfterCsdl: z.number().optional()
  }),
  findings: FindingCounts.extend({
    injected: z.record(z.string(), z.number()).optional().describe('Per rule, mistakes the corpus generator injected.')
  }),
  csdl: CsdlMeasurement,
  seconds: z.number()
})
export type BenchResult = z.infer<typeof BenchResult>

// ---------------------------------------------------------------------------
// The corpus.

/** What the default corpus' manifest must say for it to be reused. */
function expectedFactsSource(csdlPath: string): string {
  if (!existsSync(csdlPath)) return 'builtin'
  return `csdl:${createHash('sha256').update(readFileSync(csdlPath, 'utf8')).digest('hex').slice(0, 12)}`
}

/** Generate the default corpus in a child process, so its memory never counts in our peak RSS. */
function ensureDefaultCorpus(directory: string, pages: number, csdlPath: string, io: BenchIo, progress: (text: string) => void): void {
  const manifest = readManifest(directory)
  const facts = expectedFactsSource(csdlPath)
  if (manifest && manifest.version === generatorVersion && manifest.seed === defaultSeed && manifest.pages === pages && manifest.facts === facts) {
    progress(`Reusing ${shownPath(directory)} (generator v${manifest.version}, seed ${JSON.stringify(manifest.seed)}, ${pages} pages, facts ${facts})`)
    return
  }
  progress(`Generating ${pages} pages in ${shownPath(directory)} …`)
  const factsArguments = facts === 'builtin' ? ['--builtin-facts'] : ['--csdl', csdlPath]
  const result = spawnSync(
    process.execPath,
    [...process.execArgv, generatorScript, '--out', directory, '--pages', String(pages), '--seed', defaultSeed, ...factsArguments],
    {stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8'}
  )
  // The generator's summary goes with our progress notes, so `--json` output stays pure JSON.
  if (result.stdout) io.err(result.stdout.trimEnd())
  if (result.status !== 0) throw new Error(`Corpus generation failed (exit ${result.status ?? result.signal})`)
}

/**
 * File i goes to round i mod R and, within it, to lane (i div R) mod L:
 * every round and every lane get an even mix of locales and templates.
 * Returns, per lane, per round, its files.
 */
export function dealFiles(files: readonly string[], rounds: number, lanes: number): string[][][] {
  const dealt = Array.from({length: lanes}, () => Array.from({length: rounds}, (): string[] => []))
  for (const [index, file] of files.entries()) dealt[Math.floor(index / rounds) % lanes]![index % rounds]!.push(file)
  return dealt
}

// ---------------------------------------------------------------------------
// The run.

export async function runBench(options: BenchOptions, io: BenchIo): Promise<BenchResult> {
  const started = performance.now()
  const progress = (text: string) => io.err(`[${((performance.now() - started) / 1000).toFixed(1).padStart(5)} s] ${text}`)
  let directory = options.directory
  if (directory === undefined) {
    directory = options.quick ? quickCorpusDirectory : defaultCorpusDirectory
    ensureDefaultCorpus(directory, options.quick ? quickPages : defaultPages, options.csdlPath, io, progress)
  }
  const expanded = await expandPaths([directory])
  if (expanded.files.length === 0) throw new Error(expanded.problems.join('\n') || `No Markdown files in ${directory}`)
  const files = [...expanded.files].sort().slice(0, options.quick ? quickPages : undefined)
  const laneCount = Math.min(options.workers, files.length)
  const rounds = Math.min(options.rounds, Math.max(1, Math.floor(files.length / laneCount)))
  const dealt = dealFiles(files, rounds, laneCount)

  progress(`Reading ${files.length} files into ${laneCount} lane${laneCount === 1 ? '' : 's'} of ${PhaseName.options.length} workers …`)
  // Worker lane * 3 + phase index: each lane has one worker per phase, each reading the lane's files.
  const {pool, ready} = await BenchPool.start(dealt.flatMap((slices) => PhaseName.options.map((phase) => ({phase, slices}))))
  try {
    const rssWithCorpus = process.memoryUsage().rss
    const lanes = dealt.map((_, lane) => ({lane, ready: ready[lane * PhaseName.options.length]!}))
    const bytes = lanes.reduce((sum, {ready}) => sum + ready.bytes, 0)
    const linted = lanes.reduce((sum, {ready}) => sum + ready.files.reduce((total, count) => total + count, 0), 0)
    const unreadable = lanes.flatMap(({ready}) => ready.unreadable)

    progress('Warming up …')
    const warmed = (await pool.all({type: 'warmup', files: warmupPagesPerWorker})).map((reply) => expectReply(reply, 'warmed'))

    const laneRounds: LaneRound[][] = []
    const roundWallSeconds: number[] = []
    for (let round = 0; round < rounds; round++) {
      await pool.all({type: 'gc'})
      const roundStarted = performance.now()
      laneRounds.push(await Promise.all(lanes.map(({lane, ready}) => runLaneRound(pool, lane, round, ready.files[round] ?? 0))))
      roundWallSeconds.push((performance.now() - roundStarted) / 1000)
      const ratio = roundRatio(laneRounds.at(-1)!, 'locdoc', 'baseline')
      progress(`round ${round + 1}/${rounds}: ${roundWallSeconds.at(-1)!.toFixed(1)} s, locdoc / baseline ${ratio.toFixed(2)}`)
    }
    await pool.close()
    const peakRssAfterLint = maxRssBytes()

    progress('Importing the CSDL …')
    const csdl = measureCsdl(options.csdlPath, options.csdlRuns, shownPath(options.csdlPath))
    const manifest = readManifest(directory)
    const findings = emptyFindings()
    for (const laneRound of laneRounds.flat()) addFindings(findings, laneRound.findings)
    const perRoundRatios = laneRounds.map((round) => roundRatio(round, 'locdoc', 'baseline'))
    const locdocToBaseline = median(perRoundRatios)
    return BenchResult.parse({
      corpus: {
        directory: shownPath(directory),
        files: linted,
        bytes,
        unreadable,
        generator: manifest ? {version: manifest.version, seed: manifest.seed, facts: manifest.facts} : undefined
      },
      node: process.version,
      cpus: availableParallelism(),
      workers: laneCount,
      rounds,
      chunkSize,
      warmupFilesPerWorker: Math.min(...warmed.map((reply) => reply.files)),
      roundWallSeconds,
      phases: PhaseName.options.map((name) => phaseResult(name, laneRounds, linted)),
      ratios: {
        locdocToBaseline,
        parserToBaseline: median(laneRounds.map((round) => roundRatio(round, 'parser', 'baseline'))),
        locdocToParser: median(laneRounds.map((round) => roundRatio(round, 'locdoc', 'parser'))),
        perRound: perRoundRatios
      },
      goal: {ratio: ratioGoal, met: locdocToBaseline <= ratioGoal},
      parsesPerFile: warmed.find((reply) => reply.parsesPerFile !== undefined)?.parsesPerFile ?? 0,
      memory: {rssWithCorpus, peakRssAfterLint, peakRssAfterCsdl: csdl.skipped ? undefined : maxRssBytes()},
      findings: {
        ...findings,
        byRule: Object.fromEntries(Object.entries(findings.byRule).sort(([left], [right]) => left.localeCompare(right))),
        // The generator's counts cover its whole corpus: comparable only when all of it was linted.
        injected: manifest && manifest.pages === linted ? injectedByRule(manifest) : undefined
      },
      csdl,
      seconds: (performance.now() - started) / 1000
    })
  } finally {
    await pool.close()
  }
}

type PhaseTotals = Record<PhaseName, number>

/** What one lane measured in one round. */
interface LaneRound {
  seconds: PhaseTotals
  files: PhaseTotals
  bytes: PhaseTotals
  peakHeap: PhaseTotals
  findings: FindingCounts
}

const zeros = (): PhaseTotals => ({baseline: 0, parser: 0, locdoc: 0})

/**
 * One lane's slice for one round, chunk by chunk: blocks of six chunks, one
 * chunk per order of the three phases, so every round is balanced however
 * small. Every phase goes over every file: a worker given less to do than
 * the others runs colder and reads about 10% slow.
 */
async function runLaneRound(pool: BenchPool, lane: number, round: number, files: number): Promise<LaneRound> {
  const result: LaneRound = {seconds: zeros(), files: zeros(), bytes: zeros(), peakHeap: zeros(), findings: emptyFindings()}
  const blocks = Math.max(1, Math.round(files / (ordersPerBlock * chunkSize)))
  const size = Math.ceil(files / (blocks * ordersPerBlock))
  for (let block = 0; block < blocks; block++) {
    for (let slot = 0; slot < ordersPerBlock; slot++) {
      const start = (block * ordersPerBlock + slot) * size
      if (start >= files) continue
      const end = Math.min(files, start + size)
      for (const phase of phaseOrder(slot)) {
        const worker = lane * PhaseName.options.length + PhaseName.options.indexOf(phase)
        const reply = expectReply(await pool.request(worker, {type: 'chunk', round, start, end}), 'chunk')
        result.seconds[phase] += reply.seconds
        result.files[phase] += reply.files
        result.bytes[phase] += reply.bytes
        result.peakHeap[phase] = Math.max(result.peakHeap[phase], reply.heapUsed)
        if (reply.findings) addFindings(result.findings, reply.findings)
      }
    }
  }
  return result
}

/** Time of phase `over` divided by time of phase `under`, summed over the workers of one round. */
function roundRatio(round: readonly LaneRound[], over: PhaseName, under: PhaseName): number {
  const sum = (phase: PhaseName) => round.reduce((total, lane) => total + lane.seconds[phase], 0)
  return sum(over) / sum(under)
}

function phaseResult(name: PhaseName, replies: readonly LaneRound[][], corpusFiles: number): PhaseResult {
  const sum = (round: readonly LaneRound[], field: 'seconds' | 'files' | 'bytes') => round.reduce((total, lane) => total + lane[field][name], 0)
  const roundSeconds = replies.map((round) => sum(round, 'seconds') / round.length)
  const filesPerSecond = median(replies.map((round) => sum(round, 'files') / sum(round, 'seconds')))
  return {
    name,
    label: phaseLabels[name],
    files: replies.reduce((total, round) => total + sum(round, 'files'), 0),
    roundSeconds,
    medianRoundSeconds: median(roundSeconds),
    filesPerSecond,
    megabytesPerSecond: median(replies.map((round) => sum(round, 'bytes') / 1e6 / sum(round, 'seconds'))),
    passSeconds: corpusFiles / filesPerSecond,
    peakHeap: Math.max(...replies.flat().map((lane) => lane.peakHeap[name]))
  }
}

function injectedByRule(manifest: CorpusManifest): Record<string, number> {
  const byRule: Record<string, number> = {}
  for (const [kind, {injected}] of Object.entries(manifest.mistakes)) {
    const rule = ruleForClass[kind as keyof typeof ruleForClass]
    byRule[rule] = (byRule[rule] ?? 0) + injected
  }
  return byRule
}

function maxRssBytes(): number {
  // `maxRSS` is in kibibytes.
  return process.resourceUsage().maxRSS * 1024
}

/** A path as typed from here: relative below the working folder, absolute elsewhere. */
function shownPath(file: string): string {
  const shown = path.relative(process.cwd(), file)
  return shown === '' ? '.' : shown.startsWith('..') ? file : shown
}

// ---------------------------------------------------------------------------
// Command line.

export function parseBenchArguments(argv: readonly string[]): BenchOptions {
  const {values, positionals} = parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: {
      quick: {type: 'boolean', default: false},
      rounds: {type: 'string'},
      workers: {type: 'string'},
      'csdl-runs': {type: 'string'},
      csdl: {type: 'string'},
      json: {type: 'boolean', default: false},
      scaling: {type: 'boolean', default: false},
      samples: {type: 'string'},
      ci: {type: 'boolean', default: false},
      pages: {type: 'string'},
      'small-pages': {type: 'string'},
      'large-rounds': {type: 'string'},
      real: {type: 'string'}
    }
  })
  if (positionals.length > 1) throw new Error(`Expected at most one corpus folder, got ${positionals.length}`)
  const count = (name: string, value: string | undefined, fallback: number, minimum: number) => {
    if (value === undefined) return fallback
    const parsed = Number(value)
    if (!Number.isInteger(parsed) || parsed < minimum) throw new Error(`Expected --${name} to be an integer ≥ ${minimum}, got ${value}`)
    return parsed
  }
  return {
    directory: positionals[0] === undefined ? undefined : path.resolve(positionals[0]),
    quick: values.quick ?? false,
    rounds: count('rounds', values.rounds, values.ci ? 3 : 5, 1),
    // One worker per core, at most two: this is a 2-core machine and the CLI itself is single-threaded.
    workers: count('workers', values.workers, Math.min(2, availableParallelism()), 1),
    csdlRuns: count('csdl-runs', values['csdl-runs'], values.quick ? 1 : 3, 0),
    csdlPath: values.csdl === undefined ? fileURLToPath(defaultCsdlPath) : path.resolve(values.csdl),
    json: values.json ?? false,
    scaling: values.scaling ?? false,
    samples: count('samples', values.samples, values.quick ? 3 : 5, 1),
    ci: values.ci
      ? {
          pages: count('pages', values.pages, values.quick ? 3_000 : 30_000, 1),
          smallPages: count('small-pages', values['small-pages'], values.quick ? 300 : 3_000, 1),
          largeRounds: count('large-rounds', values['large-rounds'], 1, 1),
          real: values.real === undefined ? undefined : path.resolve(values.real)
        }
      : undefined
  }
}

export async function main(argv: readonly string[], io: BenchIo): Promise<number> {
  // Pages without spans against their English page: a mode of its own, see `bench/paired.ts`.
  if (argv.includes('--paired')) return pairedMain(argv.filter((argument) => argument !== '--paired'), io)
  let options: BenchOptions
  try {
    options = parseBenchArguments(argv)
  } catch (error) {
    io.err(`${error instanceof Error ? error.message : String(error)}\n${usage}`)
    return 2
  }
  try {
    if (options.ci) {
      const result = await runCiBench(
        {...options.ci, rounds: options.rounds, csdlPath: options.csdlPath, workDirectory: fileURLToPath(new URL('../.bench/', import.meta.url))},
        io.err
      )
      io.out(options.json ? JSON.stringify(result, undefined, 2) : formatCiBench(result))
      return 0
    }
    if (options.scaling) {
      const result = runScaling({quick: options.quick, samples: options.samples}, io.err)
      io.out(options.json ? JSON.stringify(result, undefined, 2) : formatScaling(result))
      return 0
    }
    const result = await runBench(options, io)
    io.out(options.json ? JSON.stringify(result, undefined, 2) : formatBench(result))
    return 0
  } catch (error) {
    io.err(error instanceof Error ? error.message : String(error))
    return 2
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const io: BenchIo = {out: (text) => process.stdout.write(`${text}\n`), err: (text) => process.stderr.write(`${text}\n`)}
  process.exitCode = await main(process.argv.slice(2), io)
}
