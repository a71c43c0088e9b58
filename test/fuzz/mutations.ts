/**
 * The mutation fuzzer's vocabulary: what machine translation, editors and
 * careless merges do to a page. Each mutation is data (kind and numbers, so
 * fast-check can shrink it) applied by a pure function to a page's text.
 * Not a test file: shared by the fuzz test and `npm run fuzz`.
 */
import fc from 'fast-check'

export const mutationKinds = [
  'delete-character',
  'duplicate-character',
  'swap-characters',
  'delete-line',
  'duplicate-line',
  'swap-lines',
  'delete-row',
  'duplicate-row',
  'swap-rows',
  'delete-pipe',
  'duplicate-pipe',
  'delete-span-tag',
  'duplicate-span-tag',
  'swap-span-tags',
  'nest-span',
  'unclose-span',
  'mismatch-span-id',
  'insert-script',
  'insert-combining-mark',
  'insert-zero-width',
  'line-ends-cr',
  'line-ends-crcrlf',
  'line-ends-crlf',
  'line-end-mixed',
  'break-front-matter',
  'alias-bomb',
  'deep-nesting',
  'byte-order-marks'
] as const
export type MutationKind = (typeof mutationKinds)[number]

export interface Mutation {
  kind: MutationKind
  /** Picks the place: an index into the candidates of the kind, taken modulo their count. */
  at: number
  /** Picks a second place or a variant. */
  other: number
  /** How much: a repeat count or a length. */
  size: number
}

export const mutationArbitrary: fc.Arbitrary<Mutation> = fc.record({
  kind: fc.constantFrom(...mutationKinds),
  at: fc.nat(),
  other: fc.nat(),
  size: fc.integer({min: 1, max: 3000})
})

/** One to four mutations of one page. */
export const caseArbitrary = (pageCount: number) =>
  fc.record({page: fc.nat({max: pageCount - 1}), mutations: fc.array(mutationArbitrary, {minLength: 1, maxLength: 4})})

const scripts = ['مرحبا بالعالم', 'สวัสดีชาวโลก', 'नमस्ते दुनिया', '你好世界', 'こんにちは', '안녕하세요', 'Привет', 'שלום', '😀👍🏽', '𝔘𝔫𝔦𝔠𝔬𝔡𝔢', 'ﷺ', 'Ⅻ']
const combiningMarks = ['\u0301', '\u0308', '\u20DD', '\u0301\u0327\u0338', '\u093F', '\u3099']
const zeroWidth = ['\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\u00AD', '\u2028', '\u2029', '\u00A0']
const frontMatterBreaks = ['', '---\n', 'title: [unclosed\n', 'a: b: c\n', '\t- tab\n', '? complex\n: key\n', 'x: !!binary notbase64\n', 'dup: 1\ndup: 2\n']

export interface MutationLimits {
  /**
   * The deepest nesting `deep-nesting` builds. micromark's own parse time
   * grows with the square of a nesting run (3,000 list markers: 3 s for a bare
   * parse), so a quick run keeps this low; stack depth is tested on its own.
   */
  nesting: number
}

export const defaultLimits: MutationLimits = {nesting: 4000}

/** Apply mutations in order; each sees the text the last one left. */
export function applyMutations(text: string, mutations: readonly Mutation[], limits: MutationLimits = defaultLimits): string {
  let result = text
  for (const mutation of mutations) result = applyMutation(result, mutation, limits)
  return result
}

export function applyMutation(text: string, {kind, at, other, size}: Mutation, limits: MutationLimits = defaultLimits): string {
  switch (kind) {
    case 'delete-character':
      return text.length === 0 ? text : splice(text, at % text.length, 1, '')
    case 'duplicate-character': {
      if (text.length === 0) return text
      const index = at % text.length
      return splice(text, index, 0, text[index]!)
    }
    case 'swap-characters': {
      if (text.length < 2) return text
      const index = at % (text.length - 1)
      return splice(text, index, 2, text[index + 1]! + text[index]!)
    }
    case 'delete-line':
    case 'duplicate-line':
    case 'swap-lines':
      return editLines(text, kind, () => true, at, other)
    case 'delete-row':
    case 'duplicate-row':
    case 'swap-rows':
      return editLines(text, kind.replace('row', 'line') as LineEdit, (line) => line.trimStart().startsWith('|'), at, other)
    case 'delete-pipe':
    case 'duplicate-pipe':
      return editMatch(text, /\|/g, at, (match) => (kind === 'delete-pipe' ? '' : match + match))
    case 'delete-span-tag':
      return editMatch(text, spanTag(), at, () => '')
    case 'duplicate-span-tag':
      return editMatch(text, spanTag(), at, (match) => match + match)
    case 'swap-span-tags':
      return swapMatches(text, spanTag(), at, other)
    case 'nest-span':
      // A translated segment's text wrapped in another translated span.
      return editMatch(text, /(<span data-ttu-id="[^"]*">)([^<]*)(<\/span>)/g, at, (_, open, inner, close) => `${open}<span data-ttu-id="zz-${other % 999}">${inner}${close}${close}`)
    case 'unclose-span':
      return editMatch(text, /<\/span>/g, at, () => '')
    case 'mismatch-span-id':
      return editMatch(text, /data-stu-id="([^"]*)"/g, at, (_, id: string) => `data-stu-id="${id}${other % 7}"`)
    case 'insert-script':
      return insertAt(text, at, pick(scripts, other).repeat(Math.min(size, 20)))
    case 'insert-combining-mark':
      return insertAt(text, at, pick(combiningMarks, other).repeat(Math.min(size, 50)))
    case 'insert-zero-width':
      return insertAt(text, at, pick(zeroWidth, other))
    case 'line-ends-cr':
      return text.replace(/\r?\n/g, '\r')
    case 'line-ends-crcrlf':
      return text.replace(/\r?\n/g, '\r\r\n')
    case 'line-ends-crlf':
      return text.replace(/\r?\n/g, '\r\n')
    case 'line-end-mixed':
      return editMatch(text, /\r?\n/g, at, () => pick(['\r', '\r\n', '\r\r\n', '\n\n'], other))
    case 'break-front-matter':
      return breakFrontMatter(text, at, pick(frontMatterBreaks, other))
    case 'alias-bomb':
      return text.replace(/^(\uFEFF*---\r?\n)/, `$1a: &a [x]\nb: [${Array.from({length: Math.min(size, 400)}, () => '*a').join(', ')}]\n`)
    case 'deep-nesting':
      return deepNesting(text, at, other, Math.min(size, limits.nesting))
    case 'byte-order-marks':
      return '\uFEFF'.repeat(1 + (other % 3)) + text
  }
}

