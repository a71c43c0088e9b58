/**
 * What a fix may touch. A fix replaces translated text and nothing else: never
 * span markup, never the English side of a segment (it is the truth the
 * finding was measured against), and only a range that still reads what the
 * finding says it read. A fix that fails any of these is withheld, with the
 * reason, rather than applied to the wrong bytes.
 */
import type {Range, Segment} from '../../extract/types.js'
import {decodeEntities} from '../../extract/decode.js'
import type {Page} from '../../model/types.js'

const spanMarkup = /<\/?span\b|data-(?:ttu|stu)-id/i

/** Why a fix over `range` must not be applied, or undefined when it may. */
export function withheldFixReason(page: Page, source: string, range: Range, actual: string | undefined): string | undefined {
  if (range.start > range.end || range.end > source.length) return 'its range lies outside the page'
  const replaced = source.slice(range.start, range.end)
  if (spanMarkup.test(replaced) || startsInsideSpanTag(source, range.start)) return 'it would rewrite span markup'
  if (touchesEnglishSide(page.segments, range)) return 'it would rewrite the English side of a segment'
  if (actual !== undefined && !holds(replaced, actual)) return `its range does not hold ${JSON.stringify(bounded(actual))}`
  return undefined
}

/** How far back a span tag that a range may start inside is looked for: tags are short. */
const spanTagReach = 2048

/**
 * Whether `offset` lies inside a span tag, broken ones included: a tag whose
 * attributes the translation mangled (`<span dataสวัสดี…="…">`) is no HTML to
 * Markdown, so its inside reads as text, but it is still markup to keep.
 */
function startsInsideSpanTag(source: string, offset: number): boolean {
  const from = Math.max(0, offset - spanTagReach)
  const before = source.slice(from, offset)
  const open = Math.max(before.lastIndexOf('<span'), before.lastIndexOf('</span'))
  if (open === -1) return false
  const close = source.indexOf('>', from + open)
  return close === -1 ? false : close >= offset && /^<\/?span\b/.test(source.slice(from + open, from + open + 7))
}

/** Whether `range` overlaps anything of a segment but its translated content. */
function touchesEnglishSide(segments: readonly Segment[], range: Range): boolean {
  for (let index = firstEndingAfter(segments, range.start); index < segments.length; index++) {
    const segment = segments[index]!
    if (segment.range.start >= range.end) break
    const inside = range.start >= segment.localized.range.start && range.end <= segment.localized.range.end
    if (!inside && overlaps(range, segment.range)) return true
  }
  return false
}

/** Segments are in document order and do not overlap: binary search the first that ends after `offset`. */
function firstEndingAfter(segments: readonly Segment[], offset: number): number {
  let low = 0
  let high = segments.length
  while (low < high) {
    const middle = (low + high) >>> 1
    if (segments[middle]!.range.end <= offset) low = middle + 1
    else high = middle
  }
  return low
}

function overlaps(left: Range, right: Range): boolean {
  return left.start < right.end && right.start < left.end
}

/**
 * Whether the replaced text reads `actual`, up to what rules normalize:
 * entities, Markdown emphasis and code marks, escapes and white space.
 */
function holds(replaced: string, actual: string): boolean {
  if (replaced === actual) return true
  const have = comparable(replaced)
  const want = comparable(actual)
  return want === '' || have.includes(want) || want.includes(have)
}

function comparable(text: string): string {
  return decodeEntities(text.replace(/<[^>]*>/g, '')).replace(/[\s\\*_`~]+/g, '')
}

function bounded(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}…` : text
}
