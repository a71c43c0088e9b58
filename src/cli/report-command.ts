/**
 * `locdoc report <paths> --html report.html`: one self-contained review page
 * of every finding. Exit codes as for `lint`.
 */
import {parseArgs} from 'node:util'
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import type {VFile} from 'vfile'
import {lintFiles} from '../lint/lint-files.js'
import {renderReportHtml, type ReportFile} from '../render/report-html.js'
import {displayPath} from '../report/display-path.js'
import {writeFileAtomic} from '../util/write-file-atomic.js'
import {exitCode, UsageError, type CliIo} from './io.js'
import {loadLintSetup} from './setup.js'

export const reportUsage = `Usage: locdoc report [options] <paths or globs…> --html <report.html>

Write one self-contained HTML review page of the findings.

Options:
      --html <file>    HTML file to write
      --title <text>   page title (default: locdoc review)
  -c, --config <file>  config file (default: nearest locdoc.config.json)
      --schema <file>  API schema: schema.json or OData CSDL (default: embedded)`

export async function reportCommand(argv: string[], io: CliIo): Promise<number> {
  const {values, positionals} = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {html: {type: 'string'}, title: {type: 'string'}, config: {type: 'string', short: 'c'}, schema: {type: 'string'}}
  })
  if (positionals.length === 0) throw new UsageError('Missing paths to report on')
  if (!values.html) throw new UsageError('Missing `--html <report.html>`')
  const setup = await loadLintSetup(io, {config: values.config, schema: values.schema})
  if (!setup.ok) return exitCode.usage
  const {files, failures} = await lintFiles(positionals, {...setup.options, cwd: io.cwd, retainModel: true})
  for (const failure of failures) io.stderr(`locdoc: ${failure}\n`)
  const target = path.resolve(io.cwd, values.html)
  const entries = files.map((file) => reportEntry(file, io.cwd, path.dirname(target)))
  await writeFileAtomic(target, renderReportHtml(entries, {title: values.title}))
  const findings = entries.reduce((sum, entry) => sum + entry.messages.length, 0)
  io.stderr(`locdoc: wrote ${values.html}: ${findings} findings in ${files.length} files\n`)
  if (failures.length > 0 || files.some((file) => file.data.readFailure)) return exitCode.usage
  return files.some((file) => file.messages.some((message) => message.fatal === true)) ? exitCode.findings : exitCode.clean
}

export function reportEntry(file: VFile, cwd: string, reportDirectory: string): ReportFile {
  const absolute = path.resolve(cwd, file.path)
  const relative = path.relative(reportDirectory, absolute)
  // A relative link keeps the report movable with its pages; a page elsewhere gets a file URL.
  const href = relative.startsWith('..') || path.isAbsolute(relative) ? pathToFileURL(absolute).href : relative.split(path.sep).map(encodeURIComponent).join('/')
  return {displayPath: displayPath(file, cwd), href, locale: localeOf(file), messages: file.messages, source: String(file.value ?? ''), page: file.data.page}
}

/** `ms.contentlocale`, else a locale folder in the path (`content/ja-JP/…`), else `unknown`. */
export function localeOf(file: VFile): string {
  const declared = file.data.page?.frontMatter?.locale
  if (declared) return declared
  const folder = file.path.split(/[\\/]/).find((part) => /^[a-z]{2,3}-(?:[A-Z]{2}|[A-Z][a-z]{3}(?:-[A-Z]{2})?)$/.test(part))
  return folder ?? 'unknown'
}
