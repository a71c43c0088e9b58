/**
 * Enum values are numbers the API sends: `3` stays `3`, not `4`, `1/3`,
 * `нуль` or `.0`.
 */
import {createRule} from './create-rule.js'
import {cellsWithRole, isInteger, quote, sameToken, siblingCell, soleSegment} from './util/cells.js'

export const enumMemberValue = createRule(
  {
    id: 'enum-member-value',
    description: 'An enum value in a members table differs from the canonical English.',
    category: 'translation',
    fixable: true
  },
  ({page, report}) => {
    for (const entry of cellsWithRole(page, ['enum'], 'value')) {
      const segment = soleSegment(entry.cell)
      if (!segment) continue
      const {localized, english} = segment
      if (!isInteger(english.text) || sameToken(localized.text, english.text)) continue
      const member = siblingCell(entry, 'member')
      const memberName = member?.english ?? member?.text
      report({
        range: localized.range,
        reason: `Unexpected ${quote(localized.text)} for ${memberName ? `member ${quote(memberName)}` : 'an enum value'}, expected ${quote(english.text)}`,
        actual: localized.text,
        expected: english.text,
        fix: {text: english.raw},
        segmentId: segment.id
      })
    }
  }
)
