import {existsSync, readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {parseCsdl, type CsdlResult} from '../../src/schema/csdl.js'
import type {ApiSchema} from '../../src/schema/model.js'

const graphCsdlPath = '/work/shared/graph/v1.0.csdl'

/** Wrap `Schema` elements in the CSDL envelope. */
function edmx(...schemas: string[]): string {
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<edmx:Edmx Version="4.0" xmlns:edmx="http://docs.oasis-open.org/odata/ns/edmx">',
    '  <edmx:DataServices>',
    ...schemas,
    '  </edmx:DataServices>',
    '</edmx:Edmx>'
  ].join('\n')
}

function schema(namespace: string, alias: string | undefined, body: string): string {
  const aliasAttribute = alias ? ` Alias="${alias}"` : ''
  return `    <Schema Namespace="${namespace}"${aliasAttribute} xmlns="http://docs.oasis-open.org/odata/ns/edm">\n${body}\n    </Schema>`
}

function parsed(xml: string): ApiSchema {
  const result = parseCsdl(xml)
  if (!result.ok) throw new Error(`Expected CSDL to parse, got: ${result.error.message}`)
  return result.schema
}

function failed(result: CsdlResult) {
  if (result.ok) throw new Error('Expected CSDL to fail')
  return result.error
}

/** 1-based line of the first line containing `needle`. */
function lineOf(text: string, needle: string): number {
  return text.split('\n').findIndex((line) => line.includes(needle)) + 1
}

const intuneLike = edmx(
  schema(
    'microsoft.graph',
    'graph',
    `
      <EnumType Name="vppTokenSyncStatus">
        <Member Name="none" Value="0" />
        <Member Name="inProgress" Value="1" />
        <Member Name="completed" Value="2" />
        <Member Name="failed" Value="3" />
      </EnumType>
      <EnumType Name="implicitValues">
        <Member Name="first" />
        <Member Name="second" />
        <Member Name="third" />
      </EnumType>
      <EnumType Name="accessRights" IsFlags="true">
        <Member Name="read" Value="1" />
        <Member Name="write" Value="2" />
      </EnumType>
      <TypeDefinition Name="tag" UnderlyingType="Edm.String" />
      <EntityType Name="entity" Abstract="true">
        <Key><PropertyRef Name="id" /></Key>
        <Property Name="id" Type="Edm.String" Nullable="false" />
      </EntityType>
      <ComplexType Name="vppTokenActionResult" OpenType="true">
        <Property Name="actionName" Type="Edm.String" />
        <Property Name="startDateTime" Type="Edm.DateTimeOffset" Nullable="false" />
      </ComplexType>
      <EntityType Name="vppToken" BaseType="graph.entity">
        <Annotation Term="Org.OData.Core.V1.Description" String="Inline token description." />
        <Property Name="lastSyncStatus" Type="graph.vppTokenSyncStatus" Nullable="false" />
        <Property Name="tokenActionResults" Type="Collection(graph.vppTokenActionResult)" />
        <Property Name="roleScopeTagIds" Type="Collection(Edm.String)" />
        <Property Name="tags" Type="Collection(graph.tag)" />
        <Property Name="alert" Type="microsoft.graph.security.alert" />
      </EntityType>
      <EntityType Name="deviceAppManagement" BaseType="graph.entity">
        <NavigationProperty Name="vppTokens" Type="Collection(graph.vppToken)" ContainsTarget="true" />
        <NavigationProperty Name="owner" Type="graph.user" />
      </EntityType>
      <EntityType Name="user" BaseType="graph.entity">
        <Property Name="displayName" Type="Edm.String" />
      </EntityType>
      <Action Name="syncLicenses" IsBound="true">
        <Parameter Name="bindingParameter" Type="graph.vppToken" />
        <ReturnType Type="graph.vppToken" />
      </Action>
      <Action Name="touch" IsBound="true">
        <Parameter Name="bindingParameter" Type="graph.entity" />
      </Action>
      <Function Name="delta" IsBound="true">
        <Parameter Name="bindingParameter" Type="Collection(graph.vppToken)" />
        <ReturnType Type="Collection(graph.vppToken)" />
      </Function>
      <Function Name="licenseCount" IsBound="true">
        <Parameter Name="bindingParameter" Type="graph.vppToken" />
        <Parameter Name="period" Type="Edm.String" />
        <ReturnType Type="Edm.Int32" />
      </Function>
      <EntityContainer Name="GraphService">
        <EntitySet Name="users" EntityType="microsoft.graph.user" />
        <Singleton Name="deviceAppManagement" Type="microsoft.graph.deviceAppManagement" />
      </EntityContainer>
      <Annotations Target="graph.vppTokenSyncStatus">
        <Annotation Term="Org.OData.Core.V1.Description" String="Sync status." />
      </Annotations>
      <Annotations Target="microsoft.graph.vppTokenSyncStatus/failed">
        <Annotation Term="Org.OData.Core.V1.Description" String="The last sync failed." />
      </Annotations>
      <Annotations Target="microsoft.graph.vppToken/lastSyncStatus">
        <Annotation Term="Org.OData.Core.V1.Description">
          <String>Status of the last sync.</String>
        </Annotation>
      </Annotations>`
  ),
  schema(
    'microsoft.graph.security',
    'self',
    `
      <EntityType Name="alert" BaseType="graph.entity">
        <Property Name="severity" Type="self.alertSeverity" />
      </EntityType>
      <EnumType Name="alertSeverity">
        <Member Name="low" Value="1" />
        <Member Name="high" Value="2" />
      </EnumType>`
  )
)

