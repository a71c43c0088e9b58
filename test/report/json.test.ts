import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {formatJson, JsonResult, toJsonResults} from '../../src/report/json.js'
import {fileWithMessage, fixtureText, lintFixture} from './make-files.js'

const cwd = '/work/site'

describe('toJsonResults', () => {
  it('should give each file the fields of ESLint’s LintResult, in ESLint’s order', () => {
    const [result] = toJsonResults([lintFixture('broken.md', 'de-DE/broken.md')], {cwd})
    expect(Object.keys(result!)).toEqual([
      'filePath',
      'messages',
      'suppressedMessages',
      'errorCount',
      'fatalErrorCount',
      'warningCount',
      'fixableErrorCount',
      'fixableWarningCount',
      'usedDeprecatedRules'
    ])
    expect(result).toMatchObject({
      filePath: path.join(cwd, 'de-DE/broken.md'),
      suppressedMessages: [],
      errorCount: 2,
      fatalErrorCount: 0,
      warningCount: 0,
      fixableErrorCount: 2,
      fixableWarningCount: 0,
      usedDeprecatedRules: []
    })
    expect(JsonResult.safeParse(result).success).toBe(true)
  })

  it('should give each message ESLint’s LintMessage fields and locdoc’s own, with a fix range into the text', () => {
    const [result] = toJsonResults([lintFixture('broken.md')], {cwd})
    const [message] = result!.messages
    expect(Object.keys(message!)).toEqual(['ruleId', 'severity', 'message', 'line', 'column', 'endLine', 'endColumn', 'fix', 'actual', 'expected', 'fingerprint', 'category', 'provenance', 'url'])
    expect(message).toMatchObject({ruleId: 'enum-member-value', severity: 2, line: 19, column: 145, endLine: 19, endColumn: 148, actual: '1-a', expected: ['1'], fix: {text: '1'}})
    expect(fixtureText('broken.md').slice(...message!.fix!.range)).toBe('1-a')
  })

  it('should count warnings and fixable warnings apart from errors', () => {
    const file = lintFixture('broken.md')
    for (const message of file.messages) if (message.ruleId === 'enum-member-name') message.fatal = false
    const [result] = toJsonResults([file], {cwd})
    expect(result!.messages.map((message) => message.severity)).toEqual([2, 1])
    expect([result!.errorCount, result!.warningCount, result!.fixableErrorCount, result!.fixableWarningCount]).toEqual([1, 1, 1, 1])
  })

  it('should mark a file that could not be decoded as ESLint marks a parsing error', () => {
    const file = fileWithMessage('image.md', 'Unexpected binary content, expected a UTF-8 Markdown page', {ruleId: 'file-encoding', place: {line: 4, column: 3}})
    const [result] = toJsonResults([file], {cwd})
    expect(result!.fatalErrorCount).toBe(1)
    expect(result!.messages).toEqual([
      {ruleId: 'file-encoding', severity: 2, fatal: true, message: 'Unexpected binary content, expected a UTF-8 Markdown page', line: 4, column: 3}
    ])
  })

  it('should sort messages by position and put a message without a place at 1:1', () => {
    const file = fileWithMessage('page.md', 'Second', {ruleId: 'b', place: {line: 3, column: 2}})
    file.message('First', {place: {line: 3, column: 1}, ruleId: 'a'}).fatal = true
    file.message('Nowhere', {ruleId: 'c'}).fatal = true
    const [result] = toJsonResults([file], {cwd})
    expect(result!.messages.map((message) => [message.message, message.line, message.column])).toEqual([
      ['Nowhere', 1, 1],
      ['First', 3, 1],
      ['Second', 3, 2]
    ])
  })

  it('should print an empty array when there are no files', () => {
    expect(JSON.parse(formatJson([], {cwd}))).toEqual([])
  })
})
