/**
 * Names the generated pages document: enums with their members and values,
 * types with their properties, and REST operations. Read from the Graph
 * CSDL when it is there (names and values only, never its prose); otherwise
 * a small built-in list of the same kind of facts.
 */
import {createHash} from 'node:crypto'
import {existsSync, readFileSync} from 'node:fs'
import {z} from 'zod'
import {docTypeNameForEdmType} from '../../src/schema/api-index.js'
import {parseCsdl} from '../../src/schema/csdl.js'
import type {ApiSchema} from '../../src/schema/model.js'

export const FactEnum = z.object({
  name: z.string().describe('Enum name: `vppTokenSyncStatus`.'),
  members: z.array(z.object({name: z.string(), value: z.number().int()})).describe('Members in declaration order.')
})
export type FactEnum = z.infer<typeof FactEnum>

export const TypeKind = z.enum(['primitive', 'enum', 'complex', 'entity'])
export type TypeKind = z.infer<typeof TypeKind>

export const FactProperty = z.object({
  name: z.string(),
  type: z.string().describe('Doc spelling for primitives (`String`), simple name otherwise (`vppTokenState`).'),
  typeKind: TypeKind,
  collection: z.boolean(),
  navigation: z.boolean()
})
export type FactProperty = z.infer<typeof FactProperty>

export const FactType = z.object({
  name: z.string(),
  kind: z.enum(['entity', 'complex']),
  properties: z.array(FactProperty)
})
export type FactType = z.infer<typeof FactType>

export const OperationKind = z.enum(['list', 'get', 'create', 'update', 'delete'])
export type OperationKind = z.infer<typeof OperationKind>

export const FactOperation = z.object({
  kind: OperationKind,
  method: z.enum(['GET', 'POST', 'PATCH', 'DELETE']),
  path: z.string().describe('Template path: `/deviceAppManagement/vppTokens/{vppTokenId}`.'),
  type: z.string().describe('Simple name of the entity the operation is about.')
})
export type FactOperation = z.infer<typeof FactOperation>

export const Facts = z.object({
  source: z.string().describe('`builtin`, or `csdl:<sha256 prefix>` of the metadata file read.'),
  enums: z.array(FactEnum),
  types: z.array(FactType),
  operations: z.array(FactOperation)
})
export type Facts = z.infer<typeof Facts>

/** Default place of the Graph metadata, next to the repository. */
export const defaultCsdlPath = new URL('../../../shared/graph/v1.0.csdl', import.meta.url)

/** Facts from the CSDL at `path` when it exists and parses; the built-in list otherwise. */
export function loadFacts(path: string | URL = defaultCsdlPath): {facts: Facts; note?: string} {
  if (!existsSync(path)) return {facts: builtinFacts(), note: `${String(path)} not found: using the built-in fact list`}
  const xml = readFileSync(path, 'utf8')
  const result = parseCsdl(xml)
  if (!result.ok) return {facts: builtinFacts(), note: `Cannot read ${String(path)} (${result.error.message}): using the built-in fact list`}
  const digest = createHash('sha256').update(xml).digest('hex').slice(0, 12)
  return {facts: factsFromSchema(result.schema, `csdl:${digest}`)}
}

const identifier = /^[A-Za-z_][A-Za-z\d_]*$/
// Paths the pages print must stay plain ASCII segments, placeholders or key syntax.
const plainPath = /^(?:\/(?:[A-Za-z_][\w.]*|\{[A-Za-z_]\w*\}))+$/

