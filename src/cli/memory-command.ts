/**
 * `locdoc memory build <paths> --out memory.json`: learn which English each
 * localized token cell stood for, from spanned pages and from plain pages
 * aligned to their English page (`--source`), and save it with counts.
 */
import {parseArgs} from 'node:util'
import path from 'node:path'
import {lintFiles} from '../lint/lint-files.js'
import {describeIoError} from '../lint/read-page.js'
import {TranslationMemory} from '../source/memory.js'
import {sourceFlags, sourceOptions} from '../source/cli-options.js'
import {writeFileAtomic} from '../util/write-file-atomic.js'
import {exitCode, exitForUnlinted, UsageError, type CliIo} from './io.js'
import {loadLintSetup} from './setup.js'

export const memoryUsage = `Usage: locdoc memory build [options] <paths or globs…>

Learns (locale, column role, localized token → English) from the token cells
of spanned pages, and of plain pages aligned to their English page.

Options:
  -o, --out <file>        where to write the memory (JSON)
  -c, --config <file>     config file (default: nearest locdoc.config.json)
      --source <repo>     English docs to align plain pages with
      --source-root <dir> localized root the English paths are relative to`

export async function memoryCommand(argv: string[], io: CliIo): Promise<number> {
  const {values, positionals} = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      out: {type: 'string', short: 'o'},
      config: {type: 'string', short: 'c'},
      ...sourceOptions
    }
  })
  const [action, ...operands] = positionals
  if (action !== 'build') throw new UsageError(action ? `Unknown action \`${action}\`, expected \`build\`` : 'Missing action, expected `build`')
  if (!values.out) throw new UsageError('Missing `--out <file>`')
  if (operands.length === 0) throw new UsageError('Missing paths to learn from')
  // A memory learned through a memory would only repeat itself.
  const setup = await loadLintSetup(io, {config: values.config, ...sourceFlags({...values, memory: undefined})})
  if (!setup.ok) return exitCode.usage
  const {files, failures} = await lintFiles(operands, {...setup.options, memory: undefined, cwd: io.cwd, ruleSet: [], retainModel: true}).finally(() =>
    setup.options.englishSource?.close()
  )
  for (const failure of failures) io.stderr(`locdoc: ${failure}\n`)
  const memory = new TranslationMemory()
  for (const file of files) if (file.data.page) memory.learn(file.data.page)
  const output = path.resolve(io.cwd, values.out)
  try {
    await writeFileAtomic(output, `${JSON.stringify(memory.toFile(), null, 2)}\n`)
  } catch (error) {
    io.stderr(`locdoc: ${values.out}: cannot write memory: ${describeIoError(error)}\n`)
    return exitCode.usage
  }
  io.stderr(`locdoc: learned ${memory.size} localized tokens from ${files.length} pages into ${values.out}\n`)
  if (failures.length > 0) return exitCode.usage
  const unlinted = exitForUnlinted(files)
  return unlinted === exitCode.findings ? exitCode.clean : unlinted
}
