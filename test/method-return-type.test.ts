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
      {kind: 'entity', name: 'workbookTableColumn', namespace: 'microsoft.graph', properties: [{name: 'id', type: 'Edm.String'}]}
    ],
    operations: []
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
