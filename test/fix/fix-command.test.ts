import {existsSync} from 'node:fs'
import {copyFile, mkdir, readFile, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {afterEach, beforeEach, describe, expect, it} from 'vitest'
import {outputPathFor} from '../../src/fix/output-path.js'
import {lintFiles} from '../../src/lint/lint-files.js'
import {makeWorkspace, runCli, stackFrame} from '../cli/run-cli.js'
import {contentDirectory, contentPages, hasSeeds, seedsDirectory} from './pages.js'

const hostile = fileURLToPath(new URL('../fixtures/fix/hostile/page.md', import.meta.url))

let workspace: {directory: string; cleanup: () => Promise<void>}
beforeEach(async () => {
  workspace = await makeWorkspace()
})
afterEach(async () => workspace.cleanup())

async function addPage(name: string, source = hostile): Promise<string> {
  const target = path.join(workspace.directory, name)
  await mkdir(path.dirname(target), {recursive: true})
  await copyFile(source, target)
  return target
}

describe('locdoc fix', () => {
  it('should write corrected copies under --out that re-lint with no fixable finding', async () => {
    const run = await runCli(['fix', contentDirectory, '--out', 'fixed'], workspace.directory)
    const pageCount = contentPages().length
    expect(run.stderr).toMatch(new RegExp(`fixed \\d+ ranges in \\d+ of ${pageCount} files`))
    const {files} = await lintFiles(['fixed'], {cwd: workspace.directory})
    expect(files).toHaveLength(pageCount)
    expect(files.flatMap((file) => file.messages.filter((message) => message.fix).map(String))).toEqual([])
    // Laid out by the inputs' common root, as tsc --outDir: content/ja-JP/x.md → fixed/ja-JP/x.md.
    expect(files.map((file) => path.relative('fixed', file.path)).sort()).toEqual(
      contentPages().map((page) => path.relative('content', page.name)).sort()
    )
  })

  it.skipIf(!hasSeeds)('should fix the seeds so seed 001 reads 0, 1, completed, 3, failed (needs ../shared/seeds)', async () => {
    const seed = path.join(seedsDirectory, '001_dd42a9c0b914db87.txt')
    await addPage('seeds/001.txt', seed)
    const run = await runCli(['fix', 'seeds/001.txt', '--out', 'out'], workspace.directory)
    expect(run.code, run.stderr).toBe(0)
    const fixed = await readFile(path.join(workspace.directory, 'out/001.txt'), 'utf8')
    expect(fixed).toContain('<span data-ttu-id="20640-112">0</span>')
    expect(fixed).toContain('<span data-ttu-id="20640-115">1</span>')
    expect(fixed).toContain('<span data-ttu-id="20640-117">completed</span>')
    expect(fixed).toContain('<span data-ttu-id="20640-121">3</span>')
    expect(fixed).toContain('<span data-ttu-id="20640-120">failed</span>')
  })

  it('should fix in place with --write and keep the byte order mark and CRLF', async () => {
    const page = await addPage('docs/page.md')
    const original = `\uFEFF${(await readFile(page, 'utf8')).replace(/\n/g, '\r\n')}`
    await writeFile(page, original)
    const run = await runCli(['fix', 'docs', '--write'], workspace.directory)
    expect(run.code, run.stderr).toBe(0)
    const fixed = await readFile(page, 'utf8')
    expect(fixed.startsWith('\uFEFF---\r\n')).toBe(true)
    expect(fixed).toContain('<span data-ttu-id="7b1c2-107">none</span>')
    expect(fixed).toContain('<span data-ttu-id="7b1c2-114">2</span>')
    expect(fixed.length - original.length).toBe('none'.length - 'aucun<script>window.__pwned=1</script>'.length + 1 - 'deux<img src=x onerror="window.__pwned=1">'.length)
  })

  it('should print a unified diff with --dry-run and write nothing', async () => {
    const page = await addPage('page.md')
    const before = await readFile(page, 'utf8')
    const run = await runCli(['fix', 'page.md', '--dry-run'], workspace.directory)
    expect(run.code, run.stderr).toBe(0)
    expect(run.stdout).toMatch(/^--- a\/page\.md\n\+\+\+ b\/page\.md\n@@ -15,9 \+15,9 @@\n/)
    expect(run.stdout.split('\n').filter((line) => /^[-+]\|/.test(line))).toHaveLength(4)
    expect(await readFile(page, 'utf8')).toBe(before)
  })

  it('should lay --out copies out by the inputs\' common root, for absolute and relative inputs alike', async () => {
    const outside = await makeWorkspace()
    try {
      await mkdir(path.join(outside.directory, 'seeds', 'more'), {recursive: true})
      await copyFile(hostile, path.join(outside.directory, 'seeds', 'a.txt'))
      await copyFile(hostile, path.join(outside.directory, 'seeds', 'more', 'b.md'))
      const single = await runCli(['fix', path.join(outside.directory, 'seeds', 'a.txt'), '--out', 'out'], workspace.directory)
      expect(single.code, single.stderr).toBe(0)
      expect(existsSync(path.join(workspace.directory, 'out', 'a.txt'))).toBe(true)
      const both = await runCli(['fix', path.join(outside.directory, 'seeds', 'a.txt'), path.join(outside.directory, 'seeds', 'more'), '--out', 'out2'], workspace.directory)
      expect(both.code, both.stderr).toBe(0)
      expect(existsSync(path.join(workspace.directory, 'out2', 'a.txt'))).toBe(true)
      expect(existsSync(path.join(workspace.directory, 'out2', 'more', 'b.md'))).toBe(true)
      await addPage('docs/ja/page.md')
      expect((await runCli(['fix', 'docs', '--out', 'out3'], workspace.directory)).code).toBe(0)
      expect(existsSync(path.join(workspace.directory, 'out3', 'ja', 'page.md'))).toBe(true)
    } finally {
      await outside.cleanup()
    }
  })

  it('should keep --out writes inside the directory for ../ and absolute inputs', () => {
    const options = {cwd: '/work/project', outDirectory: 'out'}
    expect(outputPathFor('../x.md', options)).toBe('/work/project/out/_outside/work/x.md')
    expect(outputPathFor('/etc/passwd', options)).toBe('/work/project/out/_outside/etc/passwd')
    expect(outputPathFor('docs/../../../x.md', options)).toBe('/work/project/out/_outside/x.md')
    expect(outputPathFor('docs/a.md', options)).toBe('/work/project/out/docs/a.md')
  })

  it('should write nothing when one output cannot be written', async () => {
    await addPage('a/page.md')
    await addPage('b/page.md')
    // A file where the output folder for b/ must go: staging b fails after a.
    await mkdir(path.join(workspace.directory, 'out'))
    await writeFile(path.join(workspace.directory, 'out', 'b'), 'not a folder')
    const run = await runCli(['fix', 'a', 'b', '--out', 'out'], workspace.directory)
    expect(run.code).toBe(2)
    expect(run.stderr).toMatch(/^locdoc: nothing written: /m)
    expect(run.stderr).not.toMatch(stackFrame)
    expect(existsSync(path.join(workspace.directory, 'out', 'a', 'page.md'))).toBe(false)
    expect(await readFile(path.join(workspace.directory, 'a/page.md'), 'utf8')).toBe(await readFile(hostile, 'utf8'))
  })

  it('should write span-stripped and English renderings of the corrected page', async () => {
    await addPage('page.md')
    expect((await runCli(['fix', 'page.md', '--out', 'localized', '--strip-spans'], workspace.directory)).code).toBe(0)
    expect((await runCli(['fix', 'page.md', '--out', 'english', '--english'], workspace.directory)).code).toBe(0)
    const localized = await readFile(path.join(workspace.directory, 'localized/page.md'), 'utf8')
    const english = await readFile(path.join(workspace.directory, 'english/page.md'), 'utf8')
    expect(localized).toContain('|none|0|Aucune raison.|')
    expect(localized).toContain('|internalError|2|Erreur interne.|')
    expect(english).toContain('|internalError|2|Internal error.|')
    expect(english).toContain('# <a name="vpptokenactionfailurereason-enum-type"></a>vppTokenActionFailureReason enum type')
    for (const text of [localized, english]) {
      expect(text.startsWith('---\ntitle: vppTokenActionFailureReason')).toBe(true)
      expect(text).not.toContain('data-ttu-id')
    }
  })

  it('should reject a missing mode and renderings in place', async () => {
    await addPage('page.md')
    expect((await runCli(['fix', 'page.md'], workspace.directory)).stderr).toContain('Expected exactly one of `--out <dir>`, `--write`, `--dry-run`')
    const inPlace = await runCli(['fix', 'page.md', '--write', '--strip-spans'], workspace.directory)
    expect(inPlace.code).toBe(2)
    expect(inPlace.stderr).toContain('use `--out <dir>`')
    const over = await runCli(['fix', 'page.md', '--out', '.'], workspace.directory)
    expect(over.code).toBe(2)
    expect(over.stderr).toContain('would overwrite page.md')
  })
})
