/**
 * Finds `<span …>` and `</span>` tags in the source of `html` nodes. Inline
 * tags are one node each; raw HTML blocks may hold many, so the source slice
 * is scanned rather than `node.value` (which loses container prefixes such as
 * `> ` and so would shift offsets).
 */

export type SpanTagKind = 'translation' | 'lookup' | 'english' | 'other' | 'close'

export interface SpanTag {
  /** Which of the sxs tags this is. */
  kind: SpanTagKind
  /** `data-ttu-id` or `data-stu-id`, for those kinds. */
  id?: string
  /** Offset of `<`. */
  start: number
  /** Offset one past `>`. */
  end: number
}

const spanTagPattern = /<span\b([^>]*)>|<\/span\s*>/gi
const translationIdPattern = /\bdata-ttu-id\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>"']+))/i
const englishIdPattern = /\bdata-stu-id\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>"']+))/i
const lookupClassPattern = /\bclass\s*=\s*(?:"[^"]*\bsxs-lookup\b[^"]*"|'[^']*\bsxs-lookup\b[^']*'|sxs-lookup\b)/i

/** Scan `source` between `start` and `end` and append every span tag to `tags`. */
export function scanSpanTags(source: string, start: number, end: number, tags: SpanTag[]): void {
  const slice = source.slice(start, end)
  // Most html nodes are `<a name>` anchors or comments: skip them cheaply.
  if (!slice.includes('span') && !slice.includes('SPAN')) return
  spanTagPattern.lastIndex = 0
  let match: RegExpExecArray | null
  while ((match = spanTagPattern.exec(slice))) {
    const tagStart = start + match.index
    const tagEnd = tagStart + match[0].length
    const attributes = match[1]
    tags.push(attributes === undefined ? {kind: 'close', start: tagStart, end: tagEnd} : classify(attributes, tagStart, tagEnd))
  }
}

function classify(attributes: string, start: number, end: number): SpanTag {
  const translationId = firstGroup(translationIdPattern.exec(attributes))
  if (translationId !== undefined) return {kind: 'translation', id: translationId, start, end}
  const englishId = firstGroup(englishIdPattern.exec(attributes))
  if (englishId !== undefined) return {kind: 'english', id: englishId, start, end}
  if (lookupClassPattern.test(attributes)) return {kind: 'lookup', start, end}
  return {kind: 'other', start, end}
}

function firstGroup(match: RegExpExecArray | null): string | undefined {
  if (!match) return undefined
  return (match[1] ?? match[2] ?? match[3] ?? '').trim()
}
