import {describe, expect, it} from 'vitest'
import {codeContentRange, collapseWhiteSpace, destinationRange, indexInline, textWithin} from '../../src/extract/inline-index.js'
import {decodeEntities} from '../../src/extract/decode.js'
import {markdownParser} from '../../src/lint/processor.js'

/** The code range of the first `` ` `` run in `source`, as the slice it selects. */
function codeContent(source: string): string {
  const start = source.indexOf('`')
  const end = source.lastIndexOf('`') + 1
  const range = codeContentRange(source, start, end)
  return source.slice(range.start, range.end)
}

describe('codeContentRange', () => {
  it('should select the code between single backticks', () => {
    expect(codeContent('値は `none` です')).toBe('none')
  })

  it('should select the code between doubled backticks and strip one space each side', () => {
    expect(codeContent('use `` a`b `` here')).toBe('a`b')
    expect(codeContent('written `` `2019-01-01` `` in')).toBe('`2019-01-01`')
  })

  it('should strip only one space each side', () => {
    expect(codeContent('`  x  `')).toBe(' x ')
  })

  it('should keep code that is only spaces whole', () => {
    expect(codeContent('a `  ` b')).toBe('  ')
  })

  it('should keep a space on one side only', () => {
    expect(codeContent('` x`')).toBe(' x')
  })

  it('should agree with the inline code node of a parsed page', () => {
    const source = 'Die Werte sind ``$filter=state eq \'valid\'`` und `` `x` ``.\n'
    const index = indexInline(markdownParser.parse(source), source)
    expect(index.code.map((leaf) => [leaf.token.value, source.slice(leaf.token.range.start, leaf.token.range.end)])).toEqual([
      ["$filter=state eq 'valid'", "$filter=state eq 'valid'"],
      ['`x`', '`x`']
    ])
  })
})

describe('destinationRange', () => {
  function destination(source: string): string | undefined {
    const labelEnd = source.indexOf(']')
    const range = destinationRange(source, labelEnd, source.length)
    return range && source.slice(range.start, range.end)
  }

  it('should select a plain destination', () => {
    expect(destination('[vppToken](../resources/intune-onboarding-vpptoken.md)')).toBe('../resources/intune-onboarding-vpptoken.md')
  })

  it('should stop before a title', () => {
    expect(destination('[a](https://example.com/x "Title")')).toBe('https://example.com/x')
  })

  it('should skip white space after the parenthesis', () => {
    expect(destination('[a](  /graph/permissions-reference )')).toBe('/graph/permissions-reference')
  })

  it('should select inside angle brackets', () => {
    expect(destination('[a](<../a b.md>)')).toBe('../a b.md')
  })

  it('should keep balanced parentheses and escaped ones', () => {
    expect(destination('[a](https://x/wiki/A_(b)_c)')).toBe('https://x/wiki/A_(b)_c')
    expect(destination('[a](x\\)y)')).toBe('x\\)y')
  })

  it('should find nothing for a reference link', () => {
    expect(destination('[a][ref]')).toBeUndefined()
  })

  it('should give the range of parsed links, including links whose label holds spans, and none for autolinks', () => {
    const source = '[<span data-ttu-id="a-1">状態</span><span class="sxs-lookup"><span data-stu-id="a-1">state</span></span>](../resources/state.md) and <https://x.example/a>\n'
    const index = indexInline(markdownParser.parse(source), source)
    const links = index.links.map((leaf) => leaf.token)
    expect(links.map((link) => [link.url, link.range && source.slice(link.range.start, link.range.end)])).toEqual([
      ['../resources/state.md', '../resources/state.md'],
      ['https://x.example/a', undefined]
    ])
  })
})

describe('decodeEntities', () => {
  it('should decode named, decimal and hexadecimal references', () => {
    expect(decodeEntities('Bearer &lt;token&gt; &amp; &#48;&#x31; &nbsp;')).toBe('Bearer <token> & 01 \u00a0')
  })

  it('should leave unknown names and bare ampersands as they are', () => {
    expect(decodeEntities('A & B &notanentity; &')).toBe('A & B &notanentity; &')
  })

  it('should replace invalid code points with U+FFFD', () => {
    expect(decodeEntities('&#0;&#xD800;&#x110000;')).toBe('\ufffd\ufffd\ufffd')
  })

  it('should decode astral code points', () => {
    expect(decodeEntities('&#x1F600;')).toBe('😀')
  })

  it('should return text without ampersands untouched', () => {
    const text = 'plain text'
    expect(decodeEntities(text)).toBe(text)
  })
})

describe('textWithin', () => {
  it('should read decoded text without markup, white space collapsed', () => {
    const source = '**重要:**  ベアラー &lt;トークン&gt;\n`none` と [リンク](x.md)\n'
    const index = indexInline(markdownParser.parse(source), source)
    expect(textWithin(index, source, {start: 0, end: source.length})).toBe('重要: ベアラー <トークン> none と リンク')
  })

  it('should read the source of spans in a raw HTML block, decoded and without tags', () => {
    const source = '<p>\n<span data-ttu-id="a-1">A &amp; <b>B</b></span>\n</p>\n'
    const index = indexInline(markdownParser.parse(source), source)
    const start = source.indexOf('A')
    const end = source.indexOf('</span>')
    expect(textWithin(index, source, {start, end}, true)).toBe('A & B')
    expect(textWithin(index, source, {start, end}, false)).toBe('')
  })

  it('should keep the word break of a raw newline that ended a table row', () => {
    const source = '|a|b|\n|-|-|\n|<span data-ttu-id="x-1">em\nandamento</span><span class="sxs-lookup"><span data-stu-id="x-1">inProgress</span></span>|1|\n'
    const index = indexInline(markdownParser.parse(source), source)
    const start = source.indexOf('em')
    expect(textWithin(index, source, {start, end: source.indexOf('</span>')})).toBe('em andamento')
  })
})

describe('collapseWhiteSpace', () => {
  it('should collapse tabs, newlines and no-break spaces and trim', () => {
    expect(collapseWhiteSpace('\t1\u00a0 \n2 ')).toBe('1 2')
  })
})
