/**
 * A page compared with its English page at another revision than its
 * `ms.sourcegitcommit` (the English repository lacks that commit) cannot tell
 * a translation's change from an edit of the English since: the ru-RU Graph
 * pages link `/graph/query-parameters` where an older English links
 * `/graph/query_parameters`, and say `200 Ok` where it said `204 No Content`.
 * Only a token in the translation's own script is the translation's beyond
 * doubt; any other difference is a warning, and is not fixed.
 */
import type {Page} from '../model/types.js'
import type {Finding, Provenance} from '../rules/create-rule.js'

/** A letter outside ASCII: Cyrillic, CJK, an accented Latin letter. */
const foreignLetter = /(?![\u0000-\u007f])\p{L}/u

/**
 * Whether `finding` may be the English's edit. A finding without a fix says
 * something is missing, which an English edit since may have added.
 */
export function mayBeRevisionDrift(page: Page, provenance: Provenance, finding: Pick<Finding, 'actual' | 'fix'>): boolean {
  const origin = page.source?.origin
  if (provenance !== 'source' || !origin || origin.atSourceCommit) return false
  return finding.actual === undefined || finding.fix === undefined || !foreignLetter.test(finding.actual)
}

export const revisionDriftNote =
  'The English page was read at another revision than the page names in `ms.sourcegitcommit`, so the difference may be an edit of the English since: a warning, not fixed.'
