/**
 * `locdoc gen [pages] --out <dir>`: TypeScript enum constants from the pages'
 * members tables, cross-checked against the schema. Exit 0 written or up to
 * date, 1 drift or (with `--check`) stale output, 2 usage or I/O.
 */
import {parseArgs} from 'node:util'
import path from 'node:path'
import {formatDrift} from '../generate/enum-drift.js'
import {generateEnums} from '../generate/enums.js'
import {findStaleFiles, writeGeneratedFiles} from '../generate/output.js'
import {EnumStyle} from '../generate/render-enum.js'
import type {GenerationNote, SourcePage} from '../generate/types.js'
import {defaultApi} from '../lint/default-api.js'
import {lintFiles} from '../lint/lint-files.js'
import {exitCode, exitForUnlinted, UsageError, type CliIo} from './io.js'
import {loadLintSetup} from './setup.js'

export const genUsage = `Usage: locdoc gen [options] [paths or globs…] --out <dir>

Generate TypeScript enum constants for every enum the pages document, from the
canonical English cross-checked against the schema. Without paths: every
schema enum. Each module has the numeric values (\`as const\`), the member
names JSON carries (type, frozen list, maps both ways), \`parse<Enum>\` for
wire input, and zod schemas (zod ^3.25 or ^4).

Options:
  -o, --out <dir>      directory of the generated modules (required)
      --schema <file>  API schema: schema.json or OData CSDL (default: embedded)
  -c, --config <file>  config file (default: nearest locdoc.config.json)
      --style <style>  constants (default): \`X.failed === 3\`; kiota: the Graph SDK
                       shape, \`XObject.Failed === 'failed'\` and the union type \`X\`
      --portable       annotate schemas \`z.ZodType<…>\`, for a package whose .d.ts
                       must serve zod 3 and zod 4 (slower to type-check)
      --allow-drift    generate despite docs/schema disagreements: the schema wins
      --check          write nothing; exit 1 when <dir> is stale (for CI)`

function formatNote(note: GenerationNote): string {
  const where = note.location ? `${note.location.path}:${note.location.line}:${note.location.column}: ` : ''
  return `locdoc: ${where}${note.message}\n`
}

type ReadPages = {ok: true; pages: SourcePage[]} | {ok: false; exit: number}

async function readPages(operands: string[], io: CliIo, ignore: readonly string[]): Promise<ReadPages> {
  // Rules are not needed, only the page models.
  const {files, failures} = await lintFiles(operands, {cwd: io.cwd, ignore, ruleSet: [], retainModel: true})
  for (const failure of failures) io.stderr(`locdoc: ${failure}\n`)
  const pages: SourcePage[] = []
  let unreadable = false
  for (const file of files) {
    const page = file.data.page
    if (page) {
      pages.push({path: file.path, text: String(file.value), page})
      continue
    }
    unreadable = true
    for (const message of file.messages) io.stderr(`locdoc: ${file.path}:${message.line ?? 1}:${message.column ?? 1}: ${message.reason}\n`)
  }
  // Constants from some of the pages would silently lack enums: nothing is generated.
  if (failures.length > 0) return {ok: false, exit: exitCode.usage}
  return unreadable ? {ok: false, exit: exitForUnlinted(files)} : {ok: true, pages}
}

export async function genCommand(argv: string[], io: CliIo): Promise<number> {
  const {values, positionals} = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      out: {type: 'string', short: 'o'},
      schema: {type: 'string'},
      config: {type: 'string', short: 'c'},
      style: {type: 'string', default: 'constants'},
      portable: {type: 'boolean', default: false},
      'allow-drift': {type: 'boolean', default: false},
      check: {type: 'boolean', default: false}
    }
  })
  if (!values.out) throw new UsageError('Missing `--out <dir>`')
  const style = EnumStyle.safeParse(values.style)
  if (!style.success) throw new UsageError(`Unexpected \`--style ${values.style}\`, expected \`constants\` or \`kiota\``)
  const setup = await loadLintSetup(io, {config: values.config, schema: values.schema})
  if (!setup.ok) return exitCode.usage
  const api = setup.options.api ?? defaultApi()

  let pages: SourcePage[] | undefined
  if (positionals.length > 0) {
    const read = await readPages(positionals, io, setup.options.ignore)
    if (!read.ok) return read.exit
    pages = read.pages
  }

  const generation = generateEnums({api, pages, allowDrift: values['allow-drift'], style: style.data, portable: values.portable})
  for (const note of generation.notes) io.stderr(formatNote(note))
  for (const entry of generation.drift) io.stderr(`${formatDrift(entry)}\n`)
  if (!generation.ok) {
    io.stderr(`locdoc: ${generation.drift.length} disagreement(s) between the docs and the schema; nothing generated (\`--allow-drift\` lets the schema win)\n`)
    return exitCode.findings
  }
  if (generation.drift.length > 0) io.stderr(`locdoc: ${generation.drift.length} disagreement(s) allowed: the schema wins\n`)

  const outDirectory = path.resolve(io.cwd, values.out)
  const count = `${generation.enums.length} enum(s)`
  if (values.check) {
    const stale = await findStaleFiles(outDirectory, generation.files)
    for (const file of stale) io.stderr(`locdoc: ${path.posix.join(values.out, file.path)}: stale (${file.reason})\n`)
    if (stale.length > 0) {
      io.stderr(`locdoc: ${stale.length} generated file(s) out of date; run \`locdoc gen\` without \`--check\`\n`)
      return exitCode.findings
    }
    io.stderr(`locdoc: ${values.out} is up to date (${count})\n`)
    return exitCode.clean
  }
  const changed = await writeGeneratedFiles(outDirectory, generation.files)
  io.stderr(`locdoc: ${values.out}: ${count}, ${changed.length} file(s) written or removed\n`)
  return exitCode.clean
}
