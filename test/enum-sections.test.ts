/**
 * Enums documented outside an enum page: `### xxx values` sections inside a
 * resource page, and `enums.md`, which documents many enums one after the
 * other. The section anchor (English in every locale) names the enum; the
 * table may list members only. Pages written here in the shape of the ru-RU
 * and zh-CN Graph repositories; the schema is a small one with real names.
 */
import {describe, expect, it} from 'vitest'
import {lintText} from '../src/lint/lint-text.js'
import {apiRules} from '../src/rules/index.js'
import {createApiIndex} from '../src/schema/api-index.js'
import {ApiSchema} from '../src/schema/model.js'

const api = createApiIndex(
  ApiSchema.parse({
    name: 'Enum sections (test)',
    source: 'test',
    version: 'v1.0',
    enums: [
      {
        name: 'caseStatus',
        namespace: 'microsoft.graph.security',
        members: ['unknown', 'active', 'pendingDelete', 'closing', 'closed', 'closedWithError', 'unknownFutureValue'].map((name, value) => ({name, value}))
      },
      {
        name: 'alertStatus',
        namespace: 'microsoft.graph',
        members: [
          {name: 'unknown', value: 0},
          {name: 'newAlert', value: 1},
          {name: 'inProgress', value: 2},
          {name: 'resolved', value: 3}
        ]
      },
      {
        name: 'printFinishing',
        namespace: 'microsoft.graph',
        members: ['none', 'staple', 'punch', 'cover'].map((name, value) => ({name, value: value + 3}))
      },
      {
        name: 'chatMessagePolicyViolationDlpActionTypes',
        namespace: 'microsoft.graph',
        members: [
          {name: 'none', value: 0},
          {name: 'notifySender', value: 1},
          {name: 'blockAccess', value: 2},
          {name: 'blockAccessExternal', value: 4}
        ]
      },
      {
        name: 'deviceManagementSubscriptionState',
        namespace: 'microsoft.graph',
        members: ['pending', 'active', 'warning', 'disabled', 'deleted', 'blocked', 'lockedOut'].map((name, value) => ({name, value}))
      }
    ],
    types: [
      {
        kind: 'entity',
        name: 'ediscoveryCase',
        namespace: 'microsoft.graph.security',
        properties: [
          {name: 'id', type: 'Edm.String'},
          {name: 'status', type: 'microsoft.graph.security.caseStatus'}
        ]
      },
      {
        kind: 'complex',
        name: 'assignedPlan',
        namespace: 'microsoft.graph',
        properties: [
          {name: 'service', type: 'Edm.String'},
          {name: 'capabilityStatus', type: 'Edm.String'}
        ]
      }
    ],
    operations: []
  })
)

function lint(text: string) {
  const file = lintText(text, {path: 'resources/page.md', ruleSet: apiRules, api})
  return file.messages.map((message) => ({
    rule: message.ruleId,
    severity: message.fatal === true ? 'error' : message.fatal === false ? 'warn' : 'info',
    line: message.line,
    actual: message.actual,
    expected: message.expected?.length === 1 ? message.expected[0] : message.expected,
    fix: (message as {fix?: {text: string}}).fix?.text
  }))
}

const frontMatter = `---
title: Тип ресурса ediscoveryCase
doc_type: resourcePageType
ms.translationtype: MT
ms.contentlocale: ru-RU
---
`

function resourcePage(members: string): string {
  return `${frontMatter}# <a name="ediscoverycase-resource-type"></a>Тип ресурса ediscoveryCase

## <a name="properties"></a>Свойства

|Свойство|Тип|Описание|
|:---|:---|:---|
|id|String|Идентификатор.|
|status|[microsoft.graph.security.caseStatus](#casestatus-values)|Состояние дела.|

### <a name="casestatus-values"></a>Значения caseStatus

|Member|Описание|
|:---|:---|
${members}
`
}

