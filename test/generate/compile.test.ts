import {existsSync} from 'node:fs'
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import fc from 'fast-check'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {camelCaseIdentifier, pascalCaseIdentifier} from '../../src/generate/identifiers.js'
import {namespaceFolder, rootNamespace} from '../../src/generate/enum-layout.js'
import {generateEnums} from '../../src/generate/enums.js'
import type {ResolvedEnum} from '../../src/generate/types.js'
import {createApiIndex} from '../../src/schema/api-index.js'
import {loadSchemaFile} from '../../src/schema/load.js'
import {ApiSchema, type ApiSchemaInput} from '../../src/schema/model.js'
import {createTypeScriptProject, type TypeScriptProject} from './typescript-project.js'

const graphCsdlPath = path.resolve('../shared/graph/v1.0.csdl')

type EnumModule = Record<string, unknown>

/** Walk from the top index to an enum's constant, the way a consumer writes `security.AlertSeverity`. */
function constantOf(index: EnumModule, resolved: ResolvedEnum, root: string): unknown {
  let scope: EnumModule | undefined = index
  for (const segment of namespaceFolder(resolved.enumType.namespace, root)) scope = scope?.[camelCaseIdentifier(segment)] as EnumModule | undefined
  return scope?.[pascalCaseIdentifier(resolved.enumType.name)]
}

async function writeGenerated(project: TypeScriptProject, files: ReadonlyArray<{path: string; text: string}>): Promise<void> {
  for (const file of files) await project.write(`enums/${file.path}`, file.text)
}

/** Names that are hard to spell in TypeScript, each on purpose. */
const awkwardSchema: ApiSchemaInput = {
  name: 'Awkward names',
  enums: [
    {
      name: 'default',
      namespace: 'microsoft.graph',
      members: [
        {name: 'default', value: 0},
        {name: 'delete', value: 1},
        {name: 'not-set', value: 2},
        {name: '__proto__', value: 3},
        {name: '3DES', value: 4},
        {name: 'constructor', value: 5}
      ]
    },
    {name: '2faMethod', namespace: 'microsoft.graph', members: [{name: 'sms', value: -1, description: 'Text */ message @ night.'}]},
    {name: 'class', namespace: 'microsoft.graph', members: []},
    {name: 'alertSeverity', namespace: 'microsoft.graph', members: [{name: 'low', value: 1}]},
    {name: 'alertSeverity', namespace: 'microsoft.graph.security', members: [{name: 'informational', value: 5}]},
    {name: 'state', namespace: 'microsoft.graph.default', members: [{name: 'on', value: 1}]},
    {
      name: 'accessRights',
      namespace: 'microsoft.graph',
      isFlags: true,
      members: [
        {name: 'none', value: 0},
        {name: 'read', value: 1},
        {name: 'write', value: 2},
        {name: 'all', value: 3}
      ]
    }
  ]
}

