/**
 * Inline links in a span-free stretch of Markdown, with the exact range of
 * each label. Cells of spanless pages keep links as written; the rules need
 * the label's offsets to splice a fix, which the plain cell text has lost.
 */
import type {Range} from '../../extract/types.js'

export interface MarkdownLink {
  text: string
  textRange: Range
  url: string
}

// `[label](target "title")`: labels without nested brackets, targets without spaces.
const linkPattern = /(?<!!)\[([^\[\]\n]*)\]\(\s*<?([^\s()<>]+)>?(?:\s+"[^"]*")?\s*\)/g

export function linksIn(source: string, range: Range): MarkdownLink[] {
  const text = source.slice(range.start, range.end)
  const links: MarkdownLink[] = []
  for (const match of text.matchAll(linkPattern)) {
    const start = range.start + match.index + 1
    links.push({text: match[1]!, textRange: {start, end: start + match[1]!.length}, url: match[2]!})
  }
  return links
}