describe('enum sections inside a resource page', () => {
  it('should check a members-only section against the enum its anchor names, and fix a translated member', () => {
    const findings = lint(
      resourcePage(`|unknown|Неизвестно.|
|Активных|Дело активно.|
|pendingDelete|Ожидает удаления.|
|Закрытие|Дело закрывается.|
|closed|Закрыто.|
|closedWithError|Закрыто с ошибкой.|
|unknownFutureValue|Значение для будущих членов.|`)
    )
    expect(findings.filter((finding) => finding.severity === 'error')).toEqual([
      {rule: 'api-enum-member', severity: 'error', line: 21, actual: 'Активных', expected: 'active', fix: 'active'},
      {rule: 'api-enum-member', severity: 'error', line: 23, actual: 'Закрытие', expected: 'closing', fix: 'closing'}
    ])
  })

  it('should raise nothing on a section whose members are all intact', () => {
    const findings = lint(
      resourcePage(['unknown', 'active', 'pendingDelete', 'closing', 'closed', 'closedWithError', 'unknownFutureValue'].map((name) => `|${name}|Описание.|`).join('\n'))
    )
    expect(findings).toEqual([])
  })

  it('should not guess a member by position when the named rows stand out of the API order', () => {
    const findings = lint(
      resourcePage(`|active|Активно.|
|unknown|Неизвестно.|
|Закрытие|Дело закрывается.|`)
    )
    const member = findings.find((finding) => finding.rule === 'api-enum-member')
    expect(member).toMatchObject({severity: 'error', actual: 'Закрытие', fix: undefined})
    expect(member?.expected).toContain('closing')
  })

  it('should not guess by position when no row is intact and the table lists fewer rows than the enum has', () => {
    const findings = lint(resourcePage(`|Закрыто|Закрыто.|\n|Активных|Активно.|`))
    expect(findings.filter((finding) => finding.rule === 'api-enum-member').map((finding) => finding.fix)).toEqual([undefined, undefined])
  })

  it('should call a programmer-shaped ASCII name the English docs’ spelling: a source warning, no fix', () => {
    const findings = lint(
      resourcePage(['unknown', 'active', 'pendingDelete', 'closing', 'closed', 'closedWithErrors;', 'unknownFutureValue'].map((name) => `|${name}|Описание.|`).join('\n'))
    )
    expect(findings).toEqual([
      {rule: 'source-enum-member', severity: 'warn', line: 25, actual: 'closedWithErrors;', expected: 'closedWithError', fix: undefined}
    ])
  })
})

const enumsPage = (alertValues: string) => `---
title: Типы перечислений
doc_type: enumPageType
ms.translationtype: MT
ms.contentlocale: ru-RU
---
# <a name="enum-types"></a>Типы перечислений

### <a name="alertstatus-values"></a>Значения alertStatus

|Элемент|Значение|Описание|
|:---|:---|:---|
${alertValues}

### <a name="printfinishing-values"></a>Значения printFinishing

|Элемент|Значение|Описание|
|:---|:---|:---|
|Нет|3|Без отделки.|
|staple|4|Скрепление.|
|punch|5|Перфорация.|
|cover|6|Обложка.|
`

describe('a page documenting many enums (enums.md)', () => {
  it('should resolve each table by its own section and report a translated member and a mangled value', () => {
    const findings = lint(
      enumsPage(`|unknown|0|Неизвестно.|
|newAlert|1|Новое.|
|inProgress|2|Выполняется.|
|resolved|4|Разрешено.|`)
    )
    expect(findings).toEqual([
      {rule: 'api-enum-member', severity: 'error', line: 22, actual: 'Нет', expected: 'none', fix: 'none'},
      {rule: 'api-enum-value', severity: 'error', line: 16, actual: '4', expected: '3', fix: '3'}
    ])
  })

  it('should call a table numbered otherwise throughout the English docs’ own numbering: source warnings, no fix', () => {
    const findings = lint(
      enumsPage(`|unknown|0|Неизвестно.|
|newAlert|10|Новое.|
|inProgress|20|Выполняется.|
|resolved|30|Разрешено.|`)
    )
    expect(findings.filter((finding) => finding.rule?.endsWith('enum-value'))).toEqual([
      {rule: 'source-enum-value', severity: 'warn', line: 14, actual: '10', expected: '1', fix: undefined},
      {rule: 'source-enum-value', severity: 'warn', line: 15, actual: '20', expected: '2', fix: undefined},
      {rule: 'source-enum-value', severity: 'warn', line: 16, actual: '30', expected: '3', fix: undefined}
    ])
    expect(findings.some((finding) => finding.severity === 'error' && finding.rule !== 'api-enum-member')).toBe(false)
  })
})