describe('generated modules for awkward names', () => {
  const schema = ApiSchema.parse(awkwardSchema)
  const generation = generateEnums({api: createApiIndex(schema)})
  let project: TypeScriptProject

  beforeAll(async () => {
    project = await createTypeScriptProject('locdoc-gen-awkward-')
    await writeGenerated(project, generation.files)
    await project.write(
      'use.ts',
      [
        "import {AccessRights, AccessRightsValueSchema, Default, DefaultSchema, _2faMethod, default_, security, type DefaultMember} from './enums/index.js'",
        'const removed: 1 = Default.delete',
        "const member: DefaultMember = 'not-set'",
        "const proto: 3 = Default['__proto__']",
        'const negative: -1 = _2faMethod.sms',
        'const informational: 5 = security.AlertSeverity.informational',
        'const on: 1 = default_.State.on',
        'const both: number = AccessRights.read | AccessRights.write',
        '// @ts-expect-error `update` is not a member',
        'Default.update',
        'export const used = [removed, member, proto, negative, informational, on, both, DefaultSchema, AccessRightsValueSchema]',
        ''
      ].join('\n')
    )
  })

  afterAll(async () => {
    await project?.cleanup()
  })

  it('should compile under tsc --strict with no error', async () => {
    const result = await project.typeCheck()
    expect(result.output).toBe('')
    expect(result.code).toBe(0)
  })

  it('should keep every member name and value at run time, __proto__ included', async () => {
    const index = (await import(pathToFileURL(path.join(project.directory, 'enums/index.ts')).href)) as EnumModule
    const root = rootNamespace(generation.enums)
    for (const resolved of generation.enums) {
      const constant = constantOf(index, resolved, root) as Record<string, number>
      expect(Object.getOwnPropertyNames(constant)).toEqual(resolved.enumType.members.map((member) => member.name).sort(integerKeysFirst))
      for (const member of resolved.enumType.members) expect(Object.getOwnPropertyDescriptor(constant, member.name)?.value).toBe(member.value)
    }
  })

  it('should validate member names and values, flags combined', async () => {
    const index = (await import(pathToFileURL(path.join(project.directory, 'enums/index.ts')).href)) as Record<string, {safeParse(value: unknown): {success: boolean}}>
    expect(index.DefaultSchema!.safeParse('not-set').success).toBe(true)
    expect(index.DefaultSchema!.safeParse('update').success).toBe(false)
    expect(index.DefaultValueSchema!.safeParse(5).success).toBe(true)
    expect(index.DefaultValueSchema!.safeParse(6).success).toBe(false)
    expect(index.AccessRightsValueSchema!.safeParse(3).success).toBe(true)
    expect(index.AccessRightsValueSchema!.safeParse(4).success).toBe(false)
    expect(index.ClassSchema!.safeParse('anything').success).toBe(false)
  })

  it('should parse names and numbers, flag lists and combined flags, and name the enum and the input on failure', async () => {
    type Parse = (input: unknown) => unknown
    const index = (await import(pathToFileURL(path.join(project.directory, 'enums/index.ts')).href)) as Record<string, Parse & {safeParse(value: unknown): {success: boolean; data?: unknown; error?: {issues: Array<{message: string}>}}}>
    expect(index.parseDefault!('not-set')).toBe('not-set')
    expect(index.parseDefault!('__proto__')).toBe('__proto__')
    expect(index.parseDefault!(4)).toBe('3DES')
    expect(() => index.parseDefault!('toString')).toThrow(new RangeError('Unexpected `toString` for `microsoft.graph.default`, expected one of `default`, `delete`, `not-set`, `__proto__`, `3DES`, `constructor`'))
    expect(() => index.parseDefault!('Delete')).toThrow('(member names are case-sensitive: `delete`)')
    expect(() => index.parseDefault!(9)).toThrow(new RangeError('Unexpected value 9 for `microsoft.graph.default`, expected one of 0, 1, 2, 3, 4, 5'))
    expect(() => index.parseDefault!(null)).toThrow(new TypeError('Expected a member name or value of `microsoft.graph.default`, got `null`'))
    expect(index.parse_2faMethod!(-1)).toBe('sms')
    expect(index.parseAccessRights!('read,write')).toEqual(['read', 'write'])
    expect(index.parseAccessRights!('write, read,write')).toEqual(['write', 'read'])
    expect(index.parseAccessRights!(3)).toEqual(['all'])
    expect(index.parseAccessRights!(0)).toEqual(['none'])
    expect(() => index.parseAccessRights!('read,,write')).toThrow('Unexpected empty flag name in `read,,write` for `microsoft.graph.accessRights`')
    expect(() => index.parseAccessRights!(8)).toThrow('Unexpected value 8 for `microsoft.graph.accessRights`, expected a combination of its flags')
    expect(index.AccessRightsSchema!.safeParse('write,read').data).toEqual(['write', 'read'])
    expect(index.AccessRightsSchema!.safeParse('write,delete').error?.issues.map((issue) => issue.message)).toEqual([
      'Unexpected `delete` in `write,delete` for `microsoft.graph.accessRights`, expected one of `none`, `read`, `write`, `all`'
    ])
    expect(Object.isFrozen(index.DefaultMembers)).toBe(true)
    expect(index.DefaultMemberByValue).toEqual({0: 'default', 1: 'delete', 2: 'not-set', 3: '__proto__', 4: '3DES', 5: 'constructor'})
    expect(Object.getOwnPropertyDescriptor(index.DefaultValueByMember, '__proto__')?.value).toBe(3)
  })
})

describe('flag lists', () => {
  const flagsSchema = ApiSchema.parse({
    name: 'Flags',
    enums: [{name: 'chatMessageActions', namespace: 'microsoft.graph', isFlags: true, members: [{name: 'reactionAdded', value: 1}, {name: 'reactionRemoved', value: 2}, {name: 'actionUndefined', value: 4}, {name: 'unknownFutureValue', value: 8}]}]
  })
  let project: TypeScriptProject

  beforeAll(async () => {
    project = await createTypeScriptProject('locdoc-gen-flags-')
    await writeGenerated(project, generateEnums({api: createApiIndex(flagsSchema)}).files)
  })

  afterAll(async () => {
    await project?.cleanup()
  })

  it('should read any set of flags back from its comma-separated names and from its combined value', async () => {
    const index = (await import(pathToFileURL(path.join(project.directory, 'enums/index.ts')).href)) as {
      parseChatMessageActions(input: unknown): string[]
      ChatMessageActions: Record<string, number>
    }
    const members = flagsSchema.enums[0]!.members
    fc.assert(
      fc.property(fc.subarray(members, {minLength: 1}), (chosen) => {
        const names = chosen.map((member) => member.name)
        expect(index.parseChatMessageActions(names.join(','))).toEqual(names)
        const value = chosen.reduce((all, member) => all | member.value, 0)
        expect(index.parseChatMessageActions(value)).toEqual(names)
      })
    )
  })
})

