/**
 * Span extraction: one walk of the tree, one pass of pairing, then each side
 * of every segment is read from the inline index.
 */
import type {Root} from 'mdast'
import type {Extraction, Range, Segment, SegmentSide} from './types.js'
import {codeWithin, indexInline, linksWithin, textWithin, type InlineIndex} from './inline-index.js'
import {pairSpanTags} from './pair-spans.js'

export function extractSegments(tree: Root, source: string, index: InlineIndex = indexInline(tree, source)): Extraction {
  const {segments, problems} = pairSpanTags(index.tags)
  return {
    segments: segments.map(
      (pair): Segment => ({
        id: pair.id,
        localized: readSide(index, source, pair.localized),
        english: readSide(index, source, pair.english),
        range: pair.range
      })
    ),
    problems
  }
}

export function readSide(index: InlineIndex, source: string, range: Range): SegmentSide {
  return {
    range,
    raw: source.slice(range.start, range.end),
    text: textWithin(index, source, range, true),
    code: codeWithin(index, range),
    links: linksWithin(index, range)
  }
}
