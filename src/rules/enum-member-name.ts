/**
 * Enum member names are code: `completed` must stay `completed` in every
 * locale, not `せ` or `abgeschlossen`.
 */
import {createRule} from './create-rule.js'
import {cellsWithRole, isIdentifier, quote, sameToken, soleSegment} from './util/cells.js'

export const enumMemberName = createRule(
  {
    id: 'enum-member-name',
    description: 'An enum member name in a members table differs from the canonical English.',
    category: 'translation',
    fixable: true
  },
  ({page, report}) => {
    for (const entry of cellsWithRole(page, ['enum'], 'member')) {
      const segment = soleSegment(entry.cell)
      if (!segment) continue
      const {localized, english} = segment
      if (!isIdentifier(english.text) || sameToken(localized.text, english.text)) continue
      report({
        range: localized.range,
        reason: `Unexpected ${quote(localized.text)} for member ${quote(english.text)}, expected ${quote(english.text)}`,
        actual: localized.text,
        expected: english.text,
        fix: {text: english.raw},
        segmentId: segment.id
      })
    }
  }
)
