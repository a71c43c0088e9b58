import {createHash} from 'node:crypto'
import {existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import {lintText} from '../../src/lint/lint-text.js'
import {builtinFacts, defaultCsdlPath, loadFacts, type Facts} from '../../scripts/corpus/facts.js'
import {defaultRates, generatePage, type GeneratedPage} from '../../scripts/corpus/generate.js'
import {expectedName, readManifest} from '../../scripts/corpus/manifest.js'
import {MistakeClass, ruleForClass} from '../../scripts/corpus/mistakes.js'
import {writeCorpus} from '../../scripts/generate-corpus.js'

const facts = builtinFacts()
const translationRules = new Set(Object.values(ruleForClass))
const folders: string[] = []

function temporaryFolder(): string {
  const folder = mkdtempSync(path.join(tmpdir(), 'locdoc-corpus-'))
  folders.push(folder)
  return folder
}

afterAll(() => {
  for (const folder of folders) rmSync(folder, {recursive: true, force: true})
})

function pages(count: number, seed: string, options: {facts?: Facts; rates?: typeof defaultRates} = {}): GeneratedPage[] {
  return Array.from({length: count}, (_, index) => generatePage(index, {seed, facts: options.facts ?? facts, rates: options.rates}))
}

/** Findings of the translation rules as `rule@line`, the way the generator records its mistakes. */
function translationFindings(page: GeneratedPage): string[] {
  const file = lintText(page.text, {path: page.path})
  return file.messages
    .filter((message) => translationRules.has(message.ruleId ?? ''))
    .map((message) => `${message.ruleId}@${message.line}`)
    .sort()
}

function injected(page: GeneratedPage): string[] {
  return page.mistakes.map((mistake) => `${mistake.ruleId}@${mistake.line}`).sort()
}

function digest(folder: string): string {
  const hash = createHash('sha256')
  const walk = (directory: string) => {
    for (const entry of readdirSync(directory, {withFileTypes: true}).sort((a, b) => a.name.localeCompare(b.name))) {
      const file = path.join(directory, entry.name)
      if (entry.isDirectory()) walk(file)
      else hash.update(path.relative(folder, file)).update(readFileSync(file))
    }
  }
  walk(folder)
  return hash.digest('hex')
}

describe('generatePage', () => {
  it('should write the same page for the same seed and index', () => {
    expect(pages(40, 'same')).toEqual(pages(40, 'same'))
  })

  it('should write other pages for another seed', () => {
    const first = pages(20, 'one').map((page) => page.text)
    const second = pages(20, 'two').map((page) => page.text)
    expect(first.filter((text, index) => text === second[index])).toEqual([])
  })

  it('should not depend on how many pages come before it', () => {
    expect(generatePage(17, {seed: 'prefix', facts})).toEqual(pages(18, 'prefix')[17])
  })

  it('should vary locales, templates, spans and quirks', () => {
    const corpus = pages(300, 'variety')
    expect(new Set(corpus.map((page) => page.locale)).size).toBeGreaterThanOrEqual(9)
    expect(new Set(corpus.map((page) => `${page.template} ${page.spans}`))).toEqual(
      new Set(['enum true', 'enum false', 'resource true', 'resource false', 'api true', 'api false'])
    )
    expect(new Set(corpus.flatMap((page) => page.quirks))).toEqual(new Set(['bom', 'crlf', 'merged-paragraph-id', 'newline-in-span', 'padded-cells']))
    expect(corpus.find((page) => page.quirks.includes('bom'))?.text.charCodeAt(0)).toBe(0xfeff)
    expect(corpus.find((page) => page.quirks.includes('crlf'))?.text).toMatch(/^---\r\n/)
  })

  it('should keep a share of pages free of mistakes', () => {
    const corpus = pages(200, 'clean-share')
    const clean = corpus.filter((page) => page.mistakes.length === 0).length
    expect(clean).toBeGreaterThan(60)
    expect(clean).toBeLessThan(200)
  })
})

describe('generated pages linted by locdoc', () => {
  // Many more mistakes than by default, so a few pages hold every class.
  const dense = Object.fromEntries(MistakeClass.options.map((kind) => [kind, Math.min(0.5, defaultRates[kind] * 6)])) as typeof defaultRates
  const corpus = pages(120, 'findings', {rates: dense})

  it('should inject every class of mistake and every quirk', () => {
    expect(new Set(corpus.flatMap((page) => page.mistakes.map((mistake) => mistake.class)))).toEqual(new Set(MistakeClass.options))
    expect(new Set(corpus.flatMap((page) => page.quirks)).size).toBe(5)
  })

  it('should be parsed into the page kind of its template, with front matter', () => {
    for (const page of corpus) {
      const file = lintText(page.text, {path: page.path})
      expect(file.data.page?.kind, page.path).toBe(page.template)
      expect(file.data.page?.frontMatter?.locale, page.path).toBe(page.locale)
      expect(file.data.page?.frontMatterProblem, page.path).toBeUndefined()
    }
  })

  it('should make locdoc report exactly the injected mistakes, on their lines', () => {
    const mismatches = corpus
      .map((page) => ({path: page.path, injected: injected(page), found: translationFindings(page)}))
      .filter((page) => page.injected.join() !== page.found.join())
    expect(mismatches).toEqual([])
    expect(corpus.reduce((sum, page) => sum + page.mistakes.length, 0)).toBeGreaterThan(100)
  })

  it('should make locdoc report nothing on pages kept clean', () => {
    const clean = pages(60, 'clean').filter((page) => page.mistakes.length === 0)
    expect(clean.length).toBeGreaterThan(10)
    expect(clean.flatMap(translationFindings)).toEqual([])
  })
})

describe('writeCorpus', () => {
  it('should write the pages, the expected findings and a manifest that agree', () => {
    const out = path.join(temporaryFolder(), 'corpus')
    const manifest = writeCorpus({out, pages: 30, seed: 'disk', facts})
    expect(readManifest(out)).toEqual(manifest)
    const expected = readFileSync(path.join(out, expectedName), 'utf8').trim().split('\n').map((line) => JSON.parse(line) as {path: string; mistakes: unknown[]})
    expect(expected).toHaveLength(30)
    const bytes = expected.reduce((sum, page) => sum + readFileSync(path.join(out, page.path)).length, 0)
    expect(manifest.bytes).toBe(bytes)
    const injectedTotal = Object.values(manifest.mistakes).reduce((sum, counts) => sum + counts.injected, 0)
    expect(injectedTotal).toBe(expected.reduce((sum, page) => sum + page.mistakes.length, 0))
    expect(Object.values(manifest.templates).reduce((sum, count) => sum + count, 0)).toBe(30)
  })

  it('should write the same bytes again for the same seed, replacing its earlier corpus', () => {
    const out = path.join(temporaryFolder(), 'corpus')
    writeCorpus({out, pages: 25, seed: 'again', facts})
    const first = digest(out)
    writeCorpus({out, pages: 12, seed: 'other', facts})
    expect(digest(out)).not.toBe(first)
    writeCorpus({out, pages: 25, seed: 'again', facts})
    expect(digest(out)).toBe(first)
  })

  it('should refuse to write into a folder that holds something else', () => {
    const out = temporaryFolder()
    writeFileSync(path.join(out, 'notes.md'), '# mine\n')
    expect(() => writeCorpus({out, pages: 3, seed: 'x', facts})).toThrow(/refusing to overwrite/)
    expect(readdirSync(out)).toEqual(['notes.md'])
  })
})

describe.skipIf(!existsSync(defaultCsdlPath))('generated pages from the Graph CSDL (needs ../shared/graph/v1.0.csdl)', () => {
  it('should take enum, type and operation names from the metadata and still get exactly the injected findings', () => {
    const loaded = loadFacts()
    expect(loaded.facts.source).toMatch(/^csdl:[\da-f]{12}$/)
    expect(loaded.facts.enums.length).toBeGreaterThan(100)
    expect(loaded.facts.types.some((type) => type.properties.length >= 25)).toBe(true)
    expect(loaded.facts.operations.some((operation) => operation.path === '/deviceAppManagement/vppTokens/{vppTokenId}')).toBe(true)
    const corpus = pages(80, 'csdl', {facts: loaded.facts})
    const mismatches = corpus
      .map((page) => ({path: page.path, injected: injected(page), found: translationFindings(page)}))
      .filter((page) => page.injected.join() !== page.found.join())
    expect(mismatches).toEqual([])
  }, 60_000)
})
