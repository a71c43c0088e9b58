import {describe, expect, it} from 'vitest'
import {extractSegments} from '../../src/extract/extract.js'
import type {Segment} from '../../src/extract/types.js'
import {markdownParser} from '../../src/lint/processor.js'

const span = (id: string, localized: string, english: string) =>
  `<span data-ttu-id="${id}">${localized}</span><span class="sxs-lookup"><span data-stu-id="${id}">${english}</span></span>`

function extract(source: string) {
  return extractSegments(markdownParser.parse(source), source)
}

function expectRawMatchesSource(source: string, segments: readonly Segment[]) {
  for (const segment of segments) {
    for (const side of [segment.localized, segment.english]) expect(source.slice(side.range.start, side.range.end)).toBe(side.raw)
  }
}

describe('extractSegments', () => {
  it('should read both sides of a table cell segment', () => {
    const source = `|a|b|\n|-|-|\n|${span('3b9e1-117', 'せ', 'completed')}|${span('3b9e1-118', 'pbm-2', '2')}|\n`
    const {segments, problems} = extract(source)
    expect(problems).toEqual([])
    expect(segments.map((segment) => [segment.id, segment.localized.text, segment.english.text])).toEqual([
      ['3b9e1-117', 'せ', 'completed'],
      ['3b9e1-118', 'pbm-2', '2']
    ])
    expectRawMatchesSource(source, segments)
  })

  it('should read a line break tag between words as a space', () => {
    const source = `${span('7c2d0-125', 'Chat.Read.All для чата.</br>ChannelMessage.Read.All для канала.', 'Chat.Read.All for a chat.<br/>ChannelMessage.Read.All for a channel.')}\n`
    const [segment] = extract(source).segments
    expect(segment?.localized.text).toBe('Chat.Read.All для чата. ChannelMessage.Read.All для канала.')
    expect(segment?.english.text).toBe('Chat.Read.All for a chat. ChannelMessage.Read.All for a channel.')
  })

  it('should decode entities in text and keep them in raw', () => {
    const source = `${span('7c2d0-124', 'ベアラー &lt;トークン&gt;。必須項目。', 'Bearer &lt;token&gt;. Needed.')}\n`
    const [segment] = extract(source).segments
    expect(segment?.localized).toMatchObject({text: 'ベアラー <トークン>。必須項目。', raw: 'ベアラー &lt;トークン&gt;。必須項目。'})
    expect(segment?.english.text).toBe('Bearer <token>. Needed.')
  })

  it('should collect inline code and links of each side with source ranges', () => {
    const source = `${span('a-1', '[VPPトークン](../resources/vpptoken.md) の `state` は `有効` です。', 'The `state` of a [vppToken](../resources/vpptoken.md) is `valid`.')}\n`
    const [segment] = extract(source).segments
    expect(segment?.localized.code.map((code) => [code.value, source.slice(code.range.start, code.range.end)])).toEqual([
      ['state', 'state'],
      ['有効', '有効']
    ])
    expect(segment?.english.code.map((code) => code.value)).toEqual(['state', 'valid'])
    expect(segment?.localized.links).toEqual([
      {url: '../resources/vpptoken.md', text: 'VPPトークン', range: {start: source.indexOf('../resources'), end: source.indexOf('.md') + 3}}
    ])
    expect(segment?.english.links.map((link) => link.text)).toEqual(['vppToken'])
  })

  it('should keep offsets right inside block quotes and list items', () => {
    const source = `> ${span('q-1', '**重要:** 変更される\n> 可能性があります。', '**Important:** subject\n> to change.')}\n\n- ${span('l-1', 'Élément', 'Item')}\n  ${span('l-2', 'suite', 'more')}\n`
    const {segments, problems} = extract(source)
    expect(problems).toEqual([])
    expect(segments.map((segment) => [segment.localized.text, segment.english.text])).toEqual([
      ['重要: 変更される 可能性があります。', 'Important: subject to change.'],
      ['Élément', 'Item'],
      ['suite', 'more']
    ])
    expectRawMatchesSource(source, segments)
  })

  it('should read spans inside the link text of a heading', () => {
    const source = `## [${span('h-1', 'VPP トークン', 'vppToken')}](../resources/vpptoken.md)\n`
    const [segment] = extract(source).segments
    expect([segment?.localized.text, segment?.english.text]).toEqual(['VPP トークン', 'vppToken'])
    // The link wraps both sides, so neither side owns it.
    expect(segment?.localized.links).toEqual([])
  })

  it('should read spans in a raw HTML block from the source', () => {
    const source = `<div>\n${span('b-1', 'A &amp; B', 'C &lt;d&gt;')}\n</div>\n`
    const [segment] = extract(source).segments
    expect([segment?.localized.text, segment?.english.text]).toEqual(['A & B', 'C <d>'])
    expectRawMatchesSource(source, extract(source).segments)
  })

  it('should keep CRLF pages byte exact', () => {
    const source = `# T\r\n\r\n${span('c-1', 'Ligne\r\nsuivante', 'Next\r\nline')}\r\n`
    const [segment] = extract(source).segments
    expect(segment?.localized.raw).toBe('Ligne\r\nsuivante')
    expect(segment?.localized.text).toBe('Ligne suivante')
  })

  it('should give the same segments with or without a given index', () => {
    const source = `${span('i-1', 'a', 'b')}\n`
    const tree = markdownParser.parse(source)
    expect(extractSegments(tree, source)).toEqual(extract(source))
  })

  it('should find no segment and no problem on a page without spans', () => {
    expect(extract('# Titre\n\n|a|b|\n|-|-|\n|1|2|\n')).toEqual({segments: [], problems: []})
  })
})
