import {existsSync, readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {createApiIndex, docTypeNameForEdmType, edmTypeNameForDocType, pathSegments} from '../../src/schema/api-index.js'
import {parseCsdl} from '../../src/schema/csdl.js'
import {embeddedSchema} from '../../src/schema/embedded.js'
import {ApiSchema} from '../../src/schema/model.js'

const graphCsdlPath = '/work/shared/graph/v1.0.csdl'

const schema = ApiSchema.parse({
  name: 'test',
  aliases: {graph: 'microsoft.graph', self: 'microsoft.graph.security'},
  enums: [
    {name: 'alertStatus', namespace: 'microsoft.graph.security', members: [{name: 'new', value: 0}, {name: 'resolved', value: 1}]},
    {
      name: 'alertStatus',
      namespace: 'microsoft.graph',
      members: [{name: 'unknown', value: 0}, {name: 'newAlert', value: 1}, {name: 'resolved', value: 2}]
    },
    {name: 'syncStatus', namespace: 'microsoft.graph', members: [{name: 'none', value: 0}, {name: 'failed', value: 1}]},
    {
      name: 'jobStatus',
      namespace: 'microsoft.graph',
      members: [{name: 'none', value: 0}, {name: 'running', value: 1}, {name: 'failed', value: 2}]
    },
    {name: 'caseStatus', namespace: 'microsoft.graph', members: [{name: 'None', value: 0}, {name: 'Failed', value: 1}]}
  ],
  types: [
    {kind: 'entity', name: 'entity', namespace: 'microsoft.graph', abstract: true, properties: [{name: 'id', type: 'Edm.String', nullable: false}]},
    {
      kind: 'entity',
      name: 'directoryObject',
      namespace: 'microsoft.graph',
      baseType: 'microsoft.graph.entity',
      properties: [{name: 'deletedDateTime', type: 'Edm.DateTimeOffset'}]
    },
    {
      kind: 'entity',
      name: 'user',
      namespace: 'microsoft.graph',
      baseType: 'microsoft.graph.directoryObject',
      properties: [{name: 'displayName', type: 'Edm.String'}]
    },
    {kind: 'entity', name: 'group', namespace: 'microsoft.graph', baseType: 'microsoft.graph.directoryObject', properties: []},
    {kind: 'entity', name: 'alert', namespace: 'microsoft.graph.security', baseType: 'microsoft.graph.entity', properties: []}
  ],
  operations: [
    {name: 'List users', method: 'GET', path: '/users', permissions: {delegatedWork: ['User.Read.All'], application: ['User.Read.All']}},
    {name: 'Get user', method: 'GET', path: '/users/{userId}', permissions: {delegatedWork: ['User.Read'], delegatedPersonal: ['User.Read']}},
    {name: 'Update user', method: 'PATCH', path: '/users/{userId}'},
    {name: 'delta', method: 'GET', path: '/users/delta()'},
    {name: 'reminderView', method: 'GET', path: '/users/{userId}/reminderView(StartDateTime={StartDateTime},EndDateTime={EndDateTime})'},
    {name: 'List memberOf', method: 'GET', path: '/users/{userId}/memberOf'},
    {name: 'Get me', method: 'GET', path: '/me'}
  ]
})

describe('createApiIndex name lookups', () => {
  const index = createApiIndex(schema)

  it('should find an enum by simple name, ignoring case', () => {
    expect(index.findEnum('SYNCSTATUS')?.name).toBe('syncStatus')
    expect(index.findEnum('nothing')).toBeUndefined()
  })

  it('should prefer microsoft.graph when several namespaces share a simple name', () => {
    expect(index.findEnum('alertstatus')?.namespace).toBe('microsoft.graph')
  })

  it('should find an enum by qualified, aliased, @odata.type or namespace-shortened name', () => {
    expect(index.findEnum('microsoft.graph.security.alertStatus')?.namespace).toBe('microsoft.graph.security')
    expect(index.findEnum('self.alertStatus')?.namespace).toBe('microsoft.graph.security')
    expect(index.findEnum('security.alertstatus')?.namespace).toBe('microsoft.graph.security')
    expect(index.findEnum('#microsoft.graph.syncStatus')?.name).toBe('syncStatus')
  })

  it('should find enums containing all given members, best match first', () => {
    // Exact-case matches first, then the fewest extra members.
    expect(index.findEnumsByMembers(['none', 'failed']).map((enumType) => enumType.name)).toEqual(['syncStatus', 'jobStatus', 'caseStatus'])
    expect(index.findEnumsByMembers(['None', 'Failed']).map((enumType) => enumType.name)[0]).toBe('caseStatus')
    expect(index.findEnumsByMembers(['none', 'running']).map((enumType) => enumType.name)).toEqual(['jobStatus'])
    expect(index.findEnumsByMembers(['none', 'missing'])).toEqual([])
    expect(index.findEnumsByMembers([])).toEqual([])
  })

  it('should find types by simple or qualified name, ignoring case', () => {
    expect(index.findType('USER')?.name).toBe('user')
    expect(index.findType('graph.user')?.name).toBe('user')
    expect(index.findType('microsoft.graph.security.alert')?.namespace).toBe('microsoft.graph.security')
    expect(index.findType('syncStatus')).toBeUndefined()
  })

  it('should say whether a name is an enum type', () => {
    expect(index.isEnumType('microsoft.graph.syncStatus')).toBe(true)
    expect(index.isEnumType('microsoft.graph.user')).toBe(false)
    expect(index.isEnumType('Edm.String')).toBe(false)
  })
})

describe('createApiIndex inheritance', () => {
  const index = createApiIndex(schema)

  it('should list inherited properties, base type first', () => {
    expect(index.allProperties('microsoft.graph.user').map((property) => property.name)).toEqual(['id', 'deletedDateTime', 'displayName'])
    expect(index.allProperties('nothing')).toEqual([])
  })

  it('should find an own or inherited property, exact spelling first', () => {
    expect(index.findProperty('user', 'id')?.type).toBe('Edm.String')
    expect(index.findProperty('user', 'DisplayName')?.name).toBe('displayName')
    expect(index.findProperty('user', 'nope')).toBeUndefined()
  })

  it('should list derived types through the whole base type chain', () => {
    expect(index.derivedTypes('microsoft.graph.directoryObject').map((type) => type.name).sort()).toEqual(['group', 'user'])
    expect(index.derivedTypes('microsoft.graph.entity')).toHaveLength(4)
    expect(index.derivedTypes('microsoft.graph.user')).toEqual([])
  })

  it('should not loop on a base type cycle in a hand-written schema', () => {
    const cyclic = createApiIndex(
      ApiSchema.parse({
        name: 'cyclic',
        types: [
          {kind: 'entity', name: 'a', namespace: 'n', baseType: 'n.b', properties: [{name: 'x', type: 'Edm.String'}]},
          {kind: 'entity', name: 'b', namespace: 'n', baseType: 'n.a', properties: [{name: 'y', type: 'Edm.String'}]}
        ]
      })
    )
    expect(cyclic.allProperties('n.a').map((property) => property.name)).toEqual(['y', 'x'])
  })
})

describe('createApiIndex operations', () => {
  const index = createApiIndex(schema)

  it('should strip host, version, query string and fragment from a path', () => {
    expect(pathSegments('https://graph.microsoft.com/v1.0/users/abc?$select=id#top')).toEqual(['users', 'abc'])
    expect(pathSegments('/beta/users')).toEqual(['users'])
  })

  it('should match a concrete path against a template', () => {
    expect(index.findOperation('GET', '/users/9ceb2f92-2f92-9ceb-922f-eb9c922feb9c')?.name).toBe('Get user')
    expect(index.findOperation('patch', 'https://graph.microsoft.com/v1.0/Users/abc?x=1')?.name).toBe('Update user')
  })

  it('should match a template path with differently named placeholders', () => {
    expect(index.findOperation('GET', '/users/{id}')?.name).toBe('Get user')
    expect(index.findOperation('GET', '/users/{user-id}/memberOf')?.name).toBe('List memberOf')
  })

  it('should prefer a fixed segment over a placeholder', () => {
    expect(index.findOperation('GET', '/users/delta()')?.name).toBe('delta')
    expect(index.findOperation('GET', '/users/delta')?.name).toBe('delta')
  })

  it('should match a function call whatever its arguments', () => {
    const path = "/users/{id}/reminderView(startDateTime='2017-06-05T10:00:00',endDateTime='2017-06-11T11:00:00')"
    expect(index.findOperation('GET', path)?.name).toBe('reminderView')
  })

  it('should treat OData key syntax as a key segment', () => {
    expect(index.findOperation('GET', "/users('abc')/memberOf")?.name).toBe('List memberOf')
  })

  it('should skip a type cast segment', () => {
    expect(index.findOperation('GET', '/users/microsoft.graph.user')?.name).toBe('List users')
  })

  it('should not match a method or path the schema lacks', () => {
    expect(index.findOperation('DELETE', '/users/abc')).toBeUndefined()
    expect(index.findOperation('GET', '/groups')).toBeUndefined()
    expect(index.findOperation('GET', '/users/abc/memberOf/extra/deep')).toBeUndefined()
  })

  it('should list every method on a path', () => {
    expect(index.operationsForPath('/users/abc').map((operation) => operation.method)).toEqual(['GET', 'PATCH'])
    expect(index.operationsForPath('/nowhere')).toEqual([])
  })

  it('should collect every permission scope', () => {
    expect([...index.knownPermissions].sort()).toEqual(['User.Read', 'User.Read.All'])
  })
})

describe('primitive type names', () => {
  const index = createApiIndex(embeddedSchema)

  it('should map doc spellings to Edm names and back', () => {
    expect(index.primitiveTypeNames.get('DateTimeOffset')).toBe('Edm.DateTimeOffset')
    expect(index.primitiveTypeNames.get('Int32')).toBe('Edm.Int32')
    expect(edmTypeNameForDocType('string')).toBe('Edm.String')
    expect(edmTypeNameForDocType('Edm.Boolean')).toBe('Edm.Boolean')
    expect(edmTypeNameForDocType('vppToken')).toBeUndefined()
    expect(docTypeNameForEdmType('Edm.Guid')).toBe('Guid')
  })
})

describe.skipIf(!existsSync(graphCsdlPath))(`createApiIndex on Microsoft Graph v1.0 (needs ${graphCsdlPath})`, () => {
  const result = parseCsdl(existsSync(graphCsdlPath) ? readFileSync(graphCsdlPath, 'utf8') : '')
  const index = result.ok ? createApiIndex(result.schema) : undefined

  it('should find the VPP token enums by lowercased name', () => {
    expect(index?.findEnum('vpptokensyncstatus')?.members.map((member) => member.value)).toEqual([0, 1, 2, 3])
    expect(index?.findEnum('VPPTOKENSTATE')?.members.find((member) => member.name === 'assignedToExternalMDM')?.value).toBe(4)
  })

  it('should find an enum from member names alone', () => {
    expect(index?.findEnumsByMembers(['assignedToExternalMDM', 'expired'])[0]?.name).toBe('vppTokenState')
  })

  it('should inherit id from graph.entity', () => {
    expect(index?.findProperty('vppToken', 'id')).toMatchObject({type: 'Edm.String', nullable: false})
    expect(index?.allProperties('microsoft.graph.user')[0]?.name).toBe('id')
  })

  it('should resolve syncLicenses on a VPP token', () => {
    expect(index?.findOperation('POST', '/deviceAppManagement/vppTokens/{vppTokenId}/syncLicenses')?.returns?.type).toBe(
      'microsoft.graph.vppToken'
    )
    expect(
      index?.findOperation('POST', 'https://graph.microsoft.com/v1.0/deviceAppManagement/vppTokens/9ceb2f92-2f92-9ceb-922f-eb9c922feb9c/syncLicenses')
        ?.name
    ).toBe('syncLicenses')
  })

  it('should answer a thousand path lookups quickly', () => {
    const started = performance.now()
    for (let count = 0; count < 1_000; count++) index?.findOperation('GET', `/users/${count}/messages/${count}`)
    expect(index?.findOperation('GET', '/users/1/messages/2')).toBeDefined()
    expect(performance.now() - started).toBeLessThan(500)
  })
})
