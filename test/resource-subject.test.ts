/**
 * The type a resource page documents, from the annotation of its JSON
 * representation (`"@odata.type": "microsoft.graph.workbookChart"` on a page
 * titled `Chart`), and the names a translation breaks. Pages written here in
 * the shape of the ja-JP and de-DE Graph repositories; the schema is a small
 * one of our own with the real names.
 */
import {describe, expect, it} from 'vitest'
import {lintText} from '../src/lint/lint-text.js'
import {extractText} from '../src/extract-files.js'
import {apiRules} from '../src/rules/index.js'
import {createApiIndex} from '../src/schema/api-index.js'
import {ApiSchema} from '../src/schema/model.js'

const api = createApiIndex(
  ApiSchema.parse({
    name: 'Workbooks and call records (test)',
    source: 'test',
    version: 'v1.0',
    enums: [{name: 'categoryColor', namespace: 'microsoft.graph', members: [{name: 'none', value: -1}, {name: 'preset0', value: 0}]}],
    types: [
      {
        kind: 'entity',
        name: 'workbookChart',
        namespace: 'microsoft.graph',
        properties: [
          {name: 'height', type: 'Edm.Double'},
          {name: 'name', type: 'Edm.String'},
          {name: 'axes', type: 'microsoft.graph.workbookChartAxes', navigation: true},
          {name: 'worksheet', type: 'microsoft.graph.workbookWorksheet', navigation: true}
        ]
      },
      {kind: 'entity', name: 'workbookChartAxes', namespace: 'microsoft.graph', properties: [{name: 'id', type: 'Edm.String'}]},
      {kind: 'entity', name: 'workbookWorksheet', namespace: 'microsoft.graph', properties: [{name: 'id', type: 'Edm.String'}]},
      {kind: 'entity', name: 'alert', namespace: 'microsoft.graph', properties: [{name: 'id', type: 'Edm.String'}]},
      {kind: 'entity', name: 'security', namespace: 'microsoft.graph', properties: [{name: 'alerts', type: 'microsoft.graph.alert', collection: true, navigation: true}]},
      {
        kind: 'entity',
        name: 'outlookCategory',
        namespace: 'microsoft.graph',
        properties: [
          {name: 'displayName', type: 'Edm.String'},
          {name: 'color', type: 'microsoft.graph.categoryColor'}
        ]
      },
      {kind: 'complex', name: 'deviceInfo', namespace: 'microsoft.graph', properties: [{name: 'deviceId', type: 'Edm.String'}, {name: 'displayName', type: 'Edm.String'}]},
      {kind: 'complex', name: 'deviceInfo', namespace: 'microsoft.graph.callRecords', properties: [{name: 'captureDeviceName', type: 'Edm.String'}, {name: 'displayName', type: 'Edm.String'}]},
      {
        kind: 'entity',
        name: 'androidWorkProfileGeneralDeviceConfiguration',
        namespace: 'microsoft.graph',
        properties: [
          {name: 'workProfileDefaultAppPermissionPolicy', type: 'Edm.String'},
          {name: 'workProfileRequirePassword', type: 'Edm.Boolean'},
          {name: 'lastModifiedBy', type: 'Edm.String'}
        ]
      }
    ],
    operations: []
  })
)

function resourcePage({title, odataType, sections}: {title: string; odataType?: string; sections: string}): string {
  const annotation = odataType ? `<!-- {\n  "blockType": "resource",\n  "@odata.type": "${odataType}"\n} -->\n` : ''
  return `---
title: ${title}
doc_type: resourcePageType
ms.translationtype: MT
ms.contentlocale: ja-JP
---
# <a name="resource-type"></a>${title}

${sections}
## <a name="json-representation"></a>JSON 表記

${annotation}`
}

const chartSections = `## <a name="properties"></a>プロパティ
| プロパティ | 型 | 説明 |
|:---|:---|:---|
|height|Double|高さ。|
|name|string|名前。|

## <a name="relationships"></a>リレーションシップ
| リレーションシップ | 型 | 説明 |
|:---|:---|:---|
|軸|[WorkbookChartAxes](chartaxes.md)|グラフの軸。|
|worksheet|[WorkbookWorksheet](worksheet.md)|ワークシート。|
`

const lint = (text: string, path: string) => lintText(text, {path, api, ruleSet: apiRules})
const errors = (text: string, path: string) =>
  lint(text, path)
    .messages.filter((message) => message.fatal)
    .map((message) => [message.line, message.ruleId, message.actual, message.fix?.text])

