import {existsSync, readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {formatDrift} from '../../src/generate/enum-drift.js'
import {generateEnums} from '../../src/generate/enums.js'
import type {GeneratedFile} from '../../src/generate/types.js'
import {defaultApi} from '../../src/lint/default-api.js'
import {createApiIndex} from '../../src/schema/api-index.js'
import {ApiSchema} from '../../src/schema/model.js'
import {enumPage, sourcePage, syncStatusRows, syncStatusTitle, type EnumRow} from './enum-pages.js'

const seedDirectory = '/work/shared/seeds'
const seedNames = ['000_8a455823f8ade722.txt', '001_dd42a9c0b914db87.txt', '002_fcbd0889d5687a7a.txt']
const seedPaths = seedNames.map((name) => `${seedDirectory}/${name}`)

/** An API that knows no enum: whatever is generated came from the docs alone. */
const emptyApi = createApiIndex(ApiSchema.parse({name: 'No enums'}))

function fileText(files: readonly GeneratedFile[], path: string): string {
  const file = files.find((candidate) => candidate.path === path)
  if (!file) throw new Error(`Expected a generated \`${path}\`, got ${files.map((candidate) => candidate.path).join(', ')}`)
  return file.text
}

function membersOf(generation: ReturnType<typeof generateEnums>, name: string) {
  const found = generation.enums.find((resolved) => resolved.enumType.name === name)
  return found?.enumType.members.map(({name: member, value}) => ({name: member, value}))
}

const syncStatusMembers = [
  {name: 'none', value: 0},
  {name: 'inProgress', value: 1},
  {name: 'completed', value: 2},
  {name: 'failed', value: 3}
]

function syncStatusPage(path: string, rows: readonly EnumRow[] = syncStatusRows) {
  return sourcePage(path, enumPage({title: syncStatusTitle, anchor: 'vpptokensyncstatus-enum-type', rows}))
}

function replaceRow(index: number, row: EnumRow): EnumRow[] {
  return syncStatusRows.map((existing, position) => (position === index ? row : existing))
}

describe.skipIf(!seedPaths.every((path) => existsSync(path)))('enum constants from the seed pages (needs /work/shared/seeds/000–002)', () => {
  const seeds = seedPaths.map((path) => sourcePage(path, readFileSync(path, 'utf8')))

  it('should have a wrong localized member or value in every seed table (the premise of the next tests)', () => {
    for (const {page} of seeds) {
      const table = page.tables.find((candidate) => candidate.kind === 'enum')!
      const columns = [table.columns.indexOf('member'), table.columns.indexOf('value')]
      const wrong = table.rows.filter((row) => columns.some((column) => row.cells[column]!.text.trim() !== row.cells[column]!.english))
      expect(wrong.length).toBeGreaterThan(0)
    }
  })

  it('should recover vppTokenSyncStatus 0..3 from the English spans alone, with no schema enum to lean on', () => {
    const generation = generateEnums({api: emptyApi, pages: seeds})
    expect(generation.drift).toEqual([])
    expect(generation.enums.map((resolved) => [resolved.enumType.name, resolved.origin])).toEqual([['vppTokenSyncStatus', 'docs']])
    expect(membersOf(generation, 'vppTokenSyncStatus')).toEqual(syncStatusMembers)
    const module = fileText(generation.files, 'vppTokenSyncStatus.ts')
    expect(module).toContain('  /** Last Sync failed. */\n  failed: 3\n} as const')
    expect(module).toContain("export const VppTokenSyncStatusSchema = z.enum(['none', 'inProgress', 'completed', 'failed'])")
    expect(module).toContain("'Expected a value of `microsoft.graph.vppTokenSyncStatus`: 0, 1, 2, 3'")
  })

  it('should agree with the embedded schema and take member descriptions from the docs', () => {
    const generation = generateEnums({api: defaultApi(), pages: seeds})
    expect(generation.ok).toBe(true)
    expect(generation.drift).toEqual([])
    expect(generation.enums.map((resolved) => resolved.origin)).toEqual(['schema'])
    expect(fileText(generation.files, 'vppTokenSyncStatus.ts')).toContain('  /** Default status. */\n  none: 0,')
  })
})

describe('drift between the docs and the schema', () => {
  it('should fail on a different value, naming page, line and both values', () => {
    const page = syncStatusPage('ja-JP/sync.md', replaceRow(3, {member: 'failed', value: ['4', '4']}))
    const generation = generateEnums({api: defaultApi(), pages: [page]})
    expect(generation.ok).toBe(false)
    expect(generation.files).toEqual([])
    expect(generation.drift.map(formatDrift)).toEqual(['ja-JP/sync.md:15:2: `microsoft.graph.vppTokenSyncStatus.failed`: the docs say `4`, the API says `3`'])
    expect(generation.drift[0]).toMatchObject({kind: 'value', documented: '4', reference: '3', member: 'failed'})
  })

  it('should let the schema win and list the drift when drift is allowed', () => {
    const page = syncStatusPage('ja-JP/sync.md', replaceRow(3, {member: 'failed', value: '4'}))
    const generation = generateEnums({api: defaultApi(), pages: [page], allowDrift: true})
    expect(generation.ok).toBe(true)
    expect(generation.drift).toHaveLength(1)
    expect(fileText(generation.files, 'vppTokenSyncStatus.ts')).toContain('  failed: 3\n} as const')
  })

  it('should report members missing from the docs, members the API lacks, and other spellings', () => {
    const rows = [syncStatusRows[0]!, {member: 'InProgress', value: '1'}, syncStatusRows[2]!, {member: 'finished', value: '5'}]
    const generation = generateEnums({api: defaultApi(), pages: [syncStatusPage('de-DE/sync.md', rows)]})
    expect(generation.drift.map(formatDrift)).toEqual([
      'de-DE/sync.md:13:2: `microsoft.graph.vppTokenSyncStatus.InProgress`: the docs spell it `InProgress`, the API says `inProgress`',
      'de-DE/sync.md:15:2: `microsoft.graph.vppTokenSyncStatus.finished`: the docs list `finished` = `5`, the API has no such member',
      'de-DE/sync.md:10:1: `microsoft.graph.vppTokenSyncStatus.failed`: the API has `failed` = `3`, the docs do not list it'
    ])
  })

  it('should report an English value that is not an integer', () => {
    const generation = generateEnums({api: defaultApi(), pages: [syncStatusPage('x.md', replaceRow(0, {member: 'none', value: ['ゼロ', 'zero']}))]})
    expect(generation.drift.map((entry) => entry.message)).toEqual([
      '`microsoft.graph.vppTokenSyncStatus.none`: the docs say `zero`, not an integer; the API says `0`'
    ])
  })

  it('should not trust a table without English spans: no drift, members from the schema, and a note', () => {
    const rows: EnumRow[] = [
      {member: 'none', value: '0'},
      {member: 'In Bearbeitung', value: '1'},
      {member: 'abgeschlossen', value: '2'},
      {member: 'Fehlgeschlagen', value: '7'}
    ]
    const text = enumPage({title: ['vppTokenSyncStatus-Enumerationstyp', ''], anchor: 'vpptokensyncstatus-enum-type', rows, spanless: true})
    const generation = generateEnums({api: defaultApi(), pages: [sourcePage('de-DE/sync.md', text)]})
    expect(generation.drift).toEqual([])
    expect(membersOf(generation, 'vppTokenSyncStatus')).toEqual(syncStatusMembers)
    expect(generation.notes.map((note) => note.message)).toEqual([
      '`vppTokenSyncStatus`: the members table has no English spans and its localized cells are not trusted; members and values come from the schema'
    ])
  })

  it('should leave out a docs-only enum whose table has no English spans', () => {
    const text = enumPage({title: ['bodyType-Enumerationstyp', ''], anchor: 'bodytype-enum-type', rows: [{member: 'Text', value: '0'}], spanless: true})
    const generation = generateEnums({api: defaultApi(), pages: [sourcePage('de-DE/bodytype.md', text)]})
    expect(generation.enums).toEqual([])
    expect(generation.notes.map((note) => note.message)).toEqual([
      '`bodyType`: the members table has no English spans and its localized cells are not trusted; the schema does not have this enum, so the table is left out'
    ])
  })
})

describe('enums only the docs know', () => {
  const importanceTitle = ['importance 列挙型', 'importance enum type'] as const
  const importanceRows: EnumRow[] = [
    {member: ['低', 'low'], value: ['.0', '0'], description: ['低い。', 'Low importance.']},
    {member: 'normal', value: ['1 つ', '1']},
    {member: ['高', 'high'], value: '2'}
  ]

  it('should generate them from the English with the first page as reference for the others', () => {
    const first = sourcePage('a/importance.md', enumPage({title: importanceTitle, anchor: 'importance-enum-type', rows: importanceRows}))
    const second = sourcePage('b/importance.md', enumPage({title: importanceTitle, anchor: 'importance-enum-type', rows: [importanceRows[0]!, importanceRows[1]!, {member: 'high', value: '3'}]}))
    const generation = generateEnums({api: defaultApi(), pages: [second, first]})
    expect(generation.drift.map(formatDrift)).toEqual(['b/importance.md:14:2: `importance.high`: the docs say `3`, a/importance.md:10 says `2`'])
    const allowed = generateEnums({api: defaultApi(), pages: [second, first], allowDrift: true})
    expect(membersOf(allowed, 'importance')).toEqual([
      {name: 'low', value: 0},
      {name: 'normal', value: 1},
      {name: 'high', value: 2}
    ])
    expect(fileText(allowed.files, 'importance.ts')).toContain('`importance` (documented only, not in the schema): member name → value.')
  })

  it('should skip tables it cannot name when a page has several and the schema knows neither', () => {
    const page = enumPage({title: importanceTitle, anchor: 'importance-enum-type', rows: importanceRows})
    const secondTable = ['## <a name="other-values"></a>Other values', '', '|Member|Value|Description|', '|:---|:---|:---|', '|alpha|0|First.|', ''].join('\n')
    const generation = generateEnums({api: defaultApi(), pages: [sourcePage('two.md', `${page}\n${secondTable}`)]})
    expect(generation.enums).toEqual([])
    expect(generation.notes.map((note) => `${note.location?.line}: ${note.message}`)).toEqual([
      '10: Skipped an enum table: the schema has no enum with these members and the page does not say which enum it is',
      '18: Skipped an enum table: the schema has no enum with these members and the page does not say which enum it is'
    ])
  })

  it('should find the schema enum by its members when the page names something else', () => {
    const text = enumPage({title: ['同期の状態', 'Sync states'], anchor: 'sync-states', rows: syncStatusRows})
    const generation = generateEnums({api: defaultApi(), pages: [sourcePage('states.md', text)]})
    expect(generation.enums.map((resolved) => [resolved.enumType.name, resolved.origin])).toEqual([['vppTokenSyncStatus', 'schema']])
  })
})

describe('deterministic output', () => {
  it('should produce the same files whatever the page order, with no timestamp', () => {
    const pages = [syncStatusPage('b.md'), syncStatusPage('a.md', replaceRow(0, {member: 'none', value: '0', description: 'Nothing yet.'}))]
    const forward = generateEnums({api: defaultApi(), pages})
    const backward = generateEnums({api: defaultApi(), pages: [...pages].reverse()})
    expect(backward.files).toEqual(forward.files)
    // `a.md` sorts first, so its description wins whatever the order given.
    expect(fileText(forward.files, 'vppTokenSyncStatus.ts')).toContain('/** Nothing yet. */')
    expect(forward.files.map((file) => file.text).join('\n')).not.toMatch(/\d{4}-\d{2}-\d{2}/)
  })
})
