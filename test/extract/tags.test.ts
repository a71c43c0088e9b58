import {describe, expect, it} from 'vitest'
import {scanSpanTags, type SpanTag} from '../../src/extract/tags.js'

function scan(source: string, start = 0, end = source.length): SpanTag[] {
  const tags: SpanTag[] = []
  scanSpanTags(source, start, end, tags)
  return tags
}

describe('scanSpanTags', () => {
  it('should classify the four sxs tags of a pair and give their offsets', () => {
    const source = '<span data-ttu-id="3b9e1-112">.0</span><span class="sxs-lookup"><span data-stu-id="3b9e1-112">0</span></span>'
    const tags = scan(source)
    expect(tags.map((tag) => [tag.kind, tag.id])).toEqual([
      ['translation', '3b9e1-112'],
      ['close', undefined],
      ['lookup', undefined],
      ['english', '3b9e1-112'],
      ['close', undefined],
      ['close', undefined]
    ])
    for (const tag of tags) expect(source.slice(tag.start, tag.end)).toMatch(/^<\/?span[^>]*>$/)
    expect(source.slice(tags[0]!.end, tags[1]!.start)).toBe('.0')
  })

  it('should read ids in single quotes, without quotes and with spaces around `=`', () => {
    const tags = scan(`<span data-ttu-id='a-1'></span><span data-stu-id=b-2></span><span data-ttu-id = "c-3"></span>`)
    expect(tags.filter((tag) => tag.kind !== 'close').map((tag) => [tag.kind, tag.id])).toEqual([
      ['translation', 'a-1'],
      ['english', 'b-2'],
      ['translation', 'c-3']
    ])
  })

  it('should keep an empty id empty, for the missing-id problem', () => {
    expect(scan('<span data-ttu-id="">x</span>')[0]).toMatchObject({kind: 'translation', id: ''})
  })

  it('should match tags in any case and a close tag with white space', () => {
    const tags = scan('<SPAN DATA-TTU-ID="A-1">x</SPAN ><Span Class="sxs-lookup"></span>')
    expect(tags.map((tag) => tag.kind)).toEqual(['translation', 'close', 'lookup', 'close'])
  })

  it('should find `sxs-lookup` among other classes and call other spans `other`', () => {
    const tags = scan('<span class="notranslate sxs-lookup">a</span><span class="notranslate">b</span><span>c</span>')
    expect(tags.filter((tag) => tag.kind !== 'close').map((tag) => tag.kind)).toEqual(['lookup', 'other', 'other'])
  })

  it('should not take `<spanner>` or text that merely says span for a tag', () => {
    expect(scan('<spanner>x</spanner> span </ span>')).toEqual([])
  })

  it('should report offsets into the whole source when scanning a slice of it', () => {
    const source = 'before > <span data-ttu-id="a-1">x</span> after'
    const start = source.indexOf('<')
    const tags = scan(source, start, source.length)
    expect(tags[0]).toEqual({kind: 'translation', id: 'a-1', start, end: source.indexOf('x')})
    expect(source.slice(tags[1]!.start, tags[1]!.end)).toBe('</span>')
  })

  it('should only scan between start and end', () => {
    const source = '<span data-ttu-id="a-1">x</span>'
    expect(scan(source, 0, source.indexOf('x'))).toHaveLength(1)
  })

  it('should append to the tags already found', () => {
    const tags: SpanTag[] = [{kind: 'close', start: 0, end: 7}]
    scanSpanTags('</span>', 0, 7, tags)
    expect(tags).toHaveLength(2)
  })
})
