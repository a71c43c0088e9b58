import {describe, expect, it} from 'vitest'
import {displayWidth, formatStylish} from '../../src/report/stylish.js'
import {fileWithMessage, lintFixture} from './make-files.js'

const cwd = '/work/site'
const ansi = /\u001B\[\d+m/g

describe('formatStylish', () => {
  it('should print nothing at all when no file has findings', () => {
    expect(formatStylish([lintFixture('clean.md')], {cwd})).toBe('')
    expect(formatStylish([], {cwd})).toBe('')
  })

  it('should group rows by file, align them in columns and sum up the problems', () => {
    const report = formatStylish([lintFixture('clean.md'), lintFixture('broken.md', 'de-DE/broken.md'), lintFixture('unpaired-spans.md', '/work/site/ko-KR/spans.md')], {cwd})
    expect(report).toBe(
      [
        '',
        'de-DE/broken.md',
        '  19:145  error  Unexpected `1-a` for member `low`, expected `1`       enum-member-value',
        '  20:32   error  Unexpected `Hoch` for member `high`, expected `high`  enum-member-name',
        '',
        'ko-KR/spans.md',
        '   8:1  error  Unexpected translated span `9e1c2-102` without an `sxs-lookup` English partner               span-structure',
        '  10:1  error  Unexpected English span `9e1c2-104` after translated span `9e1c2-103`, expected the same id  span-structure',
        '',
        '✖ 4 problems (4 errors, 0 warnings)',
        '  structure: 2 errors (span-structure 2)',
        '  translation: 2 errors (enum-member-name 1, enum-member-value 1)',
        '  2 fixable with `locdoc fix`',
        ''
      ].join('\n')
    )
  })

  it('should say `warning`, use the singular for one, and leave out the fixable line when nothing is fixable', () => {
    const report = formatStylish([fileWithMessage('page.md', 'Unexpected thing', {ruleId: 'some-rule', fatal: false, place: {line: 2, column: 7}})], {cwd})
    expect(report).toBe(['', 'page.md', '  2:7  warning  Unexpected thing  some-rule', '', '✖ 1 problem (0 errors, 1 warning)', '  file: 1 warning (some-rule 1)', ''].join('\n'))
  })

  it('should count by category and rule, errors and warnings apart, largest category first', () => {
    const file = fileWithMessage('page.md', 'Unexpected `Строка`', {ruleId: 'api-property-type', place: {line: 3, column: 2}})
    file.messages[0]!.category = 'translation'
    for (const [line, ruleId, category, fatal] of [
      [4, 'source-property-type', 'source', false],
      [5, 'source-property-type', 'source', false],
      [6, 'source-http-operation', 'source', true],
      [7, 'header-name', 'translation', true]
    ] as const) {
      const message = file.message('Unexpected', {place: {line, column: 1}, ruleId})
      message.fatal = fatal
      message.category = category
    }
    const summary = formatStylish([file], {cwd}).trimEnd().split('\n').slice(-2)
    expect(summary).toEqual(['  source: 1 error, 2 warnings (source-property-type 2, source-http-operation 1)', '  translation: 2 errors (api-property-type 1, header-name 1)'])
  })

  it('should align the rule column after messages that quote wide East Asian text', () => {
    const file = fileWithMessage('ja-JP/page.md', 'Unexpected `承諾` for header, expected `Accept`', {ruleId: 'header-name', place: {line: 45, column: 2}})
    file.message('Unexpected `ab` for header, expected `Accept`', {place: {line: 46, column: 2}, ruleId: 'header-name'}).fatal = true
    const rows = formatStylish([file], {cwd}).split('\n').slice(2, 4)
    // `承諾` takes four terminal columns, `ab` two: both rule ids start in the same terminal column.
    expect(rows.map((row) => displayWidth(row.slice(0, row.indexOf('header-name'))))).toEqual([64, 64])
  })

  it('should keep a message on its row when the reason holds a line break', () => {
    const report = formatStylish([fileWithMessage('page.md', 'Invalid front matter:\nbad indent', {ruleId: 'front-matter', place: {line: 3, column: 1}})], {cwd})
    expect(report.split('\n')[2]).toBe('  3:1  error  Invalid front matter: bad indent  front-matter')
  })

  it('should colour only when asked, with the same text underneath', () => {
    const files = [lintFixture('broken.md')]
    const plain = formatStylish(files, {cwd})
    const coloured = formatStylish(files, {cwd, color: true})
    expect(plain).not.toMatch(ansi)
    expect(coloured).toContain('\u001B[31merror\u001B[39m')
    expect(coloured).toContain('\u001B[4mbroken.md\u001B[24m')
    expect(coloured.replace(ansi, '')).toBe(plain)
  })
})

describe('displayWidth', () => {
  it('should count wide characters twice and combining marks not at all', () => {
    expect(displayWidth('abc')).toBe(3)
    expect(displayWidth('ブール型')).toBe(8)
    expect(displayWidth('한국어')).toBe(6)
    expect(displayWidth('e\u0301')).toBe(1)
    expect(displayWidth('нуль')).toBe(4)
  })
})
