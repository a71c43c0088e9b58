/**
 * Whose fault a difference from the API is, on pages without spans: the
 * translation's (other scripts, an identifier capitalized or shouted) is an
 * error; the English docs' (ASCII words of their own, a type the page does
 * not document) is a `source-*` warning or nothing at all. Pages written
 * here in the shape of the ru-RU Graph repository; the schema is a small
 * one of our own with the real names.
 */
import {describe, expect, it} from 'vitest'
import {lintText} from '../src/lint/lint-text.js'
import {apiRules} from '../src/rules/index.js'
import {createApiIndex} from '../src/schema/api-index.js'
import {ApiSchema} from '../src/schema/model.js'

const api = createApiIndex(
  ApiSchema.parse({
    name: 'Intune apps (test)',
    source: 'test',
    version: 'v1.0',
    enums: [{name: 'mobileAppPublishingState', namespace: 'microsoft.graph', members: [{name: 'notPublished', value: 0}, {name: 'processing', value: 1}, {name: 'published', value: 2}]}],
    types: [
      {
        kind: 'entity',
        name: 'mobileApp',
        namespace: 'microsoft.graph',
        abstract: true,
        properties: [
          {name: 'id', type: 'Edm.String'},
          {name: 'displayName', type: 'Edm.String'},
          {name: 'publisher', type: 'Edm.String'},
          {name: 'publishingState', type: 'microsoft.graph.mobileAppPublishingState'},
          {name: 'isFeatured', type: 'Edm.Boolean'}
        ]
      },
      {kind: 'entity', name: 'mobileLobApp', namespace: 'microsoft.graph', baseType: 'microsoft.graph.mobileApp', abstract: true, properties: [{name: 'fileName', type: 'Edm.String'}, {name: 'size', type: 'Edm.Int64'}]},
      {
        kind: 'entity',
        name: 'win32LobApp',
        namespace: 'microsoft.graph',
        baseType: 'microsoft.graph.mobileLobApp',
        properties: [
          {name: 'installCommandLine', type: 'Edm.String'},
          {name: 'uninstallCommandLine', type: 'Edm.String'}
        ]
      },
      {kind: 'entity', name: 'iosLobApp', namespace: 'microsoft.graph', baseType: 'microsoft.graph.mobileLobApp', properties: [{name: 'bundleId', type: 'Edm.String'}]}
    ],
    operations: [
      {name: 'Create mobileApp', method: 'POST', path: '/deviceAppManagement/mobileApps', requestBody: 'microsoft.graph.mobileApp', returns: {type: 'microsoft.graph.mobileApp'}},
      {name: 'Get mobileApp', method: 'GET', path: '/deviceAppManagement/mobileApps/{mobileAppId}', returns: {type: 'microsoft.graph.mobileApp'}},
      {name: 'Update mobileApp', method: 'PATCH', path: '/deviceAppManagement/mobileApps/{mobileAppId}', requestBody: 'microsoft.graph.mobileApp', returns: {type: 'microsoft.graph.mobileApp'}}
    ]
  })
)

/** A create page as the ru-RU repository publishes it: no spans, the request body table in Russian. */
function createPage({title = 'Создание win32LobApp', rows, example = ''}: {title?: string; rows: string; example?: string}): string {
  return `---
title: ${title}
description: Создание нового объекта.
doc_type: apiPageType
ms.translationtype: MT
ms.contentlocale: ru-RU
---
# <a name="create"></a>${title}

Пространство имен: microsoft.graph

## <a name="http-request"></a>HTTP-запрос
\`\`\` http
POST /deviceAppManagement/mobileApps
\`\`\`

## <a name="request-body"></a>Текст запроса
В таблице перечислены свойства, которые задаются при создании приложения.

|Свойство|Тип|Описание|
|:---|:---|:---|
${rows}
${example}`
}

const lint = (page: string) => lintText(page, {path: 'page.md', api, ruleSet: apiRules}).messages
const summary = (page: string) => lint(page).map((message) => [message.ruleId, message.actual, message.fatal, message.fix?.text])

const win32Rows = `|id|String|Ключ объекта.|
|displayName|String|Имя приложения.|
|fileName|String|Имя основного файла.|
|installCommandLine|String|Командная строка установки.|
|uninstallCommandLine|String|Командная строка удаления.|`

