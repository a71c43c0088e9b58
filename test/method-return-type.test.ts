/**
 * Return types in the methods table of a resource page without spans: the
 * link target names the type even when its label was translated.
 */
import {describe, expect, it} from 'vitest'
import {lintText} from '../src/lint/lint-text.js'
import {apiMethodReturnType} from '../src/rules/api-method-return-type.js'
import {createApiIndex} from '../src/schema/api-index.js'
import {ApiSchema} from '../src/schema/model.js'
import {applyFixes} from '../src/fix/apply-fixes.js'

const api = createApiIndex(
  ApiSchema.parse({
    name: 'Places (test)',
    source: 'test',
    version: 'v1.0',
    enums: [],
    types: [
      {kind: 'entity', name: 'place', namespace: 'microsoft.graph', properties: [{name: 'id', type: 'Edm.String'}]},
      {kind: 'entity', name: 'room', namespace: 'microsoft.graph', baseType: 'microsoft.graph.place', properties: []},
      {kind: 'entity', name: 'workbookTableColumn', namespace: 'microsoft.graph', properties: [{name: 'id', type: 'Edm.String'}]},
      {kind: 'entity', name: 'calendar', namespace: 'microsoft.graph', properties: [{name: 'name', type: 'Edm.String'}, {name: 'canEdit', type: 'Edm.Boolean'}]},
      {kind: 'entity', name: 'event', namespace: 'microsoft.graph', properties: [{name: 'subject', type: 'Edm.String'}]},
      {kind: 'entity', name: 'profilePhoto', namespace: 'microsoft.graph', properties: [{name: 'height', type: 'Edm.Int32'}]},
      {kind: 'entity', name: 'activityHistoryItem', namespace: 'microsoft.graph', properties: [{name: 'status', type: 'Edm.String'}]},
      {kind: 'entity', name: 'userActivity', namespace: 'microsoft.graph', properties: [{name: 'appActivityId', type: 'Edm.String'}, {name: 'activitySourceHost', type: 'Edm.String'}]}
    ],
    operations: [
      {name: 'getMailboxUsageDetail', method: 'GET', path: '/reports/getMailboxUsageDetail(period={period})', returns: {type: 'Edm.Stream'}},
      {name: 'Delete place', method: 'DELETE', path: '/places/{placeId}'}
    ]
  })
)

function page(rows: string): string {
  return `---
title: Тип ресурса room
doc_type: resourcePageType
ms.contentlocale: ru-RU
---
# <a name="room-resource-type"></a>Тип ресурса room

## <a name="methods"></a>Методы

| Метод | Возвращаемый тип | Описание |
|:---|:---|:---|
${rows}
`
}

const lint = (text: string) => lintText(text, {path: 'room.md', api, ruleSet: [apiMethodReturnType]})

describe('api-method-return-type', () => {
  it('should report a translated one-word label and fix it to the type its link names', () => {
    const text = page('| [Получение помещения](../api/place-get.md) | [места](place.md) | Чтение свойств. |')
    const file = lint(text)
    expect(file.messages.map((message) => [message.ruleId, message.line, message.actual, message.expected])).toEqual([
      ['api-method-return-type', 12, 'места', ['place']]
    ])
    const fixes = file.messages.flatMap((message) => (message.fix ? [message.fix] : []))
    expect(applyFixes(text, fixes).text).toContain('| [Получение помещения](../api/place-get.md) | [place](place.md) | Чтение свойств. |')
  })

  it('should fix a name written in sentence case, which lost its inner capitals', () => {
    const file = lint(page('| [Обновление](../api/tablecolumn-update.md) | [Workbooktablecolumn](workbooktablecolumn.md) | Обновление. |'))
    expect(file.messages.map((message) => [message.actual, message.fix?.text])).toEqual([['Workbooktablecolumn', 'workbookTableColumn']])
  })

  it('should report a translated phrase that lost the type name, without a fix', () => {
    const file = lint(page('| [Список](../api/place-list.md) | [коллекция мест](place.md) | Список. |'))
    expect(file.messages.map((message) => [message.actual, (message as {fix?: unknown}).fix])).toEqual([['коллекция мест', undefined]])
  })

  it('should accept the type name translated around, qualified, capitalized as the English docs write it, or a label of another ASCII name', () => {
    const file = lint(
      page(`| [Список](../api/place-list.md) | [Коллекция place](place.md) | Список. |
| [Получение](../api/room-get.md) | [microsoft.graph.room](room.md) | Чтение. |
| [Обновление](../api/tablecolumn-update.md) | [WorkbookTableColumn](workbooktablecolumn.md) | Обновление. |
| [Список](../api/place-list.md) | [Коллекция places](place.md) | Список. |
| [Удаление](../api/place-delete.md) | Нет | Удаление. |
| [Документ](../api/place-get.md) | [места](../conceptual/overview.md) | Ссылка не на тип. |`)
    )
    expect(file.messages).toEqual([])
  })
})