describe('the kiota style', () => {
  const schema = ApiSchema.parse(awkwardSchema)
  const generation = generateEnums({api: createApiIndex(schema), style: 'kiota'})
  let project: TypeScriptProject

  beforeAll(async () => {
    project = await createTypeScriptProject('locdoc-gen-kiota-')
    await writeGenerated(project, generation.files)
    await project.write(
      'use.ts',
      [
        "import {DefaultObject, parseDefault, AccessRightsSchema, type Default, type AccessRights} from './enums/index.js'",
        "const member: Default = DefaultObject.NotSet",
        "const same: 'not-set' = DefaultObject.NotSet",
        "const proto: '__proto__' = DefaultObject['__proto__']",
        'const parsed: Default = parseDefault(member)',
        "const flags: AccessRights[] = AccessRightsSchema.parse('read,write')",
        '// @ts-expect-error the kiota object holds names, not numbers',
        'const number: number = DefaultObject.Delete',
        'export const used = [member, same, proto, parsed, flags, number]',
        ''
      ].join('\n')
    )
  })

  afterAll(async () => {
    await project?.cleanup()
  })

  it('should compile under tsc --strict with no error', async () => {
    const result = await project.typeCheck()
    expect(result.output).toBe('')
    expect(result.code).toBe(0)
  })

  it('should key member names by PascalCase and keep the numbers beside them', async () => {
    const index = (await import(pathToFileURL(path.join(project.directory, 'enums/index.ts')).href)) as Record<string, Record<string, unknown>>
    expect(index.DefaultObject).toEqual({Default: 'default', Delete: 'delete', NotSet: 'not-set', ['__proto__']: '__proto__', _3DES: '3DES', Constructor: 'constructor'})
    expect(Object.getPrototypeOf(index.DefaultObject)).toBe(Object.prototype)
    expect(index.DefaultValueByMember!['3DES']).toBe(4)
  })
})

/** JavaScript lists integer-like keys first, in numeric order; `3DES` is not one. */
function integerKeysFirst(left: string, right: string): number {
  const integer = (key: string) => /^(0|[1-9]\d*)$/.test(key)
  if (integer(left) && integer(right)) return Number(left) - Number(right)
  return integer(left) ? -1 : integer(right) ? 1 : 0
}

describe.skipIf(!existsSync(graphCsdlPath))('generated modules for Microsoft Graph v1.0 (needs ../shared/graph/v1.0.csdl)', () => {
  let project: TypeScriptProject
  let schema: ApiSchema
  let generation: ReturnType<typeof generateEnums>

  beforeAll(async () => {
    const loaded = await loadSchemaFile(graphCsdlPath)
    if (!loaded.ok) throw new Error(loaded.error.message)
    schema = loaded.schema
    generation = generateEnums({api: createApiIndex(schema)})
    project = await createTypeScriptProject('locdoc-gen-graph-')
    await writeGenerated(project, generation.files)
  })

  afterAll(async () => {
    await project?.cleanup()
  })

  it('should write one module per enum of every namespace, plus an index per folder', () => {
    const modules = generation.files.filter((file) => !file.path.endsWith('index.ts') && file.path !== 'enum-runtime.ts')
    expect(modules).toHaveLength(schema.enums.length)
    expect(new Set(schema.enums.map((enumType) => enumType.namespace)).size).toBeGreaterThan(1)
  })

  it('should compile under tsc --strict with no error', async () => {
    const result = await project.typeCheck()
    expect(result.output).toBe('')
    expect(result.code).toBe(0)
  }, 180_000)

  it('should export every enum with the values of the metadata', async () => {
    const index = (await import(pathToFileURL(path.join(project.directory, 'enums/index.ts')).href)) as EnumModule
    const root = rootNamespace(generation.enums)
    for (const enumType of schema.enums) {
      const constant = constantOf(index, {enumType, origin: 'schema'}, root)
      expect(constant, `${enumType.namespace}.${enumType.name}`).toEqual(Object.fromEntries(enumType.members.map((member) => [member.name, member.value])))
    }
  }, 180_000)
})
