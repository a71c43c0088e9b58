/**
 * Enum member names are code: `completed` must stay `completed` in every
 * locale, not `せ` or `abgeschlossen`.
 */
import {createRule} from './create-rule.js'
import {isIdentifier, quote} from './util/cells.js'
import {mistranslatedTokens, tokenFinding} from './util/token-cells.js'

export const enumMemberName = createRule(
  {
    id: 'enum-member-name',
    description: 'An enum member name in a members table differs from the canonical English.',
    category: 'translation',
    fixable: true
  },
  ({page, report}) => {
    // A column headed `Member` holds members wherever it stands: a string enum's table has no `Value` column.
    for (const {segment} of mistranslatedTokens(page, ['enum', 'other'], 'member', isIdentifier)) {
      report(tokenFinding(segment, `member ${quote(segment.english.text)}`))
    }
  }
)
