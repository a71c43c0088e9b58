/**
 * On a page without spans an ASCII name the API lacks is either the English
 * docs' own (a source warning) or a Latin-script translation (an error with
 * its fix). The API's vocabulary tells them apart: the English docs name
 * things in the API's words, pt-BR and de-DE pages in words of their own.
 * The schema here has real Graph names and, like any real API, thousands of
 * words; a small schema decides nothing.
 */
import {describe, expect, it} from 'vitest'
import {lintText} from '../src/lint/lint-text.js'
import {apiRules} from '../src/rules/index.js'
import {apiWords, isApiWording, vocabularyToJudge} from '../src/rules/util/api-words.js'
import {createApiIndex} from '../src/schema/api-index.js'
import {ApiSchema} from '../src/schema/model.js'

const realTypes = [
  {
    kind: 'entity',
    name: 'schedule',
    namespace: 'microsoft.graph',
    properties: [
      {name: 'id', type: 'Edm.String'},
      {name: 'enabled', type: 'Edm.Boolean'},
      {name: 'timeZone', type: 'Edm.String'},
      {name: 'swapShiftsChangeRequests', type: 'Collection(microsoft.graph.scheduleChangeRequest)'},
      {name: 'publisher', type: 'Edm.String'},
      {name: 'organizerAvailability', type: 'Edm.String'}
    ]
  },
  {kind: 'entity', name: 'scheduleChangeRequest', namespace: 'microsoft.graph', properties: [{name: 'id', type: 'Edm.String'}]},
  {kind: 'entity', name: 'shift', namespace: 'microsoft.graph', properties: [{name: 'id', type: 'Edm.String'}]}
]
const realEnums = [
  {name: 'modality', namespace: 'microsoft.graph.callRecords', members: [{name: 'audio', value: 0}, {name: 'video', value: 1}, {name: 'screenSharing', value: 3}]},
  {name: 'mdmAuthority', namespace: 'microsoft.graph', members: [{name: 'intune', value: 1}, {name: 'sccm', value: 2}, {name: 'office365', value: 3}]},
  {name: 'onlineMeetingPresenters', namespace: 'microsoft.graph', members: [{name: 'everyone', value: 0}, {name: 'organization', value: 1}, {name: 'organizer', value: 3}]}
]
/** Stands for the rest of a real API's names: `unknown` and `ringing` are among them. */
const otherNames = (count: number) => ({
  name: 'otherNames',
  namespace: 'microsoft.graph',
  members: [{name: 'unknown', value: 0}, {name: 'ringing', value: 1}, ...Array.from({length: count}, (_, index) => ({name: `name${index}Word`, value: index + 2}))]
})
const schemaWith = (others: number) => createApiIndex(ApiSchema.parse({name: 'Graph (test)', version: 'v1.0', types: realTypes, enums: [...realEnums, otherNames(others)]}))
const api = schemaWith(vocabularyToJudge)

function resourcePage(table: string): string {
  return `---
title: Тип ресурса schedule
ms.translationtype: MT
ms.contentlocale: pt-BR
doc_type: resourcePageType
---
# <a name="schedule-resource-type"></a>Tipo de recurso schedule

Namespace: microsoft.graph

## <a name="properties"></a>Propriedades

${table}
`
}

const summary = (page: string) =>
  lintText(page, {path: 'page.md', api, ruleSet: apiRules}).messages.map((message) => [message.ruleId ?? '', message.actual, message.fatal, message.fix?.text] as const)

describe('isApiWording', () => {
  it('should take names made of the API’s words for the English docs’ own', () => {
    for (const name of ['unknown', 'swapshiftchangerequests', 'timeZoneRequests', '@odata.type', 'id']) expect(isApiWording(name, api), name).toBe(true)
  })

  it('should take words of another language, and names a translation broke, for the translation’s', () => {
    for (const name of ['publicador', 'aktiviert', 'LojaDeTermos', 'termosStores', 'organization;', '30Six', 'hp-ux', 'um', 'Diese Eigenschaft'])
      expect(isApiWording(name, api), name).toBe(false)
  })

  it('should not say with a schema of too few words', () => {
    const small = schemaWith(10)
    expect(apiWords(small).size).toBeLessThan(vocabularyToJudge)
    expect(isApiWording('publicador', small)).toBeUndefined()
    expect(isApiWording('unknown', small)).toBeUndefined()
  })
})

