/**
 * A parameter's direction is IDL, not prose: MAPI and Win32 reference pages
 * open each parameter's description with `[in]`, `[out]` or `[in, out]`, and
 * a reader shown `[вышел]` cannot tell an output from an input.
 */
import type {Segment} from '../extract/types.js'
import {createRule, type Finding} from './create-rule.js'
import {quote} from './util/cells.js'

export const parameterDirection = createRule(
  {
    id: 'parameter-direction',
    description: 'The direction annotation that opens a parameter description (`[in]`, `[out]`, `[in, out]`) was translated.',
    category: 'translation',
    fixable: true
  },
  ({page, report}) => {
    for (const segment of page.segments) {
      const finding = directionFinding(segment)
      if (finding) report(finding)
    }
  }
)

const directionWord = String.raw`(?:in|out|optional|opt|retval|reserved)`
/** `[in]`, `[in, out]`, `[out, optional]`, `[in-out]` at the start, and no link (`[in](…)`). */
const englishDirection = new RegExp(String.raw`^\s*\[(${directionWord}(?:\s*[,/-]\s*${directionWord})*)\](?![(\[:])`, 'i')
/** Whatever stands in brackets, ASCII or full-width, at the start of the translation. */
const localizedBracket = /^(\s*)([[［])([^\]］\n]{0,40})([\]］])(?![(\[:])/

function normalize(direction: string): string {
  return direction.toLowerCase().replace(/\s+/g, '')
}

/** An identifier as code writes it: `IMAPIProp`, `lpEntryID`, `PR_SUBJECT`, `IUnknown::Release`. */
function looksLikeName(text: string): boolean {
  return /^[A-Za-z_][\w:]*$/.test(text) && /::|_|[A-Z]{2}|[a-z][A-Z]/.test(text)
}

/** Every bracketed text in `raw`, normalized: `[in, out]` anywhere in the sentence. */
function bracketedTexts(raw: string): string[] {
  return [...raw.matchAll(/[[［]([^\]］\n]{1,40})[\]］]/g)].map((match) => normalize(match[1]!))
}

export function directionFinding(segment: Segment): Finding | undefined {
  const english = englishDirection.exec(segment.english.raw)
  if (!english) return undefined
  const expected = `[${english[1]}]`
  // The annotation kept, at the start or moved within the sentence: nothing a reader gets wrong.
  if (bracketedTexts(segment.localized.raw).includes(normalize(english[1]!))) return undefined
  const opening = localizedBracket.exec(segment.localized.raw)
  // A leading name in brackets (`[IMAPIProp]`, a reference link) is no direction to replace.
  const localized = opening && !looksLikeName(opening[3]!.trim()) ? opening : null
  const base = {expected, segmentId: segment.id, key: expected, note: 'The annotation says whether the caller passes the parameter in, gets it back, or both.'}
  if (!localized) {
    return {...base, range: segment.localized.range, reason: `Missing direction ${quote(expected)} in the translation`, actual: segment.localized.text}
  }
  const start = segment.localized.range.start + localized[1]!.length
  const actual = `${localized[2]}${localized[3]}${localized[4]}`
  return {
    ...base,
    range: {start, end: start + actual.length},
    reason: `Unexpected direction ${quote(actual)}, expected ${quote(expected)}`,
    actual,
    fix: {text: expected}
  }
}
