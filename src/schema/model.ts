/**
 * The shape of an API as locdoc understands it: enums, structured types and
 * operations. The embedded default schema and every imported one (OData CSDL)
 * are values of `ApiSchema`, and every TypeScript type here is inferred from
 * these zod schemas.
 */
import {z} from 'zod/v4'

/** A fully qualified type name: `Edm.String`, `microsoft.graph.vppToken`. */
export const QualifiedName = z
  .string()
  .min(1)
  .describe('Namespace-qualified type name, aliases resolved (`graph.x` → `microsoft.graph.x`).')
export type QualifiedName = z.infer<typeof QualifiedName>

export const EnumMember = z.object({
  name: z.string().min(1).describe('Member name exactly as the API spells it.'),
  value: z.number().int().describe('Numeric value the API sends for it.'),
  description: z.string().optional().describe('English description, when known.')
})
export type EnumMember = z.infer<typeof EnumMember>

export const EnumType = z.object({
  name: z.string().min(1).describe('Simple name: `vppTokenSyncStatus`.'),
  namespace: z.string().min(1).describe('Namespace: `microsoft.graph`.'),
  isFlags: z.boolean().default(false).describe('Whether members combine as bit flags.'),
  description: z.string().optional().describe('English description, when known.'),
  members: z.array(EnumMember).describe('Members in declaration order.')
})
export type EnumType = z.infer<typeof EnumType>

export const Property = z.object({
  name: z.string().min(1).describe('Property name exactly as the API spells it.'),
  type: QualifiedName.describe('Element type; for `Collection(T)` this is `T`.'),
  collection: z.boolean().default(false).describe('Whether the property is `Collection(T)`.'),
  nullable: z.boolean().default(true).describe('Whether `null` is allowed.'),
  navigation: z.boolean().default(false).describe('Whether it is a navigation property.'),
  description: z.string().optional().describe('English description, when known.')
})
export type Property = z.infer<typeof Property>

export const StructuredType = z.object({
  kind: z.enum(['entity', 'complex']).describe('EntityType or ComplexType.'),
  name: z.string().min(1).describe('Simple name: `vppToken`.'),
  namespace: z.string().min(1).describe('Namespace: `microsoft.graph`.'),
  baseType: QualifiedName.optional().describe('Qualified base type, if any.'),
  abstract: z.boolean().default(false).describe('Whether the type is abstract.'),
  openType: z.boolean().default(false).describe('Whether undeclared properties are allowed.'),
  description: z.string().optional().describe('English description, when known.'),
  properties: z.array(Property).describe('Declared properties (not inherited ones).')
})
export type StructuredType = z.infer<typeof StructuredType>

export const HttpMethod = z.enum(['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS'])
export type HttpMethod = z.infer<typeof HttpMethod>

export const PermissionSet = z.object({
  delegatedWork: z.array(z.string()).default([]).describe('Delegated (work or school account) scopes.'),
  delegatedPersonal: z.array(z.string()).default([]).describe('Delegated (personal Microsoft account) scopes.'),
  application: z.array(z.string()).default([]).describe('Application scopes.')
})
export type PermissionSet = z.infer<typeof PermissionSet>

export const Parameter = z.object({
  name: z.string().min(1).describe('Parameter name exactly as the API spells it.'),
  type: QualifiedName.describe('Element type; for `Collection(T)` this is `T`.'),
  collection: z.boolean().default(false).describe('Whether the parameter is `Collection(T)`.')
})
export type Parameter = z.infer<typeof Parameter>

export const Operation = z.object({
  name: z.string().min(1).describe('Readable name: `Update vppToken`, `syncLicenses`.'),
  method: HttpMethod.describe('HTTP method.'),
  path: z
    .string()
    .startsWith('/')
    .describe('Path template without host or version: `/deviceAppManagement/vppTokens/{vppTokenId}`.'),
  requestHeaders: z.array(z.string()).default([]).describe('Header names the request takes.'),
  requestBody: QualifiedName.optional().describe('Type of the request body, if any.'),
  returns: z
    .object({type: QualifiedName, collection: z.boolean().default(false)})
    .optional()
    .describe('Type of the response body, if any.'),
  permissions: PermissionSet.optional().describe('Permission scopes, when known (CSDL has none).'),
  parameters: z
    .array(Parameter)
    .optional()
    .describe('Parameters of an action or function, the binding parameter left out: what its request body or call takes.')
})
export type Operation = z.infer<typeof Operation>

export const ApiSchema = z.object({
  name: z.string().min(1).describe('What this schema describes: `Microsoft Graph v1.0`.'),
  source: z.string().optional().describe('Where it came from: `embedded`, a metadata file name.'),
  version: z
    .string()
    .optional()
    .describe('API version the schema describes (`v1.0`, `beta`); pages calling another version are not judged by it.'),
  aliases: z.record(z.string(), z.string()).default({}).describe('Alias → namespace, e.g. `graph` → `microsoft.graph`.'),
  enums: z.array(EnumType).default([]),
  types: z.array(StructuredType).default([]),
  operations: z.array(Operation).default([])
})
export type ApiSchema = z.infer<typeof ApiSchema>
/** Input form of `ApiSchema`: defaults may be left out. */
export type ApiSchemaInput = z.input<typeof ApiSchema>
