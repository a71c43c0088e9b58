/**
 * The API rules end to end: seed examples validate against the embedded
 * schema, mutations are reported at their lines, spanless pages are checked
 * against the API, and an imported v1.0 schema agrees with the embedded one
 * on every enum both know.
 */
import {existsSync, readFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'
import type {VFile} from 'vfile'
import {lintFiles} from '../src/lint/lint-files.js'
import {lintText} from '../src/lint/lint-text.js'
import {createApiIndex} from '../src/schema/api-index.js'
import {parseCsdl} from '../src/schema/csdl.js'
import {apiRules} from '../src/rules/index.js'

const seeds = new URL('../../shared/seeds/', import.meta.url)
const csdlPath = fileURLToPath(new URL('../../shared/graph/v1.0.csdl', import.meta.url))
const hasSeeds = existsSync(seeds)
const seed = (name: string) => readFileSync(new URL(name, seeds), 'utf8')
const apiFindings = (file: VFile) => file.messages.filter((message) => /^(api|source)-/.test(message.ruleId ?? ''))

describe.skipIf(!hasSeeds)('JSON examples in the seeds (needs ../shared/seeds)', () => {
  it('should validate the example bodies of 003 and 004 against vppToken with no finding', () => {
    for (const name of ['003_a54a874a545214cd.txt', '004_5550498748f8271b.txt']) {
      const file = lintText(seed(name), {path: name})
      expect(file.data.page!.jsonExamples.length).toBeGreaterThan(0)
      expect(apiFindings(file).map(String)).toEqual([])
    }
  })

  it('should report a mutated example at the line of each offending key', () => {
    const mutated = seed('004_5550498748f8271b.txt')
      .replace('"state": "valid"', '"state": "vaild"')
      .replace('"automaticallyUpdateApps": true', '"automaticallyUpdateApps": "yes"')
    const findings = apiFindings(lintText(mutated, {path: '004.md'}))
    expect(findings.map((message) => [message.line, message.ruleId, message.actual])).toEqual([
      [90, 'source-json-example', 'vaild'],
      [101, 'source-json-example', 'yes']
    ])
    expect(findings[0]!.expected).toContain('valid')
  })

  it('should report an `@odata.type` naming the wrong type and an unknown key in a wrapped response', () => {
    const mutated = seed('003_a54a874a545214cd.txt')
      .replace('"@odata.type": "#microsoft.graph.vppToken"', '"@odata.type": "#microsoft.graph.user"')
      .replace('"roleScopeTagIds"', '"roleScopeTagIdz"')
    const findings = apiFindings(lintText(mutated, {path: '003.md'}))
    expect(findings.map((message) => [message.line, message.actual])).toEqual([
      [70, '#microsoft.graph.user'],
      [96, 'roleScopeTagIdz']
    ])
  })

  it('should let a source id be configured apart from its rule', () => {
    const mutated = seed('004_5550498748f8271b.txt').replace('"state": "valid"', '"state": "vaild"')
    const quiet = lintText(mutated, {rules: {'source-json-example': 'off'}})
    expect(apiFindings(quiet)).toEqual([])
    const softened = lintText(mutated, {rules: {'source-json-example': 'warn'}})
    expect(apiFindings(softened).map((message) => [message.ruleId, message.fatal])).toEqual([['source-json-example', false]])
  })

  it('should give the spanless header `承諾` the fix `Accept` from the operation', () => {
    const [finding] = lintText(seed('003_a54a874a545214cd.txt')).messages
    expect(finding).toMatchObject({ruleId: 'header-name', actual: '承諾', expected: ['Accept'], fix: {text: 'Accept'}})
  })
})

const enumPage = (rows: string) => `---
title: Тип перечисления actionState
ms.contentlocale: ru-RU
---
# <a name="actionstate-enum-type"></a>Тип перечисления actionState

## <a name="members"></a>Элементы
|Элемент|Значение|Описание|
|:---|:---|:---|
${rows}
`

describe('api-enum-member and api-enum-value on a page without spans', () => {
  it('should expect the member the API has for the row value', () => {
    const file = lintText(enumPage('|none|0|Нет.|\n|Ожидающие|1|Ожидает.|\n|canceled|2|Отменено.|\n|active|3|Активно.|\n|done|4|Готово.|\n|failed|5|Сбой.|\n|notSupported|6|Не поддерживается.|'), {
      ruleSet: apiRules
    })
    expect(file.messages.map((message) => [message.ruleId, message.actual, message.expected, message.fix?.text])).toEqual([
      ['api-enum-member', 'Ожидающие', ['pending'], 'pending']
    ])
  })

  it('should fall back on the position when the value is mangled too, and report a wrong value', () => {
    const rows = '|none|0|Нет.|\n|pending|1|Ожидает.|\n|Отменено|два|Отменено.|\n|active|4|Активно.|\n|done|4|Готово.|\n|failed|5|Сбой.|\n|notSupported|6|Нет.|'
    const found = lintText(enumPage(rows), {ruleSet: apiRules}).messages.map((message) => [message.ruleId, message.actual, message.expected?.[0]])
    expect(found).toEqual([
      ['api-enum-member', 'Отменено', 'canceled'],
      ['api-enum-value', 'два', '2'],
      ['api-enum-value', '4', '3']
    ])
  })

  it('should warn about a member the table leaves out, and stay silent on a table that matches', () => {
    const complete = '|none|0|a|\n|pending|1|b|\n|canceled|2|c|\n|active|3|d|\n|done|4|e|\n|failed|5|f|\n|notSupported|6|g|'
    expect(lintText(enumPage(complete), {ruleSet: apiRules}).messages).toEqual([])
    const partial = lintText(enumPage(complete.split('\n').slice(0, 6).join('\n')), {ruleSet: apiRules}).messages
    expect(partial.map((message) => [message.ruleId, message.fatal, message.expected?.[0]])).toEqual([['api-enum-missing-member', false, 'notSupported']])
  })

  it('should not judge a table whose enum the schema does not know', () => {
    const page = enumPage('|Низкий|0|a|\n|Высокий|1|b|').replace(/actionState|actionstate/g, 'someOtherThing')
    expect(lintText(page, {ruleSet: apiRules}).messages).toEqual([])
  })
})

describe.skipIf(!existsSync(csdlPath))('an imported v1.0 schema (needs ../shared/graph/v1.0.csdl)', () => {
  it('should check every enum table in content/ with the same results as the embedded schema where both know the members', async () => {
    const result = parseCsdl(readFileSync(csdlPath, 'utf8'))
    if (!result.ok) throw new Error(result.error.message)
    const imported = createApiIndex(result.schema)
    const cwd = fileURLToPath(new URL('..', import.meta.url))
    const enumRules = apiRules.filter((rule) => rule.meta.id.startsWith('api-enum'))
    const embeddedRun = await lintFiles(['content'], {cwd, ruleSet: enumRules})
    const importedRun = await lintFiles(['content'], {cwd, ruleSet: enumRules, api: imported})
    // Members that only the beta-based embedded schema defines are not comparable.
    const comparable = (message: VFile['messages'][number]) => {
      const names = [message.actual, ...(message.expected ?? [])].filter((name): name is string => Boolean(name))
      return !names.some((name) => name === 'duplicateLocationId')
    }
    const summarize = (files: VFile[]) =>
      files.flatMap((file) => file.messages.filter(comparable).map((message) => `${file.path}:${message.line} ${message.ruleId} ${message.actual} → ${message.expected?.[0]}`))
    const embeddedFindings = summarize(embeddedRun.files)
    expect(embeddedFindings.length).toBeGreaterThan(0)
    expect(summarize(importedRun.files)).toEqual(embeddedFindings)
  })
})
