/**
 * Lint one page held in memory. The byte order mark is set aside before
 * parsing, as ESLint does: offsets and fix ranges count from after it, and
 * the fixer puts it back.
 */
import {VFile} from 'vfile'
import {markdownParser} from './processor.js'
import {remarkLocdoc, type LocdocOptions} from './remark-locdoc.js'
import {defaultApi} from './default-api.js'

export interface LintTextOptions extends LocdocOptions {
  /** Path to report findings under. */
  path?: string
}

export function lintText(text: string, options: LintTextOptions = {}): VFile {
  const bom = text.charCodeAt(0) === 0xfeff
  const file = new VFile({path: options.path, value: bom ? text.slice(1) : text})
  file.data.bom = bom
  const tree = markdownParser.parse(file)
  remarkLocdoc({...options, api: options.api ?? defaultApi()})(tree, file)
  return file
}
