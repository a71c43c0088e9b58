/**
 * The five seed pages as integration fixtures: every finding a reviewer found
 * by hand, at its place, with a fix that splices exactly the text at fault,
 * and nothing else. Then the page model the rules stand on.
 */
import {existsSync, readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import type {VFile} from 'vfile'
import {extractText} from '../src/extract-files.js'
import {lintText} from '../src/lint/lint-text.js'
import type {Table} from '../src/model/types.js'

const seeds = new URL('../../shared/seeds/', import.meta.url)
const hasSeeds = existsSync(seeds)

const seedNames = {
  '000': '000_8a455823f8ade722.txt',
  '001': '001_dd42a9c0b914db87.txt',
  '002': '002_fcbd0889d5687a7a.txt',
  '003': '003_a54a874a545214cd.txt',
  '004': '004_5550498748f8271b.txt'
} as const
type SeedKey = keyof typeof seedNames

function readSeed(key: SeedKey): string {
  return readFileSync(new URL(seedNames[key], seeds), 'utf8')
}

interface ExpectedFinding {
  place: string
  ruleId: string
  actual: string
  expected: string
}

const memberName = (place: string, actual: string, expected: string): ExpectedFinding => ({place, ruleId: 'enum-member-name', actual, expected})
const memberValue = (place: string, actual: string, expected: string): ExpectedFinding => ({place, ruleId: 'enum-member-value', actual, expected})

/** The 21 findings of the seeds, in page order. */
const expectedFindings: Record<SeedKey, ExpectedFinding[]> = {
  '000': [
    memberValue('25:147-25:149', '.0', '0'),
    memberValue('26:159-26:162', '1-d', '1'),
    memberName('27:32-27:33', 'せ', 'completed'),
    memberValue('27:149-27:154', 'pbm-2', '2'),
    memberName('28:32-28:36', 'フェール', 'failed'),
    memberValue('28:149-28:152', '1/3', '3')
  ],
  '001': [
    memberValue('26:147-26:151', 'нуль', '0'),
    memberValue('27:159-27:162', '1,1', '1'),
    memberName('28:32-28:38', 'готовы', 'completed'),
    memberName('29:32-29:37', 'сбоев', 'failed'),
    memberValue('29:150-29:151', '4', '3')
  ],
  '002': [
    memberName('25:32-25:37', 'Keine', 'none'),
    memberName('26:32-26:46', 'in Bearbeitung', 'inProgress'),
    memberName('27:32-27:45', 'abgeschlossen', 'completed')
  ],
  '003': [
    {place: '44:16-44:33', ruleId: 'header-value', actual: 'ベアラー &lt;トークン&gt;', expected: 'Bearer &lt;token&gt;'},
    {place: '45:2-45:4', ruleId: 'header-name', actual: '承諾', expected: 'Accept'}
  ],
  '004': [
    {place: '41:165-41:182', ruleId: 'header-value', actual: 'ベアラー &lt;トークン&gt;', expected: 'Bearer &lt;token&gt;'},
    {place: '51:32-51:34', ruleId: 'property-name', actual: 'ID', expected: 'id'},
    {place: '62:185-62:189', ruleId: 'type-name', actual: 'ブール型', expected: 'Boolean'},
    {place: '64:189-64:193', ruleId: 'type-name', actual: 'ブール型', expected: 'Boolean'},
    {place: '67:209-67:213', ruleId: 'type-name', actual: 'ブール型', expected: 'Boolean'}
  ]
}

function placeOf(message: VFile['messages'][number]): string {
  return `${message.line}:${message.column}-${message.place && 'end' in message.place ? `${message.place.end.line}:${message.place.end.column}` : ''}`
}

function byPlace(a: VFile['messages'][number], b: VFile['messages'][number]): number {
  return (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0)
}

describe.skipIf(!hasSeeds)('seed findings (needs ../shared/seeds)', () => {
  it('should find 21 mistakes across the five seeds', () => {
    const total = (Object.keys(seedNames) as SeedKey[]).reduce((sum, key) => sum + lintText(readSeed(key)).messages.length, 0)
    expect(total).toBe(21)
  })

  for (const key of Object.keys(seedNames) as SeedKey[]) {
    describe(`seed ${key}`, () => {
      const source = readSeed(key)
      const file = lintText(source, {path: `${key}.md`})
      const messages = [...file.messages].sort(byPlace)

      it('should report exactly the expected findings, at their places', () => {
        expect(
          messages.map((message) => ({place: placeOf(message), ruleId: message.ruleId, actual: message.actual, expected: message.expected?.[0]}))
        ).toEqual(expectedFindings[key])
      })

      it('should report each finding at error level with a fix that replaces exactly the text at fault', () => {
        for (const message of messages) {
          expect(message.fatal).toBe(true)
          expect(message.source).toBe('locdoc')
          expect(message.fix).toBeDefined()
          const [start, end] = message.fix!.range
          expect(String(file.value).slice(start, end)).toBe(message.actual)
          expect(message.fix!.text).toBe(message.expected?.[0])
          // The fix range is the place reported.
          expect([message.place && 'start' in message.place ? message.place.start.offset : undefined, message.place && 'end' in message.place ? message.place.end.offset : undefined]).toEqual([start, end])
        }
      })

      it('should leave a page that lints clean once every fix is applied', () => {
        const fixes = messages.map((message) => message.fix!).sort((a, b) => b.range[0] - a.range[0])
        let fixed = String(file.value)
        for (const fix of fixes) fixed = fixed.slice(0, fix.range[0]) + fix.text + fixed.slice(fix.range[1])
        expect(lintText(fixed).messages.map(String)).toEqual([])
      })
    })
  }

  it('should word the findings in the remark-lint grammar', () => {
    const strings = lintText(readSeed('000')).messages.sort(byPlace).map(String)
    expect(strings).toEqual([
      '25:147-25:149: Unexpected `.0` for member `none`, expected `0`',
      '26:159-26:162: Unexpected `1-d` for member `inProgress`, expected `1`',
      '27:32-27:33: Unexpected `せ` for member `completed`, expected `completed`',
      '27:149-27:154: Unexpected `pbm-2` for member `completed`, expected `2`',
      '28:32-28:36: Unexpected `フェール` for member `failed`, expected `failed`',
      '28:149-28:152: Unexpected `1/3` for member `failed`, expected `3`'
    ])
    expect(lintText(readSeed('003')).messages.sort(byPlace).map(String)).toEqual([
      '44:16-44:33: Unexpected `ベアラー &lt;トークン&gt;` in the `Authorization` value, expected `Bearer &lt;token&gt;`',
      '45:2-45:4: Unexpected `承諾`, not an HTTP header name, expected `Accept`'
    ])
  })
})

function onlyTable(tables: readonly Table[], kind: Table['kind']): Table {
  const found = tables.filter((table) => table.kind === kind)
  expect(found).toHaveLength(1)
  return found[0]!
}

describe.skipIf(!hasSeeds)('seed page models (needs ../shared/seeds)', () => {
  it('should read 000 as one enum table of four members with English member names', () => {
    const page = extractText(readSeed('000'))
    expect(page.kind).toBe('enum')
    expect(page.tables).toHaveLength(1)
    const table = onlyTable(page.tables, 'enum')
    expect(table.columns).toEqual(['member', 'value', 'description'])
    expect(table.section).toBe('members')
    expect(table.rows.map((row) => row.cells[0]?.english)).toEqual(['none', 'inProgress', 'completed', 'failed'])
    expect(table.rows.map((row) => row.cells[0]?.text)).toEqual(['none', 'inProgress', 'せ', 'フェール'])
    expect(table.rows.map((row) => row.cells[1]?.english)).toEqual(['0', '1', '2', '3'])
    expect(page.spanProblems).toEqual([])
  })

  it('should read the spanless 003 from section anchors: headers, permissions, request and response', () => {
    const page = extractText(readSeed('003'))
    expect(page.kind).toBe('api')
    expect(page.segments).toEqual([])
    const headers = onlyTable(page.tables, 'header')
    expect(headers.columns).toEqual(['header', 'value'])
    expect(headers.rows.map((row) => row.cells[0]?.text)).toEqual(['Authorization', '承諾'])
    expect(headers.rows[0]?.cells[1]?.text).toBe('ベアラー <トークン> が必要です。')
    const permissions = onlyTable(page.tables, 'permission')
    expect(permissions.columns).toEqual(['permissionType', 'permissions'])
    expect(permissions.rows[0]?.cells[1]?.text).toBe('DeviceManagementServiceConfig.ReadWrite.All')
    const syntax = page.requests.filter((request) => request.kind === 'syntax')
    expect(syntax.map((request) => `${request.method} ${request.target}`)).toEqual(['POST /deviceAppManagement/vppTokens/{vppTokenId}/syncLicenses'])
    const responses = page.jsonExamples.filter((example) => example.role === 'response')
    expect(responses).toHaveLength(1)
    expect(JSON.parse(responses[0]!.text)).toMatchObject({value: {'@odata.type': '#microsoft.graph.vppToken', state: 'valid'}})
    expect(responses[0]!.request?.method).toBe('POST')
  })

  it('should read 004 as an api page with a 17-row property table and paragraph segment ids', () => {
    const source = readSeed('004')
    const page = extractText(source)
    expect(page.kind).toBe('api')
    const properties = onlyTable(page.tables, 'property')
    expect(properties.columns).toEqual(['property', 'type', 'description'])
    // 18 table rows: the header and 17 properties.
    expect([properties.header, ...properties.rows]).toHaveLength(18)
    expect(properties.rows[0]?.cells[0]).toMatchObject({text: 'ID', english: 'id'})
    expect(properties.rows.at(-1)?.cells[0]?.english).toBe('claimTokenManagementFromExternalMdm')
    const ids = page.segments.map((segment) => segment.id)
    expect(ids).toContain('f3d8b-p102')
    expect(ids).toContain('f3d8b-p107')
    const merged = page.segments.find((segment) => segment.id === 'f3d8b-p102')!
    expect(source.slice(merged.localized.range.start, merged.localized.range.end)).toBe(merged.localized.raw)
    expect(merged.english.links.map((link) => link.url)).toEqual(['/graph/permissions-reference'])
    expect(page.spanProblems).toEqual([])
  })
})
