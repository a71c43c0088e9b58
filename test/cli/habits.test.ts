/**
 * The habits a user brings from eslint, markdownlint-cli2 and prettier:
 * `--version`, standard input, `--fix`, colour switches, ignore files,
 * extensions, config paths relative to the config, JSON with comments,
 * `--include-source` and a progress line only on a terminal.
 */
import {mkdir, readFile, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {z} from 'zod'
import {colorFromEnvironment} from '../../src/cli/io.js'
import {JsonResult} from '../../src/report/json.js'
import {embeddedSchema} from '../../src/schema/embedded.js'
import {addFixtures, fixtures, runCli, useWorkspace, withoutSummary} from './run-cli.js'

const JsonReport = z.array(JsonResult)
const cwd = useWorkspace(['broken.md', 'clean.md'])
const version = (JSON.parse(await readFile(new URL('../../package.json', import.meta.url), 'utf8')) as {version: string}).version
const brokenText = () => readFile(path.join(fixtures, 'broken.md'), 'utf8')

const filesOf = (stdout: string) => JsonReport.parse(JSON.parse(stdout)).map((result) => path.relative(cwd(), result.filePath).split(path.sep).join('/'))

describe('locdoc --version', () => {
  it('should print the version of the package and exit 0', async () => {
    expect(await runCli(['--version'], cwd())).toEqual({code: 0, stdout: `${version}\n`, stderr: ''})
  })
})

describe('locdoc lint --stdin', () => {
  it('should lint standard input, given as `--stdin` or `-`, under `--stdin-filename`', async () => {
    const text = await brokenText()
    for (const argv of [['--stdin', '--stdin-filename', 'docs/page.md'], ['-', '--stdin-filename', 'docs/page.md']]) {
      const run = await runCli(['lint', '-f', 'json', ...argv], cwd(), {readStdin: async () => text})
      expect(run.code).toBe(1)
      const [result] = JsonReport.parse(JSON.parse(run.stdout))
      expect(result!.filePath).toBe(path.join(cwd(), 'docs', 'page.md'))
      expect(result!.messages.map((message) => message.ruleId)).toEqual(['enum-member-value', 'enum-member-name'])
    }
  })

  it('should refuse paths and standard input together', async () => {
    const run = await runCli(['lint', '-', 'broken.md'], cwd(), {readStdin: async () => ''})
    expect(run.code).toBe(2)
    expect(run.stderr.split('\n')[0]).toBe('locdoc lint: Expected either paths or standard input (`--stdin`, `-`), not both')
  })
})

describe('locdoc lint --fix', () => {
  it('should correct the pages in place as `locdoc fix --write` does', async () => {
    const run = await runCli(['lint', '--fix', 'broken.md'], cwd())
    expect(run.code, run.stderr).toBe(0)
    expect(run.stderr).toMatch(/fixed 2 ranges in 1 of 1 files/)
    expect(withoutSummary(await runCli(['lint', 'broken.md'], cwd()))).toEqual({code: 0, stdout: '', stderr: ''})
  })
})

describe('colour', () => {
  it('should follow FORCE_COLOR, then NO_COLOR, then the terminal', () => {
    expect(colorFromEnvironment({}, true)).toBe(true)
    expect(colorFromEnvironment({}, false)).toBe(false)
    expect(colorFromEnvironment({NO_COLOR: '1'}, true)).toBe(false)
    expect(colorFromEnvironment({FORCE_COLOR: '1'}, false)).toBe(true)
    expect(colorFromEnvironment({FORCE_COLOR: '1', NO_COLOR: '1'}, false)).toBe(true)
    expect(colorFromEnvironment({FORCE_COLOR: '0'}, true)).toBe(false)
  })

  it('should colour with `--color` and not with `--no-color`, whatever the terminal', async () => {
    const escape = '\u001B['
    expect((await runCli(['lint', '--color', 'broken.md'], cwd(), {color: false})).stdout).toContain(escape)
    expect((await runCli(['lint', '--no-color', 'broken.md'], cwd(), {color: true})).stdout).not.toContain(escape)
    expect((await runCli(['lint', 'broken.md'], cwd(), {color: true})).stdout).toContain(escape)
  })
})

describe('ignore files and patterns', () => {
  async function pages(): Promise<void> {
    await addFixtures(cwd(), {'docs/a.md': 'clean.md', 'docs/drafts/b.md': 'broken.md', 'docs/build/c.md': 'broken.md', 'docs/d.md': 'broken.md'})
  }

  it('should skip what .gitignore and .locdocignore name, and lint it all with --no-ignore', async () => {
    await pages()
    await writeFile(path.join(cwd(), '.gitignore'), '# build output\nbuild/\n')
    await writeFile(path.join(cwd(), '.locdocignore'), 'drafts\n/docs/d.md\n')
    const run = await runCli(['lint', '-f', 'json', 'docs'], cwd())
    expect(run.code).toBe(0)
    expect(filesOf(run.stdout)).toEqual(['docs/a.md'])
    const all = await runCli(['lint', '-f', 'json', '--no-ignore', 'docs'], cwd())
    expect(filesOf(all.stdout)).toEqual(['docs/a.md', 'docs/build/c.md', 'docs/d.md', 'docs/drafts/b.md'])
  })

  it('should re-include a page negated with `!`', async () => {
    await pages()
    await writeFile(path.join(cwd(), '.locdocignore'), 'docs/*.md\n!docs/a.md\n')
    expect(filesOf((await runCli(['lint', '-f', 'json', 'docs'], cwd())).stdout)).toEqual(['docs/a.md', 'docs/build/c.md', 'docs/drafts/b.md'])
  })

  it('should skip --ignore-pattern globs and warn when an ignored page is named explicitly', async () => {
    await pages()
    const run = await runCli(['lint', '-f', 'json', '--ignore-pattern', 'docs/d*/**', '--ignore-pattern', '**/c.md', 'docs', 'docs/build/c.md'], cwd())
    expect(filesOf(run.stdout)).toEqual(['docs/a.md', 'docs/d.md'])
    expect(run.stderr).toContain('locdoc: warning: docs/build/c.md: ignored by an ignore pattern or file; use --no-ignore to lint it\n')
  })
})

describe('locdoc lint --ext', () => {
  it('should walk folders for the extensions given, `.md` by default', async () => {
    await addFixtures(cwd(), {'pages/a.txt': 'broken.md', 'pages/b.md': 'clean.md', 'pages/c.markdown': 'clean.md'})
    expect(filesOf((await runCli(['lint', '-f', 'json', 'pages'], cwd())).stdout)).toEqual(['pages/b.md'])
    expect(filesOf((await runCli(['lint', '-f', 'json', '--ext', '.md,.txt', 'pages'], cwd())).stdout)).toEqual(['pages/a.txt', 'pages/b.md'])
    const txt = await runCli(['lint', '-f', 'json', '--ext', 'txt', 'pages'], cwd())
    expect(filesOf(txt.stdout)).toEqual(['pages/a.txt'])
    expect(txt.code).toBe(1)
  })
})

describe('locdoc.config.json', () => {
  it('should resolve `schema` and `ignore` against the folder of the config, from any subfolder', async () => {
    await writeFile(path.join(cwd(), 'schema.json'), JSON.stringify(embeddedSchema))
    await addFixtures(cwd(), {'docs/de/broken.md': 'broken.md', 'docs/de/drafts/x.md': 'broken.md'})
    await writeFile(path.join(cwd(), 'locdoc.config.json'), JSON.stringify({schema: 'schema.json', ignore: ['docs/de/drafts/**']}))
    const run = await runCli(['lint', '-f', 'json', '.'], path.join(cwd(), 'docs', 'de'))
    expect(run.code).toBe(1)
    expect(JsonReport.parse(JSON.parse(run.stdout)).map((result) => path.basename(result.filePath))).toEqual(['broken.md'])
  })

  it('should take comments in the config, as tsconfig.json does', async () => {
    await writeFile(path.join(cwd(), 'locdoc.config.json'), '{\n  // Our readers know the members by name.\n  "rules": {"enum-member-name": "off" /* for now */}\n}\n')
    const run = await runCli(['lint', '-f', 'json', 'broken.md'], cwd())
    expect(JsonReport.parse(JSON.parse(run.stdout))[0]!.messages.map((message) => message.ruleId)).toEqual(['enum-member-value'])
  })

  it('should say which word to use for a severity word it does not take', async () => {
    await writeFile(path.join(cwd(), 'locdoc.config.json'), JSON.stringify({rules: {'enum-member-name': 'warning'}}))
    const run = await runCli(['lint', 'broken.md'], cwd())
    expect(run).toEqual({code: 2, stdout: '', stderr: 'locdoc: locdoc.config.json: `rules.enum-member-name`: Unexpected severity "warning": use `warn`\n'})
    await writeFile(path.join(cwd(), 'locdoc.config.json'), JSON.stringify({rules: {'enum-member-name': 'loud'}}))
    expect((await runCli(['lint', 'broken.md'], cwd())).stderr).toBe(
      'locdoc: locdoc.config.json: `rules.enum-member-name`: Unexpected severity "loud", expected `off`, `warn` or `error` (or 0, 1, 2)\n'
    )
  })
})

describe('locdoc lint --format json --include-source', () => {
  it('should put the page text in `source` only when asked', async () => {
    const text = await brokenText()
    const [withSource] = JsonReport.parse(JSON.parse((await runCli(['lint', '-f', 'json', '--include-source', 'broken.md'], cwd())).stdout))
    expect(withSource!.source).toBe(text)
    const [without] = JsonReport.parse(JSON.parse((await runCli(['lint', '-f', 'json', 'broken.md'], cwd())).stdout))
    expect(without!.source).toBeUndefined()
  })
})

describe('the progress line', () => {
  it('should redraw a progress line on a terminal, erase it, and never print one otherwise', async () => {
    await mkdir(path.join(cwd(), 'many'))
    for (let index = 0; index < 5; index++) await addFixtures(cwd(), {[`many/${index}.md`]: 'clean.md'})
    const terminal = await runCli(['lint', 'many'], cwd(), {progress: true})
    expect(terminal.stderr).toMatch(/^\r\u001B\[K1\/5 pages, \d+ pages\/s, \d+\.\d s/)
    expect(terminal.stderr).toMatch(/\r\u001B\[K5\/5 pages, \d+ pages\/s, \d+\.\d s\r\u001B\[Klocdoc: 5 pages in [^\r]*\n$/)
    const piped = await runCli(['lint', 'many'], cwd(), {progress: false})
    expect(piped.stderr).toMatch(/^locdoc: 5 pages in \d+\.\d\d s \(1 thread\)\n$/)
    const asked = await runCli(['lint', '--progress', 'many'], cwd(), {progress: false})
    expect(asked.stderr).toContain('5/5 pages')
  })
})