describe('parseCsdl on small documents', () => {
  const result = parsed(intuneLike)
  const enumNamed = (name: string) => result.enums.find((enumType) => enumType.name === name)
  const typeNamed = (name: string) => result.types.find((type) => type.name === name)
  const propertyOf = (typeName: string, propertyName: string) =>
    typeNamed(typeName)?.properties.find((property) => property.name === propertyName)
  const operation = (method: string, path: string) =>
    result.operations.find((candidate) => candidate.method === method && candidate.path === path)

  it('should read enum members with their values in declaration order', () => {
    expect(enumNamed('vppTokenSyncStatus')?.members.map(({name, value}) => [name, value])).toEqual([
      ['none', 0],
      ['inProgress', 1],
      ['completed', 2],
      ['failed', 3]
    ])
    expect(enumNamed('vppTokenSyncStatus')?.namespace).toBe('microsoft.graph')
  })

  it('should number members without a Value by position, starting at zero', () => {
    expect(enumNamed('implicitValues')?.members.map((member) => member.value)).toEqual([0, 1, 2])
  })

  it('should read IsFlags', () => {
    expect(enumNamed('accessRights')?.isFlags).toBe(true)
    expect(enumNamed('vppTokenSyncStatus')?.isFlags).toBe(false)
  })

  it('should resolve aliases in type references to the full namespace', () => {
    expect(propertyOf('vppToken', 'lastSyncStatus')?.type).toBe('microsoft.graph.vppTokenSyncStatus')
    expect(typeNamed('vppToken')?.baseType).toBe('microsoft.graph.entity')
    expect(propertyOf('alert', 'severity')?.type).toBe('microsoft.graph.security.alertSeverity')
    expect(result.aliases).toEqual({graph: 'microsoft.graph', self: 'microsoft.graph.security'})
  })

  it('should resolve references across schemas, declared before or after use', () => {
    expect(propertyOf('vppToken', 'alert')?.type).toBe('microsoft.graph.security.alert')
    expect(typeNamed('alert')?.namespace).toBe('microsoft.graph.security')
  })

  it('should read Abstract, OpenType and the kind of each type', () => {
    expect(typeNamed('entity')).toMatchObject({kind: 'entity', abstract: true, openType: false})
    expect(typeNamed('vppTokenActionResult')).toMatchObject({kind: 'complex', abstract: false, openType: true})
  })

  it('should unwrap Collection(…) and keep the collection flag', () => {
    expect(propertyOf('vppToken', 'tokenActionResults')).toMatchObject({type: 'microsoft.graph.vppTokenActionResult', collection: true})
    expect(propertyOf('vppToken', 'roleScopeTagIds')).toMatchObject({type: 'Edm.String', collection: true})
    expect(propertyOf('vppToken', 'lastSyncStatus')?.collection).toBe(false)
  })

  it('should default Nullable to true and honour Nullable="false"', () => {
    expect(propertyOf('vppTokenActionResult', 'actionName')?.nullable).toBe(true)
    expect(propertyOf('vppTokenActionResult', 'startDateTime')?.nullable).toBe(false)
  })

  it('should map a TypeDefinition to its underlying type', () => {
    expect(propertyOf('vppToken', 'tags')).toMatchObject({type: 'Edm.String', collection: true})
  })

  it('should mark navigation properties', () => {
    expect(propertyOf('deviceAppManagement', 'vppTokens')).toMatchObject({navigation: true, collection: true, type: 'microsoft.graph.vppToken'})
    expect(propertyOf('vppToken', 'lastSyncStatus')?.navigation).toBe(false)
  })

  it('should take descriptions from Annotations blocks, inline annotations and String children', () => {
    expect(enumNamed('vppTokenSyncStatus')?.description).toBe('Sync status.')
    expect(enumNamed('vppTokenSyncStatus')?.members.find((member) => member.name === 'failed')?.description).toBe('The last sync failed.')
    expect(typeNamed('vppToken')?.description).toBe('Inline token description.')
    expect(propertyOf('vppToken', 'lastSyncStatus')?.description).toBe('Status of the last sync.')
    expect(propertyOf('vppToken', 'roleScopeTagIds')?.description).toBeUndefined()
  })

  it('should derive singleton operations', () => {
    expect(operation('GET', '/deviceAppManagement')?.returns).toEqual({type: 'microsoft.graph.deviceAppManagement', collection: false})
    expect(operation('PATCH', '/deviceAppManagement')?.requestBody).toBe('microsoft.graph.deviceAppManagement')
    expect(operation('DELETE', '/deviceAppManagement')).toBeUndefined()
  })

  it('should derive list, create, get, update and delete for an entity set', () => {
    expect(operation('GET', '/users')?.returns).toEqual({type: 'microsoft.graph.user', collection: true})
    expect(operation('POST', '/users')?.requestBody).toBe('microsoft.graph.user')
    expect(operation('GET', '/users/{userId}')).toBeDefined()
    expect(operation('PATCH', '/users/{userId}')).toBeDefined()
    expect(operation('DELETE', '/users/{userId}')).toBeDefined()
  })

  it('should follow containment navigation with a key placeholder named after the type', () => {
    expect(operation('GET', '/deviceAppManagement/vppTokens')?.name).toBe('List vppTokens')
    expect(operation('POST', '/deviceAppManagement/vppTokens')?.name).toBe('Create vppToken')
    expect(operation('GET', '/deviceAppManagement/vppTokens/{vppTokenId}')?.name).toBe('Get vppToken')
    expect(operation('PATCH', '/deviceAppManagement/vppTokens/{vppTokenId}')?.name).toBe('Update vppToken')
    expect(operation('DELETE', '/deviceAppManagement/vppTokens/{vppTokenId}')?.name).toBe('Delete vppToken')
  })

  it('should only read, not follow, navigation that is not contained', () => {
    expect(operation('GET', '/deviceAppManagement/owner')).toBeDefined()
    expect(operation('PATCH', '/deviceAppManagement/owner')).toBeUndefined()
  })

  it('should bind actions and functions to paths of the binding type or a derived type', () => {
    expect(operation('POST', '/deviceAppManagement/vppTokens/{vppTokenId}/syncLicenses')?.returns).toEqual({
      type: 'microsoft.graph.vppToken',
      collection: false
    })
    // `touch` is bound to the base type `entity`.
    expect(operation('POST', '/deviceAppManagement/vppTokens/{vppTokenId}/touch')).toBeDefined()
    expect(operation('POST', '/users/{userId}/touch')).toBeDefined()
    expect(operation('GET', '/deviceAppManagement/vppTokens/delta()')?.returns).toEqual({type: 'microsoft.graph.vppToken', collection: true})
    expect(operation('GET', '/deviceAppManagement/vppTokens/{vppTokenId}/licenseCount(period={period})')).toBeDefined()
    expect(operation('POST', '/users/{userId}/syncLicenses')).toBeUndefined()
    expect(operation('GET', '/users/delta()')).toBeUndefined()
  })
})

