/**
 * Every translated span needs its `sxs-lookup` partner with the same id, and
 * every span must close. A broken pair hides the English, so the other rules
 * cannot check that segment.
 */
import type {SpanProblem} from '../extract/types.js'
import {createRule} from './create-rule.js'
import {quote} from './util/cells.js'

export const spanStructure = createRule(
  {
    id: 'span-structure',
    description: 'A translated span has no English partner, the ids differ, or a span is not closed.',
    category: 'structure'
  },
  ({page, report}) => {
    for (const problem of page.spanProblems) {
      report({range: problem.range, reason: describe(problem), actual: problem.id, segmentId: problem.id, key: problem.kind})
    }
  }
)

function describe(problem: SpanProblem): string {
  const id = problem.id ? ` ${quote(problem.id)}` : ''
  switch (problem.kind) {
    case 'missing-lookup':
      return `Unexpected translated span${id} without an \`sxs-lookup\` English partner`
    case 'missing-translation':
      return `Unexpected English span${id} without a translated span before it`
    case 'id-mismatch':
      return `Unexpected English span ${quote(problem.otherId ?? '')} after translated span${id}, expected the same id`
    case 'unclosed-span':
      return `Unclosed span${id}, expected \`</span>\``
    case 'unexpected-close':
      return 'Unexpected `</span>` without an open span'
    case 'missing-id':
      return 'Unexpected span without an id, expected `data-ttu-id` or `data-stu-id` with a value'
  }
}
