import {existsSync, readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {createApiIndex} from '../../src/schema/api-index.js'
import {isEdmTypeName, parseCsdl} from '../../src/schema/csdl.js'
import {embeddedSchema} from '../../src/schema/embedded.js'
import {ApiSchema} from '../../src/schema/model.js'

const graphCsdlPath = '/work/shared/graph/v1.0.csdl'
const betaEnumsPath = '/work/shared/graph/beta-enum-types.json'
const betaEntitiesPath = '/work/shared/graph/beta-entity-types.json'
const betaComplexTypesPath = '/work/shared/graph/beta-complex-types.json'

const index = createApiIndex(embeddedSchema)

function members(name: string) {
  return index.findEnum(name)?.members.map(({name, value}) => [name, value])
}

describe('embeddedSchema', () => {
  it('should be a valid ApiSchema', () => {
    expect(ApiSchema.safeParse(embeddedSchema).success).toBe(true)
    expect(embeddedSchema.source).toBe('embedded')
  })

  it('should declare the VPP token enums with their values', () => {
    expect(members('vppTokenSyncStatus')).toEqual([['none', 0], ['inProgress', 1], ['completed', 2], ['failed', 3]])
    expect(members('vppTokenState')).toEqual([
      ['unknown', 0], ['valid', 1], ['expired', 2], ['invalid', 3], ['assignedToExternalMDM', 4], ['duplicateLocationId', 5]
    ])
    expect(members('vppTokenAccountType')).toEqual([['business', 0], ['education', 1]])
    expect(members('actionState')).toEqual([
      ['none', 0], ['pending', 1], ['canceled', 2], ['active', 3], ['done', 4], ['failed', 5], ['notSupported', 6]
    ])
  })

  it('should describe every enum, member, type and property in English', () => {
    for (const enumType of embeddedSchema.enums) {
      expect(enumType.description, enumType.name).toBeTruthy()
      for (const member of enumType.members) expect(member.description, `${enumType.name}.${member.name}`).toBeTruthy()
    }
    for (const type of embeddedSchema.types) {
      expect(type.description, type.name).toBeTruthy()
      for (const property of type.properties) expect(property.description, `${type.name}.${property.name}`).toBeTruthy()
    }
  })

  it('should give vppToken its base type, id and the key property types', () => {
    expect(index.findType('vppToken')?.baseType).toBe('microsoft.graph.entity')
    expect(index.allProperties('vppToken')[0]?.name).toBe('id')
    expect(index.findProperty('vppToken', 'tokenActionResults')).toMatchObject({
      type: 'microsoft.graph.vppTokenActionResult',
      collection: true
    })
    expect(index.findProperty('vppToken', 'automaticallyUpdateApps')).toMatchObject({type: 'Edm.Boolean', nullable: false})
    expect(index.findProperty('vppToken', 'roleScopeTagIds')).toMatchObject({type: 'Edm.String', collection: true})
    expect(index.findProperty('vppTokenActionResult', 'actionState')?.type).toBe('microsoft.graph.actionState')
  })

  it('should only reference types it declares or Edm types', () => {
    const declared = new Set([...embeddedSchema.enums, ...embeddedSchema.types].map((type) => `${type.namespace}.${type.name}`))
    const references = [
      ...embeddedSchema.types.flatMap((type) => [...type.properties.map((property) => property.type), ...(type.baseType ? [type.baseType] : [])]),
      ...embeddedSchema.operations.flatMap((operation) => [operation.requestBody, operation.returns?.type].filter((name) => name !== undefined))
    ]
    expect(references.filter((name) => !declared.has(name) && !isEdmTypeName(name))).toEqual([])
  })

  it('should list the VPP token operations', () => {
    expect(embeddedSchema.operations.map((operation) => `${operation.method} ${operation.path}`)).toEqual([
      'GET /deviceAppManagement/vppTokens',
      'GET /deviceAppManagement/vppTokens/{vppTokenId}',
      'POST /deviceAppManagement/vppTokens',
      'PATCH /deviceAppManagement/vppTokens/{vppTokenId}',
      'DELETE /deviceAppManagement/vppTokens/{vppTokenId}',
      'POST /deviceAppManagement/vppTokens/{vppTokenId}/syncLicenses',
      'POST /deviceAppManagement/vppTokens/{vppTokenId}/revokeLicenses'
    ])
    expect(index.findOperation('POST', '/deviceAppManagement/vppTokens/{id}/syncLicenses')?.returns?.type).toBe('microsoft.graph.vppToken')
    expect(index.findOperation('PATCH', '/deviceAppManagement/vppTokens/{vppTokenId}')?.requestBody).toBe('microsoft.graph.vppToken')
  })

  it('should require read or read-write scopes for reads and read-write for everything else', () => {
    for (const operation of embeddedSchema.operations) {
      const expected =
        operation.method === 'GET'
          ? ['DeviceManagementServiceConfig.Read.All', 'DeviceManagementServiceConfig.ReadWrite.All']
          : ['DeviceManagementServiceConfig.ReadWrite.All']
      expect(operation.permissions, operation.name).toEqual({delegatedWork: expected, delegatedPersonal: [], application: []})
    }
    expect([...index.knownPermissions].sort()).toEqual(['DeviceManagementServiceConfig.Read.All', 'DeviceManagementServiceConfig.ReadWrite.All'])
  })

  it('should add Content-Type only to requests with a body', () => {
    for (const operation of embeddedSchema.operations) {
      const expected = operation.requestBody ? ['Authorization', 'Accept', 'Content-Type'] : ['Authorization', 'Accept']
      expect(operation.requestHeaders, operation.name).toEqual(expected)
    }
    expect(embeddedSchema.operations.filter((operation) => operation.requestBody).map((operation) => operation.method)).toEqual(['POST', 'PATCH'])
  })
})

describe.skipIf(!existsSync(betaEnumsPath) || !existsSync(betaEntitiesPath) || !existsSync(betaComplexTypesPath))(
  `embeddedSchema against the beta type lists (needs ${betaEnumsPath}, ${betaEntitiesPath}, ${betaComplexTypesPath})`,
  () => {
    const read = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as Record<string, Record<string, unknown>>
    const betaEnums = existsSync(betaEnumsPath) ? read(betaEnumsPath)['microsoft.graph'] : undefined
    const betaEntities = existsSync(betaEntitiesPath) ? read(betaEntitiesPath)['microsoft.graph'] : undefined
    const betaComplexTypes = existsSync(betaComplexTypesPath) ? read(betaComplexTypesPath)['microsoft.graph'] : undefined

    it('should have exactly the beta members of each enum', () => {
      for (const enumType of embeddedSchema.enums) {
        const names = enumType.members.map((member) => member.name).sort()
        expect(names, enumType.name).toEqual([...((betaEnums?.[enumType.name] as string[] | undefined) ?? [])].sort())
      }
    })

    it('should have every beta property of vppToken and vppTokenActionResult', () => {
      const entity = betaEntities?.['vppToken'] as {properties: string[]} | undefined
      const complex = betaComplexTypes?.['vppTokenActionResult'] as {properties: string[]} | undefined
      const own = (name: string) => index.findType(name)?.properties.map((property) => property.name).sort()
      expect(own('vppToken')).toEqual([...(entity?.properties ?? [])].sort())
      expect(own('vppTokenActionResult')).toEqual([...(complex?.properties ?? [])].sort())
    })
  }
)

describe.skipIf(!existsSync(graphCsdlPath))(`embeddedSchema against Microsoft Graph v1.0 (needs ${graphCsdlPath})`, () => {
  const result = parseCsdl(existsSync(graphCsdlPath) ? readFileSync(graphCsdlPath, 'utf8') : '')
  const graph = result.ok ? createApiIndex(result.schema) : undefined

  it('should agree with v1.0 on every member value v1.0 declares', () => {
    for (const enumType of embeddedSchema.enums) {
      const published = graph?.findEnum(`microsoft.graph.${enumType.name}`)
      expect(published, enumType.name).toBeDefined()
      for (const member of published?.members ?? []) {
        expect(enumType.members.find((candidate) => candidate.name === member.name)?.value, `${enumType.name}.${member.name}`).toBe(member.value)
      }
    }
  })

  it('should agree with v1.0 on the type, collection and nullability of shared vppToken properties', () => {
    for (const property of graph?.findType('microsoft.graph.vppToken')?.properties ?? []) {
      const embedded = index.findProperty('vppToken', property.name)
      expect(embedded && {type: embedded.type, collection: embedded.collection, nullable: embedded.nullable}, property.name).toEqual({
        type: property.type,
        collection: property.collection,
        nullable: property.nullable
      })
    }
  })
})
