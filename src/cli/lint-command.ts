/**
 * `locdoc lint <paths or globs>`: lint pages and print findings in the
 * chosen format. Exit 0 clean, 1 an error-level finding, 2 usage or I/O.
 */
import {parseArgs} from 'node:util'
import path from 'node:path'
import type {VFile} from 'vfile'
import {lintFiles} from '../lint/lint-files.js'
import {describeIoError} from '../lint/read-page.js'
import {writeFileAtomic} from '../util/write-file-atomic.js'
import {formatters, type FormatName} from '../report/formatters.js'
import {exitCode, UsageError, type CliIo} from './io.js'
import {loadLintSetup} from './setup.js'
import {sourceFlags, sourceOptions} from '../source/cli-options.js'

export const lintUsage = `Usage: locdoc lint [options] <paths or globs…>

Options:
  -f, --format <name>     stylish (default), json, github, sarif
  -o, --output <file>     write the report to a file instead of stdout
  -c, --config <file>     config file (default: nearest locdoc.config.json)
      --schema <file>     API schema: schema.json or OData CSDL (default: embedded)
      --quiet             report errors only
      --max-warnings <n>  exit 1 when there are more warnings than this
      --source <repo>     English docs (git checkout or bare repository) to compare pages without spans with
      --source-root <dir> localized root the English paths are relative to (default: each page's git work tree)
      --memory <file>     translation memory (locdoc memory build) for pages with neither spans nor --source`

export async function lintCommand(argv: string[], io: CliIo): Promise<number> {
  const {values, positionals} = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      format: {type: 'string', short: 'f', default: 'stylish'},
      output: {type: 'string', short: 'o'},
      config: {type: 'string', short: 'c'},
      schema: {type: 'string'},
      quiet: {type: 'boolean', default: false},
      'max-warnings': {type: 'string'},
      ...sourceOptions
    }
  })
  const format = values.format as FormatName
  if (!(format in formatters)) throw new UsageError(`Unknown format \`${values.format}\`, expected one of ${Object.keys(formatters).join(', ')}`)
  if (positionals.length === 0) throw new UsageError('Missing paths to lint')
  const maxWarnings = values['max-warnings'] === undefined ? undefined : Number(values['max-warnings'])
  if (maxWarnings !== undefined && !Number.isInteger(maxWarnings)) throw new UsageError('`--max-warnings` takes a whole number')

  const setup = await loadLintSetup(io, {config: values.config, schema: values.schema, ...sourceFlags(values)})
  if (!setup.ok) return exitCode.usage
  const {files, failures} = await lintFiles(positionals, {...setup.options, cwd: io.cwd, retainModel: false}).finally(() => setup.options.englishSource?.close())
  for (const failure of failures) io.stderr(`locdoc: ${failure}\n`)
  if (values.quiet) for (const file of files) file.messages = file.messages.filter((message) => message.fatal)

  const report = formatters[format](files, {cwd: io.cwd, color: Boolean(io.color) && !values.output})
  if (values.output) {
    try {
      await writeFileAtomic(path.resolve(io.cwd, values.output), report)
    } catch (error) {
      io.stderr(`locdoc: ${values.output}: cannot write report: ${describeIoError(error)}\n`)
      return exitCode.usage
    }
  } else if (report) io.stdout(report.endsWith('\n') ? report : `${report}\n`)
  return decideExit(files, failures.length > 0, maxWarnings)
}

function decideExit(files: readonly VFile[], failed: boolean, maxWarnings: number | undefined): number {
  if (failed || files.some((file) => file.data.readFailure)) return exitCode.usage
  const errors = files.reduce((sum, file) => sum + file.messages.filter((message) => message.fatal).length, 0)
  const warnings = files.reduce((sum, file) => sum + file.messages.filter((message) => message.fatal === false).length, 0)
  if (errors > 0 || (maxWarnings !== undefined && warnings > maxWarnings)) return exitCode.findings
  return exitCode.clean
}