describe('parseCsdl navigation bounds', () => {
  const recursive = edmx(
    schema(
      'n',
      undefined,
      `
      <EntityType Name="folder">
        <Key><PropertyRef Name="id" /></Key>
        <Property Name="id" Type="Edm.String" Nullable="false" />
        <NavigationProperty Name="children" Type="Collection(n.folder)" ContainsTarget="true" />
        <NavigationProperty Name="files" Type="Collection(n.file)" ContainsTarget="true" />
      </EntityType>
      <EntityType Name="file">
        <Key><PropertyRef Name="id" /></Key>
        <Property Name="id" Type="Edm.String" Nullable="false" />
        <NavigationProperty Name="versions" Type="Collection(n.version)" ContainsTarget="true" />
      </EntityType>
      <EntityType Name="version">
        <Key><PropertyRef Name="id" /></Key>
        <Property Name="id" Type="Edm.String" Nullable="false" />
        <NavigationProperty Name="file" Type="n.file" ContainsTarget="true" />
      </EntityType>
      <EntityContainer Name="c">
        <EntitySet Name="folders" EntityType="n.folder" />
      </EntityContainer>`
    )
  )

  it('should not follow a navigation property back to a type already on the path', () => {
    const paths = parsed(recursive).operations.map((operation) => operation.path)
    expect(paths).toContain('/folders/{folderId}/files/{fileId}/versions/{versionId}')
    expect(paths.some((path) => path.includes('/children'))).toBe(false)
    expect(paths.some((path) => path.endsWith('/versions/{versionId}/file'))).toBe(false)
  })

  it('should stop after the configured number of navigation hops', () => {
    const result = parseCsdl(recursive, {navigationDepth: 1})
    const paths = result.ok ? result.schema.operations.map((operation) => operation.path) : []
    expect(paths).toContain('/folders/{folderId}/files/{fileId}')
    expect(paths.some((path) => path.includes('/versions'))).toBe(false)
  })

  it('should stop deriving operations at the configured maximum', () => {
    const result = parseCsdl(recursive, {maxOperations: 4})
    expect(result.ok && result.schema.operations.length).toBe(4)
  })
})

