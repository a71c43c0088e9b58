import {existsSync} from 'node:fs'
import {copyFile, mkdir, readdir, readFile, symlink, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {runCli, stackFrame, useWorkspace, withoutSummary} from '../cli/run-cli.js'

const cwd = useWorkspace(['broken.md'])

/** The same page twice over: one that lints, one whose second line is Latin-1. */
async function addBadPages(): Promise<void> {
  await mkdir(path.join(cwd(), 'docs'), {recursive: true})
  await copyFile(path.join(cwd(), 'broken.md'), path.join(cwd(), 'docs', 'good.md'))
  await writeFile(path.join(cwd(), 'docs', 'latin1.md'), Buffer.from('# Titre\n\nr\xe9sum\xe9\n', 'latin1'))
}

const commands: Record<string, (operands: string[]) => string[]> = {
  lint: (operands) => ['lint', ...operands],
  fix: (operands) => ['fix', ...operands, '--dry-run'],
  report: (operands) => ['report', ...operands, '--html', 'review.html'],
  extract: (operands) => ['extract', ...operands],
  gen: (operands) => ['gen', ...operands, '--out', 'enums', '--allow-drift']
}

describe('one exit code policy for pages that cannot be linted', () => {
  it.each(Object.keys(commands))('%s: a page that is not UTF-8 is a finding at its line and column (exit 1)', async (name) => {
    await addBadPages()
    const run = await runCli(commands[name]!(['docs/latin1.md']), cwd())
    expect(run.code).toBe(1)
    // The report command puts its findings in the HTML page, the others print them.
    const review = path.join(cwd(), 'review.html')
    const shown = run.stdout + run.stderr + (existsSync(review) ? await readFile(review, 'utf8') : '')
    expect(shown).toMatch(/latin1\.md[^]{0,400}?\b3:2\b/)
    expect(shown).toContain('Unexpected byte 0xe9, expected UTF-8 text')
    expect(run.stderr).not.toMatch(stackFrame)
  })

  it.each(Object.keys(commands))('%s: a page that cannot be read is an I/O failure (exit 2) and the others still run', async (name) => {
    await addBadPages()
    await symlink(path.join(cwd(), 'nowhere.md'), path.join(cwd(), 'docs', 'gone.md'))
    const run = await runCli(commands[name]!(['docs/good.md', 'docs/gone.md']), cwd())
    expect(run.code).toBe(2)
    expect(run.stderr).toContain('docs/gone.md: no such file')
    expect(run.stderr).not.toMatch(stackFrame)
  })
})

describe('a page the Markdown parser itself cannot read', () => {
  // remark-gfm's transforms recurse: 3,000 nested list markers overflow the stack in any remark tool.
  it('should be one finding at the nesting, exit 1, and the other page of the run still linted', async () => {
    await mkdir(path.join(cwd(), 'docs'), {recursive: true})
    await copyFile(path.join(cwd(), 'broken.md'), path.join(cwd(), 'docs', 'good.md'))
    await writeFile(path.join(cwd(), 'docs', 'deep.md'), `# Liste\n\nText\n${'- '.repeat(3000)}x\n`)
    const run = await runCli(['lint', '--format', 'json', 'docs'], cwd())
    expect(run.code).toBe(1)
    const results = JSON.parse(run.stdout) as {filePath: string; messages: {ruleId: string; line: number; message: string}[]}[]
    const deep = results.find((result) => result.filePath.endsWith('deep.md'))!
    expect(deep.messages).toMatchObject([{ruleId: 'parse', line: 4, message: expect.stringContaining('nested too deeply')}])
    expect(results.find((result) => result.filePath.endsWith('good.md'))!.messages.length).toBeGreaterThan(0)
    expect(run.stderr).not.toMatch(stackFrame)
  })
})

describe('outputs that cannot be written', () => {
  it.each([
    ['report', ['report', 'broken.md', '--html', 'out.html']],
    ['render', ['render', 'broken.md', '--out', 'out.html']]
  ])('%s: an existing directory as output is named, exit 2, no internal error', async (_, argv) => {
    await mkdir(path.join(cwd(), 'out.html'))
    const run = await runCli(argv, cwd())
    expect(run.code).toBe(2)
    expect(run.stderr).toMatch(/: cannot write .*out\.html: it is a directory, not a file\n$/)
    expect(run.stderr).not.toContain('internal error')
    expect(await readdir(path.join(cwd(), 'out.html'))).toEqual([])
  })

  it('should refuse `fix --out` inside the inputs, so the next run does not lint the copies', async () => {
    await addBadPages()
    for (const argv of [
      ['fix', 'docs', '--out', 'docs/fixed'],
      ['fix', '.', '--out', 'fixed'],
      ['fix', 'docs/**/*.md', '--out', 'docs/fixed']
    ]) {
      const run = await runCli(argv, cwd())
      expect(run.code, argv.join(' ')).toBe(2)
      expect(run.stderr).toContain('lies inside the input')
    }
    expect(existsSync(path.join(cwd(), 'fixed'))).toBe(false)
    expect(existsSync(path.join(cwd(), 'docs', 'fixed'))).toBe(false)
    // Beside the inputs is fine.
    expect((await runCli(['fix', 'docs/good.md', '--out', 'fixed'], cwd())).code).toBe(0)
  })

  it('should accept a config file saved with a byte order mark', async () => {
    await writeFile(path.join(cwd(), 'locdoc.config.json'), `\uFEFF${JSON.stringify({rules: {'enum-member-name': 'off'}})}`)
    const run = await runCli(['lint', '--format', 'json', 'broken.md'], cwd())
    expect(withoutSummary(run).stderr).toBe('')
    expect(run.stdout).not.toContain('enum-member-name')
    expect(run.stdout).toContain('enum-member-value')
  })
})
