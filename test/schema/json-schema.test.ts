import {existsSync, readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {createApiIndex} from '../../src/schema/api-index.js'
import {parseCsdl} from '../../src/schema/csdl.js'
import {embeddedSchema} from '../../src/schema/embedded.js'
import {cachedTypeLimit, validateExample, zodSchemaForType} from '../../src/schema/json-schema.js'
import {ApiSchema} from '../../src/schema/model.js'

const graphCsdlPath = '/work/shared/graph/v1.0.csdl'
const index = createApiIndex(embeddedSchema)

/** A response body in the shape Graph returns for a VPP token. */
function vppTokenExample(): Record<string, unknown> {
  return {
    '@odata.type': '#microsoft.graph.vppToken',
    id: '5e1f3c0a-3c0a-5e1f-0a3c-1f5e0a3c1f5e',
    organizationName: 'Fabrikam Schools',
    vppTokenAccountType: 'education',
    appleId: 'purchasing@fabrikam.example',
    expirationDateTime: '2016-12-31T23:57:57.2481234-08:00',
    lastSyncDateTime: '2017-01-01T00:02:49.3205976-08:00',
    token: 'opaque-token-text',
    lastModifiedDateTime: '2017-01-01T00:00:35.1329464Z',
    state: 'valid',
    tokenActionResults: [
      {
        '@odata.type': 'microsoft.graph.vppTokenActionResult',
        actionName: 'syncLicenses',
        actionState: 'done',
        startDateTime: '2016-12-31T23:59:23.6849141-08:00',
        lastUpdatedDateTime: '2017-01-01T00:01:17.5678117-08:00'
      }
    ],
    lastSyncStatus: 'completed',
    automaticallyUpdateApps: true,
    countryOrRegion: 'US',
    dataSharingConsentGranted: true,
    displayName: 'Fabrikam purchases',
    locationName: 'Main campus',
    claimTokenManagementFromExternalMdm: false,
    roleScopeTagIds: ['x']
  }
}

describe('validateExample on a VPP token', () => {
  it('should accept a well-formed example', () => {
    expect(validateExample(index, 'vppToken', vppTokenExample())).toEqual([])
    expect(validateExample(index, 'microsoft.graph.vppToken', {})).toEqual([])
  })

  it('should report a misspelled enum member with every allowed member', () => {
    expect(validateExample(index, 'vppToken', {...vppTokenExample(), state: 'vaild'})).toEqual([
      {
        path: ['state'],
        message:
          'Expected one of `unknown`, `valid`, `expired`, `invalid`, `assignedToExternalMDM`, `duplicateLocationId` (vppTokenState), got `vaild`',
        expected: ['unknown', 'valid', 'expired', 'invalid', 'assignedToExternalMDM', 'duplicateLocationId'],
        actual: 'vaild'
      }
    ])
  })

  it('should report a string where a Boolean belongs', () => {
    expect(validateExample(index, 'vppToken', {...vppTokenExample(), automaticallyUpdateApps: 'yes'})).toEqual([
      {path: ['automaticallyUpdateApps'], message: 'Expected `true` or `false`, got `yes`', actual: 'yes'}
    ])
  })

  it('should report an unknown key and suggest the closest property', () => {
    expect(validateExample(index, 'vppToken', {...vppTokenExample(), organisationName: 'Fabrikam'})).toEqual([
      {
        path: ['organisationName'],
        message: 'Unexpected property `organisationName` for `microsoft.graph.vppToken`, did you mean `organizationName`?',
        expected: ['organizationName'],
        actual: 'organisationName'
      }
    ])
  })

  it('should report a date-time without an offset', () => {
    const issues = validateExample(index, 'vppToken', {...vppTokenExample(), lastSyncDateTime: '2017-01-01T00:02:49.3205976'})
    expect(issues).toHaveLength(1)
    expect(issues[0]).toMatchObject({path: ['lastSyncDateTime'], actual: '2017-01-01T00:02:49.3205976'})
    expect(issues[0]?.message).toMatch(/^Expected an ISO 8601 date-time with an offset or `Z`/)
  })

  it('should report a nested @odata.type naming an unrelated type', () => {
    const example = vppTokenExample()
    example['tokenActionResults'] = [{'@odata.type': '#microsoft.graph.vppToken', actionName: 'syncLicenses'}]
    expect(validateExample(index, 'vppToken', example)).toEqual([
      {
        path: ['tokenActionResults', 0, '@odata.type'],
        message:
          'Expected `@odata.type` to be `#microsoft.graph.vppTokenActionResult`, got `#microsoft.graph.vppToken` (`microsoft.graph.vppToken` does not derive from `microsoft.graph.vppTokenActionResult`)',
        expected: ['#microsoft.graph.vppTokenActionResult'],
        actual: '#microsoft.graph.vppToken'
      }
    ])
  })

  it('should report each problem in one example at its own path', () => {
    const example = {...vppTokenExample(), state: 'vaild', automaticallyUpdateApps: 'yes', roleScopeTagIds: 'x'}
    expect(
      validateExample(index, 'vppToken', example)
        .map((issue) => issue.path.join('.'))
        .sort()
    ).toEqual(['automaticallyUpdateApps', 'roleScopeTagIds', 'state'])
  })

  it('should allow null only where the property is nullable', () => {
    expect(validateExample(index, 'vppToken', {organizationName: null})).toEqual([])
    expect(validateExample(index, 'vppToken', {state: null}).map((issue) => issue.path)).toEqual([['state']])
  })

  it('should accept @odata annotations and check the property they name', () => {
    const example = {'@odata.context': 'https://graph.microsoft.com/beta/$metadata#vppTokens/$entity', 'roleScopeTagIds@odata.type': '#Collection(String)'}
    expect(validateExample(index, 'vppToken', example)).toEqual([])
    expect(validateExample(index, 'vppToken', {'roleScopeTagId@odata.type': '#Collection(String)'})[0]).toMatchObject({
      path: ['roleScopeTagId@odata.type'],
      expected: ['roleScopeTagIds@odata.type']
    })
  })

  it('should report a type that the index does not know', () => {
    expect(validateExample(index, 'nope', {})).toEqual([{path: [], message: 'Unknown type `nope`', actual: 'nope'}])
  })

  it('should cache one schema per index and type', () => {
    expect(zodSchemaForType(index, 'vppToken')).toBe(zodSchemaForType(index, 'microsoft.graph.vppToken'))
    expect(zodSchemaForType(createApiIndex(embeddedSchema), 'vppToken')).not.toBe(zodSchemaForType(index, 'vppToken'))
  })

  it('should report unknown keys only when strict', () => {
    expect(validateExample(index, 'vppToken', {extra: 1}, {strict: false})).toEqual([])
    expect(validateExample(index, 'vppToken', {extra: 1})).toHaveLength(1)
  })
})

const shapes = createApiIndex(
  ApiSchema.parse({
    name: 'shapes',
    enums: [
      {name: 'color', namespace: 'n', members: [{name: 'red', value: 0}, {name: 'green', value: 1}]},
      {name: 'rights', namespace: 'n', isFlags: true, members: [{name: 'read', value: 1}, {name: 'write', value: 2}]}
    ],
    types: [
      {
        kind: 'complex',
        name: 'shape',
        namespace: 'n',
        abstract: true,
        properties: [
          {name: 'color', type: 'n.color', nullable: false},
          {name: 'rights', type: 'n.rights'}
        ]
      },
      {kind: 'complex', name: 'circle', namespace: 'n', baseType: 'n.shape', properties: [{name: 'radius', type: 'Edm.Double'}]},
      {kind: 'complex', name: 'square', namespace: 'n', baseType: 'n.shape', properties: [{name: 'side', type: 'Edm.Int32'}]},
      {kind: 'complex', name: 'bag', namespace: 'n', openType: true, properties: []},
      {
        kind: 'entity',
        name: 'drawing',
        namespace: 'n',
        properties: [
          {name: 'shapes', type: 'n.shape', collection: true},
          {name: 'main', type: 'n.shape'},
          {name: 'size', type: 'Edm.Int64'},
          {name: 'created', type: 'Edm.Date'},
          {name: 'owner', type: 'Edm.Guid'},
          {name: 'timeout', type: 'Edm.Duration'},
          {name: 'bytes', type: 'Edm.Byte'},
          {name: 'previous', type: 'n.drawing', navigation: true},
          {name: 'related', type: 'n.drawing', navigation: true, collection: true}
        ]
      }
    ]
  })
)

describe('validateExample on derived, primitive and navigation values', () => {
  const paths = (value: unknown) => validateExample(shapes, 'n.drawing', value).map((issue) => issue.path.join('.'))

  it('should validate an object against the derived type its @odata.type names', () => {
    expect(paths({main: {'@odata.type': '#n.circle', color: 'red', radius: 1.5}})).toEqual([])
    expect(paths({shapes: [{'@odata.type': 'n.square', side: 2}, {'@odata.type': '#n.circle', radius: 'INF'}]})).toEqual([])
    // Without @odata.type the declared type applies, so `radius` is unknown.
    expect(paths({main: {color: 'red', radius: 1.5}})).toEqual(['main.radius'])
    expect(paths({shapes: [{'@odata.type': '#n.square', radius: 1}]})).toEqual(['shapes.0.radius'])
  })

  it('should list the type and its derived types when @odata.type does not fit', () => {
    const [issue] = validateExample(shapes, 'n.drawing', {main: {'@odata.type': '#n.bag'}})
    expect(issue?.path).toEqual(['main', '@odata.type'])
    expect(issue?.expected?.sort()).toEqual(['#n.circle', '#n.shape', '#n.square'])
  })

  it('should accept comma-separated members of a flags enum', () => {
    expect(paths({main: {rights: 'read,write'}})).toEqual([])
    expect(paths({main: {rights: 'read,delete'}})).toEqual(['main.rights'])
  })

  it('should accept Int64 as a number or a string of digits', () => {
    expect(paths({size: 9007199254740993})).toEqual([])
    expect(paths({size: '9223372036854775807'})).toEqual([])
    expect(paths({size: '9223372036854775808'})).toEqual(['size'])
    expect(paths({size: 1.5})).toEqual(['size'])
  })

  it('should check Date, Guid, Duration and Byte values', () => {
    expect(paths({created: '2024-02-29', owner: '00000000-0000-0000-0000-000000000000', timeout: 'PT1H30M', bytes: 255})).toEqual([])
    expect(paths({created: '2024-2-29'})).toEqual(['created'])
    expect(paths({owner: 'not-a-guid'})).toEqual(['owner'])
    expect(paths({timeout: 'P'})).toEqual(['timeout'])
    expect(paths({timeout: 'PT'})).toEqual(['timeout'])
    expect(paths({bytes: 256})).toEqual(['bytes'])
  })

  it('should accept date-times with up to seven fractional digits and an offset or Z', () => {
    const dateTime = (value: string) => validateExample(index, 'vppToken', {lastSyncDateTime: value}).length
    expect(dateTime('2016-12-31T23:57:57.2481234-08:00')).toBe(0)
    expect(dateTime('2016-12-31T23:57:57Z')).toBe(0)
    expect(dateTime('2016-12-31T23:57Z')).toBe(0)
    expect(dateTime('2016-12-31T23:57:57.24812345Z')).toBe(1)
    expect(dateTime('2016-12-31')).toBe(1)
    expect(dateTime('2016-13-31T23:57:57Z')).toBe(1)
  })

  it('should accept an object or an array of objects for navigation properties as declared', () => {
    expect(paths({previous: {size: 1}, related: [{size: 2}, {related: [{size: 3}]}]})).toEqual([])
    expect(paths({previous: [{size: 1}]})).toEqual(['previous'])
    expect(paths({related: [{size: 'big'}]})).toEqual(['related.0.size'])
  })

  it('should allow any key on an open type', () => {
    expect(validateExample(shapes, 'n.bag', {anything: 1, at: {all: true}})).toEqual([])
  })

  it('should report a value that is not an object where an object belongs', () => {
    expect(validateExample(shapes, 'n.drawing', [1, 2])).toMatchObject([{path: [], message: 'Expected an object (drawing), got an array'}])
  })
})

describe.skipIf(!existsSync(graphCsdlPath))(`validateExample on Microsoft Graph v1.0 (needs ${graphCsdlPath})`, () => {
  const result = parseCsdl(existsSync(graphCsdlPath) ? readFileSync(graphCsdlPath, 'utf8') : '')
  const graph = result.ok ? createApiIndex(result.schema) : createApiIndex(embeddedSchema)

  it('should validate a user with a derived-type directory object in memberOf', () => {
    const user = {
      id: '87d349ed-44d7-43e1-9a83-5f2406dee5bd',
      displayName: 'Adele Vance',
      accountEnabled: true,
      businessPhones: ['+1 425 555 0109'],
      memberOf: [{'@odata.type': '#microsoft.graph.group', id: '02bd9fd6-8f93-4758-87c3-1fb73740a315', displayName: 'HR Taskforce'}]
    }
    expect(validateExample(graph, 'user', user)).toEqual([])
    expect(validateExample(graph, 'user', {...user, accountEnabled: 'true'}).map((issue) => issue.path)).toEqual([['accountEnabled']])
  })

  it('should keep at most a bounded number of compiled types, and judge alike after starting afresh', () => {
    const types = graph.schema.types.slice(0, cachedTypeLimit * 3)
    const judge = (name: string) => validateExample(graph, name, {unknownKey: 1, id: 7})
    const early = zodSchemaForType(graph, types[0]!.name)
    const first = types.map((type) => judge(type.name))
    // Hundreds of types later the first one's compiled schema was let go, and is built again once.
    const later = zodSchemaForType(graph, types[0]!.name)
    expect(later).not.toBe(early)
    expect(zodSchemaForType(graph, types[0]!.name)).toBe(later)
    expect(types.map((type) => judge(type.name))).toEqual(first)
    expect(first.filter((issues) => issues.length > 0).length).toBeGreaterThan(types.length / 2)
  })
})
