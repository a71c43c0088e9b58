import {readFile, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {z} from 'zod'
import {JsonResult} from '../../src/report/json.js'
import {addFixtures, runCli, stackFrame, useWorkspace, withoutSummary} from './run-cli.js'

const JsonReport = z.array(JsonResult)

const cwd = useWorkspace(['clean.md', 'broken.md'])

describe('locdoc lint: exit codes', () => {
  it('should exit 0 and print nothing for a clean page', async () => {
    const run = await runCli(['lint', 'clean.md'], cwd())
    expect(withoutSummary(run)).toEqual({code: 0, stdout: '', stderr: ''})
  })

  it('should exit 1 and print the findings when a page has errors', async () => {
    const run = await runCli(['lint', 'clean.md', 'broken.md'], cwd())
    expect(run.code).toBe(1)
    expect(withoutSummary(run).stderr).toBe('')
    expect(run.stdout).toBe(
      [
        '',
        'broken.md',
        '  19:145  error  Unexpected `1-a` for member `low`, expected `1`       enum-member-value',
        '  20:32   error  Unexpected `Hoch` for member `high`, expected `high`  enum-member-name',
        '',
        '✖ 2 problems (2 errors, 0 warnings)',
        '  translation: 2 errors (enum-member-name 1, enum-member-value 1)',
        '  2 fixable with `locdoc fix`',
        ''
      ].join('\n')
    )
  })

  it('should exit 2 with one line and the usage when no paths are given', async () => {
    const run = await runCli(['lint'], cwd())
    expect(run.code).toBe(2)
    expect(run.stdout).toBe('')
    expect(run.stderr.split('\n')[0]).toBe('locdoc lint: Missing paths to lint')
    expect(run.stderr).toContain('Usage: locdoc lint')
  })

  it('should exit 2 naming the format when the format is unknown', async () => {
    const run = await runCli(['lint', '--format', 'xml', 'broken.md'], cwd())
    expect(run.code).toBe(2)
    expect(run.stdout).toBe('')
    expect(run.stderr.split('\n')[0]).toBe('locdoc lint: Unknown format `xml`, expected one of stylish, json, github, sarif')
  })

  it('should exit 2 naming the option when an option is unknown', async () => {
    const run = await runCli(['lint', '--fast', 'broken.md'], cwd())
    expect(run.code).toBe(2)
    expect(run.stdout).toBe('')
    expect(run.stderr.split('\n')[0]).toMatch(/^locdoc lint: .*'--fast'/)
    expect(run.stderr).not.toMatch(stackFrame)
  })

  it('should exit 2 when `--max-warnings` is not a whole number', async () => {
    const run = await runCli(['lint', '--max-warnings', 'many', 'broken.md'], cwd())
    expect(run.code).toBe(2)
    expect(run.stderr.split('\n')[0]).toBe('locdoc lint: `--max-warnings` takes a whole number')
  })
})

describe('locdoc lint: options', () => {
  it('should report errors only with `--quiet`', async () => {
    await writeFile(path.join(cwd(), 'locdoc.config.json'), JSON.stringify({rules: {'enum-member-name': 'warn'}}))
    const loud = JsonReport.parse(JSON.parse((await runCli(['lint', '-f', 'json', 'broken.md'], cwd())).stdout))
    expect(loud[0]!.messages.map((message) => [message.ruleId, message.severity])).toEqual([
      ['enum-member-value', 2],
      ['enum-member-name', 1]
    ])
    const quiet = JsonReport.parse(JSON.parse((await runCli(['lint', '-f', 'json', '--quiet', 'broken.md'], cwd())).stdout))
    expect(quiet[0]!.messages.map((message) => message.ruleId)).toEqual(['enum-member-value'])
    expect(quiet[0]!.warningCount).toBe(0)
  })

  it('should exit 1 when warnings exceed `--max-warnings` and 0 when they do not', async () => {
    await writeFile(path.join(cwd(), 'locdoc.config.json'), JSON.stringify({rules: {'enum-member-name': 'warn', 'enum-member-value': 'warn'}}))
    expect((await runCli(['lint', 'broken.md'], cwd())).code).toBe(0)
    expect((await runCli(['lint', '--max-warnings', '2', 'broken.md'], cwd())).code).toBe(0)
    expect((await runCli(['lint', '--max-warnings', '1', 'broken.md'], cwd())).code).toBe(1)
    expect((await runCli(['lint', '--max-warnings', '0', 'clean.md'], cwd())).code).toBe(0)
  })

  it('should write the report to `--output` instead of stdout', async () => {
    const run = await runCli(['lint', '--format', 'json', '--output', 'report.json', 'broken.md'], cwd())
    expect(run.code).toBe(1)
    expect(run.stdout).toBe('')
    const report = JsonReport.parse(JSON.parse(await readFile(path.join(cwd(), 'report.json'), 'utf8')))
    expect(report[0]!.filePath).toBe(path.join(cwd(), 'broken.md'))
    expect(report[0]!.errorCount).toBe(2)
  })

  it('should exit 2 with one line naming the file, and no trace, when `--output` cannot be written', async () => {
    // A parent that is a file cannot become a folder; a missing folder would just be created.
    const run = await runCli(['lint', '--output', 'clean.md/report.txt', 'broken.md'], cwd())
    expect(run.code).toBe(2)
    expect(run.stdout).toBe('')
    expect(run.stderr.trimEnd().split('\n')).toHaveLength(1)
    expect(run.stderr).toContain('clean.md/report.txt')
    expect(run.stderr).not.toMatch(stackFrame)
  })

  it('should print ESLint-shaped JSON with locdoc’s fields', async () => {
    const run = await runCli(['lint', '--format', 'json', 'broken.md', 'clean.md'], cwd())
    const report = JsonReport.parse(JSON.parse(run.stdout))
    expect(report.map((result) => [path.basename(result.filePath), result.errorCount, result.fixableErrorCount])).toEqual([
      ['broken.md', 2, 2],
      ['clean.md', 0, 0]
    ])
    const source = await readFile(path.join(cwd(), 'broken.md'), 'utf8')
    const [value] = report[0]!.messages
    expect(value).toMatchObject({
      ruleId: 'enum-member-value',
      severity: 2,
      line: 19,
      column: 145,
      endLine: 19,
      endColumn: 148,
      actual: '1-a',
      expected: ['1'],
      category: 'translation',
      url: expect.stringMatching(/#enum-member-value$/),
      fingerprint: expect.stringMatching(/^[\da-f]{32}$/)
    })
    expect(source.slice(value!.fix!.range[0], value!.fix!.range[1])).toBe('1-a')
  })

  it('should print one GitHub workflow command per finding, with paths relative to the working directory', async () => {
    await addFixtures(cwd(), {'pages/de-DE/broken.md': 'broken.md'})
    const run = await runCli(['lint', '--format', 'github', 'pages'], cwd())
    expect(run.code).toBe(1)
    expect(run.stdout).toBe(
      [
        '::error file=pages/de-DE/broken.md,line=19,col=145,endLine=19,endColumn=148,title=enum-member-value::Unexpected `1-a` for member `low`, expected `1`',
        '::error file=pages/de-DE/broken.md,line=20,col=32,endLine=20,endColumn=36,title=enum-member-name::Unexpected `Hoch` for member `high`, expected `high`',
        ''
      ].join('\n')
    )
  })
})