type LineEdit = 'delete-line' | 'duplicate-line' | 'swap-lines'

/** Lines keep their own line ends, so an edit never merges or splits lines by accident. */
function editLines(text: string, kind: LineEdit, eligible: (line: string) => boolean, at: number, other: number): string {
  const lines = text.match(/[^\r\n]*(?:\r\n|\r|\n|$)/g)!.filter((line) => line !== '')
  const candidates = lines.flatMap((line, index) => (eligible(line) ? [index] : []))
  if (candidates.length === 0) return text
  const index = candidates[at % candidates.length]!
  if (kind === 'delete-line') lines.splice(index, 1)
  else if (kind === 'duplicate-line') lines.splice(index, 0, withLineEnd(lines[index]!))
  else {
    const second = candidates[other % candidates.length]!
    const [first, last] = [lines[index]!, lines[second]!]
    lines[index] = withLineEnd(last, first)
    lines[second] = withLineEnd(first, last)
  }
  return lines.join('')
}

/** `line` with the line end of `like` (or a newline when it has none). */
function withLineEnd(line: string, like = line): string {
  const body = line.replace(/[\r\n]+$/, '')
  const end = /[\r\n]+$/.exec(like)?.[0] ?? '\n'
  return body + end
}

function spanTag(): RegExp {
  return /<span\b[^>]*>|<\/span>/g
}

function editMatch(text: string, pattern: RegExp, at: number, replace: (match: string, ...groups: string[]) => string): string {
  const matches = [...text.matchAll(pattern)]
  if (matches.length === 0) return text
  const match = matches[at % matches.length]!
  return splice(text, match.index, match[0].length, replace(match[0], ...match.slice(1)))
}

function swapMatches(text: string, pattern: RegExp, at: number, other: number): string {
  const matches = [...text.matchAll(pattern)]
  if (matches.length < 2) return text
  let [first, second] = [matches[at % matches.length]!, matches[other % matches.length]!]
  if (first.index === second.index) return text
  if (first.index > second.index) [first, second] = [second, first]
  return text.slice(0, first.index) + second[0] + text.slice(first.index + first[0].length, second.index) + first[0] + text.slice(second.index + second[0].length)
}

function breakFrontMatter(text: string, at: number, insertion: string): string {
  const match = /^(\uFEFF*---\r?\n)([^]*?)(\r?\n---)/.exec(text)
  if (!match) return text
  if (insertion === '') return splice(text, match[1]!.length + match[2]!.length, match[3]!.length, '') // the closing fence lost
  const lineStarts = [...match[2]!.matchAll(/^/gm)].map((line) => line.index + match[1]!.length)
  return insertAt(text, lineStarts[at % lineStarts.length]!, insertion, true)
}

function deepNesting(text: string, at: number, other: number, size: number): string {
  const depth = size
  const shape = other % 4
  const nested = shape === 0 ? `${'- '.repeat(depth)}x\n` : shape === 1 ? `${'> - '.repeat(depth)}x\n` : shape === 2 ? `${'*'.repeat(depth)}a${'*'.repeat(depth)}\n` : `${'> '.repeat(depth)}x\n`
  const lineStarts = [0, ...[...text.matchAll(/\n/g)].map((match) => match.index + 1)]
  return insertAt(text, lineStarts[at % lineStarts.length]!, `\n${nested}\n`, true)
}

function insertAt(text: string, at: number, insertion: string, exact = false): string {
  const index = exact ? at : at % (text.length + 1)
  return splice(text, index, 0, insertion)
}

function splice(text: string, start: number, deleteCount: number, insertion: string): string {
  return text.slice(0, start) + insertion + text.slice(start + deleteCount)
}

function pick<T>(values: readonly T[], index: number): T {
  return values[index % values.length]!
}
