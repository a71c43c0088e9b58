/**
 * Parameters tables of action and function pages without spans, checked
 * against the parameters the operation takes (CSDL `Parameter`s, the binding
 * parameter left out).
 */
import {existsSync, readFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'
import {lintText} from '../src/lint/lint-text.js'
import {apiParameterName} from '../src/rules/api-parameter-name.js'
import {apiParameterType} from '../src/rules/api-parameter-type.js'
import {createApiIndex} from '../src/schema/api-index.js'
import {parseCsdl} from '../src/schema/csdl.js'
import {ApiSchema} from '../src/schema/model.js'

const api = createApiIndex(
  ApiSchema.parse({
    name: 'Applications (test)',
    source: 'test',
    version: 'v1.0',
    types: [
      {kind: 'entity', name: 'application', namespace: 'microsoft.graph', properties: [{name: 'id', type: 'Edm.String'}]},
      {kind: 'complex', name: 'keyCredential', namespace: 'microsoft.graph', properties: [{name: 'keyId', type: 'Edm.Guid'}]},
      {kind: 'complex', name: 'passwordCredential', namespace: 'microsoft.graph', properties: [{name: 'keyId', type: 'Edm.Guid'}]}
    ],
    operations: [
      {
        name: 'getEmailActivityCounts',
        method: 'GET',
        path: '/reports/getEmailActivityCounts(period={period})',
        parameters: [{name: 'period', type: 'Edm.String'}]
      },
      {
        name: 'addKey',
        method: 'POST',
        path: '/applications/{applicationId}/addKey',
        parameters: [
          {name: 'keyCredential', type: 'microsoft.graph.keyCredential'},
          {name: 'passwordCredential', type: 'microsoft.graph.passwordCredential'},
          {name: 'proof', type: 'Edm.String'}
        ]
      }
    ]
  })
)

function actionPage(rows: string): string {
  return `---
title: "application: addKey"
doc_type: apiPageType
ms.contentlocale: ru-RU
---
# <a name="application-addkey"></a>application: addKey

## <a name="http-request"></a>HTTP-запрос
\`\`\` http
POST /applications/{id}/addKey
\`\`\`

## <a name="request-body"></a>Текст запроса

| Свойство | Тип | Описание |
|:---|:---|:---|
${rows}
`
}

const findings = (text: string) =>
  lintText(text, {path: 'application-addkey.md', api, ruleSet: [apiParameterName, apiParameterType]}).messages.map((message) => ({
    rule: message.ruleId,
    line: message.line,
    actual: message.actual,
    fix: message.fix?.text
  }))

describe('api-parameter-name', () => {
  it('should fix a parameter name translated (by the one type it names) or capitalized', () => {
    expect(
      findings(
        actionPage(`| KeyCredential | [keyCredential](../resources/keycredential.md) | Новые учетные данные. |
| passwordCredential | [passwordCredential](../resources/passwordcredential.md) | Пароль. |
| доказательство | String | Подписанный токен JWT. |`)
      )
    ).toEqual([
      {rule: 'api-parameter-name', line: 17, actual: 'KeyCredential', fix: 'keyCredential'},
      {rule: 'api-parameter-name', line: 19, actual: 'доказательство', fix: 'proof'}
    ])
  })

  it('should judge the type of a row whose name the translation capitalized as well', () => {
    expect(findings(actionPage(`| keyCredential | keyCredential | Ключ. |\n| Proof | Строка | Токен. |`))).toEqual([
      {rule: 'api-parameter-name', line: 18, actual: 'Proof', fix: 'proof'},
      {rule: 'api-parameter-type', line: 18, actual: 'Строка', fix: 'String'}
    ])
  })

  it('should take a capitalized plain word for a lowerCamelCase parameter as the translation’s, even in ASCII', () => {
    expect(findings(actionPage(`| keyCredential | keyCredential | Ключ. |\n| Nachweis | String | Token. |`))).toEqual([
      {rule: 'api-parameter-name', line: 18, actual: 'Nachweis', fix: 'proof'}
    ])
  })

  it('should fix a parameter type that lost its name in translation, ASCII or not, and leave the English docs’ spelling as a warning', () => {
    expect(findings(actionPage(`| keyCredential | keyCredential | Ключ. |\n| proof | Zeichenfolge | Token. |`))).toEqual([
      {rule: 'api-parameter-type', line: 18, actual: 'Zeichenfolge', fix: 'String'}
    ])
    expect(findings(actionPage(`| keyCredential | keyCredential | Ключ. |\n| proof | Строка | Токен. |`))).toEqual([
      {rule: 'api-parameter-type', line: 18, actual: 'Строка', fix: 'String'}
    ])
    expect(findings(actionPage(`| keyCredential | keyCredential | Ключ. |\n| proof | string | Токен. |`))).toEqual([
      {rule: 'source-parameter-type', line: 18, actual: 'string', fix: undefined}
    ])
    expect(findings(actionPage(`| keyCredential | keyCredential | Ключ. |\n| proof | Объект string | Токен. |`))).toEqual([
      {rule: 'source-parameter-type', line: 18, actual: 'Объект string', fix: undefined}
    ])
  })

  it('should take an ASCII name the operation lacks for the English docs’ own: a source warning', () => {
    expect(findings(actionPage(`| keyCredential | keyCredential | Ключ. |\n| proofToken | String | Токен. |`))).toEqual([
      {rule: 'source-parameter-name', line: 18, actual: 'proofToken', fix: undefined}
    ])
  })

  it('should leave alone a table sharing no name with the parameters, and a clean table', () => {
    expect(findings(actionPage(`| Имя | String | Что-то другое. |`))).toEqual([])
    expect(findings(actionPage(`| keyCredential | keyCredential | Ключ. |\n| proof | String | Токен. |`))).toEqual([])
  })
})

describe('api-parameter-name in a function-parameters section', () => {
  it('should check the table even when its only name was translated, and fix it by its type', () => {
    const page = `---
title: "reportRoot: getEmailActivityCounts"
doc_type: apiPageType
ms.contentlocale: de-DE
---
# <a name="reportroot-getemailactivitycounts"></a>reportRoot: getEmailActivityCounts

## <a name="http-request"></a>HTTP-Anforderung
\`\`\` http
GET /reports/getEmailActivityCounts(period='{period_value}')
\`\`\`

## <a name="function-parameters"></a>Funktionsparameter

| Parameter | Typ | Beschreibung |
|:---|:---|:---|
| Zeitraum | string | Gibt die Zeitspanne an. Erforderlich. |
`
    expect(findings(page)).toEqual([{rule: 'api-parameter-name', line: 17, actual: 'Zeitraum', fix: 'period'}])
  })
})

const csdlPath = fileURLToPath(new URL('../../shared/graph/v1.0.csdl', import.meta.url))

describe.skipIf(!existsSync(csdlPath))('parameters from the Graph v1.0 CSDL (needs ../shared/graph)', () => {
  it('should give bound actions and functions their parameters without the binding parameter', () => {
    const result = parseCsdl(readFileSync(csdlPath, 'utf8'))
    if (!result.ok) throw new Error('the v1.0 CSDL did not parse')
    const graph = createApiIndex(result.schema)
    expect(graph.findOperation('POST', '/applications/{id}/addKey')?.parameters?.map((parameter) => parameter.name)).toEqual([
      'keyCredential',
      'passwordCredential',
      'proof'
    ])
  })
})
