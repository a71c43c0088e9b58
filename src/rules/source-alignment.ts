/**
 * A page compared with its English page: a part that cannot be aligned (no
 * English page, a table the English lacks, rows without a counterpart) is
 * one warning for that part. Its cells are not compared, never guessed.
 */
import {createRule} from './create-rule.js'

export const sourceAlignment = createRule(
  {
    id: 'source-alignment',
    description: 'A part of a page without spans could not be aligned with the English page it was translated from.',
    category: 'structure',
    severity: 'warn'
  },
  ({page, report}) => {
    for (const problem of page.source?.problems ?? []) {
      report({range: problem.range, reason: problem.reason, key: `${problem.kind} ${problem.range.start}`})
    }
  }
)
