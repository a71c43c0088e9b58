/**
 * A page compared with its English page at another revision than its
 * `ms.sourcegitcommit` (the repository lacks that commit, or the page names
 * none) cannot tell a translation's change from an edit of the English since:
 * the ru-RU Graph pages link `/graph/query-parameters` where an older English
 * links `/graph/query_parameters`, and say `200 Ok` where it said `204 No
 * Content`. A changed token the rule can fix stays an error when it bears the
 * translation's signature: a character outside ASCII (`Логический`,
 * `IMAPIFolder：：CopyMessages`) or the capitals a translation adds (`ID`,
 * `Orderby`). Anything else, and anything missing, is a warning and is not
 * fixed: applied, the fix would write the other revision's English.
 */
import type {Page} from '../model/types.js'
import type {Finding, Provenance} from '../rules/create-rule.js'
import {isTranslationCaseChange} from '../rules/util/fault.js'

export function mayBeRevisionDrift(page: Page, provenance: Provenance, finding: Pick<Finding, 'actual' | 'expected' | 'fix' | 'inSource'>): boolean {
  const origin = page.source?.origin
  if (provenance !== 'source' || finding.inSource || !origin || origin.atSourceCommit) return false
  // Without a fix the finding says something is missing, or is a change the rule will not undo.
  if (finding.actual === undefined || finding.fix === undefined) return true
  if (/[^\p{ASCII}]/u.test(finding.actual)) return false
  const expected = Array.isArray(finding.expected) ? finding.expected[0] : finding.expected
  return expected === undefined || !isTranslationCaseChange(finding.actual, expected)
}

export const revisionDriftNote =
  'The English page was not read at the page\'s `ms.sourcegitcommit`, so the difference may be an edit of the English since: a warning, and not fixed.'
