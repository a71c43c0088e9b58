/**
 * The one owner of "the text the offsets count in". Every offset locdoc
 * reports or patches counts in the text micromark saw, so this module decides,
 * for everyone, which characters are set aside before parsing (byte order
 * marks) and which characters end a line (as micromark: CR, LF and CRLF; so
 * `\r\r\n` is two line ends, and U+2028 is not one).
 */

const byteOrderMark = 0xfeff
const lineEnding = /\r\n|\r|\n/g

export interface SourceText {
  /** Byte order marks set aside before parsing; put back by the fixer. */
  marks: string
  /** What the parser sees and every offset counts in. */
  body: string
}

/**
 * Set aside every leading byte order mark. micromark drops one itself, so
 * stripping only one would leave parser offsets and ours one apart.
 */
export function splitSourceText(text: string): SourceText {
  let end = 0
  while (text.charCodeAt(end) === byteOrderMark) end++
  return {marks: text.slice(0, end), body: text.slice(end)}
}

/** Offsets where each line starts (the first is 0). */
export function lineStartsOf(text: string): number[] {
  const starts = [0]
  for (const match of text.matchAll(lineEnding)) starts.push(match.index + match[0].length)
  return starts
}

/** The lines of a text, split at every line ending micromark knows. */
export function splitLines(text: string): string[] {
  return text.split(lineEnding)
}

/** End of the line that contains `from` (before its line ending), at most `limit`. */
export function lineEndAt(text: string, from: number, limit = text.length): number {
  for (let index = from; index < limit; index++) {
    const code = text.charCodeAt(index)
    if (code === 10 || code === 13) return index
  }
  return limit
}

/** Start of the line after the one that contains `from`, at most `limit`. */
export function nextLineStart(text: string, from: number, limit = text.length): number {
  const end = lineEndAt(text, from, limit)
  if (end >= limit) return limit
  const width = text.charCodeAt(end) === 13 && text.charCodeAt(end + 1) === 10 ? 2 : 1
  return Math.min(end + width, limit)
}

/** Start of the line that contains `offset`. */
export function lineStartAt(text: string, offset: number): number {
  for (let index = offset - 1; index >= 0; index--) {
    const code = text.charCodeAt(index)
    if (code === 10 || code === 13) return index + 1
  }
  return 0
}
