/**
 * Pages of a given size in the shapes that once made locdoc superlinear:
 * one long request line, wide and long tables, many spans, deep lists, and
 * a large page made of ordinary sections. Written here in the seeds' format
 * (front matter, sxs segments); the words are ours.
 */
import {z} from 'zod'

export const ScalingShape = z.enum(['request-line', 'request-line-unicode', 'wide-table', 'long-table', 'many-spans', 'deep-lists', 'large-page'])
export type ScalingShape = z.infer<typeof ScalingShape>

export const shapeLabels: Record<ScalingShape, string> = {
  'request-line': 'one request line of `a/`',
  'request-line-unicode': 'one request line of `ä/`',
  'wide-table': 'a table 4 rows deep, as wide as the page',
  'long-table': 'an enum table, as long as the page',
  'many-spans': 'paragraphs of sxs segments',
  'deep-lists': 'lists nested 10 deep, again and again',
  'large-page': 'ordinary sections, repeated'
}

const frontMatter = `---
title: Ресурс vppToken
description: Маркер программы покупки корпоративных лицензий Apple.
ms.prod: intune
doc_type: resourcePageType
ms.sourcegitcommit: 01ca9e10c0f8587f1195078413ae7055d0c5f6fe
ms.translationtype: MT
ms.contentlocale: ru-RU
ms.locfileid: "33909145"
---
`

let segmentId = 0
/** One sxs segment; ids count up so every segment on a page is its own. */
function segment(localized: string, english: string): string {
  const id = `5c0de-${++segmentId}`
  return `<span data-ttu-id="${id}">${localized}</span><span class="sxs-lookup"><span data-stu-id="${id}">${english}</span></span>`
}

const heading = (level: number, anchor: string, localized: string, english: string) => `${'#'.repeat(level)} <a name="${anchor}"></a>${segment(localized, english)}\n\n`

const members = [
  ['нет', 'none', 'Состояние по умолчанию.', 'Default status.'],
  ['выполняется', 'inProgress', 'Синхронизация выполняется.', 'Sync is in progress.'],
  ['завершено', 'completed', 'Синхронизация завершена.', 'Sync is completed.'],
  ['4', 'failed', 'Сбой синхронизации.', 'Sync failed.']
] as const

/** Text grows by whole units until it reaches `bytes`; a unit never splits, so every page parses as intended. */
function fill(head: string, unit: (index: number) => string, tail: string, bytes: number): string {
  const parts = [head]
  let size = Buffer.byteLength(head) + Buffer.byteLength(tail)
  for (let index = 0; size < bytes; index++) {
    const next = unit(index)
    parts.push(next)
    size += Buffer.byteLength(next)
  }
  parts.push(tail)
  return parts.join('')
}

const builders: Record<ScalingShape, (bytes: number) => string> = {
  'request-line': (bytes) => fill(`${frontMatter}${heading(2, 'http-request', 'HTTP-запрос', 'HTTP request')}\`\`\`http\nGET /deviceAppManagement/vppTokens/`, () => 'a/', '\n```\n', bytes),
  'request-line-unicode': (bytes) => fill(`${frontMatter}${heading(2, 'http-request', 'HTTP-запрос', 'HTTP request')}\`\`\`http\nGET /deviceAppManagement/vppTokens/`, () => 'ä/', '\n```\n', bytes),
  'wide-table': (bytes) => {
    // Four rows as wide as the page: columns grow, rows do not.
    const page = (columns: number) => {
      segmentId = 0
      const row = (make: (column: number) => string) => `|${Array.from({length: columns}, (_, column) => make(column)).join('|')}|\n`
      return `${frontMatter}${heading(2, 'properties', 'Свойства', 'Properties')}${row((column) => segment(`Столбец ${column}`, `Column ${column}`))}${row(() => ':---')}${[0, 1, 2]
        .map((line) => row((column) => segment(`значение ${line}.${column}`, `value ${line}.${column}`)))
        .join('')}`
    }
    // A page's size is nearly linear in its columns: estimate, then step to the first count that is large enough.
    const perColumn = Buffer.byteLength(page(2)) - Buffer.byteLength(page(1))
    let columns = Math.max(1, Math.floor((bytes - Buffer.byteLength(page(1))) / perColumn))
    while (columns > 1 && Buffer.byteLength(page(columns - 1)) >= bytes) columns--
    while (Buffer.byteLength(page(columns)) < bytes) columns++
    return page(columns)
  },
  'long-table': (bytes) =>
    fill(
      `${frontMatter}${heading(2, 'members', 'Участники', 'Members')}|${segment('Член', 'Member')}|${segment('Значение', 'Value')}|${segment('Описание', 'Description')}|\n|:---|:---|:---|\n`,
      (index) => {
        const [localized, english, description, englishDescription] = members[index % members.length]!
        return `|${segment(localized, english)}|${index % members.length}|${segment(description, englishDescription)}|\n`
      },
      '',
      bytes
    ),
  'many-spans': (bytes) =>
    fill(
      `${frontMatter}${heading(1, 'vpptoken-resource-type', 'Тип ресурса vppToken', 'vppToken resource type')}`,
      (index) =>
        `${segment(`Маркер ${index} представляет \`vppToken\`.`, `Token ${index} represents \`vppToken\`.`)} ${segment(`Свойство [состояние](../resources/intune-onboarding-vpptokenstate.md) задано.`, `The [state](../resources/intune-onboarding-vpptokenstate.md) property is set.`)}\n\n`,
      '',
      bytes
    ),
  'deep-lists': (bytes) =>
    fill(
      `${frontMatter}${heading(2, 'notes', 'Примечания', 'Notes')}`,
      // A sawtooth: each item one level deeper than the last, back to the top after ten. One
      // tooth is about 1 KB, so every size holds whole teeth and doubling the page doubles the work.
      (index) => `${'  '.repeat(index % 10)}- ${segment(`Уровень ${index % 10}`, `Level ${index % 10}`)}\n`,
      '',
      bytes
    ),
  'large-page': (bytes) =>
    fill(
      frontMatter,
      (index) =>
        `${heading(2, `section-${index}`, `Раздел ${index}`, `Section ${index}`)}${segment('Маркер VPP представляет учётную запись Apple.', 'A VPP token represents an Apple account.')}\n\n` +
        `|${segment('Свойство', 'Property')}|${segment('Тип', 'Type')}|${segment('Описание', 'Description')}|\n|:---|:---|:---|\n` +
        `|id|String|${segment('Идентификатор.', 'The identifier.')}|\n|${segment('состояние', 'state')}|[vppTokenState](../resources/intune-onboarding-vpptokenstate.md)|${segment('Состояние маркера.', 'The token state.')}|\n|lastSyncDateTime|DateTimeOffset|${segment('Время синхронизации.', 'The sync time.')}|\n\n` +
        `\`\`\`http\nPATCH https://graph.microsoft.com/beta/deviceAppManagement/vppTokens/{vppTokenId}\nContent-type: application/json\n\n{\n  "state": "valid"\n}\n\`\`\`\n\n`,
      '',
      bytes
    )
}

export function scalingPage(shape: ScalingShape, bytes: number): string {
  segmentId = 0
  return builders[shape](bytes)
}
