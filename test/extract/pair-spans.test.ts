import {describe, expect, it} from 'vitest'
import {pairSpanTags} from '../../src/extract/pair-spans.js'
import {scanSpanTags, type SpanTag} from '../../src/extract/tags.js'

function pair(source: string) {
  const tags: SpanTag[] = []
  scanSpanTags(source, 0, source.length, tags)
  return pairSpanTags(tags)
}

const span = (id: string, localized: string, english: string) =>
  `<span data-ttu-id="${id}">${localized}</span><span class="sxs-lookup"><span data-stu-id="${id}">${english}</span></span>`

function slices(source: string, result: ReturnType<typeof pair>) {
  return result.segments.map((segment) => ({
    id: segment.id,
    localized: source.slice(segment.localized.start, segment.localized.end),
    english: source.slice(segment.english.start, segment.english.end),
    whole: source.slice(segment.range.start, segment.range.end)
  }))
}

describe('pairSpanTags', () => {
  it('should pair a translated span with its lookup and cover the pair with the segment range', () => {
    const source = `|${span('3b9e1-112', '.0', '0')}|`
    const result = pair(source)
    expect(result.problems).toEqual([])
    expect(slices(source, result)).toEqual([{id: '3b9e1-112', localized: '.0', english: '0', whole: span('3b9e1-112', '.0', '0')}])
  })

  it('should pair every segment of a paragraph in order', () => {
    const source = `${span('7c2d0-135', '自動生成', 'Generated.')} ${span('7c2d0-136', 'キー', 'Key.')}`
    expect(slices(source, pair(source)).map((segment) => [segment.id, segment.localized, segment.english])).toEqual([
      ['7c2d0-135', '自動生成', 'Generated.'],
      ['7c2d0-136', 'キー', 'Key.']
    ])
  })

  it('should pair across a raw newline, as when a translated span splits a table row', () => {
    const source = `|${span('9d4a7-111', 'em\nandamento', 'inProgress')}|1|`
    const result = pair(source)
    expect(result.problems).toEqual([])
    expect(slices(source, result)[0]).toMatchObject({localized: 'em\nandamento', english: 'inProgress'})
  })

  it('should leave other spans inside a translation alone', () => {
    const source = span('a-1', '<span class="notranslate">vppToken</span> の更新', 'Update <span class="notranslate">vppToken</span>')
    const result = pair(source)
    expect(result.problems).toEqual([])
    expect(slices(source, result)[0]).toMatchObject({localized: '<span class="notranslate">vppToken</span> の更新'})
  })

  it('should report a translated span without a lookup and still pair the next one', () => {
    const source = `<span data-ttu-id="b-104">Возможные состояния.</span> ${span('b-105', 'По умолчанию.', 'Default.')}`
    const result = pair(source)
    expect(result.problems).toEqual([{kind: 'missing-lookup', id: 'b-104', range: {start: 0, end: source.indexOf('</span>')}}])
    expect(result.segments.map((segment) => segment.id)).toEqual(['b-105'])
  })

  it('should report a lookup without a translated span before it', () => {
    const source = '<span class="sxs-lookup"><span data-stu-id="c-1">Default.</span></span>'
    const result = pair(source)
    expect(result.segments).toEqual([])
    expect(result.problems).toEqual([{kind: 'missing-translation', id: 'c-1', range: {start: 0, end: source.length}}])
  })

  it('should report different ids on the two sides and pair nothing', () => {
    const source = '<span data-ttu-id="f-104">Zustände.</span><span class="sxs-lookup"><span data-stu-id="f-105">States.</span></span>'
    const result = pair(source)
    expect(result.segments).toEqual([])
    expect(result.problems).toEqual([{kind: 'id-mismatch', id: 'f-104', otherId: 'f-105', range: {start: 0, end: source.length}}])
  })

  it('should report an unclosed translated span and still pair it with the lookup that follows', () => {
    const source = '<span data-ttu-id="d-104">États.<span class="sxs-lookup"><span data-stu-id="d-104">States.</span></span>'
    const result = pair(source)
    expect(result.problems).toEqual([{kind: 'unclosed-span', id: 'd-104', range: {start: 0, end: source.indexOf('>') + 1}}])
    expect(slices(source, result)).toMatchObject([{id: 'd-104', localized: 'États.', english: 'States.'}])
  })

  it('should report spans left open at the end of the page', () => {
    const source = '<span data-ttu-id="e-1">Texte'
    const result = pair(source)
    expect(result.segments).toEqual([])
    expect(result.problems.map((problem) => problem.kind)).toEqual(['unclosed-span'])
  })

  it('should report a close tag with nothing open', () => {
    const source = `${span('g-1', 'a', 'b')}</span>`
    const result = pair(source)
    expect(result.segments).toHaveLength(1)
    expect(result.problems).toEqual([{kind: 'unexpected-close', range: {start: source.length - 7, end: source.length}}])
  })

  it('should report spans without an id value', () => {
    const result = pair('<span data-ttu-id="">a</span><span class="sxs-lookup"><span data-stu-id="">b</span></span>')
    expect(result.problems.map((problem) => problem.kind)).toEqual(['missing-id', 'missing-id'])
  })

  it('should sort problems by their place in the page', () => {
    const source = `</span> <span data-ttu-id="h-1">a</span> ${span('h-2', 'b', 'c')} <span data-ttu-id="h-3">`
    const starts = pair(source).problems.map((problem) => problem.range.start)
    expect(starts.length).toBeGreaterThanOrEqual(3)
    expect(starts).toEqual([...starts].sort((a, b) => a - b))
  })

  it('should return nothing for a page without spans', () => {
    expect(pairSpanTags([])).toEqual({segments: [], problems: []})
  })
})