describe('parseCsdl errors', () => {
  it('should report text that is not XML with a line and column', () => {
    const error = failed(parseCsdl('this is not XML\nat all'))
    expect(error.message).toMatch(/^Not well-formed XML/)
    expect(error.line).toBe(2)
    expect(error.column).toBeGreaterThanOrEqual(1)
  })

  it('should report malformed XML where saxes finds it', () => {
    const xml = '<edmx:Edmx>\n  <edmx:DataServices>\n    <Schema Namespace="n">\n  </edmx:DataServices>\n</edmx:Edmx>'
    const error = failed(parseCsdl(xml))
    expect(error.message).toMatch(/^Not well-formed XML/)
    expect(error.line).toBe(4)
  })

  it('should reject XML whose root is not edmx:Edmx as not OData CSDL', () => {
    const error = failed(parseCsdl('<?xml version="1.0"?>\n<html><body /></html>'))
    expect(error).toMatchObject({line: 2, column: 1, element: 'html'})
    expect(error.message).toMatch(/^Not OData CSDL/)
  })

  it('should reject an Edmx without any Schema as not OData CSDL', () => {
    const error = failed(parseCsdl(edmx()))
    expect(error.message).toMatch(/^Not OData CSDL: no `Schema`/)
  })

  it('should name the element, its Name and the line of an unresolved type', () => {
    const xml = edmx(
      schema('microsoft.graph', 'graph', '      <EntityType Name="vppToken">\n        <Property Name="state" Type="graph.nope" />\n      </EntityType>')
    )
    const error = failed(parseCsdl(xml))
    expect(error.element).toBe('Property')
    expect(error.line).toBe(lineOf(xml, 'graph.nope'))
    expect(error.column).toBe(9)
    expect(error.message).toBe(`Unresolved type \`graph.nope\` in Property \`state\` of \`microsoft.graph.vppToken\` on line ${error.line}`)
  })

  it('should report unresolved types in base types, parameters and entity sets', () => {
    const baseType = failed(parseCsdl(edmx(schema('n', undefined, '      <EntityType Name="a" BaseType="n.missing" />'))))
    expect(baseType.message).toMatch(/`n\.missing` in BaseType of EntityType `a`/)
    const parameter = failed(
      parseCsdl(edmx(schema('n', undefined, '      <Action Name="go" IsBound="true"><Parameter Name="x" Type="n.gone" /></Action>')))
    )
    expect(parameter.message).toMatch(/`n\.gone` in Parameter `x` of Action `go`/)
    const entitySet = failed(
      parseCsdl(edmx(schema('n', undefined, '      <EntityContainer Name="c"><EntitySet Name="things" EntityType="n.thing" /></EntityContainer>')))
    )
    expect(entitySet).toMatchObject({element: 'EntitySet'})
  })

  it('should reject an Edm name that is not an Edm type', () => {
    const error = failed(parseCsdl(edmx(schema('n', undefined, '      <ComplexType Name="c"><Property Name="p" Type="Edm.Strin" /></ComplexType>'))))
    expect(error.message).toMatch(/`Edm\.Strin`/)
  })

  it('should accept every Edm primitive type', () => {
    const names = ['String', 'Boolean', 'Int32', 'Int64', 'Guid', 'DateTimeOffset', 'Date', 'Duration', 'Binary', 'Double', 'Decimal']
    const more = ['Single', 'Byte', 'SByte', 'Int16', 'TimeOfDay', 'Stream', 'GeographyPoint', 'Untyped']
    const properties = [...names, ...more].map((name) => `<Property Name="p${name}" Type="Edm.${name}" />`).join('')
    const result = parsed(edmx(schema('n', undefined, `      <ComplexType Name="c">${properties}</ComplexType>`)))
    expect(result.types[0]?.properties.map((property) => property.type)).toEqual([...names, ...more].map((name) => `Edm.${name}`))
  })

  it('should report a BaseType cycle naming the types and a line', () => {
    const xml = edmx(
      schema(
        'n',
        undefined,
        '      <EntityType Name="a" BaseType="n.b" />\n      <EntityType Name="b" BaseType="n.c" />\n      <EntityType Name="c" BaseType="n.a" />'
      )
    )
    const error = failed(parseCsdl(xml))
    expect(error.message).toBe('BaseType cycle: `n.a` → `n.b` → `n.c` → `n.a`')
    expect(error.line).toBe(lineOf(xml, 'Name="a"'))
    expect(error.element).toBe('EntityType')
  })

  it('should reject a ComplexType deriving from an EntityType', () => {
    const error = failed(
      parseCsdl(edmx(schema('n', undefined, '      <EntityType Name="e" />\n      <ComplexType Name="c" BaseType="n.e" />')))
    )
    expect(error.message).toBe('BaseType `n.e` of ComplexType `c` is not a ComplexType')
  })

  it('should report a member Value that is not an integer', () => {
    const error = failed(parseCsdl(edmx(schema('n', undefined, '      <EnumType Name="e"><Member Name="a" Value="one" /></EnumType>'))))
    expect(error).toMatchObject({element: 'Member'})
    expect(error.message).toMatch(/non-integer Value `one`/)
  })
})

