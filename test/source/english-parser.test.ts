/**
 * The English page is parsed with the autolink-literal transform run only on
 * the blocks that could hold one: the tree must be the tree the lint's own
 * parser gives, node for node and position for position, on any input.
 */
import {readdirSync, readFileSync, statSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {markdownParser} from '../../src/lint/processor.js'
import {englishParser} from '../../src/source/english-parser.js'

const fragments = [
  '---\ntitle: t\n---\n',
  '# <a name="properties"></a>Properties\n',
  '## Example\n',
  '| Property | Type | Description |\n|:---|:---|:---|\n',
  '| id | String | See https://graph.microsoft.com/v1.0/me. |\n',
  '| mail | String | Write to admin@contoso.com or mailto:sam@example.com. |\n',
  '|',
  '\\|',
  '\n',
  '\n\n',
  '  ',
  '> ',
  '- ',
  '1. ',
  '[^1]',
  '[^1]: See www.example.com.\n',
  '[the docs](https://docs.microsoft.com/graph)',
  '[ref][1]',
  '[1]: https://example.com/x\n',
  '<https://example.com/angle>',
  'www.contoso.com',
  'WWW.Example.org/path?q=1).',
  'http://',
  'https://a.b/c_(d)',
  'xmpp:user@example.com/resource',
  'user+tag@sub.example.co',
  '@odata.type',
  '&#64;',
  '&commat;',
  '&#104;ttp://example.com',
  '&#119;ww.example.com',
  '\\@',
  '`https://in.code/span`',
  '```http\nGET https://graph.microsoft.com/v1.0/users\n```\n',
  '*',
  '**',
  '~~',
  '<a name="x"></a>',
  '<span data-ttu-id="a-1">',
  '</span>',
  'text ',
  'Properties',
  '- [ ] task www.example.com\n'
]

const page = fc.array(fc.oneof(fc.constantFrom(...fragments), fc.string({maxLength: 6})), {maxLength: 40}).map((parts) => parts.join(''))

function same(text: string): void {
  expect(englishParser.parse(text)).toStrictEqual(markdownParser.parse(text))
}

describe('englishParser', () => {
  it('gives the lint parser’s tree on pages made of URLs, e-mail addresses, entities and links', () => {
    fc.assert(fc.property(page, same), {numRuns: 400})
  })

  it('turns a bare URL and an address in a table cell into links, and leaves a page without any untouched', () => {
    const text = '| Name | Description |\n|:---|:---|\n| id | See www.contoso.com or sam@example.com. |\n\nNothing to link here.\n'
    same(text)
    const links: string[] = []
    const visit = (node: {type: string; url?: string; children?: unknown[]}) => {
      if (node.type === 'link') links.push(node.url!)
      for (const child of (node.children ?? []) as Array<typeof node>) visit(child)
    }
    visit(englishParser.parse(text))
    expect(links).toEqual(['http://www.contoso.com', 'mailto:sam@example.com'])
  })

  it('gives the lint parser’s tree on every page in content/', () => {
    const root = fileURLToPath(new URL('../../content', import.meta.url))
    const files = (function list(directory: string): string[] {
      return readdirSync(directory).flatMap((name) => {
        const file = path.join(directory, name)
        return statSync(file).isDirectory() ? list(file) : name.endsWith('.md') ? [file] : []
      })
    })(root)
    expect(files.length).toBeGreaterThan(0)
    for (const file of files) same(readFileSync(file, 'utf8'))
  })
})
