/**
 * Type names are code: `Boolean` is not `ブール型`, `String` is not
 * `Zeichenfolge`. The words around them (`collection`) may be translated.
 */
import {createRule} from './create-rule.js'
import {cellsWithRole, quote, soleSegment} from './util/cells.js'
import {isPrimitiveTypeName} from '../util/identifier-shapes.js'
import {docSetProfiles} from '../profiles/doc-sets.js'
import {profileOf} from '../profiles/profile.js'

// English words that appear in type cells next to type names and are prose.
const proseWords = new Set(['collection', 'of', 'or', 'and', 'a', 'an', 'the', 'nullable', 'optional', 'required', 'read-only', 'readonly', 'see', 'list', 'array', 'none'])
const typeTokenPattern = /[A-Za-z_][\w]*(?:\.[A-Za-z_][\w]*)*/g

export const typeName = createRule(
  {
    id: 'type-name',
    description: 'A type name in a property, parameter or method table differs from the canonical English.',
    category: 'translation',
    fixable: true
  },
  ({page, report}) => {
    const anyCase = profileOf(docSetProfiles, page)?.caseInsensitiveNames === true
    // Type columns of property, parameter, relationship, method and header tables; other
    // tables (Office's `Member | Type`) may use the column for categories, not types.
    for (const entry of cellsWithRole(page, ['property', 'method', 'header'], 'type')) {
      const segment = soleSegment(entry.cell)
      if (!segment) continue
      const {localized, english} = segment
      // Aligned from an English page, a type cell holding a sentence is a note about types, not a type.
      if (segment.origin !== undefined && english.text.split(/\s+/).length > 5) continue
      const expected = typeTokens(english.text, english.links.map((link) => link.text))
      const missing = expected.filter(
        (token) => !containsToken(localized.text, token) && !(anyCase && containsToken(localized.text.toLowerCase(), token.toLowerCase()))
      )
      if (missing.length === 0) continue
      const whole = expected.length === 1 && english.text.trim() === expected[0]
      for (const token of missing) {
        report({
          range: localized.range,
          reason: `Unexpected ${quote(localized.text)} for type ${quote(token)}, expected ${quote(token)}`,
          actual: localized.text,
          expected: whole ? english.text : token,
          // Only a cell that is nothing but the type name can be replaced whole.
          fix: whole ? {text: english.raw} : undefined,
          segmentId: segment.id,
          key: token
        })
      }
    }
  }
)

function typeTokens(text: string, linkTexts: readonly string[]): string[] {
  const tokens = new Set<string>()
  for (const linkText of linkTexts) if (/^[\w.]+$/.test(linkText.trim())) tokens.add(linkText.trim())
  const names = [...text.matchAll(typeTokenPattern)].filter((match) => !proseWords.has(match[0].toLowerCase()))
  // A type phrase (`array of strings`, `Array of Objects`, `boolean (as string)`, `Rich text`) is
  // English the translation may render; only names written as code (`Int32`, `microsoft.graph.x`,
  // `DateTimeOffset`) and type names standing alone or first (`String collection`) must stay.
  const phrase = names.length > 1
  for (const [index, match] of names.entries()) {
    const name = match[0]
    const afterOf = /\bof\s+(?:[a-z]+\s+)*$/i.test(text.slice(0, match.index))
    if (isWrittenAsCode(name)) tokens.add(name)
    else if (afterOf) continue
    else if (!phrase || (index === 0 && isPrimitiveTypeName(name) && /^[A-Z]/.test(name))) tokens.add(name)
  }
  return [...tokens]
}

/** A name no English phrase has: dotted, with digits or an underscore, or with an inner capital. */
function isWrittenAsCode(name: string): boolean {
  return /[.\d_]/.test(name) || /[a-z][A-Z]/.test(name)
}

/** Whether `token` stands in `text` as a whole ASCII word (neighbours in other scripts are fine). */
function containsToken(text: string, token: string): boolean {
  for (let index = text.indexOf(token); index !== -1; index = text.indexOf(token, index + 1)) {
    const before = text[index - 1]
    const after = text[index + token.length]
    if (!(before && /[\w.]/.test(before)) && !(after && /\w/.test(after))) return true
  }
  return false
}
