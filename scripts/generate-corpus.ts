/**
 * Writes a large corpus of localized API reference pages for the benchmark:
 *
 *   tsx scripts/generate-corpus.ts [--out dir] [--pages N] [--seed S] [--csdl file | --builtin-facts]
 *
 * The same seed, page count and facts give the same bytes. Names come from
 * the Graph CSDL when it is next to the repository (facts only: names and
 * values), else from a built-in list. Prints what it wrote and how many
 * mistakes of each class it injected.
 */
import {existsSync, mkdirSync, readdirSync, rmSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {parseArgs} from 'node:util'
import {builtinFacts, defaultCsdlPath, loadFacts, type Facts} from './corpus/facts.js'
import {emptySites, generatePage, generatorVersion} from './corpus/generate.js'
import {CorpusManifest, expectedName, manifestName, readManifest} from './corpus/manifest.js'
import {MistakeClass} from './corpus/mistakes.js'

export const defaultCorpusDirectory = fileURLToPath(new URL('../.bench/corpus', import.meta.url))
export const defaultPages = 10_000
export const defaultSeed = 'locdoc'

export interface CorpusOptions {
  out: string
  pages: number
  seed: string
  facts: Facts
  shape?: 'mixed' | 'plain'
}

/**
 * Write the corpus into `out`, replacing an earlier corpus there. A folder
 * that holds anything else is left alone: we only ever delete our own output.
 */
export function writeCorpus(options: CorpusOptions): CorpusManifest {
  const {out, pages, seed, facts} = options
  const shape = options.shape ?? 'mixed'
  if (existsSync(out) && readdirSync(out).length > 0) {
    if (!readManifest(out)) throw new Error(`${out} is not empty and holds no corpus manifest: refusing to overwrite it`)
    rmSync(out, {recursive: true, force: true})
  }
  mkdirSync(out, {recursive: true})
  const sites = emptySites()
  const injected = Object.fromEntries(MistakeClass.options.map((kind) => [kind, 0])) as Record<MistakeClass, number>
  const templates: Record<string, number> = {}
  const locales: Record<string, number> = {}
  const quirks: Record<string, number> = {}
  const created = new Set<string>()
  const expected: string[] = []
  let bytes = 0
  let pagesWithMistakes = 0
  for (let index = 0; index < pages; index++) {
    const page = generatePage(index, {seed, facts, sites, shape})
    const file = path.join(out, ...page.path.split('/'))
    const folder = path.dirname(file)
    if (!created.has(folder)) {
      mkdirSync(folder, {recursive: true})
      created.add(folder)
    }
    const data = Buffer.from(page.text, 'utf8')
    writeFileSync(file, data)
    bytes += data.length
    const template = page.spans ? page.template : `${page.template} (no spans)`
    templates[template] = (templates[template] ?? 0) + 1
    locales[page.locale] = (locales[page.locale] ?? 0) + 1
    for (const quirk of page.quirks) quirks[quirk] = (quirks[quirk] ?? 0) + 1
    for (const mistake of page.mistakes) injected[mistake.class]++
    if (page.mistakes.length > 0) pagesWithMistakes++
    const {text: _text, ...info} = page
    expected.push(JSON.stringify(info))
  }
  writeFileSync(path.join(out, expectedName), `${expected.join('\n')}\n`)
  const manifest: CorpusManifest = {
    generator: 'locdoc-corpus',
    version: generatorVersion,
    seed,
    shape,
    pages,
    facts: facts.source,
    bytes,
    pagesWithMistakes,
    templates,
    locales,
    quirks,
    mistakes: Object.fromEntries(MistakeClass.options.map((kind) => [kind, {sites: sites[kind], injected: injected[kind]}])) as CorpusManifest['mistakes']
  }
  // Written last: a corpus without a manifest is an interrupted one.
  writeFileSync(path.join(out, manifestName), `${JSON.stringify(CorpusManifest.parse(manifest), undefined, 2)}\n`)
  return manifest
}

export function describeCorpus(manifest: CorpusManifest, out: string): string {
  const lines = [
    `Wrote ${manifest.pages.toLocaleString('en-US')} pages, ${(manifest.bytes / 1e6).toFixed(1)} MB, to ${out}`,
    `  seed ${JSON.stringify(manifest.seed)}, facts ${manifest.facts}, generator v${manifest.version}`,
    `  templates: ${formatCounts(manifest.templates)}`,
    `  locales:   ${formatCounts(manifest.locales)}`,
    `  quirks:    ${formatCounts(manifest.quirks)}`,
    `  pages with injected mistakes: ${manifest.pagesWithMistakes.toLocaleString('en-US')}`,
    '  injected mistakes by class (of places where locdoc could see one):'
  ]
  let total = 0
  for (const kind of MistakeClass.options) {
    const {sites, injected} = manifest.mistakes[kind]
    total += injected
    const share = sites === 0 ? '-' : `${((100 * injected) / sites).toFixed(1)}%`
    lines.push(`    ${kind.padEnd(17)} ${String(injected).padStart(6)} of ${String(sites).padStart(7)} (${share})`)
  }
  lines.push(`    ${'total'.padEnd(17)} ${String(total).padStart(6)}`)
  return lines.join('\n')
}

function formatCounts(counts: Record<string, number>): string {
  return Object.entries(counts)
    .sort(([, left], [, right]) => right - left)
    .map(([name, count]) => `${name} ${count}`)
    .join(', ')
}

const usage = 'Usage: tsx scripts/generate-corpus.ts [--out dir] [--pages N] [--seed S] [--shape mixed|plain] [--csdl file | --builtin-facts]'

function main(argv: string[]): number {
  let values
  try {
    values = parseArgs({
      args: argv,
      options: {
        out: {type: 'string'},
        pages: {type: 'string'},
        seed: {type: 'string'},
        shape: {type: 'string'},
        csdl: {type: 'string'},
        'builtin-facts': {type: 'boolean'},
        help: {type: 'boolean', short: 'h'}
      }
    }).values
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n${usage}`)
    return 2
  }
  if (values.help) {
    console.log(usage)
    return 0
  }
  const pages = values.pages === undefined ? defaultPages : Number(values.pages)
  if (!Number.isInteger(pages) || pages < 1) {
    console.error(`Expected --pages to be a positive integer, got ${values.pages}\n${usage}`)
    return 2
  }
  const shape = values.shape ?? 'mixed'
  if (shape !== 'mixed' && shape !== 'plain') {
    console.error(`Expected --shape to be mixed or plain, got ${shape}\n${usage}`)
    return 2
  }
  const out = values.out === undefined ? defaultCorpusDirectory : path.resolve(values.out)
  const started = performance.now()
  const loaded = values['builtin-facts'] ? {facts: builtinFacts()} : loadFacts(values.csdl ?? defaultCsdlPath)
  if ('note' in loaded && loaded.note) console.error(loaded.note)
  try {
    const manifest = writeCorpus({out, pages, seed: values.seed ?? defaultSeed, facts: loaded.facts, shape})
    console.log(describeCorpus(manifest, out))
    console.log(`  took ${((performance.now() - started) / 1000).toFixed(1)} s`)
    return 0
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error))
    return 2
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  process.exitCode = main(process.argv.slice(2))
}
