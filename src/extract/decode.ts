/**
 * Decodes HTML character references the way micromark does, for text that
 * micromark never saw as text (spans inside raw HTML blocks, table cells read
 * from source).
 */
import {decodeNamedCharacterReference} from 'decode-named-character-reference'

const referencePattern = /&(?:#(\d{1,7})|#[xX]([\da-fA-F]{1,6})|([A-Za-z][A-Za-z\d]{0,31}));/g

export function decodeEntities(value: string): string {
  if (!value.includes('&')) return value
  return value.replace(referencePattern, (whole, decimal?: string, hexadecimal?: string, name?: string) => {
    if (name !== undefined) {
      const decoded = decodeNamedCharacterReference(name)
      return decoded === false ? whole : decoded
    }
    const codePoint = decimal === undefined ? Number.parseInt(hexadecimal!, 16) : Number.parseInt(decimal, 10)
    if (codePoint === 0 || codePoint > 0x10ffff || (codePoint >= 0xd800 && codePoint <= 0xdfff)) return '\uFFFD'
    return String.fromCodePoint(codePoint)
  })
}
