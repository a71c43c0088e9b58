/**
 * `locdoc baseline <paths> --out .locdoc-baseline.json`: record today's
 * findings by fingerprint, so `lint --baseline` fails only on new ones.
 */
import path from 'node:path'
import {parseArgs} from 'node:util'
import {BaselineRecorder, defaultBaselineFile} from '../lint/baseline.js'
import {lintPages} from '../lint/lint-pages.js'
import {writeFileAtomic} from '../util/write-file-atomic.js'
import {exitCode, type CliIo} from './io.js'
import {collectPages, pageOptions, pageUsage, parsePageOptions} from './pages.js'
import {loadLintSetup} from './setup.js'

export const baselineUsage = `Usage: locdoc baseline [options] <paths or globs…>

Record the findings the pages have today, so \`locdoc lint --baseline <file>\`
reports only findings that are new.

Options:
      --out <file>        where to write it (default: ${defaultBaselineFile})
  -c, --config <file>     config file (default: nearest locdoc.config.json)
      --schema <file>     API schema: schema.json or OData CSDL (default: embedded)
${pageUsage}`

export async function baselineCommand(argv: string[], io: CliIo): Promise<number> {
  const {values, positionals} = parseArgs({
    args: argv,
    allowPositionals: true,
    allowNegative: true,
    options: {out: {type: 'string', default: defaultBaselineFile}, config: {type: 'string', short: 'c'}, schema: {type: 'string'}, ...pageOptions}
  })
  const pages = parsePageOptions(values, positionals)
  const setup = await loadLintSetup(io, {config: values.config, schema: values.schema})
  if (!setup.ok) return exitCode.usage
  const collected = await collectPages(pages, setup, io)
  for (const line of collected.warnings) io.stderr(`locdoc: warning: ${line}\n`)
  for (const failure of collected.problems) io.stderr(`locdoc: ${failure}\n`)
  if (collected.problems.length > 0) return exitCode.usage
  const recorder = new BaselineRecorder()
  let unreadable = false
  for await (const result of lintPages(collected.files, {...setup.options, cwd: io.cwd, jobs: pages.jobs})) {
    if (result.readFailure) unreadable = true
    recorder.add(result)
  }
  await writeFileAtomic(path.resolve(io.cwd, values.out), recorder.toJson())
  io.stderr(`locdoc: recorded ${recorder.size} findings on ${collected.files.length} pages in ${values.out}\n`)
  return unreadable ? exitCode.usage : exitCode.clean
}
