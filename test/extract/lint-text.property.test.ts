/**
 * `lintText` must survive any string: arbitrary Unicode (lone surrogates
 * included), and a soup of the fragments real pages are made of, with or
 * without a byte order mark. Every message must have a place, and no rule may
 * crash (a crash becomes a `Cannot check` message).
 */
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import type {VFile} from 'vfile'
import {lintText} from '../../src/lint/lint-text.js'
import {Page} from '../../src/model/types.js'

const runs = {numRuns: 200}

const loneSurrogate = fc.integer({min: 0xd800, max: 0xdfff}).map((code) => String.fromCharCode(code))
const anyUnit = fc.oneof(fc.string({unit: 'binary', maxLength: 1}), fc.string({unit: 'grapheme', maxLength: 1}), loneSurrogate)

const fragments = [
  '---\n',
  'title: a: b\n',
  'ms.locfileid: "1"\n',
  'doc_type: apiPageType\n',
  '# <a name="members"></a>',
  '## <a name="request-headers"></a>',
  '## <a name="http-request"></a>',
  '### <a name="response"></a>',
  '|',
  '|:---|:---|\n',
  '\n',
  '\r\n',
  '\t',
  ' ',
  '> ',
  '- ',
  '<span data-ttu-id="a-1">',
  '<span data-ttu-id="a-2">',
  '<span data-ttu-id="">',
  '<span class="sxs-lookup">',
  '<span data-stu-id="a-1">',
  '<span data-stu-id="a-2">',
  '</span>',
  '<span',
  '```http\n',
  '```json\n',
  '```',
  'GET /deviceAppManagement/vppTokens\n',
  '取得 /deviceAppManagement/vpp令牌/{id}\n',
  'HTTP/1.1 200 OK\n',
  '{"value": [',
  '"state": "valid"',
  '}',
  '`',
  '``',
  '[',
  '](',
  ')',
  '&amp;',
  '&lt;',
  '&nbsp;',
  '&#0;',
  'Member',
  'Value',
  'Header',
  'Accept',
  '承諾',
  'none',
  '.0',
  'DeviceManagementServiceConfig.ReadWrite.All',
  'Boolean',
  'ブール型',
  '😀'
]
const word = fc.constantFrom('none', '.0', 'せ', 'Keine', 'Accept', '承諾', 'Boolean', 'ブール型', '`none`', '`aucun`', '[x](../a.md)', '[x](../b.md)', 'DeviceManagementServiceConfig.ReadWrite.All', '')
const pair = fc
  .tuple(fc.constantFrom('a-1', 'a-2', 'b-p101'), word, word)
  .map(([id, localized, english]) => `<span data-ttu-id="${id}">${localized}</span><span class="sxs-lookup"><span data-stu-id="${id}">${english}</span></span>`)
const cell = fc.oneof(pair, word)
// Whole blocks give the rules tables, requests and examples to look at.
const block = fc.oneof(
  fc.tuple(fc.constantFrom('members', 'properties', 'request-headers', 'prerequisites', 'notes'), fc.constantFrom('|Member|Value|', '|Property|Type|', '|Header|Value|', '|Permission type|Permissions|', '|メンバー|値|'), fc.array(fc.tuple(cell, cell), {maxLength: 3})).map(
    ([anchor, header, rows]) => `## <a name="${anchor}"></a>${anchor}\n${header}\n|:---|:---|\n${rows.map(([left, right]) => `|${left}|${right}|`).join('\n')}\n\n`
  ),
  fc.tuple(fc.constantFrom('http-request', 'request', 'response'), fc.constantFrom('GET', 'POST', '取得', 'patch'), fc.constantFrom('/deviceAppManagement/vppTokens', '/deviceAppManagement/vpp令牌/{vppTokenId}', 'https://graph.microsoft.com/beta/deviceAppManagement/vppTokens/{vppTokenId}/syncLicenses')).map(
    ([anchor, method, target]) => `## <a name="${anchor}"></a>x\n\n\`\`\` http\n${method} ${target}\nContent-Type: application/json\n\n{"state": "valid"}\n\`\`\`\n\n`
  ),
  fc.array(cell, {minLength: 1, maxLength: 3}).map((cells) => `${cells.join(' ')}\n\n`)
)
const soup = fc
  .array(fc.oneof({arbitrary: fc.constantFrom(...fragments), weight: 6}, {arbitrary: block, weight: 2}, {arbitrary: pair, weight: 2}, anyUnit), {maxLength: 40})
  .map((parts) => parts.join(''))

function expectSoundMessages(file: VFile) {
  const text = String(file.value)
  for (const message of file.messages) {
    expect(message.line).toBeGreaterThanOrEqual(1)
    expect(message.column).toBeGreaterThanOrEqual(1)
    expect(message.reason).not.toMatch(/^Cannot check/)
    expect(message.source).toBe('locdoc')
    if (message.fix) {
      expect(message.fix.range[0]).toBeLessThanOrEqual(message.fix.range[1])
      expect(message.fix.range[1]).toBeLessThanOrEqual(text.length)
    }
  }
}

describe('lintText properties', () => {
  it('should lint arbitrary Unicode without throwing or crashing a rule', () => {
    fc.assert(
      fc.property(fc.string({unit: 'binary', maxLength: 200}), (text) => {
        expectSoundMessages(lintText(text))
      }),
      runs
    )
  })

  it('should lint strings with lone surrogates and graphemes without throwing', () => {
    fc.assert(
      fc.property(fc.array(anyUnit, {maxLength: 80}), (units) => {
        expectSoundMessages(lintText(units.join('')))
      }),
      runs
    )
  })

  it('should lint a soup of page fragments, with or without a BOM, into a valid page model', () => {
    fc.assert(
      fc.property(soup, fc.boolean(), (text, bom) => {
        const file = lintText(bom ? `\ufeff${text}` : text)
        expect(file.data.bom).toBe(bom ? '\ufeff' : '')
        expect(String(file.value)).toBe(text)
        expectSoundMessages(file)
        const page = file.data.page!
        expect(Page.safeParse(page).success).toBe(true)
        for (const segment of page.segments) {
          for (const side of [segment.localized, segment.english]) expect(text.slice(side.range.start, side.range.end)).toBe(side.raw)
        }
      }),
      runs
    )
  })
})
