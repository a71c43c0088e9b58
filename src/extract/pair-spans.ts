/**
 * Pairs span tags into segments with one stack over the whole document, not
 * per block: a raw newline inside a translated span splits a table row in two,
 * and the pair must still be found.
 */
import type {Range, SpanProblem} from './types.js'
import type {SpanTag} from './tags.js'

/** A paired segment before its sides are filled with text. */
export interface SegmentRanges {
  id: string
  localized: Range
  english: Range
  range: Range
}

interface OpenTag {
  tag: SpanTag
  /** For a lookup: the English span found inside it. */
  english?: {id: string; range: Range}
}

interface PendingTranslation {
  id: string
  content: Range
  openStart: number
}

export function pairSpanTags(tags: readonly SpanTag[]): {segments: SegmentRanges[]; problems: SpanProblem[]} {
  const segments: SegmentRanges[] = []
  const problems: SpanProblem[] = []
  const stack: OpenTag[] = []
  let pending: PendingTranslation | undefined

  const flushPending = () => {
    if (pending) {
      problems.push({kind: 'missing-lookup', id: pending.id, range: {start: pending.openStart, end: pending.content.end}})
      pending = undefined
    }
  }

  const closeLookup = (lookup: OpenTag, end: number) => {
    if (!pending) {
      problems.push({kind: 'missing-translation', id: lookup.english?.id, range: {start: lookup.tag.start, end}})
      return
    }
    if (!lookup.english) {
      problems.push({kind: 'missing-lookup', id: pending.id, range: {start: pending.openStart, end}})
    } else if (lookup.english.id !== pending.id) {
      problems.push({kind: 'id-mismatch', id: pending.id, otherId: lookup.english.id, range: {start: pending.openStart, end}})
    } else {
      segments.push({
        id: pending.id,
        localized: pending.content,
        english: lookup.english.range,
        range: {start: pending.openStart, end}
      })
    }
    pending = undefined
  }

  // Pops everything above and including the innermost open tag of `kind`,
  // reporting each as unclosed; used when a tag that cannot nest there opens.
  // An unclosed translated span right before its lookup still pairs: the
  // translation is taken to end where the lookup begins.
  const unwindTo = (kind: SpanTag['kind'], at: number, lookupFollows: boolean) => {
    const index = findLastIndex(stack, (open) => open.tag.kind === kind)
    if (index === -1) return
    for (const open of stack.splice(index)) {
      if (open.tag.kind === 'other') continue
      problems.push({kind: 'unclosed-span', id: open.tag.id, range: {start: open.tag.start, end: open.tag.end}})
      if (open.tag.kind === 'lookup' && open.english) closeLookup(open, at)
      if (open.tag.kind === 'translation' && lookupFollows) {
        flushPending()
        pending = {id: open.tag.id ?? '', content: {start: open.tag.end, end: at}, openStart: open.tag.start}
      }
    }
  }

  for (const tag of tags) {
    switch (tag.kind) {
      case 'translation': {
        unwindTo('translation', tag.start, false)
        unwindTo('lookup', tag.start, false)
        flushPending()
        if (!tag.id) problems.push({kind: 'missing-id', range: {start: tag.start, end: tag.end}})
        stack.push({tag})
        break
      }
      case 'lookup': {
        unwindTo('lookup', tag.start, false)
        unwindTo('translation', tag.start, true)
        stack.push({tag})
        break
      }
      case 'english':
      case 'other': {
        if (tag.kind === 'english' && !tag.id) problems.push({kind: 'missing-id', range: {start: tag.start, end: tag.end}})
        stack.push({tag})
        break
      }
      case 'close': {
        const open = stack.pop()
        if (!open) {
          problems.push({kind: 'unexpected-close', range: {start: tag.start, end: tag.end}})
          break
        }
        if (open.tag.kind === 'translation') {
          pending = {id: open.tag.id ?? '', content: {start: open.tag.end, end: tag.start}, openStart: open.tag.start}
        } else if (open.tag.kind === 'english') {
          const lookup = findLast(stack, (candidate) => candidate.tag.kind === 'lookup')
          if (lookup) lookup.english = {id: open.tag.id ?? '', range: {start: open.tag.end, end: tag.start}}
          else problems.push({kind: 'missing-translation', id: open.tag.id, range: {start: open.tag.start, end: tag.end}})
        } else if (open.tag.kind === 'lookup') {
          closeLookup(open, tag.end)
        }
        break
      }
    }
  }

  for (const open of stack) {
    if (open.tag.kind === 'other') continue
    problems.push({kind: 'unclosed-span', id: open.tag.id, range: {start: open.tag.start, end: open.tag.end}})
  }
  flushPending()
  problems.sort((a, b) => a.range.start - b.range.start)
  return {segments, problems}
}

function findLastIndex<T>(items: readonly T[], test: (item: T) => boolean): number {
  for (let index = items.length - 1; index >= 0; index--) if (test(items[index]!)) return index
  return -1
}

function findLast<T>(items: readonly T[], test: (item: T) => boolean): T | undefined {
  const index = findLastIndex(items, test)
  return index === -1 ? undefined : items[index]
}
