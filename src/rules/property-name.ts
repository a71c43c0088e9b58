/**
 * Property and parameter names are code: `id` is not `ID`, `displayName` is
 * not a translated phrase.
 */
import {createRule} from './create-rule.js'
import {isIdentifier, quote} from './util/cells.js'
import {mistranslatedTokens, tokenFinding} from './util/token-cells.js'

export const propertyName = createRule(
  {
    id: 'property-name',
    description: 'A property or parameter name in a property table differs from the canonical English.',
    category: 'translation',
    fixable: true
  },
  ({page, report}) => {
    for (const {segment} of mistranslatedTokens(page, ['property'], 'property', isIdentifier)) {
      report(tokenFinding(segment, `property ${quote(segment.english.text)}`))
    }
  }
)
