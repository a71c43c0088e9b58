/**
 * Which pages a lint run takes: operands, `--stdin`, extensions, ignore
 * files and patterns, and a CI shard. Shared by `lint` and `baseline`, so
 * both take the same pages the same way.
 */
import picomatch from 'picomatch'
import {expandPaths} from '../lint/expand-paths.js'
import {loadIgnoreFiles} from '../lint/ignore-file.js'
import {inShard, parseShard, type Shard} from '../lint/shard.js'
import {UsageError, type CliIo} from './io.js'
import type {LintSetup} from './setup.js'

export const stdinPath = '<stdin>'

export const pageOptions = {
  ext: {type: 'string'},
  'ignore-pattern': {type: 'string', multiple: true},
  ignore: {type: 'boolean', default: true},
  stdin: {type: 'boolean', default: false},
  'stdin-filename': {type: 'string'},
  shard: {type: 'string'},
  jobs: {type: 'string', short: 'j'}
} as const

export const pageUsage = `      --ext <list>        extensions a folder walk takes, comma-separated (default: .md)
      --ignore-pattern <glob>  skip pages matching this glob too (repeatable)
      --no-ignore         lint ignored pages too (.gitignore, .locdocignore, config \`ignore\`, --ignore-pattern)
      --stdin             lint standard input (also the operand \`-\`)
      --stdin-filename <path>  path to report standard input under
      --shard <i/n>       lint the i-th of n disjoint shares of the pages (by path hash)
  -j, --jobs <n>          worker threads (default: one per core, fewer for few pages)`

export interface PageSelection {
  operands: string[]
  stdin: boolean
  stdinFilename?: string
  extensions?: string[]
  ignorePatterns: string[]
  useIgnores: boolean
  shard?: Shard
  jobs?: number
}

export function parsePageOptions(
  values: {ext?: string; 'ignore-pattern'?: string[]; ignore?: boolean; stdin?: boolean; 'stdin-filename'?: string; shard?: string; jobs?: string},
  positionals: readonly string[]
): PageSelection {
  const dash = positionals.includes('-')
  const operands = positionals.filter((operand) => operand !== '-')
  const stdin = Boolean(values.stdin) || dash
  if (stdin && operands.length > 0) throw new UsageError('Expected either paths or standard input (`--stdin`, `-`), not both')
  if (!stdin && operands.length === 0) throw new UsageError('Missing paths to lint')
  if (values['stdin-filename'] !== undefined && !stdin) throw new UsageError('`--stdin-filename` goes with `--stdin` or `-`')
  let shard: Shard | undefined
  if (values.shard !== undefined) {
    shard = parseShard(values.shard)
    if (!shard) throw new UsageError(`\`--shard ${values.shard}\`: expected <i>/<n> with 1 ≤ i ≤ n, as \`--shard 2/4\``)
  }
  let jobs: number | undefined
  if (values.jobs !== undefined) {
    jobs = Number(values.jobs)
    if (!Number.isInteger(jobs) || jobs < 1) throw new UsageError('`--jobs` takes a whole number of threads, 1 or more')
  }
  const extensions = values.ext?.split(',').map((extension) => extension.trim()).filter(Boolean)
  if (extensions && extensions.length === 0) throw new UsageError('`--ext` takes extensions, as `--ext .md,.txt`')
  return {
    operands,
    stdin,
    stdinFilename: values['stdin-filename'],
    extensions,
    ignorePatterns: values['ignore-pattern'] ?? [],
    useIgnores: values.ignore ?? true,
    shard,
    jobs
  }
}

export interface CollectedPages {
  files: string[]
  /** Operands that yielded nothing: usage problems. */
  problems: string[]
  /** Pages named explicitly but ignored. */
  warnings: string[]
}

export async function collectPages(selection: PageSelection, setup: Extract<LintSetup, {ok: true}>, io: CliIo): Promise<CollectedPages> {
  if (selection.stdin) return {files: [], problems: [], warnings: []}
  const ignoreFiles = selection.useIgnores ? await loadIgnoreFiles(io.cwd) : undefined
  const expanded = await expandPaths(selection.operands, {
    cwd: io.cwd,
    // `--ignore-pattern` is the user's, from the working directory; config `ignore` is the config's, from its folder.
    ignore: selection.useIgnores ? setup.options.ignore : [],
    ignoreBase: setup.configDirectory,
    isIgnored: (relativePath) => (ignoreFiles?.test(relativePath) ?? false) || (selection.useIgnores && matchesAny(selection.ignorePatterns, relativePath)),
    extensions: selection.extensions
  })
  const shard = selection.shard
  const files = shard ? expanded.files.filter((file) => inShard(file, shard)) : expanded.files
  return {files, problems: expanded.problems, warnings: expanded.warnings}
}

const matchers = new Map<string, (path: string) => boolean>()
function matchesAny(patterns: readonly string[], relativePath: string): boolean {
  if (patterns.length === 0) return false
  const key = patterns.join('\u0000')
  let matcher = matchers.get(key)
  if (!matcher) matchers.set(key, (matcher = picomatch([...patterns], {dot: true})))
  return matcher(relativePath)
}
