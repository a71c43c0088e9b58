/**
 * The lint cache, as ESLint's and textlint's: one JSON file holding, per page,
 * a digest of its bytes and the result they gave. The whole file is keyed by
 * a digest of everything else a result depends on (locdoc's version and each
 * input that affects results: config, schema, English source, …), so a change
 * to any of them starts afresh. A cache that cannot be read or is not ours is
 * set aside with a note, never a failure.
 */
import {createHash} from 'node:crypto'
import {readFile, stat} from 'node:fs/promises'
import path from 'node:path'
import {z} from 'zod/v4'
import {writeFileAtomic} from '../util/write-file-atomic.js'
import {FileResult} from './file-result.js'

export const defaultCacheLocation = path.join('node_modules', '.cache', 'locdoc')
const cacheFileName = 'lint-cache.json'
const cacheFormat = 1

/** One input that affects lint results, by name and a digest of its content. */
export const ResultInput = z.object({
  name: z.string().describe('What the input is: `config`, `schema`, `source`, …'),
  digest: z.string().describe('A digest of its content; any change invalidates every cached result.')
})
export type ResultInput = z.infer<typeof ResultInput>

const CachedResult = FileResult.omit({path: true, source: true})
type CachedResult = z.infer<typeof CachedResult>

const CacheEntry = z.object({content: z.string(), result: CachedResult})
type CacheEntry = z.infer<typeof CacheEntry>

// Entries are checked one by one as pages ask for them: a warm run over
// thousands of pages should not validate every stored result up front.
const CacheFile = z.object({
  tool: z.literal('locdoc'),
  format: z.literal(cacheFormat),
  settings: z.string(),
  entries: z.record(z.string(), z.unknown())
})

export function digestOf(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex')
}

/** The digest every entry of a cache is valid under. */
export function settingsDigest(version: string, inputs: readonly ResultInput[]): string {
  const named = [...inputs].sort((left, right) => left.name.localeCompare(right.name))
  return digestOf(JSON.stringify({version, inputs: named}))
}

/** `--cache-location`: a file, or a folder (an existing one, or a name ending in a slash) to put the cache file in. */
export async function resolveCacheFile(location: string | undefined, cwd: string): Promise<string> {
  const given = location ?? defaultCacheLocation
  const absolute = path.resolve(cwd, given)
  if (location === undefined || /[\\/]$/.test(given)) return path.join(absolute, cacheFileName)
  const info = await stat(absolute).catch(() => undefined)
  return info?.isDirectory() ? path.join(absolute, cacheFileName) : absolute
}

export class LintCache {
  private hits = 0
  /** Whether anything was stored since the file was read: an unchanged cache is not rewritten. */
  private changed = false

  private constructor(
    readonly file: string,
    private readonly settings: string,
    private readonly entries: Map<string, unknown>
  ) {}

  /** Open the cache at `file`; `note` hears why an existing file was set aside. */
  static async open(file: string, settings: string, note: (text: string) => void): Promise<LintCache> {
    let text: string
    try {
      text = await readFile(file, 'utf8')
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') note(`cannot read the cache ${file} (${(error as Error).message}), linting every page`)
      return new LintCache(file, settings, new Map())
    }
    let parsed
    try {
      parsed = CacheFile.safeParse(JSON.parse(text))
    } catch {
      parsed = undefined
    }
    if (!parsed?.success) {
      note(`ignoring the cache ${file}: not a locdoc cache or damaged; it will be rewritten`)
      return new LintCache(file, settings, new Map())
    }
    // Another version, config or schema: none of the results hold any more.
    const entries = parsed.data.settings === settings ? new Map(Object.entries(parsed.data.entries)) : new Map()
    return new LintCache(file, settings, entries)
  }

  /** The stored result for `page` when its bytes are the same as last time. */
  get(page: string, content: string): FileResult | undefined {
    const stored = this.entries.get(page)
    if (stored === undefined) return undefined
    // A damaged entry is a miss: the page is linted again and the entry replaced.
    const entry = CacheEntry.safeParse(stored)
    if (!entry.success || entry.data.content !== content) return undefined
    this.hits++
    return {path: page, ...entry.data.result}
  }

  set(page: string, content: string, result: FileResult): void {
    const {path: _path, source: _source, ...rest} = result
    this.entries.set(page, {content, result: rest} satisfies CacheEntry)
    this.changed = true
  }

  get hitCount(): number {
    return this.hits
  }

  async save(): Promise<void> {
    if (!this.changed) return
    const entries: Record<string, unknown> = {}
    for (const key of [...this.entries.keys()].sort()) entries[key] = this.entries.get(key)!
    await writeFileAtomic(this.file, JSON.stringify({tool: 'locdoc', format: cacheFormat, settings: this.settings, entries}))
  }
}
