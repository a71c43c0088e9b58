/**
 * Paths, directories and globs to the list of pages to lint. Directories
 * recurse into `*.md`; files named explicitly are taken whatever their
 * extension; nothing found for an operand is a usage problem.
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
}

export async function expandPaths(operands: readonly string[], options: {cwd?: string; ignore?: readonly string[]} = {}): Promise<ExpandResult> {
  const cwd = options.cwd ?? process.cwd()
  const ignore = [...(options.ignore ?? [])]
  const isIgnored = ignore.length > 0 ? picomatch(ignore, {dot: true}) : () => false
  const files: string[] = []
  const problems: string[] = []
  const seen = new Set<string>()
  const add = (file: string) => {
    const relative = path.relative(cwd, path.resolve(cwd, file)) || file
    if (seen.has(relative) || isIgnored(relative.split(path.sep).join('/'))) return
    seen.add(relative)
    files.push(relative)
  }

  for (const operand of operands) {
    if (isDynamicPattern(operand)) {
      const matches = await glob(operand, {cwd, ignore: ['**/node_modules/**', ...ignore], onlyFiles: true, dot: false})
      if (matches.length === 0) problems.push(`${operand}: no files match this pattern`)
      for (const match of matches.sort()) add(match)
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
      const matches = await glob('**/*.md', {cwd: path.resolve(cwd, operand), ignore: ['**/node_modules/**', ...ignore], onlyFiles: true})
      if (matches.length === 0) problems.push(`${operand}: no pages (*.md) in this directory`)
      for (const match of matches.sort()) add(path.join(base, match))
    } else {
      add(operand)
    }
  }
  return {files, problems}
}