export function factsFromSchema(schema: ApiSchema, source: string): Facts {
  const enumNames = new Set(schema.enums.map((enumType) => enumType.name))
  const entityNames = new Set(schema.types.filter((type) => type.kind === 'entity').map((type) => type.name))
  const enums = schema.enums
    .filter((enumType) => enumType.members.length >= 2 && enumType.members.every((member) => identifier.test(member.name)))
    .map((enumType) => ({name: enumType.name, members: enumType.members.slice(0, 60).map(({name, value}) => ({name, value}))}))
  const types = schema.types
    .map((type): FactType => ({
      name: type.name,
      kind: type.kind,
      properties: type.properties
        .filter((property) => identifier.test(property.name))
        .slice(0, 48)
        .map((property) => toFactProperty(property, enumNames, entityNames))
    }))
    .filter((type) => identifier.test(type.name) && type.properties.length >= 2)
  const typeNames = new Set(types.map((type) => type.name))
  const operations: FactOperation[] = []
  for (const operation of schema.operations) {
    const kind = operationKind(operation.name)
    const typeName = (operation.returns?.type ?? operation.requestBody)?.split('.').pop()
    const method = operation.method
    if (!kind || !typeName || !typeNames.has(typeName) || !plainPath.test(operation.path)) continue
    if (method !== 'GET' && method !== 'POST' && method !== 'PATCH' && method !== 'DELETE') continue
    if (operation.path.split('/').length > 6) continue
    operations.push({kind, method, path: operation.path, type: typeName})
  }
  // Delete operations return nothing: name their type from the path's entity set instead.
  for (const operation of schema.operations) {
    if (operation.method !== 'DELETE' || !plainPath.test(operation.path) || operation.path.split('/').length > 6) continue
    const typeName = operation.name.replace(/^Delete /, '')
    if (typeNames.has(typeName)) operations.push({kind: 'delete', method: 'DELETE', path: operation.path, type: typeName})
  }
  return {source, enums, types, operations}
}

function toFactProperty(property: ApiSchema['types'][number]['properties'][number], enumNames: Set<string>, entityNames: Set<string>): FactProperty {
  const docName = docTypeNameForEdmType(property.type)
  const simpleName = property.type.split('.').pop() ?? property.type
  const typeKind: TypeKind = docName ? 'primitive' : enumNames.has(simpleName) ? 'enum' : entityNames.has(simpleName) ? 'entity' : 'complex'
  return {
    name: property.name,
    type: docName ?? simpleName,
    typeKind,
    collection: property.collection,
    navigation: property.navigation
  }
}

function operationKind(name: string): OperationKind | undefined {
  const verb = name.split(' ')[0]?.toLowerCase()
  return verb === 'list' || verb === 'get' || verb === 'create' || verb === 'update' ? verb : undefined
}

// ---------------------------------------------------------------------------
// Built-in facts: a few Graph enums, types and operations, by name and value.

const primitive = (name: string, type: string, collection = false): FactProperty => ({name, type, typeKind: 'primitive', collection, navigation: false})
const enumTyped = (name: string, type: string): FactProperty => ({name, type, typeKind: 'enum', collection: false, navigation: false})
const complexTyped = (name: string, type: string, collection = false): FactProperty => ({name, type, typeKind: 'complex', collection, navigation: false})

function members(...names: Array<string | [string, number]>): FactEnum['members'] {
  return names.map((entry, index) => (typeof entry === 'string' ? {name: entry, value: index} : {name: entry[0], value: entry[1]}))
}

function crud(collectionPath: string, keyName: string, type: string): FactOperation[] {
  const itemPath = `${collectionPath}/{${keyName}}`
  return [
    {kind: 'list', method: 'GET', path: collectionPath, type},
    {kind: 'create', method: 'POST', path: collectionPath, type},
    {kind: 'get', method: 'GET', path: itemPath, type},
    {kind: 'update', method: 'PATCH', path: itemPath, type},
    {kind: 'delete', method: 'DELETE', path: itemPath, type}
  ]
}