describe('property names on a Latin-script page without spans', () => {
  it('should report a name in the translation’s words as an error', () => {
    const table = `|Propriedade|Tipo|Descrição|
|:---|:---|:---|
|id|String|Identificador.|
|habilitado|Boolean|Se o agendamento está habilitado.|
|timeZone|String|Fuso horário.|`
    const findings = summary(resourcePage(table)).filter(([rule]) => rule.endsWith('property-name'))
    expect(findings.map(([rule, actual, fatal]) => [rule, actual, fatal])).toEqual([['api-property-name', 'habilitado', true]])
  })

  it('should leave the English docs’ own names (run together, or the protocol’s) as source warnings', () => {
    const table = `|Propriedade|Tipo|Descrição|
|:---|:---|:---|
|id|String|Identificador.|
|timeZone|String|Fuso horário.|
|@odata.type|String|Tipo.|
|swapshiftchangerequests|String|Solicitações.|`
    expect(summary(resourcePage(table)).filter(([rule]) => rule.endsWith('property-name'))).toEqual([
      ['source-property-name', '@odata.type', false, undefined],
      ['source-property-name', 'swapshiftchangerequests', false, undefined]
    ])
  })
})

describe('enum members on a page without spans', () => {
  const enumPage = (section: string, rows: string) =>
    resourcePage(`Propriedades aqui.\n\n### <a name="${section.toLowerCase()}-values"></a>Valores de ${section}\n\n|Membro|Valor|Descrição|\n|:---|:---|:---|\n${rows}`)

  it('should warn on a member in the API’s words the enum lacks (`unknown`)', () => {
    const findings = summary(enumPage('modality', '|audio|0|Áudio.|\n|video|1|Vídeo.|\n|unknown|2|Desconhecido.|\n|screenSharing|3|Tela.|'))
    expect(findings.filter(([rule]) => rule.endsWith('enum-member'))).toEqual([['source-enum-member', 'unknown', false, undefined]])
  })

  it('should still fail on a member the translation cut short or marked (`office`, `organization;`)', () => {
    const cut = summary(enumPage('mdmAuthority', '|intune|1|Intune.|\n|sccm|2|SCCM.|\n|office|3|Office.|'))
    expect(cut.filter(([rule]) => rule.endsWith('enum-member'))).toEqual([['api-enum-member', 'office', true, 'office365']])
    const marked = summary(enumPage('onlineMeetingPresenters', '|everyone|0|Todos.|\n|organization;|1|A organização.|\n|organizer|3|O organizador.|'))
    expect(marked.filter(([rule]) => rule.endsWith('enum-member'))).toEqual([['api-enum-member', 'organization;', true, 'organization']])
  })

  it('should fail on a programmer-shaped name in the translation’s words where its value says which member it is', () => {
    // pt-BR `grampeadorAdded` for `staplerAdded`, de-DE `neuWarnung` for `newAlert`: camelCase, but not the API's words.
    const findings = summary(enumPage('onlineMeetingPresenters', '|everyone|0|Todos.|\n|organizacaoMembros|1|A organização.|\n|organizer|3|O organizador.|'))
    expect(findings.filter(([rule]) => rule.endsWith('enum-member'))).toEqual([['api-enum-member', 'organizacaoMembros', true, 'organization']])
  })

  it('should leave such a name that no value ties to a member a source warning: the English docs list members the metadata lacks', () => {
    // The English riskEventType list has `passwordSpray`, `anomalousToken`: English words the API's names never use.
    const findings = summary(enumPage('onlineMeetingPresenters', '|everyone|0|Todos.|\n|organization|1|A organização.|\n|organizer|3|O organizador.|\n|passwordSpray|9|Senha.|'))
    expect(findings.filter(([rule]) => rule.endsWith('enum-member'))).toEqual([['source-enum-member', 'passwordSpray', false, undefined]])
  })
})
