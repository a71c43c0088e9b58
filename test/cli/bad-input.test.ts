import {mkdir, readFile, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {z} from 'zod'
import {JsonResult, type JsonMessage} from '../../src/report/json.js'
import {addFixtures, fixtures, runCli, stackFrame, useWorkspace, withoutSummary} from './run-cli.js'

const JsonReport = z.array(JsonResult)

const cwd = useWorkspace(['broken.md'])

async function lintJson(...paths: string[]): Promise<JsonResult[]> {
  const run = await runCli(['lint', '--format', 'json', ...paths], cwd())
  expect(withoutSummary(run).stderr).toBe('')
  return JsonReport.parse(JSON.parse(run.stdout))
}

/** What a finding is, without its identity: where it is, what it says, and what it fixes. */
function placeOf(message: JsonMessage) {
  return [message.ruleId, message.line, message.column, message.endLine, message.endColumn, message.message, message.actual, message.expected]
}

/** Apply fixes from the last offset backwards, as `locdoc fix` does. */
function applyFixes(text: string, messages: readonly JsonMessage[]): string {
  const fixes = messages.flatMap((message) => (message.fix ? [message.fix] : [])).sort((a, b) => b.range[0] - a.range[0])
  return fixes.reduce((result, fix) => result.slice(0, fix.range[0]) + fix.text + result.slice(fix.range[1]), text)
}

/** Bytes of `clean.md` with the first `é` of line 3 written as Latin-1 (one byte, 0xE9). */
async function latin1Page(): Promise<{bytes: Buffer; column: number}> {
  const text = await readFile(path.join(fixtures, 'clean.md'), 'utf8')
  const lines = text.split('\n')
  const column = lines[2]!.indexOf('é') + 1
  expect(column).toBeGreaterThan(1)
  const before = [...lines.slice(0, 2), lines[2]!.slice(0, column - 1)].join('\n')
  const after = text.slice(before.length + 1)
  return {bytes: Buffer.concat([Buffer.from(before, 'utf8'), Buffer.from([0xe9]), Buffer.from(after, 'utf8')]), column}
}

describe('locdoc lint: bad input', () => {
  it('should report every bad operand on one line each, lint the rest, and print no stack trace', async () => {
    await mkdir(path.join(cwd(), 'empty'))
    await writeFile(path.join(cwd(), 'empty', 'notes.txt'), 'not a page\n')
    // NUL bytes on line 4, as in an image renamed to `.md`.
    await writeFile(path.join(cwd(), 'binary.md'), Buffer.concat([Buffer.from('---\ntitle: x\n---\nab'), Buffer.from([0, 0, 1, 2]), Buffer.from('\n')]))
    const latin1 = await latin1Page()
    await writeFile(path.join(cwd(), 'latin1.md'), latin1.bytes)

    const run = await runCli(['lint', 'missing.md', 'empty', 'nothing/**/*.md', 'binary.md', 'latin1.md', 'broken.md'], cwd())

    expect(run.code).toBe(2)
    expect(withoutSummary(run).stderr).toBe(
      [
        'locdoc: missing.md: no such file',
        'locdoc: empty: no pages (*.md) in this directory',
        'locdoc: nothing/**/*.md: no files match this pattern',
        ''
      ].join('\n')
    )
    expect(run.stdout).toContain('binary.md\n  4:3  error  Unexpected binary content, expected a UTF-8 Markdown page  file-encoding\n')
    // The exact column is checked by the next test.
    expect(run.stdout).toMatch(/latin1\.md\n {2}3:\d+ {2}error {2}Unexpected byte 0x[\da-f]{2}, expected UTF-8 text {2}file-encoding\n/)
    expect(run.stdout).toMatch(/broken\.md\n {2}19:145 {2}error {2}Unexpected `1-a`/)
    expect(run.stdout).toContain('✖ 4 problems (4 errors, 0 warnings)')
    expect(run.stdout + run.stderr).not.toMatch(stackFrame)
  })

  it('should name file, line and column of the first byte that is not UTF-8', async () => {
    const latin1 = await latin1Page()
    await writeFile(path.join(cwd(), 'latin1.md'), latin1.bytes)
    const run = await runCli(['lint', '--format', 'github', 'latin1.md'], cwd())
    expect(run.code).toBe(1)
    expect(run.stdout).toBe(`::error file=latin1.md,line=3,col=${latin1.column},title=file-encoding::Unexpected byte 0xe9, expected UTF-8 text\n`)
  })

  it('should exit 2 when the only operand is missing', async () => {
    const run = await runCli(['lint', 'pages/missing.md'], cwd())
    expect(run).toEqual({code: 2, stdout: '', stderr: 'locdoc: pages/missing.md: no such file\n'})
  })

  it('should find the same lines and columns in a CRLF page, with fix ranges into the CRLF text', async () => {
    const text = await readFile(path.join(cwd(), 'broken.md'), 'utf8')
    const crlf = text.replaceAll('\n', '\r\n')
    await writeFile(path.join(cwd(), 'crlf.md'), crlf)
    const [lf, windows] = await lintJson('broken.md', 'crlf.md')
    expect(lf!.messages.length).toBeGreaterThan(0)
    expect(windows!.messages.map(placeOf)).toEqual(lf!.messages.map(placeOf))
    for (const message of windows!.messages) {
      expect(crlf.slice(message.fix!.range[0], message.fix!.range[1])).toBe(message.actual)
    }
    expect(applyFixes(crlf, windows!.messages)).toBe(applyFixes(text, lf!.messages).replaceAll('\n', '\r\n'))
  })

  it('should find the same findings with a byte order mark, columns unchanged and fix ranges after the mark', async () => {
    const text = await readFile(path.join(cwd(), 'broken.md'), 'utf8')
    await writeFile(path.join(cwd(), 'bom.md'), `\uFEFF${text}`)
    const [plain, marked] = await lintJson('broken.md', 'bom.md')
    expect(marked!.messages.length).toBe(2)
    expect(marked!.messages.map(placeOf)).toEqual(plain!.messages.map(placeOf))
    expect(marked!.messages.map((message) => message.fix)).toEqual(plain!.messages.map((message) => message.fix))
    for (const message of marked!.messages) {
      expect(text.slice(message.fix!.range[0], message.fix!.range[1])).toBe(message.actual)
    }
  })

  it('should report broken front matter with its line and column and still run the other rules', async () => {
    await addFixtures(cwd(), ['front-matter.md'])
    const [result] = await lintJson('front-matter.md')
    const frontMatter = result!.messages.filter((message) => message.ruleId === 'front-matter')
    expect(frontMatter).toHaveLength(1)
    // `title: [` is on line 2; YAML notices the unclosed sequence there or on the next line, still inside the front matter.
    expect(frontMatter[0]!.line).toBeGreaterThanOrEqual(2)
    expect(frontMatter[0]!.line).toBeLessThanOrEqual(3)
    expect(frontMatter[0]!.column).toBeGreaterThanOrEqual(1)
    expect(frontMatter[0]!.message).toMatch(/front matter/i)
    expect(result!.messages.filter((message) => message.ruleId === 'enum-member-value').map((message) => [message.line, message.actual])).toEqual([[10, 'cero']])
  })

  it('should report spans without an English partner or with mismatched ids', async () => {
    await addFixtures(cwd(), ['unpaired-spans.md'])
    const [result] = await lintJson('unpaired-spans.md')
    expect(result!.messages.map((message) => [message.ruleId, message.line, message.column])).toEqual([
      ['span-structure', 8, 1],
      ['span-structure', 10, 1]
    ])
    expect(result!.messages[0]!.message).toContain('9e1c2-102')
    expect(result!.messages[1]!.message).toContain('9e1c2-104')
  })
})
