/**
 * Phrasing leaves of a tree in document order, so the plain text, inline code
 * and links of any source range can be read by binary search instead of a
 * walk per segment.
 */
import type {Nodes, Root} from 'mdast'
import type {CodeToken, LinkToken, Range} from './types.js'
import {scanSpanTags, type SpanTag} from './tags.js'
import {decodeEntities} from './decode.js'
import {plainText, walkTree} from './walk-tree.js'

interface TextLeaf {
  start: number
  end: number
  value: string
}

interface LinkLeaf {
  start: number
  end: number
  token: LinkToken
}

export interface InlineIndex {
  /** Every span tag in the document, in order. */
  tags: SpanTag[]
  text: TextLeaf[]
  code: Array<TextLeaf & {token: CodeToken}>
  links: LinkLeaf[]
}

/** `<br>`, `<br/>`, `<br />` and the `</br>` pages also write. */
const lineBreakTag = /^<\/?br\s*\/?>$/i

/** Walk `tree` once and index what segment sides need. */
export function indexInline(tree: Root, source: string): InlineIndex {
  const index: InlineIndex = {tags: [], text: [], code: [], links: []}
  walkTree(tree, (node) => indexNode(node, source, index))
  return index
}

/** Index one node; `false` when its children need no visit. */
function indexNode(node: Nodes, source: string, index: InlineIndex): boolean {
  const position = node.position
  switch (node.type) {
    case 'html': {
      if (!position) return false
      scanSpanTags(source, position.start.offset!, position.end.offset!, index.tags)
      // A line break between words separates them: `message.</br>ChannelMessage.Read.All` is two things.
      if (lineBreakTag.test(node.value)) index.text.push({start: position.start.offset!, end: position.end.offset!, value: ' '})
      return false
    }
    case 'text': {
      if (position) index.text.push({start: position.start.offset!, end: position.end.offset!, value: node.value})
      return false
    }
    case 'inlineCode': {
      if (!position) return false
      const start = position.start.offset!
      const end = position.end.offset!
      const token = {value: node.value, range: codeContentRange(source, start, end)}
      index.text.push({start, end, value: node.value})
      index.code.push({start, end, value: node.value, token})
      return false
    }
    case 'break': {
      if (position) index.text.push({start: position.start.offset!, end: position.end.offset!, value: ' '})
      return false
    }
    case 'link': {
      if (position) {
        const start = position.start.offset!
        const end = position.end.offset!
        const labelEnd = node.children.at(-1)?.position?.end.offset ?? start + 1
        index.links.push({
          start,
          end,
          token: {url: node.url, text: plainText(node), range: destinationRange(source, labelEnd, end)}
        })
      }
      return true
    }
    default:
      return true
  }
}

/** Range of the code between the backtick fences, minus one stripped space each side. */
export function codeContentRange(source: string, start: number, end: number): Range {
  let fence = 0
  while (source.charCodeAt(start + fence) === 96 /* ` */ && start + fence < end) fence++
  let contentStart = start + fence
  let contentEnd = end - fence
  const content = source.slice(contentStart, contentEnd)
  if (content.length > 1 && /^[ \n\r]/.test(content) && /[ \n\r]$/.test(content) && /[^ \n\r]/.test(content)) {
    contentStart++
    contentEnd--
  }
  return {start: contentStart, end: contentEnd}
}

/**
 * Range of an inline link destination: after `](`, up to ASCII white space or
 * the balancing `)`, as micromark reads it. Unicode spaces (U+00A0, U+2028,
 * U+FEFF) belong to the destination.
 */
export function destinationRange(source: string, labelEnd: number, linkEnd: number): Range | undefined {
  const open = source.indexOf('](', labelEnd)
  if (open === -1 || open >= linkEnd) return undefined
  let start = open + 2
  while (start < linkEnd && isDestinationSpace(source.charCodeAt(start))) start++
  if (source[start] === '<') {
    const close = source.indexOf('>', start)
    return close === -1 || close > linkEnd ? undefined : {start: start + 1, end: close}
  }
  let depth = 0
  let end = start
  for (; end < linkEnd; end++) {
    const character = source[end]!
    if (character === '\\') {
      end++
      continue
    }
    if (isDestinationSpace(character.charCodeAt(0))) break
    if (character === '(') depth++
    else if (character === ')') {
      if (depth === 0) break
      depth--
    }
  }
  return {start, end}
}

/** Space, tab and line ends: what ends a raw link destination (CommonMark). */
function isDestinationSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13
}

/** First index in `leaves` whose start is at or after `offset`. */
function lowerBound(leaves: ReadonlyArray<{start: number}>, offset: number): number {
  let low = 0
  let high = leaves.length
  while (low < high) {
    const middle = (low + high) >>> 1
    if (leaves[middle]!.start < offset) low = middle + 1
    else high = middle
  }
  return low
}

function* within<T extends {start: number; end: number}>(leaves: readonly T[], range: Range): Generator<T> {
  for (let index = lowerBound(leaves, range.start); index < leaves.length; index++) {
    const leaf = leaves[index]!
    if (leaf.start >= range.end) return
    if (leaf.end <= range.end) yield leaf
  }
}

/** Plain text of a source range: decoded, markup removed, white space collapsed, trimmed. */
export function textWithin(index: InlineIndex, source: string, range: Range, readSourceWhenEmpty = false): string {
  let text = ''
  let found = false
  let previousEnd = -1
  for (const leaf of within(index.text, range)) {
    // A line break between leaves (a span split across table rows) still separates words.
    if (previousEnd !== -1 && leaf.start > previousEnd && /\s/.test(source.slice(previousEnd, leaf.start))) text += ' '
    text += leaf.value
    previousEnd = leaf.end
    found = true
  }
  // Spans inside raw HTML blocks have no mdast text leaves: read the source.
  if (!found && readSourceWhenEmpty) text = decodeEntities(source.slice(range.start, range.end).replace(/<[^>]*>/g, ''))
  return collapseWhiteSpace(text)
}

export function codeWithin(index: InlineIndex, range: Range): CodeToken[] {
  return Array.from(within(index.code, range), (leaf) => leaf.token)
}

export function linksWithin(index: InlineIndex, range: Range): LinkToken[] {
  return Array.from(within(index.links, range), (leaf) => leaf.token)
}

export function collapseWhiteSpace(value: string): string {
  return value.replace(/\s+/g, ' ').trim()
}
