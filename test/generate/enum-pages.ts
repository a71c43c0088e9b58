/**
 * Enum pages written for these tests in the seeds' format (translated span +
 * English lookup span), and the page models built from them. Not a test file.
 */
import {lintText} from '../../src/lint/lint-text.js'
import type {SourcePage} from '../../src/generate/types.js'

/** A cell: the same text on both sides, or `[localized, english]`. */
export type Text = string | readonly [string, string]

export interface EnumRow {
  member: Text
  value: Text
  description?: Text
}

export interface EnumPageOptions {
  /** Title as `[localized, english]`: `['vpptokensyncstatus 列挙型', 'vppTokenSyncStatus enum type']`. */
  title: readonly [string, string]
  anchor: string
  summary?: readonly [string, string]
  rows: readonly EnumRow[]
  /** Write the page without lookup spans, as recently translated pages are. */
  spanless?: boolean
}

export function enumPage(options: EnumPageOptions): string {
  let counter = 100
  const cell = (text: Text): string => {
    const [localized, english] = typeof text === 'string' ? [text, text] : text
    if (options.spanless || (localized === '' && english === '')) return localized
    counter++
    const id = `4f2a1-${counter}`
    return `<span data-ttu-id="${id}">${localized}</span><span class="sxs-lookup"><span data-stu-id="${id}">${english}</span></span>`
  }
  const row = (cells: readonly Text[]) => `|${cells.map(cell).join('|')}|`
  return [
    '---',
    `title: ${options.title[0]}`,
    'ms.translationtype: MT',
    'ms.contentlocale: ja-JP',
    '---',
    `# <a name="${options.anchor}"></a>${cell(options.title)}`,
    '',
    ...(options.summary ? [cell(options.summary), ''] : []),
    `## <a name="members"></a>${cell(['メンバー', 'Members'])}`,
    '',
    row([['メンバー', 'Member'], ['値', 'Value'], ['説明', 'Description']]),
    '|:---|:---|:---|',
    ...options.rows.map((entry) => row([entry.member, entry.value, entry.description ?? ''])),
    ''
  ].join('\n')
}

/** The model of a page held in memory, as `locdoc gen` reads it. */
export function sourcePage(path: string, text: string): SourcePage {
  const file = lintText(text, {path, ruleSet: []})
  return {path, text: String(file.value), page: file.data.page!}
}

/** The four members of `vppTokenSyncStatus`, English on both sides. */
export const syncStatusRows: EnumRow[] = [
  {member: 'none', value: '0', description: ['既定の状態です。', 'Default status.']},
  {member: 'inProgress', value: '1', description: ['同期が進行中です。', 'Last Sync in progress.']},
  {member: 'completed', value: '2', description: ['同期が完了しました。', 'Last Sync completed successfully.']},
  {member: 'failed', value: '3', description: ['同期に失敗しました。', 'Last Sync failed.']}
]

export const syncStatusTitle = ['vpptokensyncstatus 列挙型', 'vppTokenSyncStatus enum type'] as const