export function builtinFacts(): Facts {
  return {
    source: 'builtin',
    enums: [
      {name: 'vppTokenSyncStatus', members: members('none', 'inProgress', 'completed', 'failed')},
      {name: 'vppTokenState', members: members('unknown', 'valid', 'expired', 'invalid', 'assignedToExternalMDM', 'duplicateLocationId')},
      {name: 'vppTokenAccountType', members: members('business', 'education')},
      {name: 'riskLevel', members: members('low', 'medium', 'high', 'hidden', 'none', 'unknownFutureValue')},
      {name: 'bodyType', members: members('text', 'html')},
      {name: 'importance', members: members('low', 'normal', 'high')},
      {name: 'sensitivity', members: members('normal', 'personal', 'private', 'confidential')},
      {name: 'freeBusyStatus', members: members(['unknown', -1], ['free', 0], ['tentative', 1], ['busy', 2], ['oof', 3], ['workingElsewhere', 4])},
      {name: 'actionState', members: members('none', 'pending', 'canceled', 'active', 'done', 'failed', 'notSupported')},
      {name: 'complianceState', members: members('unknown', 'compliant', 'noncompliant', 'conflict', 'error', 'inGracePeriod', 'configManager')}
    ],
    types: [
      {
        name: 'vppToken',
        kind: 'entity',
        properties: [
          primitive('id', 'String'),
          primitive('organizationName', 'String'),
          enumTyped('vppTokenAccountType', 'vppTokenAccountType'),
          primitive('appleId', 'String'),
          primitive('expirationDateTime', 'DateTimeOffset'),
          primitive('lastSyncDateTime', 'DateTimeOffset'),
          primitive('token', 'String'),
          primitive('lastModifiedDateTime', 'DateTimeOffset'),
          enumTyped('state', 'vppTokenState'),
          complexTyped('tokenActionResults', 'vppTokenActionResult', true),
          enumTyped('lastSyncStatus', 'vppTokenSyncStatus'),
          primitive('automaticallyUpdateApps', 'Boolean'),
          primitive('countryOrRegion', 'String'),
          primitive('dataSharingConsentGranted', 'Boolean'),
          primitive('displayName', 'String'),
          primitive('locationName', 'String'),
          primitive('claimTokenManagementFromExternalMdm', 'Boolean'),
          primitive('roleScopeTagIds', 'String', true),
          primitive('appleDeviceAppDeliveryProtocolType', 'String')
        ]
      },
      {
        name: 'vppTokenActionResult',
        kind: 'complex',
        properties: [
          primitive('actionName', 'String'),
          enumTyped('actionState', 'actionState'),
          primitive('startDateTime', 'DateTimeOffset'),
          primitive('lastUpdatedDateTime', 'DateTimeOffset')
        ]
      },
      {
        name: 'message',
        kind: 'entity',
        properties: [
          primitive('id', 'String'),
          primitive('subject', 'String'),
          complexTyped('body', 'itemBody'),
          primitive('bodyPreview', 'String'),
          enumTyped('importance', 'importance'),
          primitive('isRead', 'Boolean'),
          primitive('isDraft', 'Boolean'),
          primitive('hasAttachments', 'Boolean'),
          primitive('receivedDateTime', 'DateTimeOffset'),
          primitive('sentDateTime', 'DateTimeOffset'),
          primitive('conversationId', 'String'),
          primitive('categories', 'String', true),
          primitive('webLink', 'String'),
          complexTyped('toRecipients', 'recipient', true)
        ]
      },
      {
        name: 'event',
        kind: 'entity',
        properties: [
          primitive('id', 'String'),
          primitive('subject', 'String'),
          complexTyped('body', 'itemBody'),
          complexTyped('start', 'dateTimeTimeZone'),
          complexTyped('end', 'dateTimeTimeZone'),
          enumTyped('sensitivity', 'sensitivity'),
          enumTyped('showAs', 'freeBusyStatus'),
          primitive('isAllDay', 'Boolean'),
          primitive('isCancelled', 'Boolean'),
          primitive('reminderMinutesBeforeStart', 'Int32'),
          primitive('createdDateTime', 'DateTimeOffset'),
          primitive('iCalUId', 'String')
        ]
      },
      {
        name: 'itemBody',
        kind: 'complex',
        properties: [enumTyped('contentType', 'bodyType'), primitive('content', 'String')]
      },
      {
        name: 'managedDevice',
        kind: 'entity',
        properties: [
          primitive('id', 'String'),
          primitive('deviceName', 'String'),
          enumTyped('complianceState', 'complianceState'),
          primitive('enrolledDateTime', 'DateTimeOffset'),
          primitive('lastSyncDateTime', 'DateTimeOffset'),
          primitive('operatingSystem', 'String'),
          primitive('osVersion', 'String'),
          primitive('isEncrypted', 'Boolean'),
          primitive('serialNumber', 'String'),
          primitive('totalStorageSpaceInBytes', 'Int64'),
          primitive('freeStorageSpaceInBytes', 'Int64'),
          primitive('userPrincipalName', 'String')
        ]
      }
    ],
    operations: [
      ...crud('/deviceAppManagement/vppTokens', 'vppTokenId', 'vppToken'),
      ...crud('/me/messages', 'messageId', 'message'),
      ...crud('/users/{userId}/events', 'eventId', 'event'),
      ...crud('/deviceManagement/managedDevices', 'managedDeviceId', 'managedDevice')
    ]
  }
}
