/**
 * Property tests for span extraction: pages are built from the blocks real
 * pages are made of (spans in paragraphs, headings, tables, quotes, lists;
 * several scripts, entities, code, links; LF or CRLF), then broken on purpose.
 */
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {extractSegments} from '../../src/extract/extract.js'
import type {Extraction} from '../../src/extract/types.js'
import {markdownParser} from '../../src/lint/processor.js'

const runs = {numRuns: 200}

/** A piece of inline Markdown and the plain text the extractor should read from it. */
interface Token {
  source: string
  plain: string
}

const words = ['none', 'inProgress', 'completed', '0', '.0', '1-d', 'pbm-2', '値', 'トークン', 'せ', 'Значение', 'нуль', 'Wert', 'Zustände', '상태', '토큰', '状态', '令牌', 'ação', 'État', 'DeviceManagementServiceConfig.ReadWrite.All', '😀', 'Bearer']
const word: fc.Arbitrary<Token> = fc.constantFrom(...words).map((value) => ({source: value, plain: value}))
const entity: fc.Arbitrary<Token> = fc.constantFrom<Token>(
  {source: '&amp;', plain: '&'},
  {source: '&lt;token&gt;', plain: '<token>'},
  {source: '&nbsp;', plain: '\u00a0'},
  {source: '&#48;', plain: '0'},
  {source: '&quot;', plain: '"'}
)
const code: fc.Arbitrary<Token> = fc.constantFrom(...words).map((value) => ({source: `\`${value}\``, plain: value}))
const doubledCode: fc.Arbitrary<Token> = fc.constantFrom(...words).map((value) => ({source: `\`\` \`${value}\` \`\``, plain: `\`${value}\``}))
const link: fc.Arbitrary<Token> = fc
  .tuple(fc.constantFrom(...words), fc.constantFrom('../resources/intune-onboarding-vpptoken.md', '/graph/permissions-reference', 'https://learn.microsoft.com/en-us/graph/x'))
  .map(([label, url]) => ({source: `[${label}](${url})`, plain: label}))

function content(tokens: fc.Arbitrary<Token>): fc.Arbitrary<Token> {
  return fc.array(tokens, {minLength: 1, maxLength: 3}).map((parts) => ({
    source: parts.map((part) => part.source).join(' '),
    plain: parts.map((part) => part.plain).join(' ')
  }))
}

const inline = content(fc.oneof({arbitrary: word, weight: 4}, entity, code, doubledCode, link))
const inlineWithoutLinks = content(fc.oneof({arbitrary: word, weight: 4}, entity, code))

const spanId = fc
  .tuple(fc.stringMatching(/^[0-9a-f]{5}$/), fc.oneof(fc.integer({min: 100, max: 999}).map(String), fc.integer({min: 100, max: 199}).map((n) => `p${n}`)))
  .map(([prefix, suffix]) => `${prefix}-${suffix}`)

interface Pair {
  id: string
  localized: string
  english: string
  source: string
}

function pairOf(tokens: fc.Arbitrary<Token>): fc.Arbitrary<Pair> {
  return fc.tuple(spanId, tokens, tokens).map(([id, localized, english]) => ({
    id,
    localized: collapse(localized.plain),
    english: collapse(english.plain),
    source: `<span data-ttu-id="${id}">${localized.source}</span><span class="sxs-lookup"><span data-stu-id="${id}">${english.source}</span></span>`
  }))
}

const pair = pairOf(inline)
const pairs = fc.array(pair, {minLength: 1, maxLength: 2})

interface Block {
  source: string
  pairs: Pair[]
}

const joined = (items: Pair[]) => items.map((item) => item.source).join(' ')
const block: fc.Arbitrary<Block> = fc.oneof(
  pairs.map((items) => ({source: joined(items), pairs: items})),
  fc.tuple(fc.stringMatching(/^[a-z-]{1,12}$/), pairs).map(([anchor, items]) => ({source: `## <a name="${anchor}"></a>${joined(items)}`, pairs: items})),
  pairOf(inlineWithoutLinks).map((item) => ({source: `## [${item.source}](../api/x.md)`, pairs: [item]})),
  pairs.map((items) => ({source: `> ${joined(items)}`, pairs: items})),
  pairs.map((items) => ({source: `- ${joined(items)}`, pairs: items})),
  fc.array(fc.tuple(pair, pair), {minLength: 1, maxLength: 2}).map((rows) => ({
    source: ['|Member|Value|', '|:---|:---|', ...rows.map(([left, right]) => `| ${left.source} |${right.source}|`)].join('\n'),
    pairs: rows.flat()
  }))
)

