/**
 * `locdoc lint <paths or globs>`: lint pages and print findings in the
 * chosen format. Exit 0 clean, 1 an error-level finding, 2 usage or I/O.
 *
 * Results stream: each page is linted (on worker threads with `--jobs`, or
 * taken from the cache), written to the report and let go, so memory does
 * not grow with the number of pages.
 */
import {parseArgs} from 'node:util'
import path from 'node:path'
import {readFile} from 'node:fs/promises'
import {formatters, writers, type FormatName} from '../report/formatters.js'
import {locdocVersion} from '../report/sarif.js'
import {countFindings, toFileResult, toVFile, type FileResult} from '../lint/file-result.js'
import {lintPages} from '../lint/lint-pages.js'
import {lintText} from '../lint/lint-text.js'
import {LintCache, resolveCacheFile, settingsDigest} from '../lint/cache.js'
import {BaselineFilter, parseBaseline, type BaselineCounts} from '../lint/baseline.js'
import {describeIoError} from '../lint/read-page.js'
import {OutputError} from '../util/output-error.js'
import {openFileAtomic} from '../util/write-file-atomic.js'
import {exitCode, UsageError, type CliIo} from './io.js'
import {loadLintSetup, SchemaLoadFailed, type LintSetup} from './setup.js'
import {collectPages, pageOptions, pageUsage, parsePageOptions, stdinPath} from './pages.js'
import {createProgress} from './progress.js'
import {fixCommand} from './fix-command.js'
import {sourceFlags, sourceOptions} from '../source/cli-options.js'

export const lintUsage = `Usage: locdoc lint [options] <paths or globs…>

Options:
  -f, --format <name>     stylish (default), json, github, sarif
  -o, --output <file>     write the report to a file instead of stdout
  -c, --config <file>     config file (default: nearest locdoc.config.json)
      --schema <file>     API schema: schema.json or OData CSDL (default: embedded)
      --quiet             report errors only
      --max-warnings <n>  exit 1 when there are more warnings than this
      --fix               correct the pages in place (same as \`locdoc fix --write\`)
      --include-source    JSON: put each page's text in \`source\` (for code frames)
      --color, --no-color force colours on or off (default: a terminal, FORCE_COLOR, NO_COLOR)
${pageUsage}
      --cache             skip pages unchanged since the last run (same content, config, schema, version)
      --cache-location <path>  cache file or folder (default: node_modules/.cache/locdoc/)
      --baseline <file>   fail only on findings not recorded by \`locdoc baseline\`
      --progress, --no-progress  a progress line on stderr (default: when stderr is a terminal)
      --source <repo>     English docs (git checkout or bare repository) to compare pages without spans with
      --source-root <dir> localized root the English paths are relative to (default: each page's git work tree)
      --memory <file>     translation memory (locdoc memory build) for pages with neither spans nor --source`

