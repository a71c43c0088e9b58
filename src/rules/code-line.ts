/**
 * A line of an HTTP or JSON code block is copied into code, so it is never
 * translated: where it differs from the English line at the same place by
 * text in another script, the translation changed it. A difference in ASCII
 * only means the translation follows another English revision: no finding.
 */
import {createRule, type Finding} from './create-rule.js'
import {quote} from './util/cells.js'
import type {CodeLinePair} from '../source/types.js'
import {commonEnds} from '../util/common-ends.js'

export const codeLine = createRule(
  {
    id: 'code-line',
    description: 'A code block line of a page without spans was translated: it differs from the English page in another script.',
    category: 'translation',
    fixable: true
  },
  ({page, report}) => {
    for (const pair of page.source?.codeLines ?? []) {
      const finding = compareLine(pair)
      if (finding) report(finding)
    }
  }
)

const foreign = /[^\x00-\x7f]/

/** The changed middle of the line (common prefix and suffix set aside), when it holds another script. */
export function compareLine(pair: CodeLinePair): Finding | undefined {
  const actual = pair.localized.text
  const expected = pair.english
  if (!foreign.test(actual) || foreign.test(expected)) return undefined
  const {prefix, suffix} = commonEnds(actual, expected)
  const changed = actual.slice(prefix, actual.length - suffix)
  const replacement = expected.slice(prefix, expected.length - suffix)
  if (!foreign.test(changed)) return undefined
  // A JSON string value is example data a reader replaces; its key, and the rest of the line, are code.
  const value = /^\s*"[^"]*"\s*:\s*"/.exec(expected)
  if (value && prefix >= value[0].length && !/"\s*:/.test(expected.slice(prefix))) return undefined
  const start = pair.localized.start + prefix
  return {
    range: {start, end: start + changed.length},
    reason: `Unexpected ${quote(changed)} in a code line, expected ${quote(replacement)} as in the English page`,
    actual: changed,
    expected: replacement,
    fix: {text: replacement},
    key: `${pair.localized.start}`
  }
}
