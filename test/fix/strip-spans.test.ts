import {describe, expect, it} from 'vitest'
import {stripSpans} from '../../src/fix/renderings.js'
import {lintText} from '../../src/lint/lint-text.js'
import {markdownParser} from '../../src/lint/processor.js'
import {contentPages, hasSeeds, seedPages} from './pages.js'

/** Span tags outside code: code blocks and inline code may show markup on purpose. */
function spanTagsOutsideCode(markdown: string): string[] {
  const tree = markdownParser.parse(markdown)
  const found: string[] = []
  const visit = (node: {type: string; value?: string; children?: unknown[]}) => {
    if (node.type === 'html' && node.value) found.push(...(node.value.match(/<\/?span\b[^>]*>/gi) ?? []))
    for (const child of node.children ?? []) visit(child as typeof node)
  }
  visit(tree as never)
  return found
}

function strip(text: string): string {
  const page = lintText(text, {path: 'page.md'}).data.page
  if (!page) throw new Error('page did not parse')
  return stripSpans(text, page)
}

describe.each([
  ['the seed pages (needs ../shared/seeds)', seedPages(), !hasSeeds],
  ['content/', contentPages(), false]
])('stripping spans from %s', (_, pages, skip) => {
  it.skipIf(skip).each(pages.map((page) => [page.name, page.text] as const))('should leave no span tag in %s, and keep every translated sentence', (_, text) => {
    const stripped = strip(text)
    expect(spanTagsOutsideCode(stripped)).toEqual([])
    const page = lintText(text).data.page!
    for (const segment of page.segments) expect(stripped).toContain(segment.localized.raw)
  })
})

describe('stripping broken span pairs', () => {
  it.each([
    ['a translation without its lookup', '|a|<span data-ttu-id="1-1">Texte.</span>|\n', '|a|Texte.|\n'],
    ['ids that differ', '<span data-ttu-id="1-1">Texte.</span><span class="sxs-lookup"><span data-stu-id="1-2">Text.</span></span>\n', 'Texte.\n'],
    ['a lookup without its translation', 'Avant <span class="sxs-lookup"><span data-stu-id="1-3">English.</span></span>\n', 'Avant English.\n'],
    ['a stray close tag', 'Texte</span> suite.\n', 'Texte suite.\n']
  ])('should drop the tags of %s and keep the text a reader sees', (_, text, expected) => {
    expect(strip(text)).toBe(expected)
  })

  it('should leave span markup inside code alone', () => {
    const text = '```html\n<span data-ttu-id="1-1">x</span>\n```\n'
    expect(strip(text)).toBe(text)
  })
})
