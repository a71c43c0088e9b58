/**
 * Lint one page from the bytes already read: the unit of work the main
 * thread and every worker thread do the same way, so their results match.
 */
import {decodePage} from './read-page.js'
import {lintText} from './lint-text.js'
import {toFileResult, type FileResult} from './file-result.js'
import type {LocdocOptions} from './remark-locdoc.js'

export interface LintBytesOptions extends LocdocOptions {
  /** Keep the page text on the result (`--include-source`). */
  keepSource?: boolean
}

export function lintBytes(path: string, bytes: Uint8Array, options: LintBytesOptions): FileResult {
  const read = decodePage(path, bytes)
  if (!read.ok) return toFileResult(read.file)
  return lintDecoded(path, read.text, options)
}

/** Lint a page already decoded (its English looked up on the way, with `--source`). */
export function lintDecoded(path: string, text: string, options: LintBytesOptions): FileResult {
  return toFileResult(lintText(text, {...options, path}), {keepSource: options.keepSource})
}