export async function lintCommand(argv: string[], io: CliIo): Promise<number> {
  const {values, positionals} = parseArgs({
    args: argv,
    allowPositionals: true,
    allowNegative: true,
    options: {
      format: {type: 'string', short: 'f', default: 'stylish'},
      output: {type: 'string', short: 'o'},
      config: {type: 'string', short: 'c'},
      schema: {type: 'string'},
      quiet: {type: 'boolean', default: false},
      'max-warnings': {type: 'string'},
      // CI habits: each option in its own block below.
      fix: {type: 'boolean', default: false},
      'include-source': {type: 'boolean', default: false},
      color: {type: 'boolean'},
      ...pageOptions,
      cache: {type: 'boolean', default: false},
      'cache-location': {type: 'string'},
      baseline: {type: 'string'},
      progress: {type: 'boolean'},
      ...sourceOptions
    }
  })
  if (values.fix) return fixCommand(fixArguments(values, positionals), io)
  const format = values.format as FormatName
  if (!(format in formatters)) throw new UsageError(`Unknown format \`${values.format}\`, expected one of ${Object.keys(formatters).join(', ')}`)
  const pages = parsePageOptions(values, positionals)
  const maxWarnings = values['max-warnings'] === undefined ? undefined : Number(values['max-warnings'])
  if (maxWarnings !== undefined && !Number.isInteger(maxWarnings)) throw new UsageError('`--max-warnings` takes a whole number')

  const started = performance.now()
  // With a cache, the schema is parsed only once a page needs linting.
  const setup = await loadLintSetup(io, {config: values.config, schema: values.schema, ...sourceFlags(values)}, {deferSchema: values.cache})
  if (!setup.ok) return exitCode.usage
  const {options, loadApi} = setup
  const collected = await collectPages(pages, setup, io)
  for (const line of collected.warnings) io.stderr(`locdoc: warning: ${line}\n`)
  for (const failure of collected.problems) io.stderr(`locdoc: ${failure}\n`)

  let baseline: BaselineFilter | undefined
  if (values.baseline !== undefined) {
    const loaded = await loadBaselineFile(path.resolve(io.cwd, values.baseline))
    if (!loaded.ok) {
      io.stderr(`locdoc: ${values.baseline}: ${loaded.error}\n`)
      setup.options.englishSource?.close()
      return exitCode.usage
    }
    baseline = new BaselineFilter(loaded.baseline)
  }
  const cache = values.cache ? await openCache(setup, values['cache-location'], io) : undefined

  let sink: Sink
  try {
    sink = await openSink(values.output, io)
  } catch (error) {
    setup.options.englishSource?.close()
    if (!(error instanceof OutputError)) throw error
    io.stderr(`locdoc: ${values.output}: cannot write report: ${error.message}\n`)
    return exitCode.usage
  }
  const writer = writers[format]({cwd: io.cwd, color: (values.color ?? Boolean(io.color)) && !values.output, includeSource: values['include-source']})
  const totals = {pages: 0, errors: 0, warnings: 0, readFailure: false}
  const progress = createProgress(io, values.progress ?? Boolean(io.progress), collected.files.length + (pages.stdin ? 1 : 0))
  const take = async (raw: FileResult) => {
    let result = baseline ? baseline.apply(raw) : raw
    if (values.quiet) result = {...result, messages: result.messages.filter((message) => message.fatal === true)}
    const counts = countFindings(result)
    totals.pages++
    totals.errors += counts.errors
    totals.warnings += counts.warnings
    if (result.readFailure) totals.readFailure = true
    const text = writer.file(toVFile(result))
    if (text) {
      progress.clear()
      await sink.write(text)
    }
    progress.tick()
  }

  const jobs = pages.jobs ?? undefined
  const stats = {threads: 1}
  // The English repository's `git cat-file` process ends with the run, whatever happens.
  try {
    return await runLint()
  } finally {
    setup.options.englishSource?.close()
  }

  async function runLint(): Promise<number> {
  try {
    if (pages.stdin) {
      const text = io.readStdin ? await io.readStdin() : ''
      const api = options.api ?? (await loadApi?.())
      const file = lintText(text, {...options, api, path: pages.stdinFilename ?? stdinPath})
      await take(toFileResult(file, {keepSource: values['include-source']}))
    }
    for await (const result of lintPages(collected.files, {
      ...options,
      cwd: io.cwd,
      jobs,
      cache,
      keepSource: values['include-source'],
      stats,
      loadApi
    })) {
      await take(result)
    }
    progress.clear()
    await sink.write(writer.end())
    await sink.close()
  } catch (error) {
    progress.clear()
    await sink.discard()
    if (error instanceof OutputError) {
      io.stderr(`locdoc: ${values.output}: cannot write report: ${error.message}\n`)
      return exitCode.usage
    }
    // Already told: the schema the pages needed would not load.
    if (error instanceof SchemaLoadFailed) return exitCode.usage
    throw error
  }
  if (cache) {
    try {
      await cache.save()
    } catch (error) {
      io.stderr(`locdoc: cannot write the cache: ${error instanceof Error ? error.message : String(error)}\n`)
    }
  }

  if (baseline) io.stderr(`locdoc: ${describeBaseline(baseline.summary())}\n`)
  // A run that linted nothing has its problems above; a count of nothing would only be noise.
  if (totals.pages > 0) io.stderr(`${summaryLine(totals.pages, performance.now() - started, stats.threads, cache?.hitCount)}\n`)
  if (collected.problems.length > 0 || totals.readFailure) return exitCode.usage
  if (totals.errors > 0 || (maxWarnings !== undefined && totals.warnings > maxWarnings)) return exitCode.findings
  return exitCode.clean
  }
}

/** `lint --fix` is `fix --write` over the same pages, config and schema. */
function fixArguments(
  values: {config?: string; schema?: string; source?: string; 'source-root'?: string; memory?: string},
  positionals: readonly string[]
): string[] {
  const passed = (['config', 'schema', 'source', 'source-root', 'memory'] as const).flatMap((name) => (values[name] === undefined ? [] : [`--${name}`, values[name]!]))
  return ['--write', ...passed, ...positionals]
}

async function openCache(setup: Extract<LintSetup, {ok: true}>, location: string | undefined, io: CliIo): Promise<LintCache> {
  const file = await resolveCacheFile(location, io.cwd)
  return LintCache.open(file, settingsDigest(locdocVersion(), setup.inputs), (note) => io.stderr(`locdoc: note: ${note}\n`))
}

async function loadBaselineFile(file: string): Promise<ReturnType<typeof parseBaseline>> {
  let text: string
  try {
    text = await readFile(file, 'utf8')
  } catch (error) {
    return {ok: false, error: `cannot read baseline: ${describeIoError(error)}`}
  }
  return parseBaseline(text)
}

function describeBaseline(counts: BaselineCounts): string {
  return `baseline: ${counts.new} new, ${counts.known} known (not reported), ${counts.fixed} fixed since it was recorded`
}

export function summaryLine(pages: number, milliseconds: number, threads: number, cached: number | undefined): string {
  const details = [`${threads} thread${threads === 1 ? '' : 's'}`, ...(cached === undefined ? [] : [`${cached} from cache`])]
  return `locdoc: ${pages} page${pages === 1 ? '' : 's'} in ${(milliseconds / 1000).toFixed(2)} s (${details.join(', ')})`
}

interface Sink {
  write(text: string): Promise<void>
  close(): Promise<void>
  discard(): Promise<void>
}

/** Where the report goes: stdout as it comes, or a file that appears whole once the run is done. */
async function openSink(output: string | undefined, io: CliIo): Promise<Sink> {
  if (output === undefined) {
    let last = ''
    let written = false
    return {
      write: async (text) => {
        if (!text) return
        io.stdout(text)
        written = true
        last = text
      },
      // A report on a terminal or in a pipe ends with a line break, whatever the format.
      close: async () => {
        if (written && !last.endsWith('\n')) io.stdout('\n')
      },
      discard: async () => undefined
    }
  }
  const file = await openFileAtomic(path.resolve(io.cwd, output))
  return {write: (text) => (text ? file.write(text) : Promise.resolve()), close: () => file.commit(), discard: () => file.discard()}
}
