import {readFile} from 'node:fs/promises'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'
import {VFile} from 'vfile'
import {renderMarkdownToHtml} from '../../src/render/page-html.js'
import {renderReportHtml} from '../../src/render/report-html.js'
import {reportScript, reportScriptHash} from '../../src/render/report-script.js'

const hostile = fileURLToPath(new URL('../fixtures/fix/hostile/page.md', import.meta.url))

describe('renderMarkdownToHtml', () => {
  it('should render tables, code blocks and links, and never pass page HTML through', () => {
    const html = renderMarkdownToHtml(
      [
        '---',
        'title: x',
        '---',
        '# <a name="members"></a>Members',
        '',
        '|Member|Value|',
        '|:---|:---|',
        '|none|0<br/>zero|',
        '',
        '```json',
        '{"a": "<b>"}',
        '```',
        '',
        'See [user](../resources/user.md), [bad](javascript:alert(1)) and <script>alert(1)</script> <img src=x onerror="alert(1)">.'
      ].join('\n'),
      {title: 'Page <x>', lang: 'fr-FR'}
    )
    expect(html).toMatch(/^<!doctype html><html lang="fr-FR"><head><meta charset="utf-8"><title>Page &#x3C;x><\/title><style>/)
    expect(html).toContain('<h1 id="members">Members</h1>')
    expect(html).toContain('<td align="left">none</td>')
    expect(html).toContain('<td align="left">0<br>\nzero</td>')
    expect(html).toContain('<pre><code class="language-json">{"a": "&#x3C;b>"}\n</code></pre>')
    expect(html).toContain('<a href="../resources/user.md">user</a>')
    expect(html).toContain('<a>bad</a>')
    expect(html).toContain('&#x3C;script>alert(1)&#x3C;/script>')
    expect(html).not.toMatch(/<script|<img|title: x/)
  })
})

describe('renderReportHtml', () => {
  it('should escape everything taken from a page and link each finding to its line and rule', async () => {
    const source = await readFile(hostile, 'utf8')
    const file = new VFile({path: 'page.md', value: source})
    const message = file.message('Unexpected `<script>` for member `none`, expected `none`', {place: {line: 18, column: 2}, ruleId: 'enum-member-name', source: 'locdoc'})
    message.fatal = true
    message.url = 'https://example.test/rules#enum-member-name'
    message.actual = 'aucun<script>window.__pwned=1</script>'
    message.expected = ['none" onerror="x']
    message.fix = {range: [0, 3], text: '<img src=x onerror="window.__pwned=1">'}
    const html = renderReportHtml([{displayPath: 'page.md', href: 'page.md', locale: 'fr-FR', messages: file.messages, source}])
    // One script, ours: the policy admits it by hash and nothing else.
    expect(html.match(/<script/g)).toHaveLength(1)
    expect(html).toContain(`<script>${reportScript}</script>`)
    expect(html).toContain(`script-src ${reportScriptHash.replaceAll("'", '&#x27;')};`)
    expect(html).not.toMatch(/<img|<style>[^<]*<\/style>.*<style/s)
    expect(html).toContain('<code>aucun&#x3C;script>window.__pwned=1&#x3C;/script></code>')
    expect(html).toContain('<code>none" onerror="x</code>')
    expect(html).toContain('<a href="#file-1-1" title="page.md:18:2">18:2</a>')
    expect(html).toContain('<section class="file" id="file-1" lang="fr-FR">')
    expect(html).toContain('<a href="https://example.test/rules#enum-member-name">enum-member-name</a>')
    expect(html).toContain('<del><code>---</code></del> → <code>&#x3C;img src=x onerror="window.__pwned=1"></code>')
    expect(html).toMatch(/<tr class="total"><td>Total<\/td><td class="number">1<\/td><td class="number">0<\/td><td class="number">1<\/td><\/tr>/)
  })
})

describe('renderMarkdownToHtml anchors', () => {
  it('should keep a heading anchor as the heading id and other anchors as empty link targets', () => {
    const html = renderMarkdownToHtml(['## <a name="request-headers"></a>要求ヘッダー', '', 'Text <a name="note-1"></a> more, <a href="x">link</a>.'].join('\n'))
    expect(html).toContain('<h2 id="request-headers">要求ヘッダー</h2>')
    expect(html).toContain('<p>Text <a id="note-1"></a> more, link.</p>')
  })
})