describe('a stretch of rows numbered in step otherwise than the API', () => {
  it('should call two neighbouring rows off by one amount the English docs’ numbering, and keep a lone mangled value an error', () => {
    const findings = lint(
      enumsPage(`|unknown|0|Неизвестно.|
|newAlert|1|Новое.|
|inProgress|3|Выполняется.|
|resolved|4|Разрешено.|`)
    )
    expect(findings.filter((finding) => finding.rule?.endsWith('enum-value'))).toEqual([
      {rule: 'source-enum-value', severity: 'warn', line: 15, actual: '3', expected: '2', fix: undefined},
      {rule: 'source-enum-value', severity: 'warn', line: 16, actual: '4', expected: '3', fix: undefined}
    ])
    const lone = lint(
      enumsPage(`|unknown|0|Неизвестно.|
|newAlert|2|Новое.|
|inProgress|2|Выполняется.|
|resolved|3|Разрешено.|`)
    )
    expect(lone.filter((finding) => finding.rule?.endsWith('enum-value'))).toEqual([
      {rule: 'api-enum-value', severity: 'error', line: 14, actual: '2', expected: '1', fix: '1'}
    ])
  })
})

describe('a table in the API order numbered the English docs’ own way, with translated names', () => {
  const enumValueAndMember = (findings: ReturnType<typeof lint>) => findings.filter((finding) => /enum-(value|member)$/.test(finding.rule ?? ''))

  it('should take each translated name for the member at its position, not the member its value names', () => {
    // `-1, 0, 1, 2` for `0, 1, 2, 3`: the English counts from -1, so `1` is the third row's value, not `newAlert`'s.
    const findings = lint(
      enumsPage(`|unknown|-1|Неизвестно.|
|Новое|0|Новое.|
|Выполняется|1|Выполняется.|
|Разрешено|2|Разрешено.|`)
    )
    expect(enumValueAndMember(findings)).toEqual([
      {rule: 'api-enum-member', severity: 'error', line: 14, actual: 'Новое', expected: 'newAlert', fix: 'newAlert'},
      {rule: 'api-enum-member', severity: 'error', line: 15, actual: 'Выполняется', expected: 'inProgress', fix: 'inProgress'},
      {rule: 'api-enum-member', severity: 'error', line: 16, actual: 'Разрешено', expected: 'resolved', fix: 'resolved'},
      {rule: 'api-enum-member', severity: 'error', line: 22, actual: 'Нет', expected: 'none', fix: 'none'},
      {rule: 'source-enum-value', severity: 'warn', line: 13, actual: '-1', expected: '0', fix: undefined},
      {rule: 'source-enum-value', severity: 'warn', line: 14, actual: '0', expected: '1', fix: undefined},
      {rule: 'source-enum-value', severity: 'warn', line: 15, actual: '1', expected: '2', fix: undefined},
      {rule: 'source-enum-value', severity: 'warn', line: 16, actual: '2', expected: '3', fix: undefined}
    ])
  })

  it('should call a member numbered in tens among translated names the English docs’ value', () => {
    const findings = lint(
      enumsPage(`|unknown|0|Неизвестно.|
|Новое|10|Новое.|
|Выполняется|20|Выполняется.|
|resolved|30|Разрешено.|`)
    )
    expect(enumValueAndMember(findings).filter((finding) => finding.line! <= 16)).toEqual([
      {rule: 'api-enum-member', severity: 'error', line: 14, actual: 'Новое', expected: 'newAlert', fix: 'newAlert'},
      {rule: 'api-enum-member', severity: 'error', line: 15, actual: 'Выполняется', expected: 'inProgress', fix: 'inProgress'},
      {rule: 'source-enum-value', severity: 'warn', line: 14, actual: '10', expected: '1', fix: undefined},
      {rule: 'source-enum-value', severity: 'warn', line: 15, actual: '20', expected: '2', fix: undefined},
      {rule: 'source-enum-value', severity: 'warn', line: 16, actual: '30', expected: '3', fix: undefined}
    ])
  })

  it('should trust values that are the API’s over positions when every name is translated and the order is the table’s own', () => {
    // The English onenoteUserRole table lists `None | -1` last; the API declares it first.
    const findings = lint(
      enumsPage(`|Новое|1|Новое.|
|Выполняется|2|Выполняется.|
|Разрешено|3|Разрешено.|
|Неизвестно|0|Неизвестно.|`)
    )
    expect(enumValueAndMember(findings).filter((finding) => finding.line! <= 16).map((finding) => [finding.rule, finding.expected])).toEqual([
      ['api-enum-member', 'newAlert'],
      ['api-enum-member', 'inProgress'],
      ['api-enum-member', 'resolved'],
      ['api-enum-member', 'unknown']
    ])
  })

  it('should still match a translated name by its value when only one value of the table is off', () => {
    const findings = lint(
      enumsPage(`|unknown|0|Неизвестно.|
|Новое|1|Новое.|
|inProgress|2|Выполняется.|
|resolved|4|Разрешено.|`)
    )
    expect(enumValueAndMember(findings).filter((finding) => finding.line! <= 16)).toEqual([
      {rule: 'api-enum-member', severity: 'error', line: 14, actual: 'Новое', expected: 'newAlert', fix: 'newAlert'},
      {rule: 'api-enum-value', severity: 'error', line: 16, actual: '4', expected: '3', fix: '3'}
    ])
  })
})

