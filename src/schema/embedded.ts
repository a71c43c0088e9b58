/**
 * The schema locdoc uses when no CSDL or JSON schema is given: the Intune
 * Apple VPP token area of Microsoft Graph beta, written by hand.
 *
 * Sources, all under /work/shared/graph: member and property *names* come from
 * the beta type lists (`beta-*.json`); member *values*, nullability and types
 * come from `v1.0.csdl` where it declares the same thing. Where beta adds a
 * member (`vppTokenState.duplicateLocationId`) its value continues the v1.0
 * numbering. Descriptions are our own short English summaries.
 */
import {ApiSchema, type ApiSchemaInput, type HttpMethod, type PermissionSet} from './model.js'

const graph = 'microsoft.graph'
const vppToken = `${graph}.vppToken`
const vppTokensPath = '/deviceAppManagement/vppTokens'
const vppTokenPath = `${vppTokensPath}/{vppTokenId}`

const readPermissions: PermissionSet = {
  delegatedWork: ['DeviceManagementServiceConfig.Read.All', 'DeviceManagementServiceConfig.ReadWrite.All'],
  delegatedPersonal: [],
  application: []
}

const writePermissions: PermissionSet = {
  delegatedWork: ['DeviceManagementServiceConfig.ReadWrite.All'],
  delegatedPersonal: [],
  application: []
}

type OperationInput = NonNullable<ApiSchemaInput['operations']>[number]

/** Every request authenticates and negotiates JSON; a JSON body also needs `Content-Type`. */
function vppTokenOperation(
  name: string,
  method: HttpMethod,
  path: string,
  details: {requestBody?: string; returns?: {type: string; collection?: boolean}} = {}
): OperationInput {
  const reads = method === 'GET'
  return {
    name,
    method,
    path,
    requestHeaders: details.requestBody ? ['Authorization', 'Accept', 'Content-Type'] : ['Authorization', 'Accept'],
    ...details,
    permissions: reads ? readPermissions : writePermissions
  }
}

