/**
 * Fixture tests, one folder per case: `fixtures/rules/<rule-id>/<case>/` holds
 * `input.md`, the expected `messages.txt` (one `file.messages.map(String)`
 * line each; empty = the page must not trigger) and an optional
 * `config.json`. `UPDATE=1` rewrites `messages.txt` from what the code says:
 * review every rewritten file, the expectation is what a user should see.
 */
import {existsSync, readdirSync, readFileSync, writeFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import type {VFile} from 'vfile'
import {z} from 'zod'
import {lintText} from '../src/lint/lint-text.js'
import {docsBase, type Rule} from '../src/rules/create-rule.js'
import {apiRules, rules} from '../src/rules/index.js'
import {createApiIndex, type ApiIndex} from '../src/schema/api-index.js'
import {ApiSchema} from '../src/schema/model.js'
import {readEnglishDocument, type EnglishPage} from '../src/source/english-document.js'

const fixturesRoot = new URL('fixtures/rules/', import.meta.url)
const update = process.env.UPDATE === '1'

const FixtureConfig = z
  .object({
    api: z.enum(['embedded', 'empty']).default('embedded').describe('`empty`: a schema that knows no operation, enum or type.'),
    path: z.string().optional().describe('Path to lint the page under.')
  })
  .strict()
type FixtureConfig = z.infer<typeof FixtureConfig>

const emptyApi = createApiIndex(ApiSchema.parse({name: 'No API', source: 'test'}))

interface FixtureCase {
  ruleId: string
  name: string
  folder: URL
}

function listFolders(url: URL): string[] {
  return readdirSync(url, {withFileTypes: true})
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
}

function listCases(): FixtureCase[] {
  return listFolders(fixturesRoot).flatMap((ruleId) =>
    listFolders(new URL(`${ruleId}/`, fixturesRoot)).map((name) => ({ruleId, name, folder: new URL(`${ruleId}/${name}/`, fixturesRoot)}))
  )
}

function readConfig(folder: URL): FixtureConfig {
  const url = new URL('config.json', folder)
  return FixtureConfig.parse(existsSync(url) ? JSON.parse(readFileSync(url, 'utf8')) : {})
}

/** Expected message lines; an empty or missing file expects none. */
function readExpected(folder: URL): string[] {
  const url = new URL('messages.txt', folder)
  if (!existsSync(url)) return []
  return readFileSync(url, 'utf8')
    .split('\n')
    .filter((line) => line !== '')
}

function findRule(ruleId: string): Rule | undefined {
  return rules.find((rule) => rule.meta.id === ruleId)
}

function lintCase(text: string, rule: Rule, config: FixtureConfig, english?: EnglishPage): VFile {
  const api: ApiIndex | undefined = config.api === 'empty' ? emptyApi : undefined
  return lintText(text, {ruleSet: [rule], api, path: config.path, english})
}

/** `english.md` beside the input: the English page a page without spans was translated from. */
function readEnglish(folder: URL): EnglishPage | undefined {
  const url = new URL('english.md', folder)
  if (!existsSync(url)) return undefined
  const origin = {path: 'english.md', revision: 'fixture', atSourceCommit: true}
  return {found: true, origin, document: readEnglishDocument(readFileSync(url, 'utf8'))}
}

/** Splice every fix into `source`, last offset first. */
function applyFixes(source: string, fixes: ReadonlyArray<{range: [number, number]; text: string}>): string {
  const ordered = [...fixes].sort((a, b) => b.range[0] - a.range[0] || b.range[1] - a.range[1])
  let result = source
  let limit = Number.POSITIVE_INFINITY
  for (const fix of ordered) {
    // Overlapping fixes cannot all be applied in one pass; the test below forbids them.
    if (fix.range[1] > limit) continue
    result = result.slice(0, fix.range[0]) + fix.text + result.slice(fix.range[1])
    limit = fix.range[0]
  }
  return result
}

const cases = listCases()
// The schema rules are covered by test/api-rules.test.ts; every other rule checks
// the page against its own English and needs fixtures here.
const pageRules = rules.filter((rule) => !apiRules.includes(rule))

describe('rule fixtures', () => {
  it('should have a folder per page rule and no folder for an unknown rule', () => {
    const folders = new Set(cases.map((fixture) => fixture.ruleId))
    expect([...folders].filter((ruleId) => !findRule(ruleId))).toEqual([])
    expect(pageRules.map((rule) => rule.meta.id).filter((ruleId) => !folders.has(ruleId))).toEqual([])
  })

  it('should name every case `trigger-…` or `clean-…` and give it an input page', () => {
    const misnamed = cases.filter((fixture) => !/^(trigger|clean)-/.test(fixture.name))
    expect(misnamed.map((fixture) => `${fixture.ruleId}/${fixture.name}`)).toEqual([])
    const withoutInput = cases.filter((fixture) => !existsSync(new URL('input.md', fixture.folder)))
    expect(withoutInput.map((fixture) => `${fixture.ruleId}/${fixture.name}`)).toEqual([])
  })

  it('should give every rule a trigger case with messages and a clean case without', () => {
    const missing: string[] = []
    for (const rule of pageRules) {
      const own = cases.filter((fixture) => fixture.ruleId === rule.meta.id)
      if (!own.some((fixture) => fixture.name.startsWith('trigger-') && readExpected(fixture.folder).length > 0)) missing.push(`${rule.meta.id}: trigger`)
      if (!own.some((fixture) => fixture.name.startsWith('clean-') && readExpected(fixture.folder).length === 0)) missing.push(`${rule.meta.id}: clean`)
    }
    expect(missing).toEqual([])
  })

  it('should expect messages from trigger cases and none from clean cases', () => {
    const wrong = cases.filter((fixture) => (readExpected(fixture.folder).length > 0) !== fixture.name.startsWith('trigger-'))
    expect(wrong.map((fixture) => `${fixture.ruleId}/${fixture.name}`)).toEqual([])
  })

  for (const fixture of cases) {
    const rule = findRule(fixture.ruleId)
    if (!rule) continue
    describe(`${fixture.ruleId}/${fixture.name}`, () => {
      const config = readConfig(fixture.folder)
      const input = readFileSync(new URL('input.md', fixture.folder), 'utf8')
      const english = readEnglish(fixture.folder)
      const file = lintCase(input, rule, config, english)
      const actual = file.messages.map(String)
      if (update) writeFileSync(new URL('messages.txt', fixture.folder), actual.length > 0 ? `${actual.join('\n')}\n` : '')

      it('should report exactly the expected messages', () => {
        expect(actual).toEqual(readExpected(fixture.folder))
      })

      it('should stamp every message with the rule, the source and a docs url', () => {
        const allowed = [rule.meta.id, rule.meta.sourceId].filter(Boolean)
        for (const message of file.messages) {
          expect(allowed).toContain(message.ruleId)
          expect(message.source).toBe('locdoc')
          expect(message.url).toBe(`${docsBase}#${message.ruleId}`)
          expect(message.line).toBeGreaterThanOrEqual(1)
          expect(message.column).toBeGreaterThanOrEqual(1)
        }
      })

      it('should leave no fixable finding of the rule once every fix is applied', () => {
        const source = String(file.value)
        const fixes = file.messages.flatMap((message) => (message.fix ? [message.fix] : []))
        const ordered = [...fixes].sort((a, b) => a.range[0] - b.range[0])
        for (const [index, fix] of ordered.entries()) {
          expect(fix.range[0]).toBeLessThanOrEqual(fix.range[1])
          expect(fix.range[1]).toBeLessThanOrEqual(source.length)
          expect(source.slice(fix.range[0], fix.range[1])).not.toBe(fix.text)
          const next = ordered[index + 1]
          if (next) expect(next.range[0]).toBeGreaterThanOrEqual(fix.range[1])
        }
        const fixed = lintCase(applyFixes(source, fixes), rule, config, english)
        expect(fixed.messages.filter((message) => message.fix).map(String)).toEqual([])
        if (fixes.length > 0) expect(fixed.messages.length).toBeLessThan(file.messages.length)
      })
    })
  }
})

/** Cases where the fix itself, not only the message, is the point. */
const fixExpectations: ReadonlyArray<{ruleId: string; name: string; actual: string; fix?: string; expected?: string[]}> = [
  {ruleId: 'header-name', name: 'trigger-ko-KR-spanless-non-ascii-name', actual: '수락', fix: 'Accept'},
  {ruleId: 'header-name', name: 'trigger-de-DE-spanless-known-operation', actual: 'Akzeptieren', fix: 'Accept'},
  // Without a known operation two documented headers take `application/json`: no single fix.
  {ruleId: 'header-name', name: 'trigger-de-DE-spanless-without-schema', actual: 'Akzeptieren', expected: ['Accept', 'Content-Type']},
  {ruleId: 'header-name', name: 'trigger-fr-FR-spanless-unknown-operation', actual: 'Accepter', expected: ['Accept', 'Content-Type']},
  {ruleId: 'http-request', name: 'trigger-ja-JP-translated-method', actual: '取得', fix: 'GET'},
  {ruleId: 'http-request', name: 'trigger-de-DE-method-from-schema-only', actual: 'ABRUFEN', expected: ['GET', 'POST']},
  {ruleId: 'http-request', name: 'trigger-zh-CN-translated-path-segment', actual: 'vpp令牌', fix: 'vppTokens'},
  {ruleId: 'inline-code', name: 'trigger-de-DE-dropped-code', actual: 'Der Standardwert ist „keiner“.', expected: ['none']},
  {ruleId: 'type-name', name: 'trigger-ko-KR-link-text-translated', actual: 'VPP 토큰 작업 결과 컬렉션', expected: ['vppTokenActionResult']}
]

describe('rule fixes', () => {
  for (const expectation of fixExpectations) {
    it(`should ${expectation.fix ? `fix \`${expectation.actual}\` as \`${expectation.fix}\`` : `leave \`${expectation.actual}\` without a single fix`} in ${expectation.ruleId}/${expectation.name}`, () => {
      const folder = new URL(`${expectation.ruleId}/${expectation.name}/`, fixturesRoot)
      const file = lintCase(readFileSync(new URL('input.md', folder), 'utf8'), findRule(expectation.ruleId)!, readConfig(folder))
      const message = file.messages.find((candidate) => candidate.actual === expectation.actual)
      expect(message, `a finding for \`${expectation.actual}\``).toBeDefined()
      if (expectation.fix) {
        expect(message?.fix?.text).toBe(expectation.fix)
        const [start, end] = message!.fix!.range
        expect(String(file.value).slice(start, end)).toBe(expectation.actual)
      } else {
        expect(message?.fix).toBeUndefined()
        expect(message?.expected).toEqual(expectation.expected)
      }
    })
  }
})
