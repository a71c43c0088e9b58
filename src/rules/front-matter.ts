/**
 * The YAML header carries the locale and `ms.locfileid` that reports and
 * fingerprints rely on; a header that cannot be read is reported, and the
 * page is still checked.
 */
import {createRule} from './create-rule.js'

export const frontMatter = createRule(
  {
    id: 'front-matter',
    description: 'The front matter is not closed or is not valid YAML.',
    category: 'structure'
  },
  ({page, report}) => {
    const problem = page.frontMatterProblem
    if (problem) report({range: problem.range, reason: problem.reason, key: 'front-matter'})
  }
)
