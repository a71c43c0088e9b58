import {describe, expect, it} from 'vitest'
import {findingContext, fixDiff, markToken} from '../../src/render/finding-context.js'
import {lintText} from '../../src/lint/lint-text.js'

const enumPage = [
  '---',
  'ms.contentlocale: ja-JP',
  '---',
  '# <a name="x-enum-type"></a>x',
  '',
  '<span data-ttu-id="1-1">同期の状態。</span><span class="sxs-lookup"><span data-stu-id="1-1">Sync status, see `Boolean`.</span></span>',
  '',
  '|<span data-ttu-id="1-2">メンバー</span><span class="sxs-lookup"><span data-stu-id="1-2">Member</span></span>|<span data-ttu-id="1-3">値</span><span class="sxs-lookup"><span data-stu-id="1-3">Value</span></span>|',
  '|:---|:---|',
  '|<span data-ttu-id="1-4">none</span><span class="sxs-lookup"><span data-stu-id="1-4">none</span></span>|<span data-ttu-id="1-5">.0</span><span class="sxs-lookup"><span data-stu-id="1-5">0</span></span>|',
  ''
].join('\n')

describe('markToken', () => {
  it('should cut at the first occurrence, else case-insensitively, else not at all', () => {
    expect(markToken('a .0 b .0', '.0')).toEqual({before: 'a ', marked: '.0', after: ' b .0'})
    expect(markToken('Keine Angabe', 'keine')).toEqual({before: '', marked: 'Keine', after: ' Angabe'})
    expect(markToken('text', 'other')).toEqual({before: 'text', marked: '', after: ''})
    expect(markToken('text', undefined)).toEqual({before: 'text', marked: '', after: ''})
  })
})

describe('findingContext', () => {
  it('should show the table row of a table finding, localized above English, the cell at fault marked', () => {
    const file = lintText(enumPage, {path: 'x.md'})
    const message = file.messages.find((candidate) => candidate.ruleId === 'enum-member-value')
    expect(message, file.messages.map(String).join('\n')).toBeDefined()
    const context = findingContext(enumPage, file.data.page, message!)
    expect(context?.kind).toBe('row')
    expect(context?.localized).toEqual([
      {before: 'none', marked: '', after: ''},
      {before: '', marked: '.0', after: ''}
    ])
    expect(context?.english).toEqual([
      {before: 'none', marked: '', after: ''},
      {before: '', marked: '0', after: ''}
    ])
  })

  it('should show the sentence of a finding inside a span pair, and the source line elsewhere', () => {
    const file = lintText(enumPage, {path: 'x.md'})
    const page = file.data.page!
    const inSentence = file.message('x', {place: {start: {line: 6, column: 25, offset: enumPage.indexOf('同期')}, end: {line: 6, column: 27, offset: enumPage.indexOf('同期') + 2}}})
    inSentence.actual = '同期'
    inSentence.expected = ['Sync']
    expect(findingContext(enumPage, page, inSentence)).toEqual({
      kind: 'sentence',
      localized: [{before: '', marked: '同期', after: 'の状態。'}],
      english: [{before: '', marked: 'Sync', after: ' status, see Boolean.'}]
    })
    const title = enumPage.indexOf('x-enum-type')
    const inHeading = file.message('y', {place: {start: {line: 4, column: 13, offset: title}, end: {line: 4, column: 24, offset: title + 11}}})
    expect(findingContext(enumPage, page, inHeading)).toEqual({kind: 'line', localized: [{before: '# <a name="', marked: 'x-enum-type', after: '"></a>x'}], english: []})
  })
})

describe('fixDiff', () => {
  it('should show the removed and added line around the fix, with the line number', () => {
    const text = 'one\n|none|.0|\nthree\n'
    const start = text.indexOf('.0')
    expect(fixDiff(text, {range: [start, start + 2], text: '0'})).toEqual({
      line: 2,
      removed: {before: '|none|', marked: '.0', after: '|'},
      added: {before: '|none|', marked: '0', after: '|'}
    })
  })

  it('should elide long context on both sides but keep the change whole', () => {
    const text = `${'a'.repeat(200)}XY${'b'.repeat(200)}\r\n`
    const diff = fixDiff(text, {range: [200, 202], text: 'Z'})!
    expect(diff.removed.before).toBe(`…${'a'.repeat(80)}`)
    expect(diff.removed.after).toBe(`${'b'.repeat(80)}…`)
    expect(diff.added.marked).toBe('Z')
  })

  it('should refuse a range outside the text', () => {
    expect(fixDiff('abc', {range: [2, 9], text: ''})).toBeUndefined()
  })
})
