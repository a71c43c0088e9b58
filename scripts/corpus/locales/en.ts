/** The canonical English side of every page (our own wording). */
import type {SourceText} from './types.js'

export const english: SourceText = {
  locale: 'en-US',
  enumTitle: (name) => `${name} enum type`,
  resourceTitle: (name) => `${name} resource type`,
  operationTitle: {
    list: (name) => `List ${name} objects`,
    get: (name) => `Get ${name}`,
    create: (name) => `Create ${name}`,
    update: (name) => `Update ${name}`,
    delete: (name) => `Delete ${name}`
  },
  operationSummary: {
    list: (type) => `Retrieve a list of ${type} objects and their properties.`,
    get: (type) => `Read the properties and relationships of a ${type} object.`,
    create: (type) => `Create a new ${type} object.`,
    update: (type) => `Update the properties of a ${type} object.`,
    delete: (type) => `Delete a ${type} object.`
  },
  betaNote: '**Important:** The /beta endpoint of Microsoft Graph can change at any time. Production apps should not depend on it.',
  intuneNote: (link) => `**Note:** Managing Intune through Microsoft Graph needs an ${link('active Intune license')} for the tenant.`,
  headings: {
    members: 'Members',
    properties: 'Properties',
    relationships: 'Relationships',
    jsonRepresentation: 'JSON representation',
    methods: 'Methods',
    prerequisites: 'Prerequisites',
    httpRequest: 'HTTP request',
    optionalQueryParameters: 'Optional query parameters',
    requestHeaders: 'Request headers',
    requestBody: 'Request body',
    response: 'Response',
    example: 'Example',
    request: 'Request'
  },
  columns: {
    member: 'Member',
    value: 'Value',
    description: 'Description',
    property: 'Property',
    type: 'Type',
    header: 'Header',
    permissionType: 'Permission type',
    permissions: 'Permissions (from most to least privileged)',
    method: 'Method',
    returnType: 'Return type',
    relationship: 'Relationship'
  },
  delegatedWork: 'Delegated (work or school account)',
  delegatedPersonal: 'Delegated (personal Microsoft account)',
  application: 'Application',
  notSupported: 'Not supported.',
  bearer: 'Bearer &lt;token&gt;. Required.',
  permissionsIntro: (link) => `Calling this API requires one of the permissions below. To learn how to pick permissions, see ${link('Permissions')}.`,
  noRequestBody: 'Do not supply a request body for this method.',
  requestBodyIntro: (type) => `In the request body, supply a JSON representation of the ${type} object.`,
  responseOk: (code, type) => `If successful, this method returns a ${code} response code and a ${type} object in the response body.`,
  responseList: (code, type) => `If successful, this method returns a ${code} response code and a collection of ${type} objects in the response body.`,
  responseCreated: (code, type) => `If successful, this method returns a ${code} response code and the new ${type} object in the response body.`,
  responseNoContent: (code) => `If successful, this method returns a ${code} response code.`,
  queryParameters: (link) => `This method supports some of the ${link('OData query parameters')} to shape the response.`,
  exampleRequest: 'The following example shows a request.',
  exampleResponse: 'The following example shows the response. The object shown here may be shortened for readability.',
  enumIntro: (words) => `Possible values for the ${words}.`,
  resourceIntro: (words) => `Represents a ${words} and the settings that belong to it.`,
  possibleValues: (codes) => `Possible values are: ${codes.join(', ')}.`,
  propertyDescription: {
    id: (_, owner) => `Unique identifier of the ${owner}. Read-only.`,
    text: (words, owner) => `The ${words} of the ${owner}.`,
    flag: (words) => `Indicates whether ${words} is turned on.`,
    time: (words) => `The date and time of the ${words}. The timestamp is in ISO 8601 format and always in UTC.`,
    count: (words, owner) => `The number of ${words} for this ${owner}.`,
    list: (words, owner) => `The ${words} that belong to the ${owner}.`,
    other: (words, owner) => `The ${words} associated with the ${owner}.`
  },
  memberDescription: (words) => `The ${words} state.`,
  collection: (type) => `${type} collection`
}
