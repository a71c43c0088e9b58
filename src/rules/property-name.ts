/**
 * Property and parameter names are code: `id` is not `ID`, `displayName` is
 * not a translated phrase.
 */
import {createRule} from './create-rule.js'
import {cellsWithRole, isIdentifier, quote, sameToken, soleSegment} from './util/cells.js'

export const propertyName = createRule(
  {
    id: 'property-name',
    description: 'A property or parameter name in a property table differs from the canonical English.',
    category: 'translation',
    fixable: true
  },
  ({page, report}) => {
    for (const entry of cellsWithRole(page, ['property'], 'property')) {
      const segment = soleSegment(entry.cell)
      if (!segment) continue
      const {localized, english} = segment
      if (!isIdentifier(english.text) || sameToken(localized.text, english.text)) continue
      report({
        range: localized.range,
        reason: `Unexpected ${quote(localized.text)} for property ${quote(english.text)}, expected ${quote(english.text)}`,
        actual: localized.text,
        expected: english.text,
        fix: {text: english.raw},
        segmentId: segment.id
      })
    }
  }
)