/** A page as the de-DE or ja-JP repository publishes it, its methods table in the locale's words. */
function localizedPage(locale: string, rows: string, {properties = ''}: {properties?: string} = {}): string {
  return `---
title: Ressourcentyp
doc_type: resourcePageType
ms.translationtype: MT
ms.contentlocale: ${locale}
---
# <a name="resource-type"></a>Ressourcentyp

## <a name="methods"></a>Methoden

| Methode | Rückgabetyp | Beschreibung |
|:---|:---|:---|
${rows}
${properties}`
}

const lintAt = (text: string, path: string) => lintText(text, {path, api, ruleSet: [apiMethodReturnType]})

describe('api-method-return-type on labels in Latin letters', () => {
  it('should report a label of words no API name is made of, without a fix (a compound may hide `collection`)', () => {
    const file = lintAt(
      localizedPage(
        'de-DE',
        `| [Kalender abrufen](../api/calendar-get.md) | [Kalender](calendar.md) | Liest einen Kalender. |
| [Ereignisse auflisten](../api/calendar-list-events.md) | [Ereignissammlung](event.md) | Listet Ereignisse auf. |`
      ),
      'calendar.md'
    )
    expect(file.messages.map((message) => [message.line, message.actual, message.expected, (message as {fix?: unknown}).fix])).toEqual([
      [13, 'Kalender', ['calendar'], undefined],
      [14, 'Ereignissammlung', ['event'], undefined]
    ])
  })

  it('should accept labels made of the API words, as the English docs write them', () => {
    const file = lintAt(
      localizedPage(
        'de-DE',
        `| [Foto abrufen](../api/profilephoto-get.md) | [Photo](profilephoto.md) | Liest ein Foto. |
| [Verlauf](../api/projectrome-put-historyitem.md) | [historyItem](projectrome-historyitem.md) | Erstellt einen Eintrag. |
| [Ereignisse](../api/calendar-list-events.md) | Collection of [events](event.md) | Listet Ereignisse auf. |
| [Löschen](../api/place-delete.md) | Keine | Löscht den Ort. |`
      ),
      'calendar.md'
    )
    expect(file.messages).toEqual([])
  })
})

describe('api-method-return-type on the type a page documents and on unlinked cells', () => {
  const activityProperties = `
## <a name="properties"></a>Eigenschaften

| Eigenschaft | Typ | Beschreibung |
|:---|:---|:---|
| appActivityId | String | Kennung. |
| activitySourceHost | String | Host. |

<!-- {
  "blockType": "resource",
  "@odata.type": "microsoft.graph.userActivity"
} -->
`

  it('should take a link to the page itself for the type its representation is annotated with', () => {
    const file = lintAt(
      localizedPage('ja-JP', '| [アクティビティを取得する](../api/projectrome-get-activities.md) | [アクティビティ](projectrome-activity.md) | 取得します。 |', {
        properties: activityProperties
      }),
      'resources/projectrome-activity.md'
    )
    expect(file.messages.map((message) => [message.line, message.actual, message.expected, message.fix?.text])).toEqual([
      [13, 'アクティビティ', ['userActivity'], 'userActivity']
    ])
  })

  it('should report a return type written wholly in katakana, expecting what the linked function returns', () => {
    const file = lintAt(
      localizedPage(
        'ja-JP',
        `| [getMailboxUsageDetail](../api/reportroot-getmailboxusagedetail.md) | ストリーム | 詳細を取得します。 |
| [サイトを取得する](../api/site-get.md) | サイト | サイトを取得します。 |`
      ),
      'resources/mailbox-usage-reports.md'
    )
    expect(file.messages.map((message) => [message.line, message.actual, message.expected, (message as {fix?: unknown}).fix])).toEqual([
      [13, 'ストリーム', ['Stream'], undefined],
      [14, 'サイト', undefined, undefined]
    ])
  })

  it('should leave translated prose in an unlinked cell alone: `なし` for the docs\' None, a sentence for No Content', () => {
    const file = lintAt(
      localizedPage(
        'ja-JP',
        `| [getMailboxUsageDetail](../api/reportroot-getmailboxusagedetail.md) | なし | 詳細を取得します。 |
| [削除](../api/place-delete.md) | コンテンツはありません | 削除します。 |
| [一覧](../api/place-list.md) | String コレクション | 一覧です。 |`
      ),
      'resources/place.md'
    )
    expect(file.messages).toEqual([])
  })
})
