import {mkdtemp, rm, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {loadSchemaFile, schemaFormat} from '../../src/schema/load.js'

const csdl = [
  '<edmx:Edmx Version="4.0" xmlns:edmx="http://docs.oasis-open.org/odata/ns/edmx">',
  '  <edmx:DataServices>',
  '    <Schema Namespace="microsoft.graph" Alias="graph" xmlns="http://docs.oasis-open.org/odata/ns/edm">',
  '      <EnumType Name="vppTokenAccountType"><Member Name="business" Value="0" /><Member Name="education" Value="1" /></EnumType>',
  '    </Schema>',
  '  </edmx:DataServices>',
  '</edmx:Edmx>'
].join('\n')

const validJson = JSON.stringify(
  {name: 'hand-written', enums: [{name: 'color', namespace: 'n', members: [{name: 'red', value: 0}]}]},
  undefined,
  2
)

describe('loadSchemaFile', () => {
  let directory = ''
  const file = (name: string) => join(directory, name)

  beforeAll(async () => {
    directory = await mkdtemp(join(tmpdir(), 'locdoc-schema-'))
    await writeFile(file('graph.csdl'), csdl)
    await writeFile(file('metadata'), `\uFEFF${csdl}`)
    await writeFile(file('schema.json'), validJson)
    await writeFile(
      file('bad-value.json'),
      '{\n  "name": "bad",\n  "enums": [\n    {"name": "color", "namespace": "n", "members": [{"name": "red", "value": "zero"}]}\n  ]\n}'
    )
    await writeFile(file('broken.json'), '{\n  "name": "broken",\n  "enums": [,]\n}')
    await writeFile(file('broken.xml'), '<edmx:Edmx>\n  <Schema Namespace="n">\n</edmx:Edmx>')
    await writeFile(file('notes.txt'), 'just some notes')
  })

  afterAll(async () => {
    await rm(directory, {recursive: true, force: true})
  })

  it('should load CSDL by extension and name the source after the file', async () => {
    const result = await loadSchemaFile(file('graph.csdl'))
    expect(result.ok && result.schema.enums[0]?.members.map((member) => member.name)).toEqual(['business', 'education'])
    expect(result.ok && result.schema.source).toBe('graph.csdl')
  })

  it('should load CSDL from a file without extension that starts with <', async () => {
    const result = await loadSchemaFile(file('metadata'))
    expect(result.ok).toBe(true)
  })

  it('should load a JSON schema and fill in defaults', async () => {
    const result = await loadSchemaFile(file('schema.json'))
    expect(result.ok && result.schema.enums[0]?.isFlags).toBe(false)
    expect(result.ok && result.schema.types).toEqual([])
  })

  it('should name the first failing key path and its line in a JSON schema', async () => {
    const result = await loadSchemaFile(file('bad-value.json'))
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.error.message).toMatch(/^Invalid schema at `enums\[0\]\.members\[0\]\.value`: /)
    expect(result.error).toMatchObject({file: file('bad-value.json'), line: 4, element: 'enums[0].members[0].value'})
  })

  it('should report malformed JSON with a line and column', async () => {
    const result = await loadSchemaFile(file('broken.json'))
    expect(result.ok ? undefined : result.error).toMatchObject({line: 3, column: 13, file: file('broken.json')})
  })

  it('should pass CSDL errors through with the file name', async () => {
    const result = await loadSchemaFile(file('broken.xml'))
    expect(result.ok ? undefined : result.error).toMatchObject({line: 3, file: file('broken.xml')})
  })

  it('should turn a missing file into an error instead of throwing', async () => {
    const result = await loadSchemaFile(file('missing.json'))
    expect(result.ok ? undefined : result.error.message).toBe(`Cannot read schema file \`${file('missing.json')}\`: no such file`)
  })

  it('should turn a directory into an error instead of throwing', async () => {
    const result = await loadSchemaFile(directory)
    expect(result.ok).toBe(false)
  })

  it('should reject a file that is neither XML nor JSON', async () => {
    const result = await loadSchemaFile(file('notes.txt'))
    expect(result.ok ? undefined : result.error.message).toMatch(/^Unknown schema format/)
  })
})

describe('schemaFormat', () => {
  it('should decide by extension first, then by the first character', () => {
    expect(schemaFormat('a.XML', '{')).toBe('csdl')
    expect(schemaFormat('a.json', '<')).toBe('json')
    expect(schemaFormat('metadata', '  <edmx:Edmx>')).toBe('csdl')
    expect(schemaFormat('schema', '\n{"name": "x"}')).toBe('json')
    expect(schemaFormat('notes', 'text')).toBeUndefined()
  })
})
