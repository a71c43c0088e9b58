import {describe, expect, it} from 'vitest'
import {escapeData, escapeProperty, formatGithub} from '../../src/report/github.js'
import {fileWithMessage, lintFixture} from './make-files.js'

const cwd = '/work/site'

describe('formatGithub', () => {
  it('should print one `::error` command per finding with its range and rule', () => {
    expect(formatGithub([lintFixture('clean.md'), lintFixture('broken.md', '/work/site/de-DE/broken.md')], {cwd})).toBe(
      [
        '::error file=de-DE/broken.md,line=19,col=145,endLine=19,endColumn=148,title=enum-member-value::Unexpected `1-a` for member `low`, expected `1`',
        '::error file=de-DE/broken.md,line=20,col=32,endLine=20,endColumn=36,title=enum-member-name::Unexpected `Hoch` for member `high`, expected `high`',
        ''
      ].join('\n')
    )
  })

  it('should print `::warning` for a warning and leave out what a message does not have', () => {
    const file = fileWithMessage('page.md', 'Odd', {fatal: false, place: {line: 2, column: 3}})
    expect(formatGithub([file], {cwd})).toBe('::warning file=page.md,line=2,col=3::Odd\n')
  })

  it('should escape the message and, further, the property values', () => {
    const file = fileWithMessage('a,b:c%.md', '100% sure:\r\nyes, really', {ruleId: 'x', place: {start: {line: 1, column: 1}, end: {line: 1, column: 2}}})
    expect(formatGithub([file], {cwd})).toBe('::error file=a%2Cb%3Ac%25.md,line=1,col=1,endLine=1,endColumn=2,title=x::100%25 sure:%0D%0Ayes, really\n')
  })

  it('should print nothing when there are no findings', () => {
    expect(formatGithub([lintFixture('clean.md')], {cwd})).toBe('')
  })
})

describe('escapeData and escapeProperty', () => {
  it('should escape `%` first so escapes are not escaped twice', () => {
    expect(escapeData('%0A\n')).toBe('%250A%0A')
    expect(escapeProperty('%3A:,')).toBe('%253A%3A%2C')
  })
})
