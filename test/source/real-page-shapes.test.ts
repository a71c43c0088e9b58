/**
 * Shapes seen on the ru-RU and zh-CN Graph repositories compared with their
 * English pages, written here as our own small pages: what must be an error
 * and what is translation or formatting only.
 */
import {describe, expect, it} from 'vitest'
import {lintText} from '../../src/lint/lint-text.js'
import {readEnglishDocument, type EnglishPage} from '../../src/source/english-document.js'

function compare(localized: string, english: string): string[] {
  const page: EnglishPage = {found: true, origin: {path: 'page.md', revision: 'test', atSourceCommit: true}, document: readEnglishDocument(english)}
  return lintText(localized, {english: page})
    .messages.filter((message) => message.fatal)
    .map((message) => `${message.ruleId}: ${message.reason}`)
}

const english = `# Reports

Call the function with \`$top\` set, or mail sam@example.com for help. Records are [DomainDnsTxtRecord](txt.md) objects, kept in a mailFolder.

## Functions

| Function | Return Type | Description |
|:---|:---|:---|
| [Get counts](get-counts.md) | Stream | Counts of activity. |

## Optional query parameters

| Query parameter | Type | Description |
|:---|:---|:---|
| $filter | string | Filters the result. |

## Request headers

| Header | Value |
|:---|:---|
| Content-type | application/json |

## Properties

| Property | Type | Description |
|:---|:---|:---|
| organizer | String | Who organizes. |
| resource | Supported kinds are message and event, but not post. | The resource. |
| device | String | The device. |
`

describe('plain pages shaped like the Graph localized repositories', () => {
  it('should flag translated return types and query parameters in tables of their own kinds', () => {
    const localized = english
      .replace('| Stream |', '| Поток |')
      .replace('| $filter | string |', '| $фильтр | строка |')
    expect(compare(localized, english).sort()).toEqual([
      'property-name: Unexpected `$фильтр` for property `$filter`, expected `$filter`',
      'type-name: Unexpected `Поток` for type `Stream`, expected `Stream`',
      'type-name: Unexpected `строка` for type `string`, expected `string`'
    ])
  })

  it('should not flag words beside an intact name, trailing punctuation, header case, dropped backticks or an e-mail address', () => {
    const localized = english
      .replace('| organizer |', '| organizer － 组织者 |')
      .replace('| device |', '| device; |')
      .replace('Supported kinds are message and event, but not post.', 'Поддерживаются message и event, но не post.')
      .replace('| Content-type |', '| Content-Type |')
      .replace('with `$top` set, or mail sam@example.com', 'с параметром $top или напишите ivan@example.com')
      .replace('Records are [DomainDnsTxtRecord](txt.md) objects, kept in a mailFolder.', 'Записи — [объекты DomainDnsTxtRecord.](txt.md), в папке mailFolder.')
    expect(compare(localized, english)).toEqual([])
  })
})
