/**
 * Lint one page held in memory. Byte order marks are set aside before
 * parsing, as ESLint does: offsets and fix ranges count from after them, and
 * the fixer puts them back.
 */
import {VFile} from 'vfile'
import {markdownParser} from './processor.js'
import {remarkLocdoc, type LocdocOptions} from './remark-locdoc.js'
import {defaultApi} from './default-api.js'
import {splitSourceText} from '../model/source-text.js'

export interface LintTextOptions extends LocdocOptions {
  /** Path to report findings under. */
  path?: string
}

export function lintText(text: string, options: LintTextOptions = {}): VFile {
  const {marks, body} = splitSourceText(text)
  const file = new VFile({path: options.path, value: body})
  file.data.bom = marks
  const tree = markdownParser.parse(file)
  remarkLocdoc({...options, api: options.api ?? defaultApi()})(tree, file)
  return file
}
