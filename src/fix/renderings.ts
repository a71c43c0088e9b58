/**
 * Other renderings of a (fixed) page, through the page model: each span pair
 * (`segment.range`, open translated tag to the end of the lookup span) is
 * replaced by one side's raw source. Everything else, front matter included,
 * stays byte for byte.
 */
import type {Page} from '../model/types.js'
import type {Segment, SpanProblem} from '../extract/types.js'

interface Replacement {
  start: number
  end: number
  text: string
}

export const Rendering = ['localized', 'english'] as const
export type Rendering = (typeof Rendering)[number]

/**
 * Clean localized Markdown: every span pair becomes its translated text, and
 * the tags of broken pairs (a translation without lookup, ids that differ, a
 * stray open or close tag) go too, keeping the text a reader should see.
 */
export function stripSpans(text: string, page: Page): string {
  const pairs = page.segments.map((segment) => ({start: segment.range.start, end: segment.range.end, text: segment.localized.raw}))
  return applyReplacements(text, [...pairs, ...page.spanProblems.map((problem) => cleanBrokenSpans(text, problem))])
}

const lookupSpanPattern = /<span\b[^>]*\bsxs-lookup\b[^>]*>(?:\s*<span\b[^>]*>[\s\S]*?<\/span\s*>)?\s*<\/span\s*>/gi
const spanTagPattern = /<\/?span\b[^>]*>/gi

/** A broken pair's range without its tags: the lookup's English goes when a translation stands beside it. */
function cleanBrokenSpans(text: string, problem: SpanProblem): Replacement {
  let end = problem.range.end
  // A translation without lookup is reported up to its text; its close tag follows.
  const close = /^<\/span\s*>/i.exec(text.slice(end))
  if (problem.kind === 'missing-lookup' && close) end += close[0].length
  const source = text.slice(problem.range.start, end)
  const translated = problem.kind === 'missing-lookup' || problem.kind === 'id-mismatch'
  const withoutLookup = translated ? source.replace(lookupSpanPattern, '') : source
  return {start: problem.range.start, end, text: withoutLookup.replace(spanTagPattern, '')}
}

/** Splice non-overlapping replacements; one inside another already applied is gone with it. */
function applyReplacements(text: string, replacements: readonly Replacement[]): string {
  const ordered = [...replacements].sort((left, right) => left.start - right.start || right.end - left.end)
  let output = ''
  let position = 0
  for (const replacement of ordered) {
    if (replacement.start < position) continue
    output += text.slice(position, replacement.start) + replacement.text
    position = replacement.end
  }
  return output + text.slice(position)
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
