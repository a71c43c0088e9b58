/**
 * Whose fault is a difference from the API: the machine translation's, or
 * the English docs'? Without the English page at hand, the shape of the
 * difference tells. A translation writes other scripts and capitalizes or
 * shouts a token that is otherwise intact (`CompanyName`, `ID`); the English
 * docs write ASCII identifiers their own way (`timeslots`, `string`, a
 * property the metadata lacks), which no translator invents.
 */

/** Letters of a script other than Latin ASCII: text a translation wrote. */
export function hasTranslatedLetters(text: string): boolean {
  return /[^\p{ASCII}]/u.test(text) && /[^\p{ASCII}\P{L}]/u.test(text)
}

/**
 * A case change a translation makes to an identifier it otherwise left
 * alone: the first letter capitalized (`Customdata` for `customData`, as at
 * the start of a sentence) or the whole token in capitals (`ID` for `id`).
 * Anything else differing only in case is the docs' own spelling.
 */
export function isTranslationCaseChange(actual: string, expected: string): boolean {
  if (actual === expected || actual.toLowerCase() !== expected.toLowerCase()) return false
  const startsUpper = (text: string) => text[0] !== text[0]!.toLowerCase()
  const shouted = actual.length > 1 && actual === actual.toUpperCase() && expected !== expected.toUpperCase()
  return (startsUpper(actual) && !startsUpper(expected)) || shouted
}

/**
 * An ASCII token shaped as a programmer writes it (`dateTimeDropDown`,
 * `stapleDualTop;`): lower-case start, then a capital, digit or underscore.
 * A translator writes words (`Keine`, `nenhum`), never camelCase.
 */
export function isProgrammerSpelling(text: string): boolean {
  return /^[a-z][a-z\d]*[A-Z\d_][A-Za-z\d_]*$/.test(text.replace(/[;,.:]+$/, ''))
}

/**
 * Whether a plain page's token that the API lacks was written so by the
 * English docs rather than by the translation: ASCII, no case change a
 * translation makes, and either programmer-shaped or the expected name in
 * other capitals (`dateTimeDropDown` for `dateTimeDropdown`).
 */
export function isSourceSpelling(actual: string, expected: string | undefined): boolean {
  if (hasTranslatedLetters(actual)) return false
  if (expected && isTranslationCaseChange(actual, expected)) return false
  return isProgrammerSpelling(actual) || (expected !== undefined && actual.toLowerCase() === expected.toLowerCase())
}

/**
 * A word written with a capital and then lower-case letters (`Zeitraum`,
 * `Einstellungen`, `Downloads`): how Latin-script translations write nouns and
 * the start of a cell. The English docs write API names in lowerCamelCase, so
 * in place of such a name this is the translation's word, even in ASCII.
 */
export function isCapitalizedWord(text: string): boolean {
  return /^[A-Z][a-z]+$/.test(text)
}

/**
 * Whether a plain page's ASCII name that the API lacks was the English docs'
 * own (a property the metadata does not have, `timeslots`), rather than the
 * translation's: no case change a translation makes, and no capitalized
 * word standing for a lowerCamelCase name.
 */
export function isAsciiSourceName(actual: string, expected: string | undefined, apiNames: readonly string[]): boolean {
  if (hasTranslatedLetters(actual)) return false
  if (expected && isBrokenToken(actual, expected)) return false
  if (expected && isTranslationCaseChange(actual, expected)) return false
  if (isCapitalizedWord(actual) && apiNames.length > 0 && apiNames.every((name) => !/^[A-Z]/.test(name))) return false
  return true
}

/** A token without the spaces and punctuation a translation puts into or around it: `。 Work profile` → `Workprofile`. */
export function joinedToken(text: string): string {
  return text.replace(/[\s\p{P}]+/gu, '')
}

/**
 * `work Profiledefaultapppermissionpolicy`, `。 Workprofilepasswordblockfingerprintunlock`:
 * the expected name with a space or sentence punctuation put into or before
 * it, in any capitals. A translation breaks a token so, the English docs do not.
 */
export function isBrokenToken(actual: string, expected: string): boolean {
  // A trailing `;` or `.` (`lastModifiedBy;`) is the English docs' slip, as they write it.
  const token = actual.trim().replace(/[;,.:]+$/, '')
  const joined = joinedToken(token)
  return joined !== token && joined.length > 1 && joined.toLowerCase() === joinedToken(expected).toLowerCase()
}
