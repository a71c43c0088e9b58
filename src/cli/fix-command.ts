/**
 * `locdoc fix <paths> --out <dir> | --write | --dry-run`: apply every
 * fixable finding by its exact range. Everything is computed before anything
 * is written, and the writes are all or nothing. Fixes that conflict are
 * left out and named; a page whose fixes do not converge is not written.
 */
import {parseArgs} from 'node:util'
import path from 'node:path'
import {lintFiles} from '../lint/lint-files.js'
import {fixPage, type FixOutcome} from '../fix/fix-page.js'
import {commonInputRoot, inputHolding, outputPathFor} from '../fix/output-path.js'
import {splitSourceText} from '../model/source-text.js'
import {renderPage, type Rendering} from '../fix/renderings.js'
import {unifiedDiff} from '../fix/unified-diff.js'
import {writeAllOrNothing, WriteFailure, type PendingWrite} from '../fix/write-outputs.js'
import {displayPath} from '../report/display-path.js'
import {exitCode, UsageError, type CliIo} from './io.js'
import {sourceFlags, sourceOptions} from '../source/cli-options.js'
import {loadLintSetup} from './setup.js'

export const fixUsage = `Usage: locdoc fix [options] <paths or globs…> (--out <dir> | --write | --dry-run)

Correct every fixable finding, byte for byte elsewhere.

Options:
  -o, --out <dir>      write corrected copies under <dir> at their paths relative to the
                       inputs' common folder, as tsc --outDir does
  -w, --write          correct the pages in place
      --dry-run        print a unified diff, write nothing
      --strip-spans    write clean localized Markdown (span pairs replaced by their text)
      --english        write the English source page recovered from the spans
  -c, --config <file>  config file (default: nearest locdoc.config.json)
      --schema <file>  API schema: schema.json or OData CSDL (default: embedded)
      --source <repo>  English docs to compare pages without spans with (see \`locdoc lint --help\`)
      --source-root <dir>, --memory <file>  as for \`locdoc lint\``

export async function fixCommand(argv: string[], io: CliIo): Promise<number> {
  const {values, positionals} = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      out: {type: 'string', short: 'o'},
      write: {type: 'boolean', short: 'w', default: false},
      'dry-run': {type: 'boolean', default: false},
      'strip-spans': {type: 'boolean', default: false},
      english: {type: 'boolean', default: false},
      config: {type: 'string', short: 'c'},
      schema: {type: 'string'},
      ...sourceOptions
    }
  })
  if (positionals.length === 0) throw new UsageError('Missing paths to fix')
  const modes = [values.out !== undefined, values.write, values['dry-run']].filter(Boolean).length
  if (modes !== 1) throw new UsageError('Expected exactly one of `--out <dir>`, `--write`, `--dry-run`')
  if (values['strip-spans'] && values.english) throw new UsageError('Expected at most one of `--strip-spans`, `--english`')
  const rendering: Rendering | undefined = values.english ? 'english' : values['strip-spans'] ? 'localized' : undefined
  if (rendering && values.write) throw new UsageError('`--strip-spans` and `--english` would replace the sources: use `--out <dir>`')

  const holding = values.out === undefined ? undefined : inputHolding(values.out, positionals, io.cwd)
  if (holding !== undefined) {
    throw new UsageError(`\`--out ${values.out}\` lies inside the input \`${holding}\`, so the next run would lint the copies: choose a folder outside the inputs`)
  }
  const setup = await loadLintSetup(io, {config: values.config, schema: values.schema, ...sourceFlags(values)})
  if (!setup.ok) return exitCode.usage
  const started = performance.now()
  const {files, failures} = await lintFiles(positionals, {...setup.options, cwd: io.cwd, retainModel: true}).finally(() => setup.options.englishSource?.close())
  for (const failure of failures) io.stderr(`locdoc: ${failure}\n`)

  const inputRoot = values.out === undefined ? io.cwd : await commonInputRoot(positionals, io.cwd)
  let failed = failures.length > 0
  let unresolved = false
  const writes: PendingWrite[] = []
  const diffs: string[] = []
  const totals = {files: 0, edits: 0, passes: 0, refused: 0}
  for (const file of files) {
    const name = displayPath(file, io.cwd)
    const outcome = fixPage(file, setup.options)
    if (outcome.status === 'unreadable') {
      if (file.data.readFailure) failed = true
      else unresolved = true
      for (const message of file.messages) io.stderr(`locdoc: ${name}:${message.line ?? 1}:${message.column ?? 1}: ${message.reason}\n`)
      continue
    }
    // Conflicting pairs are set aside; the page's other fixes still apply.
    for (const conflict of outcome.conflicts) io.stderr(`locdoc: ${name}: not fixed: ${conflict.reason}\n`)
    if (outcome.conflicts.length > 0) unresolved = true
    if (outcome.status === 'conflict') {
      totals.refused++
      continue
    }
    if (outcome.status === 'not-converged') {
      // Fixes that keep finding more to fix are not trusted: the page is reported, never written.
      unresolved = true
      totals.refused++
      io.stderr(`locdoc: ${name}: not written: ${outcome.remainingFixable} fixable findings remain after ${outcome.passes} passes\n`)
      continue
    }
    if (outcome.status === 'fixed') totals.files++
    totals.edits += outcome.edits.length
    totals.passes = Math.max(totals.passes, outcome.passes)
    if (outcome.file.messages.some((message) => message.fatal === true && !message.fix)) unresolved = true
    const output = rendered(outcome, rendering)
    const source = path.resolve(io.cwd, file.path)
    if (values['dry-run']) {
      diffs.push(unifiedDiff(outcome.input, output, {from: `a/${name}`, to: `b/${name}`}))
    } else if (values.write) {
      if (output !== outcome.input) writes.push({target: source, data: output})
    } else {
      const target = outputPathFor(file.path, {cwd: io.cwd, outDirectory: values.out!, inputRoot})
      if (target === source) throw new UsageError(`\`--out ${values.out}\` would overwrite ${name}: use \`--write\` to fix in place`)
      writes.push({target, data: output})
    }
  }

  if (values['dry-run']) {
    const patch = diffs.filter(Boolean).join('')
    if (patch) io.stdout(patch)
  } else {
    try {
      await writeAllOrNothing(writes)
    } catch (error) {
      if (!(error instanceof WriteFailure)) throw error
      io.stderr(`locdoc: ${error.message}\n`)
      return exitCode.usage
    }
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(2)
  const action = values['dry-run'] ? 'would fix' : 'fixed'
  io.stderr(
    `locdoc: ${action} ${totals.edits} ranges in ${totals.files} of ${files.length} files` +
      `${totals.refused > 0 ? `, refused ${totals.refused}` : ''} (at most ${totals.passes} passes, ${seconds}s)\n`
  )
  if (failed) return exitCode.usage
  return unresolved ? exitCode.findings : exitCode.clean
}

function rendered(outcome: FixOutcome, rendering: Rendering | undefined): string {
  const page = outcome.file.data.page
  if (!rendering || !page) return outcome.output
  const {marks, body} = splitSourceText(outcome.output)
  return marks + renderPage(body, page, rendering)
}
