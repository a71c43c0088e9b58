/**
 * Other renderings of a (fixed) page, through the page model: each span pair
 * (`segment.range`, open translated tag to the end of the lookup span) is
 * replaced by one side's raw source. Everything else, front matter included,
 * stays byte for byte.
 */
import type {Page} from '../model/types.js'
import type {Segment} from '../extract/types.js'

export const Rendering = ['localized', 'english'] as const
export type Rendering = (typeof Rendering)[number]

/** Clean localized Markdown: every span pair becomes its translated text. */
export function stripSpans(text: string, page: Page): string {
  return replaceSegments(text, page.segments, (segment) => segment.localized.raw)
}

/** The English source page recovered from the lookup spans. */
export function englishPage(text: string, page: Page): string {
  return replaceSegments(text, page.segments, (segment) => segment.english.raw)
}

export function renderPage(text: string, page: Page, rendering: Rendering): string {
  return rendering === 'english' ? englishPage(text, page) : stripSpans(text, page)
}

function replaceSegments(text: string, segments: readonly Segment[], side: (segment: Segment) => string): string {
  const ordered = [...segments].sort((left, right) => left.range.start - right.range.start)
  let output = ''
  let position = 0
  for (const segment of ordered) {
    // A pair inside one already replaced is gone with it.
    if (segment.range.start < position) continue
    output += text.slice(position, segment.range.start) + side(segment)
    position = segment.range.end
  }
  return output + text.slice(position)
}