interface GeneratedPage {
  text: string
  pairs: Pair[]
}

const page: fc.Arbitrary<GeneratedPage> = fc.tuple(fc.array(block, {minLength: 1, maxLength: 3}), fc.boolean()).map(([blocks, crlf]) => {
  const text = `${blocks.map((item) => item.source).join('\n\n')}\n`
  return {text: crlf ? text.replace(/\n/g, '\r\n') : text, pairs: blocks.flatMap((item) => item.pairs)}
})

function collapse(value: string): string {
  return value.replace(/\s+/g, ' ').trim()
}

function extract(text: string): Extraction {
  return extractSegments(markdownParser.parse(text), text)
}

/** Ranges are inside the text, ordered, and `raw` is the text they select. */
function expectConsistent(text: string, extraction: Extraction) {
  let previousEnd = 0
  for (const segment of extraction.segments) {
    const {localized, english, range} = segment
    expect(range.start).toBeGreaterThanOrEqual(previousEnd)
    expect(range.start).toBeLessThanOrEqual(localized.range.start)
    expect(localized.range.start).toBeLessThanOrEqual(localized.range.end)
    expect(localized.range.end).toBeLessThanOrEqual(english.range.start)
    expect(english.range.start).toBeLessThanOrEqual(english.range.end)
    expect(english.range.end).toBeLessThanOrEqual(range.end)
    expect(range.end).toBeLessThanOrEqual(text.length)
    for (const side of [localized, english]) {
      expect(text.slice(side.range.start, side.range.end)).toBe(side.raw)
      for (const token of side.code) {
        expect(token.range.start).toBeGreaterThanOrEqual(side.range.start)
        expect(token.range.end).toBeLessThanOrEqual(side.range.end)
      }
    }
    previousEnd = range.end
  }
  for (const problem of extraction.problems) {
    expect(problem.range.start).toBeGreaterThanOrEqual(0)
    expect(problem.range.start).toBeLessThanOrEqual(problem.range.end)
    expect(problem.range.end).toBeLessThanOrEqual(text.length)
  }
}

function triple(id: string, localized: string, english: string): string {
  return JSON.stringify([id, localized, english])
}

const tagPattern = /<\/?span[^>]*>/g

describe('span pairing properties', () => {
  it('should recover every well-formed pair with its id and texts, and report nothing', () => {
    fc.assert(
      fc.property(page, ({text, pairs: expected}) => {
        const extraction = extract(text)
        expectConsistent(text, extraction)
        expect(extraction.problems).toEqual([])
        expect(extraction.segments.map((segment) => triple(segment.id, segment.localized.text, segment.english.text))).toEqual(
          expected.map((item) => triple(item.id, item.localized, item.english))
        )
      }),
      runs
    )
  })

  it('should report a span problem, and no segment that was not written, when any one tag is removed', () => {
    fc.assert(
      fc.property(page, fc.nat(), ({text, pairs: written}, choice) => {
        const tags = [...text.matchAll(tagPattern)]
        const removed = tags[choice % tags.length]!
        const broken = text.slice(0, removed.index) + text.slice(removed.index + removed[0].length)
        const extraction = extract(broken)
        expectConsistent(broken, extraction)
        expect(extraction.problems.length).toBeGreaterThan(0)
        const allowed = new Set(written.map((item) => triple(item.id, item.localized, item.english)))
        for (const segment of extraction.segments) expect(allowed).toContain(triple(segment.id, segment.localized.text, segment.english.text))
        expect(extraction.segments.length).toBeLessThanOrEqual(written.length)
      }),
      runs
    )
  })

  it('should recover only written pairs from a page cut short anywhere', () => {
    fc.assert(
      fc.property(page, fc.nat(), ({text, pairs: written}, cut) => {
        const truncated = text.slice(0, cut % (text.length + 1))
        const extraction = extract(truncated)
        expectConsistent(truncated, extraction)
        const allowed = new Set(written.map((item) => triple(item.id, item.localized, item.english)))
        for (const segment of extraction.segments) expect(allowed).toContain(triple(segment.id, segment.localized.text, segment.english.text))
      }),
      runs
    )
  })

  it('should never throw and keep ranges consistent when random slices are deleted', () => {
    fc.assert(
      fc.property(page, fc.array(fc.tuple(fc.nat(), fc.integer({min: 1, max: 12})), {minLength: 1, maxLength: 4}), ({text}, cuts) => {
        let broken = text
        for (const [at, length] of cuts) {
          const start = at % (broken.length + 1)
          broken = broken.slice(0, start) + broken.slice(start + length)
        }
        expectConsistent(broken, extract(broken))
      }),
      runs
    )
  })
})