describe.skipIf(!existsSync(graphCsdlPath))(`parseCsdl on Microsoft Graph v1.0 (needs ${graphCsdlPath})`, () => {
  const result = parseCsdl(existsSync(graphCsdlPath) ? readFileSync(graphCsdlPath, 'utf8') : '', {source: 'v1.0.csdl'})
  const graph = result.ok ? result.schema : undefined
  const enumMembers = (name: string, namespace = 'microsoft.graph') =>
    graph?.enums.find((enumType) => enumType.name === name && enumType.namespace === namespace)?.members.map(({name, value}) => [name, value])
  const typeNamed = (name: string, namespace = 'microsoft.graph') =>
    graph?.types.find((type) => type.name === name && type.namespace === namespace)

  it('should parse without error', () => {
    expect(result.ok ? 'ok' : result.error.message).toBe('ok')
    expect(graph?.source).toBe('v1.0.csdl')
    expect(graph?.enums.length).toBeGreaterThan(800)
    expect(graph?.types.length).toBeGreaterThan(2500)
  })

  it('should read vppTokenSyncStatus, vppTokenState and actionState by value', () => {
    expect(enumMembers('vppTokenSyncStatus')).toEqual([['none', 0], ['inProgress', 1], ['completed', 2], ['failed', 3]])
    expect(enumMembers('vppTokenState')).toEqual([['unknown', 0], ['valid', 1], ['expired', 2], ['invalid', 3], ['assignedToExternalMDM', 4]])
    expect(enumMembers('actionState')).toEqual([
      ['none', 0], ['pending', 1], ['canceled', 2], ['active', 3], ['done', 4], ['failed', 5], ['notSupported', 6]
    ])
  })

  it('should read enums outside Intune and outside the main namespace', () => {
    expect(enumMembers('accessEntityType')).toEqual([['user', 0], ['group', 1], ['unknownFutureValue', 2]])
    expect(graph?.enums.find((enumType) => enumType.name === 'alertSeverity' && enumType.namespace === 'microsoft.graph.security')).toBeDefined()
  })

  it('should read vppToken with alias-resolved types, nullability and descriptions', () => {
    const vppToken = typeNamed('vppToken')
    expect(vppToken?.baseType).toBe('microsoft.graph.entity')
    expect(vppToken?.properties.find((property) => property.name === 'state')).toMatchObject({
      type: 'microsoft.graph.vppTokenState',
      nullable: false
    })
    expect(vppToken?.properties.find((property) => property.name === 'appleId')?.description).toMatch(/apple Id/i)
  })

  it('should read a non-Intune entity with its base type and properties', () => {
    const user = typeNamed('user')
    expect(user?.baseType).toBe('microsoft.graph.directoryObject')
    expect(user?.properties.find((property) => property.name === 'displayName')?.type).toBe('Edm.String')
    expect(typeNamed('directoryObject')?.baseType).toBe('microsoft.graph.entity')
    expect(typeNamed('entity')?.properties.map((property) => property.name)).toEqual(['id'])
  })

  it('should derive the VPP token operations', () => {
    const paths = graph?.operations.filter((operation) => operation.path.startsWith('/deviceAppManagement/vppTokens')).map((operation) => `${operation.method} ${operation.path}`)
    expect(paths).toEqual(
      expect.arrayContaining([
        'GET /deviceAppManagement/vppTokens',
        'POST /deviceAppManagement/vppTokens',
        'GET /deviceAppManagement/vppTokens/{vppTokenId}',
        'PATCH /deviceAppManagement/vppTokens/{vppTokenId}',
        'DELETE /deviceAppManagement/vppTokens/{vppTokenId}',
        'POST /deviceAppManagement/vppTokens/{vppTokenId}/syncLicenses'
      ])
    )
  })

  it('should keep the number of operations bounded', () => {
    expect(graph?.operations.length).toBeGreaterThan(5_000)
    expect(graph?.operations.length).toBeLessThan(200_000)
  })

  it('should parse in well under two seconds', () => {
    const xml = readFileSync(graphCsdlPath, 'utf8')
    const started = performance.now()
    parseCsdl(xml)
    expect(performance.now() - started).toBeLessThan(2_000)
  })
})
