/**
 * Paths, directories and globs to the list of pages to lint. Directories
 * recurse into pages with the given extensions (`*.md` by default); files
 * named explicitly are taken whatever their extension; nothing found for an
 * operand is a usage problem. Ignored pages are skipped, and a page named
 * explicitly but ignored is a warning rather than silence.
 */
import {stat} from 'node:fs/promises'
import path from 'node:path'
import picomatch from 'picomatch'
import {glob, isDynamicPattern} from 'tinyglobby'
import {describeIoError} from './read-page.js'

export interface ExpandResult {
  files: string[]
  /** One line per operand that yielded nothing. */
  problems: string[]
  /** One line per page named explicitly but ignored. */
  warnings: string[]
}

export interface ExpandOptions {
  cwd?: string
  /** Globs of pages to skip, relative to `ignoreBase`. */
  ignore?: readonly string[]
  /** Folder the `ignore` globs are relative to: the config file's (default: `cwd`). */
  ignoreBase?: string
  /** More ignored paths (from ignore files), tested on paths relative to `cwd`. */
  isIgnored?: (relativePath: string) => boolean
  /** Extensions a directory walk takes, with or without the dot (default: `md`). */
  extensions?: readonly string[]
}

export const defaultExtensions = ['md'] as const

export async function expandPaths(operands: readonly string[], options: ExpandOptions = {}): Promise<ExpandResult> {
  const cwd = options.cwd ?? process.cwd()
  const ignoreBase = options.ignoreBase ?? cwd
  const ignore = [...(options.ignore ?? [])]
  const matchesGlob = ignore.length > 0 ? picomatch(ignore, {dot: true}) : () => false
  const isIgnored = (relative: string) => {
    const fromBase = toPosix(path.relative(ignoreBase, path.resolve(cwd, relative)))
    return (!fromBase.startsWith('../') && matchesGlob(fromBase)) || (options.isIgnored?.(toPosix(relative)) ?? false)
  }
  const extensions = (options.extensions ?? defaultExtensions).map((extension) => extension.replace(/^\./, '')).filter(Boolean)
  const walkPattern = extensions.length === 1 ? `**/*.${extensions[0]}` : `**/*.{${extensions.join(',')}}`
  const files: string[] = []
  const problems: string[] = []
  const warnings: string[] = []
  const seen = new Set<string>()
  const add = (file: string, explicit: boolean) => {
    const relative = path.relative(cwd, path.resolve(cwd, file)) || file
    if (seen.has(relative)) return
    if (isIgnored(relative)) {
      if (explicit) warnings.push(`${file}: ignored by an ignore pattern or file; use --no-ignore to lint it`)
      return
    }
    seen.add(relative)
    files.push(relative)
  }

  for (const operand of operands) {
    if (isDynamicPattern(operand)) {
      const matches = await glob(operand, {cwd, ignore: ['**/node_modules/**'], onlyFiles: true, dot: false})
      if (matches.length === 0) problems.push(`${operand}: no files match this pattern`)
      for (const match of matches.sort()) add(match, false)
      continue
    }
    let info
    try {
      info = await stat(path.resolve(cwd, operand))
    } catch (error) {
      problems.push(`${operand}: ${describeIoError(error)}`)
      continue
    }
    if (info.isDirectory()) {
      const base = path.relative(cwd, path.resolve(cwd, operand)) || '.'
      const matches = await glob(walkPattern, {cwd: path.resolve(cwd, operand), ignore: ['**/node_modules/**'], onlyFiles: true})
      if (matches.length === 0) problems.push(`${operand}: no pages (${extensions.map((extension) => `*.${extension}`).join(', ')}) in this directory`)
      for (const match of matches.sort()) add(path.join(base, match), false)
    } else {
      add(operand, true)
    }
  }
  return {files, problems, warnings}
}

function toPosix(file: string): string {
  return file.split(path.sep).join('/')
}
