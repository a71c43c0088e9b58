/**
 * Segments by position. Segments come out of pairing in document order, so
 * the ones inside a range are found by binary search.
 */
import type {Range, Segment} from '../extract/types.js'
import {collapseWhiteSpace, textWithin, type InlineIndex} from '../extract/inline-index.js'

export function segmentsStartingWithin(segments: readonly Segment[], range: Range): Segment[] {
  let low = 0
  let high = segments.length
  while (low < high) {
    const middle = (low + high) >>> 1
    if (segments[middle]!.range.start < range.start) low = middle + 1
    else high = middle
  }
  const found: Segment[] = []
  for (let index = low; index < segments.length && segments[index]!.range.start < range.end; index++) found.push(segments[index]!)
  return found
}

/** Localized plain text of a range: the lookup (English) side of each segment left out. */
export function textOutside(index: InlineIndex, source: string, range: Range, segments: readonly Segment[]): string {
  if (segments.length === 0) return textWithin(index, source, range)
  const parts: string[] = []
  let cursor = range.start
  for (const segment of segments) {
    if (segment.range.start > cursor) parts.push(textWithin(index, source, {start: cursor, end: segment.range.start}))
    parts.push(segment.localized.text)
    cursor = Math.max(cursor, segment.range.end)
  }
  if (cursor < range.end) parts.push(textWithin(index, source, {start: cursor, end: range.end}))
  return collapseWhiteSpace(parts.filter(Boolean).join(' '))
}
