/**
 * `locdoc render <page> --out page.html`: the corrected page as HTML, spans
 * stripped to their localized text, page HTML never passed through.
 */
import {parseArgs} from 'node:util'
import path from 'node:path'
import {lintFiles} from '../lint/lint-files.js'
import {fixPage} from '../fix/fix-page.js'
import {stripSpans} from '../fix/renderings.js'
import {renderMarkdownToHtml} from '../render/page-html.js'
import {languageTag} from '../render/report-html.js'
import {displayPath} from '../report/display-path.js'
import {writeFileAtomic} from '../util/write-file-atomic.js'
import {exitCode, exitForUnlinted, UsageError, type CliIo} from './io.js'
import {localeOf} from './report-command.js'
import {loadLintSetup} from './setup.js'

export const renderUsage = `Usage: locdoc render <page> --out <page.html>

Render the corrected page to a self-contained HTML file.

Options:
  -o, --out <file>     HTML file to write
  -c, --config <file>  config file (default: nearest locdoc.config.json)
      --schema <file>  API schema: schema.json or OData CSDL (default: embedded)`

export async function renderCommand(argv: string[], io: CliIo): Promise<number> {
  const {values, positionals} = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {out: {type: 'string', short: 'o'}, config: {type: 'string', short: 'c'}, schema: {type: 'string'}}
  })
  if (positionals.length !== 1) throw new UsageError('Expected exactly one page to render')
  if (!values.out) throw new UsageError('Missing `--out <page.html>`')
  const setup = await loadLintSetup(io, {config: values.config, schema: values.schema})
  if (!setup.ok) return exitCode.usage
  const {files, failures} = await lintFiles(positionals, {...setup.options, cwd: io.cwd, retainModel: true})
  for (const failure of failures) io.stderr(`locdoc: ${failure}\n`)
  const file = files[0]
  if (files.length > 1) {
    io.stderr('locdoc: expected one page, the operand matched several\n')
    return exitCode.usage
  }
  if (!file || !file.data.page) {
    for (const message of file?.messages ?? []) io.stderr(`locdoc: ${displayPath(file!, io.cwd)}:${message.line ?? 1}:${message.column ?? 1}: ${message.reason}\n`)
    return file ? exitForUnlinted([file]) : exitCode.usage
  }
  const outcome = fixPage(file, setup.options)
  for (const conflict of outcome.conflicts) io.stderr(`locdoc: ${displayPath(file, io.cwd)}: left uncorrected: ${conflict.reason}\n`)
  const linted = outcome.file
  const text = String(linted.value)
  const page = linted.data.page!
  const html = renderMarkdownToHtml(stripSpans(text, page), {title: page.frontMatter?.title, lang: languageTag(localeOf(linted))})
  await writeFileAtomic(path.resolve(io.cwd, values.out), html)
  io.stderr(`locdoc: wrote ${values.out}\n`)
  return exitCode.clean
}