describe('a section naming something other than an API enum', () => {
  it('should call other capitals of members the English docs’ spelling when the section names the enum in words of its own', () => {
    // The metadata says `chatMessagePolicyViolationDlpActionTypes`; the English section and members are its own.
    const findings = lint(`---
title: Типы перечислений
doc_type: enumPageType
ms.translationtype: MT
ms.contentlocale: ru-RU
---
# <a name="enum-types"></a>Типы перечислений

### <a name="chatmessagepolicyviolationdlpactiontype-values"></a>Значения chatMessagePolicyViolationDlpActionType

|Элемент|Значение|Описание|
|:---|:---|:---|
|Нет|0|Действие не выполняется.|
|NotifySender|1|Отправитель получает уведомление.|
|BlockAccess|2|Доступ блокируется.|
|BlockAccessExternal|4|Внешний доступ блокируется.|
`)
    expect(findings.filter((finding) => finding.severity === 'error')).toEqual([
      {rule: 'api-enum-member', severity: 'error', line: 13, actual: 'Нет', expected: 'none', fix: 'none'}
    ])
    expect(findings.filter((finding) => finding.rule === 'source-enum-member').map((finding) => [finding.actual, finding.fix])).toEqual([
      ['NotifySender', undefined],
      ['BlockAccess', undefined],
      ['BlockAccessExternal', undefined]
    ])
  })

  it('should bind no enum to the values of a String property, however many member names an unrelated enum shares', () => {
    const findings = lint(`---
title: Тип ресурса assignedPlan
doc_type: resourcePageType
ms.translationtype: MT
ms.contentlocale: ru-RU
---
# <a name="assignedplan-resource-type"></a>Тип ресурса assignedPlan

## <a name="properties"></a>Свойства

|Свойство|Тип|Описание|
|:---|:---|:---|
|service|String|Имя службы.|
|capabilityStatus|String|Состояние возможности. Возможные значения приведены ниже.|

### <a name="capabilitystatus-values"></a>Значения capabilityStatus

|Значение|Описание|
|:---|:---|
|Включено|План включен.|
|Предупреждение|План скоро истечет.|
|LockedOut|План заблокирован.|
|Deleted|План удален.|
`)
    expect(findings.filter((finding) => finding.rule?.includes('enum'))).toEqual([])
  })

  it('should take the enum a section names from the type of the page’s property of that name', () => {
    // One intact name is too few to tell the enum by its members: only the property can.
    const page = resourcePage(`|unknown|Неизвестно.|
|Активных|Дело активно.|`).replace('<a name="casestatus-values"></a>Значения caseStatus', '<a name="status-values"></a>Значения status')
    expect(lint(page).filter((finding) => finding.severity === 'error')).toEqual([
      {rule: 'api-enum-member', severity: 'error', line: 21, actual: 'Активных', expected: 'active', fix: 'active'}
    ])
  })
})
