import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {lintText} from '../../src/lint/lint-text.js'
import {createRule} from '../../src/rules/create-rule.js'
import {ruleIds, rules} from '../../src/rules/index.js'
import {formatSarif, SarifLog, toSarifLog} from '../../src/report/sarif.js'
import {compileSarifSchema} from './sarif-schema.js'
import {fileWithMessage, fixtureText, lintFixture} from './make-files.js'

const cwd = '/work/site'
const validate = compileSarifSchema()
const packageVersion = (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {version: string}).version

function sampleFiles() {
  return [
    lintFixture('clean.md', 'fr-FR/clean.md'),
    lintFixture('broken.md', 'de-DE/broken.md'),
    lintFixture('front-matter.md', 'es-ES/front matter.md'),
    lintFixture('unpaired-spans.md', 'ko-KR/spans.md'),
    fileWithMessage('ja-JP/image.md', 'Unexpected binary content, expected a UTF-8 Markdown page', {ruleId: 'file-encoding', place: {line: 4, column: 3}})
  ]
}

describe('formatSarif', () => {
  it('should produce a log that the SARIF 2.1.0 JSON schema accepts', () => {
    const log: unknown = JSON.parse(formatSarif(sampleFiles(), {cwd}))
    const valid = validate(log)
    expect(validate.errors ?? []).toEqual([])
    expect(valid).toBe(true)
    expect(SarifLog.safeParse(log).success).toBe(true)
  })

  it('should fail the schema for a log that breaks it, so the check above means something', () => {
    const log = toSarifLog(sampleFiles(), {cwd}) as unknown as {runs: Array<{results: Array<{level: string}>}>}
    log.runs[0]!.results[0]!.level = 'fatal'
    expect(validate(log)).toBe(false)
  })

  it('should describe locdoc as the driver, with its version and every rule id', () => {
    const log = toSarifLog([], {cwd})
    expect(log.$schema).toBe('https://json.schemastore.org/sarif-2.1.0.json')
    expect(log.version).toBe('2.1.0')
    const {driver} = log.runs[0].tool
    expect(driver.name).toBe('locdoc')
    expect(driver.version).toBe(packageVersion)
    expect(driver.informationUri).toMatch(/^https:\/\//)
    expect(driver.rules.map((rule) => rule.id)).toEqual([...ruleIds(), 'read', 'file-encoding'])
    for (const rule of rules) {
      const descriptor = driver.rules.find((candidate) => candidate.id === rule.meta.id)!
      expect(descriptor.shortDescription.text).toBe(rule.meta.description)
      expect(descriptor.helpUri).toBe(rule.url)
      expect(descriptor.help.markdown).toContain(rule.url)
      expect(descriptor.properties.category).toBe(rule.meta.category)
      expect(descriptor.defaultConfiguration.level).toBe({error: 'error', warn: 'warning', off: 'none'}[rule.meta.severity])
    }
  })

  it('should describe a rule’s source id as a rule of its own in the `source` category', () => {
    const rule = createRule({id: 'api-thing', sourceId: 'source-thing', description: 'A thing differs from the API.', category: 'translation', severity: 'warn'}, () => {})
    const {rules: descriptors} = toSarifLog([], {cwd, rules: [rule]}).runs[0].tool.driver
    expect(descriptors.map((descriptor) => [descriptor.id, descriptor.properties.category, descriptor.defaultConfiguration.level])).toEqual([
      ['api-thing', 'translation', 'warning'],
      ['source-thing', 'source', 'warning'],
      ['read', undefined, 'error'],
      ['file-encoding', undefined, 'error']
    ])
    expect(descriptors[1]!.helpUri).toMatch(/#source-thing$/)
  })

  it('should give each result its rule index, level, region relative to %SRCROOT%, fingerprint and properties', () => {
    const log = toSarifLog(sampleFiles(), {cwd})
    const run = log.runs[0]
    expect(run.originalUriBaseIds['%SRCROOT%'].uri).toBe('file:///work/site/')
    expect(run.results.map((result) => [result.ruleId, result.locations[0]!.physicalLocation.artifactLocation.uri])).toEqual([
      ['enum-member-value', 'de-DE/broken.md'],
      ['enum-member-name', 'de-DE/broken.md'],
      ['front-matter', 'es-ES/front%20matter.md'],
      ['enum-member-value', 'es-ES/front%20matter.md'],
      ['span-structure', 'ko-KR/spans.md'],
      ['span-structure', 'ko-KR/spans.md'],
      ['file-encoding', 'ja-JP/image.md']
    ])
    for (const result of run.results) {
      expect(run.tool.driver.rules[result.ruleIndex!]!.id).toBe(result.ruleId)
      expect(result.locations[0]!.physicalLocation.artifactLocation.uriBaseId).toBe('%SRCROOT%')
    }
    const [first] = run.results
    expect(first).toMatchObject({
      level: 'error',
      message: {text: 'Unexpected `1-a` for member `low`, expected `1`'},
      locations: [{physicalLocation: {region: {startLine: 19, startColumn: 145, endLine: 19, endColumn: 148}}}],
      partialFingerprints: {'locdoc/v1': expect.stringMatching(/^[\da-f]{32}$/)},
      properties: {actual: '1-a', expected: ['1'], category: 'translation'}
    })
    expect(run.results.at(-1)!.locations[0]!.physicalLocation.region).toEqual({startLine: 4, startColumn: 3})
  })

  it('should turn a fix into a replacement whose offsets select the text at fault', () => {
    const text = fixtureText('broken.md')
    const log = toSarifLog([lintText(text, {path: 'broken.md'})], {cwd})
    const results = log.runs[0].results
    expect(results.map((result) => result.fixes?.length)).toEqual([1, 1])
    let corrected = text
    for (const result of [...results].reverse()) {
      const [change] = result.fixes![0]!.artifactChanges
      expect(change!.artifactLocation).toEqual({uri: 'broken.md', uriBaseId: '%SRCROOT%'})
      const [{deletedRegion, insertedContent}] = change!.replacements as [{deletedRegion: {charOffset: number; charLength: number}; insertedContent: {text: string}}]
      expect(text.slice(deletedRegion.charOffset, deletedRegion.charOffset + deletedRegion.charLength)).toBe(result.properties.actual)
      corrected = corrected.slice(0, deletedRegion.charOffset) + insertedContent.text + corrected.slice(deletedRegion.charOffset + deletedRegion.charLength)
    }
    expect(lintText(corrected, {path: 'broken.md'}).messages).toEqual([])
  })

  it('should count fix offsets from after a byte order mark', () => {
    const text = fixtureText('broken.md')
    const [withMark, without] = [lintText(`\uFEFF${text}`, {path: 'a.md'}), lintText(text, {path: 'a.md'})].map(
      (file) => toSarifLog([file], {cwd}).runs[0].results.map((result) => result.fixes![0]!.artifactChanges[0]!.replacements[0]!.deletedRegion)
    )
    expect(withMark).toEqual(without)
  })
})
