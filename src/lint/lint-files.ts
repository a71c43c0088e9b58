/**
 * Lint pages on disk: expand operands, read each file once, lint it, and go
 * on with the rest whatever one file does.
 */
import {resolve} from 'node:path'
import type {VFile} from 'vfile'
import {expandPaths} from './expand-paths.js'
import {lintText} from './lint-text.js'
import {readPage} from './read-page.js'
import type {LocdocOptions} from './remark-locdoc.js'
import type {EnglishSource} from '../source/english-source.js'

export interface LintFilesOptions extends LocdocOptions {
  cwd?: string
  /** Globs of pages to skip. */
  ignore?: readonly string[]
  /** Folder the `ignore` globs are relative to (default: `cwd`). */
  ignoreBase?: string
  /** Keep `file.data.page` and the text (fix and report need them; a CI lint does not). */
  retainModel?: boolean
  /** English docs to compare pages without spans with (`--source`). */
  englishSource?: EnglishSource
}

export interface LintFilesResult {
  files: VFile[]
  /** Operands that yielded no page: usage problems, one line each. */
  failures: string[]
}

export async function lintFiles(operands: readonly string[], options: LintFilesOptions = {}): Promise<LintFilesResult> {
  const {files: paths, problems} = await expandPaths(operands, {cwd: options.cwd, ignore: options.ignore, ignoreBase: options.ignoreBase})
  const files: VFile[] = []
  for (const path of paths) {
    const file = await lintPath(path, options)
    files.push(file)
  }
  return {files, failures: problems}
}

async function lintPath(path: string, options: LintFilesOptions): Promise<VFile> {
  const read = await readPage(resolve(options.cwd ?? process.cwd(), path))
  if (!read.ok) {
    read.file.path = path
    return read.file
  }
  const english = options.englishSource ? await options.englishSource.lookup(resolve(options.cwd ?? process.cwd(), path), read.text) : undefined
  const file = lintText(read.text, {...options, path, english})
  if (english && options.retainModel !== false) file.data.english = english
  if (options.retainModel === false) {
    // Thousands of pages: keep the messages, let the models and text go.
    delete file.data.page
    file.value = ''
  }
  return file
}