describe('the type a resource page documents', () => {
  it('should read the annotated type, qualified, first among the subjects', () => {
    const page = extractText(resourcePage({title: 'Chart リソースの種類', odataType: 'microsoft.graph.workbookChart', sections: chartSections}), {path: 'chart.md'})
    expect(page.resourceType).toBe('microsoft.graph.workbookChart')
    expect(page.subjects[0]).toBe('microsoft.graph.workbookChart')
  })

  it('should judge the tables of a page titled `Chart` against the annotated `workbookChart`', () => {
    expect(errors(resourcePage({title: 'Chart リソースの種類', odataType: 'microsoft.graph.workbookChart', sections: chartSections}), 'chart.md')).toEqual([
      [18, 'api-property-name', '軸', 'axes']
    ])
    // Without the annotation neither title nor file name names an API type: nothing is judged.
    expect(errors(resourcePage({title: 'Chart リソースの種類', sections: chartSections}), 'chart.md')).toEqual([])
  })

  it('should tell a namespaced type from the graph type of the same name', () => {
    const sections = `## <a name="properties"></a>プロパティ
| プロパティ | 型 | 説明 |
|:---|:---|:---|
|captureDeviceName|String|名前。|
|displayName|String|表示名。|
`
    const file = lint(resourcePage({title: 'deviceInfo リソースの種類', odataType: 'microsoft.graph.callRecords.deviceInfo', sections}), 'callrecords-deviceinfo.md')
    expect(file.messages.filter((message) => /property/.test(message.ruleId ?? '')).map(String)).toEqual([])
  })

  it('should judge a relationships table whose every name was translated, but not a second table of the section', () => {
    const security = `## <a name="relationships"></a>リレーションシップ
| リレーションシップ | 型 | 説明 |
|:---|:---|:---|
|アラート|[alert](alert.md) コレクション|読み取り専用。|
`
    expect(errors(resourcePage({title: 'security リソースの種類', odataType: 'microsoft.graph.security', sections: security}), 'security.md')).toEqual([
      [12, 'api-property-name', 'アラート', 'alerts']
    ])
    const category = `## <a name="properties"></a>プロパティ
| プロパティ | 型 | 説明 |
|:---|:---|:---|
|displayName|String|名前。|
|color|categoryColor|色。|

| 定義済みの定数 | Outlook の色 |
|:---|:---|
| None | 色なし |
| Preset0 | 赤 |
`
    expect(errors(resourcePage({title: 'outlookCategory リソースの種類', odataType: 'microsoft.graph.outlookCategory', sections: category}), 'outlookcategory.md')).toEqual([])
  })
})

describe('a name a translation broke apart', () => {
  const sections = (rows: string) => `## <a name="properties"></a>プロパティ
| プロパティ | 型 | 説明 |
|:---|:---|:---|
|workProfileRequirePassword|Boolean|パスワードを要求します。|
${rows}
`
  const page = (rows: string) =>
    resourcePage({title: 'androidWorkProfileGeneralDeviceConfiguration リソースの種類', odataType: 'microsoft.graph.androidWorkProfileGeneralDeviceConfiguration', sections: sections(rows)})

  it('should report a name with a space or a full stop put into it, and fix it to the property', () => {
    expect(errors(page('|work Profiledefaultapppermissionpolicy|String|ポリシー。|\n|。 Lastmodifiedby|String|更新者。|'), 'intune-deviceconfig-androidworkprofilegeneraldeviceconfiguration.md')).toEqual([
      [13, 'api-property-name', 'work Profiledefaultapppermissionpolicy', 'workProfileDefaultAppPermissionPolicy'],
      [14, 'api-property-name', '。 Lastmodifiedby', 'lastModifiedBy']
    ])
  })

  it('should expect no property for two translated rows that fit the same one', () => {
    const rows = '|lastModifiedBy|String|更新者。|\n|パスワード ポリシー|String|ポリシー。|\n|既定のポリシー|String|既定。|'
    const file = lint(page(rows), 'intune-deviceconfig-androidworkprofilegeneraldeviceconfiguration.md')
    expect(file.messages.filter((message) => message.fatal).map((message) => [message.line, message.actual, message.expected])).toEqual([
      [14, 'パスワード ポリシー', undefined],
      [15, '既定のポリシー', undefined]
    ])
    // One such row gets the one property left.
    const one = lint(page('|lastModifiedBy|String|更新者。|\n|パスワード ポリシー|String|ポリシー。|'), 'intune-deviceconfig-androidworkprofilegeneraldeviceconfiguration.md')
    expect(one.messages.filter((message) => message.fatal).map((message) => message.expected)).toEqual([['workProfileDefaultAppPermissionPolicy']])
  })

  it('should leave a trailing semicolon, the English docs\' slip, to a source warning', () => {
    const file = lint(page('|lastModifiedBy;|String|更新者。|'), 'intune-deviceconfig-androidworkprofilegeneraldeviceconfiguration.md')
    expect(file.messages.filter((message) => message.fatal)).toEqual([])
    expect(file.messages.map((message) => message.ruleId)).toContain('source-property-name')
  })
})
