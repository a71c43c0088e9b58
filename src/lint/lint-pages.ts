/**
 * Lint a list of pages and yield one plain result per page, in the order
 * given, holding only a bounded window of pages in memory. With `jobs`
 * above one the pages are linted on worker threads, the window keeping each
 * of them busy; with a cache, pages whose bytes are unchanged are not linted
 * at all, and the schema is not even loaded unless some page needs it.
 */
import {readFileSync} from 'node:fs'
import {availableParallelism} from 'node:os'
import path from 'node:path'
import type {LintCache} from './cache.js'
import {digestOf} from './cache.js'
import {toFileResult, type FileResult} from './file-result.js'
import {lintBytes, lintDecoded} from './lint-bytes.js'
import {decodePage, unreadable} from './read-page.js'
import type {LocdocOptions} from './remark-locdoc.js'
import {LintPool} from './worker-pool.js'
import type {EnglishSource} from '../source/english-source.js'
import type {ApiIndex} from '../schema/api-index.js'
import {splitSourceText} from '../model/source-text.js'

export interface LintPagesOptions extends LocdocOptions {
  cwd: string
  /** Worker threads; 1 lints on the calling thread. Default: one per core, fewer for few pages. */
  jobs?: number
  cache?: LintCache
  /** Keep each page's text on its result. */
  keepSource?: boolean
  /** Filled in as the run goes: threads that linted (1 when none had to). */
  stats?: {threads: number}
  /** English docs pages without spans are compared with (`--source`). */
  englishSource?: EnglishSource
  /** The schema, loaded when the first page needs linting (instead of `api`): a warm cache may need none. */
  loadApi?: () => Promise<ApiIndex>
}

/** Pages per worker below which starting another thread costs more than it saves. */
const pagesPerWorker = 32

/** How many threads `jobs` means for this many pages. */
export function effectiveJobs(requested: number | undefined, pages: number): number {
  if (requested !== undefined) return Math.max(1, Math.min(requested, pages))
  return Math.max(1, Math.min(availableParallelism(), Math.floor(pages / pagesPerWorker)))
}

export async function* lintPages(paths: readonly string[], options: LintPagesOptions): AsyncGenerator<FileResult> {
  // Rules given as functions, the English repository's reader and a loaded memory cannot
  // cross to a worker thread: such a run stays on this one.
  const inProcess = options.ruleSet !== undefined || options.englishSource !== undefined || options.memory !== undefined
  const jobs = inProcess ? 1 : effectiveJobs(options.jobs, paths.length)
  if (options.stats) options.stats.threads = 1
  let pool: LintPool | undefined
  // One load, however many pages in flight ask for it first.
  let withApi: Promise<LintPagesOptions> | undefined
  const lint = async (page: string, bytes: Uint8Array): Promise<FileResult> => {
    withApi ??= options.api === undefined && options.loadApi ? options.loadApi().then((api) => ({...options, api})) : Promise.resolve(options)
    const linting = await withApi
    if (linting.englishSource) return lintWithEnglish(page, bytes, linting, linting.englishSource)
    if (jobs === 1) return lintBytes(page, bytes, linting)
    // Started on the first page that needs linting: a warm cache may need none.
    if (!pool && options.stats) options.stats.threads = jobs
    pool ??= new LintPool(jobs, {rules: linting.rules, schema: linting.api?.schema, keepSource: linting.keepSource})
    return pool.lint(page, bytes)
  }

  const one = async (page: string): Promise<FileResult> => {
    let bytes: Uint8Array
    try {
      // Synchronous: a page is a few kilobytes, and a promise-based read costs four
      // times the CPU, which is most of a warm cached run over thousands of pages.
      bytes = readFileSync(path.resolve(options.cwd, page))
    } catch (error) {
      return toFileResult(unreadable(page, error).file)
    }
    const content = options.cache ? digestOf(bytes) : ''
    const cached = options.cache?.get(page, content)
    if (cached) return options.keepSource ? withSource(cached, bytes) : cached
    const result = await lint(page, bytes)
    options.cache?.set(page, content, result)
    return result
  }

  // Enough pages in flight to keep every worker busy and the disk ahead of them, and no more.
  const window = Math.max(16, jobs * 8)
  const pending: Array<Promise<FileResult>> = []
  let next = 0
  const start = () => {
    const promise = one(paths[next++]!)
    // Awaited in order below; until then a rejection must not count as unhandled.
    promise.catch(() => undefined)
    pending.push(promise)
  }
  try {
    while (next < paths.length && pending.length < window) start()
    while (pending.length > 0) {
      const result = await pending.shift()!
      if (next < paths.length) start()
      yield result
    }
  } finally {
    await (pool as LintPool | undefined)?.close()
  }
}

function withSource(result: FileResult, bytes: Uint8Array): FileResult {
  const read = decodePage(result.path, bytes)
  return read.ok ? {...result, source: splitSourceText(read.text).body} : result
}

/** A page compared with the English page it was translated from, when it has no spans. */
async function lintWithEnglish(page: string, bytes: Uint8Array, options: LintPagesOptions, source: EnglishSource): Promise<FileResult> {
  const read = decodePage(page, bytes)
  if (!read.ok) return toFileResult(read.file)
  const english = await source.lookup(path.resolve(options.cwd, page), read.text)
  return lintDecoded(page, read.text, {...options, english})
}
