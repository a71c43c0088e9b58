/**
 * A translation memory of verbatim cells: per locale and column role, what
 * each localized token stood for in English, with how often it was seen.
 * Learned from spanned pages and from plain pages aligned to their English
 * page; applied to plain pages that have neither. A localized token seen for
 * two English ones is ambiguous and decides nothing.
 */
import {readFile} from 'node:fs/promises'
import {z} from 'zod/v4'
import {ColumnRole, type Page} from '../model/types.js'

export const MemoryEntry = z.object({
  locale: z.string().describe('`ms.contentlocale` of the pages it was learned from: `ja-JP`; `und` when they name none.'),
  role: ColumnRole.describe('The column the cell was in: `member`, `header`, `type`…'),
  localized: z.string().describe('The cell as the translation has it.'),
  english: z.string().describe('The English it stood for.'),
  count: z.number().int().positive().describe('How many cells showed this pair.')
})
export type MemoryEntry = z.infer<typeof MemoryEntry>

export const MemoryFile = z.object({
  version: z.literal(1),
  entries: z.array(MemoryEntry)
})
export type MemoryFile = z.infer<typeof MemoryFile>

/** Roles whose cells are copied into code, so a memory of them is a memory of tokens. */
export const memoryRoles: ReadonlySet<ColumnRole> = new Set(['member', 'value', 'property', 'type', 'header', 'permissions'])

// Longer cells are sentences, not tokens: a memory of them would never match again.
const maxTokenLength = 80

export type MemoryAnswer = {english: string; count: number} | {ambiguous: string[]} | undefined

export class TranslationMemory {
  readonly #entries = new Map<string, Map<string, number>>()

  static fromFile(file: MemoryFile): TranslationMemory {
    const memory = new TranslationMemory()
    for (const entry of file.entries) memory.add(entry.locale, entry.role, entry.localized, entry.english, entry.count)
    return memory
  }

  add(locale: string, role: ColumnRole, localized: string, english: string, count = 1): void {
    if (!localized || !english || localized.length > maxTokenLength || english.length > maxTokenLength) return
    const key = memoryKey(locale, role, localized)
    let answers = this.#entries.get(key)
    if (!answers) {
      answers = new Map()
      this.#entries.set(key, answers)
    }
    answers.set(english, (answers.get(english) ?? 0) + count)
  }

  /** The English for a localized token: one answer, or every answer when it is ambiguous. */
  lookup(locale: string, role: ColumnRole, localized: string): MemoryAnswer {
    const answers = this.#entries.get(memoryKey(locale, role, localized))
    if (!answers) return undefined
    if (answers.size > 1) return {ambiguous: [...answers.keys()].sort()}
    const [english, count] = [...answers][0]!
    return {english, count}
  }

  /** Learns the token cells of a page whose English is known from spans or from its English page. */
  learn(page: Page): void {
    const locale = pageLocale(page)
    for (const table of page.tables) {
      if (table.kind === 'other') continue
      for (const row of table.rows) {
        for (const [column, cell] of row.cells.entries()) {
          const role = table.columns[column]
          const segment = cell.segments.length === 1 ? cell.segments[0] : undefined
          if (!role || !memoryRoles.has(role) || !segment || segment.origin === 'memory') continue
          this.add(locale, role, segment.localized.text, segment.english.text)
        }
      }
    }
  }

  toFile(): MemoryFile {
    const entries: MemoryEntry[] = []
    for (const [key, answers] of this.#entries) {
      const [locale, role, localized] = key.split('\u0000') as [string, ColumnRole, string]
      for (const [english, count] of answers) entries.push({locale, role, localized, english, count})
    }
    entries.sort((a, b) => compare(a.locale, b.locale) || compare(a.role, b.role) || compare(a.localized, b.localized) || compare(a.english, b.english))
    return {version: 1, entries}
  }

  get size(): number {
    return this.#entries.size
  }
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

function memoryKey(locale: string, role: ColumnRole, localized: string): string {
  return `${locale}\u0000${role}\u0000${localized}`
}

export function pageLocale(page: Page): string {
  return page.frontMatter?.locale ?? 'und'
}

export async function loadMemory(file: string): Promise<{ok: true; memory: TranslationMemory} | {ok: false; error: string}> {
  let text: string
  try {
    text = await readFile(file, 'utf8')
  } catch (error) {
    return {ok: false, error: `cannot read translation memory: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message}`}
  }
  let value: unknown
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''))
  } catch (error) {
    return {ok: false, error: `invalid JSON: ${(error as Error).message.split('\n')[0]}`}
  }
  const parsed = MemoryFile.safeParse(value)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!
    return {ok: false, error: `not a translation memory: \`${issue.path.join('.') || '(root)'}\`: ${issue.message}`}
  }
  return {ok: true, memory: TranslationMemory.fromFile(parsed.data)}
}
