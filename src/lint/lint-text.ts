/**
 * Lint one page held in memory. Byte order marks are set aside before
 * parsing, as ESLint does: offsets and fix ranges count from after them, and
 * the fixer puts them back.
 */
import type {Root} from 'mdast'
import {VFile} from 'vfile'
import {markdownParser} from './processor.js'
import {remarkLocdoc, type LocdocOptions} from './remark-locdoc.js'
import {defaultApi} from './default-api.js'
import {splitSourceText} from '../model/source-text.js'
import {isStackOverflow} from '../util/stack-overflow.js'

export interface LintTextOptions extends LocdocOptions {
  /** Path to report findings under. */
  path?: string
}

export function lintText(text: string, options: LintTextOptions = {}): VFile {
  const {marks, body} = splitSourceText(text)
  const file = new VFile({path: options.path, value: body})
  file.data.bom = marks
  const tree = parseOrReport(file, body)
  if (tree) remarkLocdoc({...options, api: options.api ?? defaultApi()})(tree, file)
  return file
}

/**
 * remark-gfm's transforms recurse over the tree, so a page nested a few
 * thousand levels deep (possible in 8 KB of `- - - …`) overflows the stack
 * inside the parser itself. That page cannot be read by any remark tool; it
 * becomes one fatal message on the page and the run goes on.
 */
function parseOrReport(file: VFile, body: string): Root | undefined {
  try {
    return markdownParser.parse(file)
  } catch (error) {
    if (!isStackOverflow(error)) throw error
    const message = file.message('Cannot parse the page: it is nested too deeply for the Markdown parser', {
      place: {line: deepestNestingLine(body), column: 1},
      ruleId: 'parse',
      source: 'locdoc'
    })
    message.fatal = true
    return undefined
  }
}

/** The line that opens the most containers (`>`, list markers) at its start: where to look. */
function deepestNestingLine(body: string): number {
  let deepest = {line: 1, depth: -1}
  let line = 1
  for (const text of body.split(/\r\n|\r|\n/)) {
    const depth = /^(?:\s*(?:>|[-*+](?=\s)|\d{1,9}[.)](?=\s)))*/.exec(text)![0].length
    if (depth > deepest.depth) deepest = {line, depth}
    line++
  }
  return deepest.line
}
