/**
 * `locdoc merge <reports…>`: one report and one exit code from the JSON or
 * SARIF reports of CI shards. Exit 0 clean, 1 an error-level finding in any
 * shard, 2 a page some shard could not read, or a report that is not one.
 */
import {readFile} from 'node:fs/promises'
import path from 'node:path'
import {parseArgs} from 'node:util'
import {describeIoError} from '../lint/read-page.js'
import {mergeReports, parseReport, type MergeInput} from '../report/merge.js'
import {writeFileAtomic} from '../util/write-file-atomic.js'
import {exitCode, UsageError, type CliIo} from './io.js'

export const mergeUsage = `Usage: locdoc merge [options] <reports…>

Combine the JSON (\`--format json\`) or SARIF (\`--format sarif\`) reports of
\`lint --shard i/n\` runs into one report, with one exit code.

Options:
  -o, --output <file>     write the merged report to a file instead of stdout
      --max-warnings <n>  exit 1 when there are more warnings than this`

export async function mergeCommand(argv: string[], io: CliIo): Promise<number> {
  const {values, positionals} = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      output: {type: 'string', short: 'o'},
      'max-warnings': {type: 'string'}
    }
  })
  if (positionals.length === 0) throw new UsageError('Missing reports to merge')
  const maxWarnings = values['max-warnings'] === undefined ? undefined : Number(values['max-warnings'])
  if (maxWarnings !== undefined && !Number.isInteger(maxWarnings)) throw new UsageError('`--max-warnings` takes a whole number')
  const inputs: MergeInput[] = []
  for (const report of positionals) {
    let text: string
    try {
      text = await readFile(path.resolve(io.cwd, report), 'utf8')
    } catch (error) {
      io.stderr(`locdoc: ${report}: cannot read report: ${describeIoError(error)}\n`)
      return exitCode.usage
    }
    const parsed = parseReport(text)
    if (!parsed.ok) {
      io.stderr(`locdoc: ${report}: ${parsed.error}\n`)
      return exitCode.usage
    }
    inputs.push(parsed.input)
  }
  const merged = mergeReports(inputs)
  if (!merged.ok) {
    io.stderr(`locdoc: ${merged.error}\n`)
    return exitCode.usage
  }
  if (values.output) await writeFileAtomic(path.resolve(io.cwd, values.output), merged.text)
  else io.stdout(`${merged.text}\n`)
  io.stderr(`locdoc: merged ${positionals.length} reports: ${merged.errors} errors, ${merged.warnings} warnings\n`)
  if (merged.unreadable > 0) return exitCode.usage
  if (merged.errors > 0 || (maxWarnings !== undefined && merged.warnings > maxWarnings)) return exitCode.findings
  return exitCode.clean
}