const embeddedSchemaInput: ApiSchemaInput = {
  name: 'Microsoft Graph beta (Intune Apple VPP tokens)',
  source: 'embedded',
  version: 'beta',
  aliases: {graph},
  enums: [
    {
      name: 'vppTokenSyncStatus',
      namespace: graph,
      description: 'Outcome of the most recent synchronization of a VPP token with Apple.',
      members: [
        {name: 'none', value: 0, description: 'No synchronization has run yet.'},
        {name: 'inProgress', value: 1, description: 'A synchronization is running.'},
        {name: 'completed', value: 2, description: 'The last synchronization finished successfully.'},
        {name: 'failed', value: 3, description: 'The last synchronization did not finish.'}
      ]
    },
    {
      name: 'vppTokenState',
      namespace: graph,
      description: 'Whether a VPP token can currently be used.',
      members: [
        {name: 'unknown', value: 0, description: 'The state has not been determined.'},
        {name: 'valid', value: 1, description: 'The token can be used.'},
        {name: 'expired', value: 2, description: 'The token is past its expiration date.'},
        {name: 'invalid', value: 3, description: 'Apple rejected the token.'},
        {name: 'assignedToExternalMDM', value: 4, description: 'Another MDM service manages the token.'},
        {name: 'duplicateLocationId', value: 5, description: 'Another token already uses the same location.'}
      ]
    },
    {
      name: 'vppTokenAccountType',
      namespace: graph,
      description: 'Which Apple Volume Purchase Program the token belongs to.',
      members: [
        {name: 'business', value: 0, description: 'Apple Business Manager.'},
        {name: 'education', value: 1, description: 'Apple School Manager.'}
      ]
    },
    {
      name: 'actionState',
      namespace: graph,
      description: 'Progress of an action run against a device or token.',
      members: [
        {name: 'none', value: 0, description: 'No action state.'},
        {name: 'pending', value: 1, description: 'The action is waiting to run.'},
        {name: 'canceled', value: 2, description: 'The action was canceled.'},
        {name: 'active', value: 3, description: 'The action is running.'},
        {name: 'done', value: 4, description: 'The action finished without errors.'},
        {name: 'failed', value: 5, description: 'The action finished with an error.'},
        {name: 'notSupported', value: 6, description: 'The target does not support the action.'}
      ]
    }
  ],
  types: [
    {
      kind: 'entity',
      name: 'entity',
      namespace: graph,
      abstract: true,
      description: 'Base type of every Microsoft Graph entity.',
      properties: [{name: 'id', type: 'Edm.String', nullable: false, description: 'Unique identifier of the entity.'}]
    },
    {
      kind: 'complex',
      name: 'vppTokenActionResult',
      namespace: graph,
      description: 'Record of one action run against a VPP token.',
      properties: [
        {name: 'actionName', type: 'Edm.String', description: 'Name of the action.'},
        {name: 'actionState', type: `${graph}.actionState`, nullable: false, description: 'Progress of the action.'},
        {name: 'startDateTime', type: 'Edm.DateTimeOffset', nullable: false, description: 'When the action started.'},
        {name: 'lastUpdatedDateTime', type: 'Edm.DateTimeOffset', nullable: false, description: 'When the action state last changed.'}
      ]
    },
    {
      kind: 'entity',
      name: 'vppToken',
      namespace: graph,
      baseType: `${graph}.entity`,
      description: 'An Apple Volume Purchase Program token uploaded to Intune to manage purchased app licenses.',
      properties: [
        {name: 'organizationName', type: 'Edm.String', description: 'Organization the token was issued to.'},
        {name: 'vppTokenAccountType', type: `${graph}.vppTokenAccountType`, nullable: false, description: 'Program the token belongs to.'},
        {name: 'appleId', type: 'Edm.String', description: 'Apple ID of the account that issued the token.'},
        {name: 'expirationDateTime', type: 'Edm.DateTimeOffset', nullable: false, description: 'When the token expires.'},
        {name: 'lastSyncDateTime', type: 'Edm.DateTimeOffset', nullable: false, description: 'When the token was last synchronized with Apple.'},
        {name: 'token', type: 'Edm.String', description: 'The token text downloaded from Apple.'},
        {name: 'lastModifiedDateTime', type: 'Edm.DateTimeOffset', nullable: false, description: 'When the token was last changed.'},
        {name: 'state', type: `${graph}.vppTokenState`, nullable: false, description: 'Whether the token can currently be used.'},
        {
          name: 'tokenActionResults',
          type: `${graph}.vppTokenActionResult`,
          collection: true,
          description: 'Actions run against the token and how they went.'
        },
        {name: 'lastSyncStatus', type: `${graph}.vppTokenSyncStatus`, nullable: false, description: 'Outcome of the last synchronization.'},
        {name: 'automaticallyUpdateApps', type: 'Edm.Boolean', nullable: false, description: 'Whether apps bought with the token update automatically.'},
        {name: 'countryOrRegion', type: 'Edm.String', description: 'Country or region of the token, as an ISO 3166 code.'},
        {name: 'dataSharingConsentGranted', type: 'Edm.Boolean', description: 'Whether the administrator allowed data sharing with Apple.'},
        {name: 'displayName', type: 'Edm.String', description: 'Name administrators see for the token.'},
        {name: 'locationName', type: 'Edm.String', description: 'Apple location the token is tied to.'},
        {
          name: 'claimTokenManagementFromExternalMdm',
          type: 'Edm.Boolean',
          description: 'Whether Intune takes the token over from another MDM service.'
        },
        {name: 'roleScopeTagIds', type: 'Edm.String', collection: true, description: 'Scope tags that limit who can see the token.'},
        {
          // Beta types this with the `appleDeviceDeliveryProtocol` enum, whose
          // numeric values appear nowhere in our data, so only the string is checked.
          name: 'appleDeviceAppDeliveryProtocolType',
          type: 'Edm.String',
          description: 'Protocol Apple devices use to receive apps bought with the token.'
        }
      ]
    }
  ],
  operations: [
    vppTokenOperation('List vppTokens', 'GET', vppTokensPath, {returns: {type: vppToken, collection: true}}),
    vppTokenOperation('Get vppToken', 'GET', vppTokenPath, {returns: {type: vppToken}}),
    vppTokenOperation('Create vppToken', 'POST', vppTokensPath, {requestBody: vppToken, returns: {type: vppToken}}),
    vppTokenOperation('Update vppToken', 'PATCH', vppTokenPath, {requestBody: vppToken, returns: {type: vppToken}}),
    vppTokenOperation('Delete vppToken', 'DELETE', vppTokenPath),
    // Declared in v1.0.csdl: bound to vppToken, returns vppToken.
    vppTokenOperation('syncLicenses', 'POST', `${vppTokenPath}/syncLicenses`, {returns: {type: vppToken}}),
    // Only indirect evidence: beta declares `vppTokenRevokeLicensesActionResult`.
    // Its parameters are not in our data, so no request body is modelled.
    vppTokenOperation('revokeLicenses', 'POST', `${vppTokenPath}/revokeLicenses`)
  ]
}

/** The embedded default schema, validated when this module loads. */
export const embeddedSchema: ApiSchema = ApiSchema.parse(embeddedSchemaInput)