describe('Latin-script translations written in ASCII (de-DE, pt-BR)', () => {
  it('should take a type cell that names no type in any spelling for a translation, and fix it', () => {
    const rows = win32Rows.replace('|displayName|String|', '|displayName|Zeichenfolge|').replace('|fileName|String|', '|fileName|Cadeia de caracteres|')
    expect(summary(createPage({rows}))).toEqual([
      ['api-property-type', 'Zeichenfolge', true, 'String'],
      ['api-property-type', 'Cadeia de caracteres', true, 'String']
    ])
  })

  it('should take a capitalized word for a lowerCamelCase property as the translation’s noun', () => {
    const rows = win32Rows.replace('|displayName|String|', '|Anzeigename|String|')
    expect(summary(createPage({rows})).map(([rule, actual, fatal]) => [rule, actual, fatal])).toEqual([['api-property-name', 'Anzeigename', true]])
  })

  it('should leave the English docs’ spellings and a row labelling a group of properties alone', () => {
    const rows = `|**Onboarding**|\n${win32Rows.replace('|displayName|String|', '|displayName|string|')}`
    expect(summary(createPage({rows}))).toEqual([['source-property-type', 'string', false, undefined]])
  })
})

describe('the type a create page documents', () => {
  it('should judge a derived type named by the title against that type, not the base the path takes', () => {
    expect(summary(createPage({rows: win32Rows}))).toEqual([])
  })

  it('should take the `@odata.type` of the request example when the title names no type', () => {
    const example = '\n## <a name="example"></a>Пример\n\n``` http\nPOST https://graph.microsoft.com/v1.0/deviceAppManagement/mobileApps\nContent-type: application/json\n\n{\n  "@odata.type": "#microsoft.graph.win32LobApp",\n  "displayName": "Приложение",\n  "installCommandLine": "setup.exe /quiet"\n}\n```\n'
    expect(summary(createPage({title: 'Создание приложения', rows: win32Rows, example}))).toEqual([])
  })

  it('should fall back on the derived type that has more of the names than the base', () => {
    expect(summary(createPage({title: 'Создание приложения', rows: win32Rows}))).toEqual([])
  })

  it('should still report a translated name against the derived type, with its fix', () => {
    const rows = `${win32Rows}\n|размер|Int64|Размер всех файлов.|`
    expect(summary(createPage({rows}))).toEqual([['api-property-name', 'размер', true, 'size']])
  })
})

describe('property names: the translation or the English docs', () => {
  it('should report a capitalized or shouted identifier as the translation, with its fix', () => {
    const rows = win32Rows.replace('|displayName|', '|DisplayName|').replace('|id|', '|ID|')
    expect(summary(createPage({rows}))).toEqual([
      ['api-property-name', 'ID', true, 'id'],
      ['api-property-name', 'DisplayName', true, 'displayName']
    ])
  })

  it('should read a name followed by a translated note as the name (`size (устарело)`)', () => {
    expect(summary(createPage({rows: `${win32Rows}\n|size (устарело)|Int64|Размер.|`}))).toEqual([])
  })

  it('should report an ASCII name the docs spell their own way, or the metadata lacks, as a source warning without a fix', () => {
    const rows = `${win32Rows.replace('|fileName|', '|filename|')}\n|installExperience|String|Способ установки.|`
    expect(summary(createPage({rows}))).toEqual([
      ['source-property-name', 'filename', false, undefined],
      ['source-property-name', 'installExperience', false, undefined]
    ])
  })
})

describe('property types: the translation or the English docs', () => {
  it('should report a translated primitive as the translation, with its fix', () => {
    const rows = win32Rows.replace('|displayName|String|', '|displayName|Строка|')
    expect(summary(createPage({rows}))).toEqual([['api-property-type', 'Строка', true, 'String']])
  })

  it('should warn, not fail, on the docs writing `string` for `String` or `String` for an enum', () => {
    const rows = `${win32Rows.replace('|displayName|String|', '|displayName|string|')}\n|publishingState|String|Состояние публикации.|`
    expect(summary(createPage({rows}))).toEqual([
      ['source-property-type', 'string', false, undefined],
      ['source-property-type', 'String', false, undefined]
    ])
  })

  it('should keep a source finding an error when a team configures it so', () => {
    const rows = win32Rows.replace('|displayName|String|', '|displayName|string|')
    const [finding] = lintText(createPage({rows}), {path: 'page.md', api, ruleSet: apiRules, rules: {'source-property-type': 'error'}}).messages
    expect(finding).toMatchObject({ruleId: 'source-property-type', fatal: true})
  })
})
