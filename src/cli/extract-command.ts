/**
 * `locdoc extract <files> --format json`: print the page model, each range
 * with its line and column so the output can be read without the page.
 */
import {parseArgs} from 'node:util'
import {extractFiles} from '../extract-files.js'
import {exitCode, exitForUnlinted, UsageError, type CliIo} from './io.js'

export const extractUsage = `Usage: locdoc extract [options] <paths or globs…>

Print the typed page model (front matter, segments, tables, requests, JSON examples).

Options:
  -f, --format <name>  json (default)`

export async function extractCommand(argv: string[], io: CliIo): Promise<number> {
  const {values, positionals} = parseArgs({args: argv, allowPositionals: true, options: {format: {type: 'string', short: 'f', default: 'json'}}})
  if (values.format !== 'json') throw new UsageError(`Unknown format \`${values.format}\`, expected json`)
  if (positionals.length === 0) throw new UsageError('Missing paths to extract')
  const {pages, failures, files} = await extractFiles(positionals, {cwd: io.cwd})
  for (const failure of failures) io.stderr(`locdoc: ${failure}\n`)
  for (const page of pages) for (const problem of page.problems) io.stderr(`locdoc: ${problem}\n`)
  io.stdout(`${JSON.stringify(pages, null, 2)}\n`)
  return failures.length > 0 ? exitCode.usage : exitForUnlinted(files)
}
