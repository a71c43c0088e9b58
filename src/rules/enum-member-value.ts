/**
 * Enum values are numbers the API sends: `3` stays `3`, not `4`, `1/3`,
 * `нуль` or `.0`.
 */
import {createRule} from './create-rule.js'
import {isInteger, quote, siblingCell} from './util/cells.js'
import {mistranslatedTokens, tokenFinding} from './util/token-cells.js'

export const enumMemberValue = createRule(
  {
    id: 'enum-member-value',
    description: 'An enum value in a members table differs from the canonical English.',
    category: 'translation',
    fixable: true
  },
  ({page, report}) => {
    for (const {entry, segment} of mistranslatedTokens(page, ['enum'], 'value', isInteger)) {
      const member = siblingCell(entry, 'member')
      const memberName = member?.english ?? member?.text
      report(tokenFinding(segment, memberName ? `member ${quote(memberName)}` : 'an enum value'))
    }
  }
)
