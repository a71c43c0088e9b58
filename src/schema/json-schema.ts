/**
 * zod schemas built from the API model, for checking the JSON examples on
 * reference pages (request bodies, responses).
 *
 * Examples are partial, so every property is optional; but a property the
 * type does not declare is reported, because a mistranslated key (`statut`
 * for `state`) is exactly what we are looking for. `@odata.type` picks the
 * schema of a derived type for that object, as an OData service would.
 */
import {z} from 'zod/v4'
import {qualifiedNameOf, type ApiIndex} from './api-index.js'
import {isEdmTypeName} from './csdl.js'
import type {EnumType, Property, StructuredType} from './model.js'

export const JsonSchemaOptions = z.object({
  partial: z.boolean().default(true).describe('Make every property optional (examples show only some properties).'),
  strict: z.boolean().default(true).describe('Report properties the type does not declare (open types always allow them).')
})
export type JsonSchemaOptions = z.input<typeof JsonSchemaOptions>

export const ExampleIssue = z.object({
  path: z.array(z.union([z.string(), z.number()])).describe('Where in the example: `["tokenActionResults", 0, "actionState"]`.'),
  message: z.string().describe('Readable reason, naming the expected and the actual value.'),
  expected: z.array(z.string()).optional().describe('Acceptable values or spellings, when there is a short list.'),
  actual: z.string().optional().describe('The offending value or key, as written.')
})
export type ExampleIssue = z.infer<typeof ExampleIssue>

/** How many expected values a message lists before it says `…`. */
const listedValueLimit = 12

// ---------------------------------------------------------------------------
// Messages.

function code(text: string): string {
  return `\`${text}\``
}

/** `"vaild"` → `` `vaild` ``; objects and arrays are named, not dumped. */
function describeValue(value: unknown): string {
  if (value === null) return '`null`'
  if (Array.isArray(value)) return 'an array'
  if (typeof value === 'object') return 'an object'
  if (value === undefined) return 'nothing'
  return code(String(value))
}

function actualText(value: unknown): string | undefined {
  if (value === undefined) return undefined
  if (value === null || typeof value !== 'object') return String(value)
  return Array.isArray(value) ? 'array' : 'object'
}

function listValues(values: readonly string[]): string {
  const listed = values.slice(0, listedValueLimit).map(code).join(', ')
  return values.length > listedValueLimit ? `${listed}, …` : listed
}

// ---------------------------------------------------------------------------
// Primitive values.

type Check = (value: unknown) => string | undefined

/** A zod schema from a check that returns the problem (or nothing): one message, full control over wording. */
function checked<T>(check: Check): z.ZodType<T> {
  return z.custom<T>((value) => check(value) === undefined, {error: (issue) => check(issue.input) ?? 'Invalid value'})
}

function expectedGot(expected: string, value: unknown): string {
  return `Expected ${expected}, got ${describeValue(value)}`
}

function integerCheck(typeName: string, minimum: number, maximum: number): Check {
  return (value) => {
    if (typeof value === 'number' && Number.isInteger(value) && value >= minimum && value <= maximum) return undefined
    return expectedGot(`an integer (${typeName}, ${minimum} to ${maximum})`, value)
  }
}

const int64Minimum = -(2n ** 63n)
const int64Maximum = 2n ** 63n - 1n

const checkInt64: Check = (value) => {
  // Int64 may be a JSON string, since JSON numbers lose precision beyond 2^53.
  if (typeof value === 'number' && Number.isInteger(value)) return undefined
  if (typeof value === 'string' && /^-?\d+$/.test(value)) {
    const parsed = BigInt(value)
    if (parsed >= int64Minimum && parsed <= int64Maximum) return undefined
  }
  return expectedGot('an integer (Int64, a number or a string of digits)', value)
}

const specialFloatValues = new Set(['NaN', 'INF', '-INF'])

function floatCheck(typeName: string): Check {
  return (value) =>
    (typeof value === 'number' && Number.isFinite(value)) || (typeof value === 'string' && specialFloatValues.has(value))
      ? undefined
      : expectedGot(`a number (${typeName}) or one of \`NaN\`, \`INF\`, \`-INF\``, value)
}

const checkDecimal: Check = (value) =>
  (typeof value === 'number' && Number.isFinite(value)) || (typeof value === 'string' && /^-?\d+(\.\d+)?$/.test(value))
    ? undefined
    : expectedGot('a number (Decimal)', value)

function patternCheck(description: string, pattern: RegExp): Check {
  return (value) => (typeof value === 'string' && pattern.test(value) ? undefined : expectedGot(description, value))
}

// Graph writes up to 7 fractional digits (.NET ticks); an offset or `Z` is required.
const dateTimeOffsetPattern =
  /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d{1,7})?)?(Z|[+-]([01]\d|2[0-3]):[0-5]\d)$/
const datePattern = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/
const timeOfDayPattern = /^([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d{1,12})?)?$/
const guidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i
// At least one component, and `T` only when a time component follows.
const durationPattern = /^-?P(?=\d|T\d)(\d+Y)?(\d+M)?(\d+W)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+(\.\d+)?S)?)?$/
const base64Pattern = /^[A-Za-z0-9+/_-]*={0,2}$/

const primitiveChecks: ReadonlyMap<string, Check> = new Map<string, Check>([
  ['Edm.String', (value) => (typeof value === 'string' ? undefined : expectedGot('a string', value))],
  ['Edm.Boolean', (value) => (typeof value === 'boolean' ? undefined : expectedGot('`true` or `false`', value))],
  ['Edm.Byte', integerCheck('Byte', 0, 255)],
  ['Edm.SByte', integerCheck('SByte', -128, 127)],
  ['Edm.Int16', integerCheck('Int16', -32_768, 32_767)],
  ['Edm.Int32', integerCheck('Int32', -2_147_483_648, 2_147_483_647)],
  ['Edm.Int64', checkInt64],
  ['Edm.Double', floatCheck('Double')],
  ['Edm.Single', floatCheck('Single')],
  ['Edm.Decimal', checkDecimal],
  [
    'Edm.DateTimeOffset',
    patternCheck('an ISO 8601 date-time with an offset or `Z` (like `2016-12-31T23:57:57.2481234-08:00`)', dateTimeOffsetPattern)
  ],
  ['Edm.Date', patternCheck('a date `YYYY-MM-DD`', datePattern)],
  ['Edm.TimeOfDay', patternCheck('a time of day `hh:mm:ss`', timeOfDayPattern)],
  ['Edm.Guid', patternCheck('a GUID (like `00000000-0000-0000-0000-000000000000`)', guidPattern)],
  ['Edm.Duration', patternCheck('an ISO 8601 duration (like `PT1H30M`)', durationPattern)],
  ['Edm.Binary', patternCheck('base64 text', base64Pattern)],
  ['Edm.Stream', (value) => (typeof value === 'string' ? undefined : expectedGot('a string (Stream)', value))]
])

/** Schema for an Edm type; types JSON cannot check (Untyped, Geography…) accept anything. */
function primitiveSchema(typeName: string): z.ZodType {
  const check = primitiveChecks.get(typeName)
  return check ? checked(check) : z.unknown()
}

// ---------------------------------------------------------------------------
// Enums.

function enumSchema(enumType: EnumType): z.ZodType {
  const names = enumType.members.map((member) => member.name)
  const label = `(${enumType.name})`
  if (!enumType.isFlags) {
    const [first, ...rest] = names
    if (first === undefined) return z.never({error: (issue) => `Enum ${code(enumType.name)} has no members, got ${describeValue(issue.input)}`})
    return z.enum([first, ...rest], {error: (issue) => `Expected one of ${listValues(names)} ${label}, got ${describeValue(issue.input)}`})
  }
  const known = new Set(names)
  // Flags enums are written as comma-separated member names: `read,write`.
  return checked<string>((value) => {
    if (typeof value === 'string' && value.split(',').every((part) => known.has(part.trim()))) return undefined
    return `Expected comma-separated members of ${listValues(names)} ${label}, got ${describeValue(value)}`
  })
}

// ---------------------------------------------------------------------------
// Structured types.

type Builder = {
  index: ApiIndex
  options: Required<z.output<typeof JsonSchemaOptions>>
  dispatchers: Map<string, z.ZodType>
  objects: Map<string, z.ZodType>
  enums: Map<string, z.ZodType>
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

type ForwardedIssue = z.core.$ZodIssue & {input?: unknown}

// Spelled through `superRefine`: zod 3.25's `zod/v4` does not export `$RefinementCtx`.
type RefinementContext = Parameters<Parameters<z.ZodUnknown['superRefine']>[0]>[1]

/** Re-raise a nested parse's issues in the enclosing parse; zod prefixes their paths. */
function forwardIssues(context: RefinementContext, issues: readonly ForwardedIssue[]): void {
  for (const issue of issues) context.addIssue({...issue} as Parameters<typeof context.addIssue>[0] & object)
}

function elementSchema(builder: Builder, typeName: string): z.ZodType {
  if (isEdmTypeName(typeName)) return primitiveSchema(typeName)
  const enumType = builder.index.findEnum(typeName)
  if (enumType && qualifiedNameOf(enumType) === typeName) {
    let schema = builder.enums.get(typeName)
    if (!schema) {
      schema = enumSchema(enumType)
      builder.enums.set(typeName, schema)
    }
    return schema
  }
  const type = builder.index.findType(typeName)
  // A type from a referenced document we know nothing about: accept anything.
  return type ? structuredSchema(builder, type) : z.unknown()
}

function propertySchema(builder: Builder, property: Property): z.ZodType {
  const element = elementSchema(builder, property.type)
  let schema: z.ZodType = element
  if (property.collection) {
    const item = property.nullable ? element.nullable() : element
    schema = z.array(item, {error: (issue) => expectedGot(`an array (collection of ${property.type})`, issue.input)})
  }
  if (property.nullable) schema = schema.nullable()
  return builder.options.partial ? schema.optional() : schema
}

/** `prop@odata.type`, `@odata.etag`, `@microsoft.graph.conflictBehavior`: instance annotations. */
function splitAnnotation(key: string): {property: string; term: string} | undefined {
  const at = key.indexOf('@')
  if (at === -1) return undefined
  const term = key.slice(at + 1)
  // Only namespace-qualified terms are annotations; `a@b` is just an odd key.
  return term.includes('.') ? {property: key.slice(0, at), term} : undefined
}

function editDistance(left: string, right: string): number {
  const previous = Array.from({length: right.length + 1}, (_, index) => index)
  for (let row = 1; row <= left.length; row++) {
    let diagonal = previous[0] ?? 0
    previous[0] = row
    for (let column = 1; column <= right.length; column++) {
      const above = previous[column] ?? 0
      const substitution = diagonal + (left[row - 1] === right[column - 1] ? 0 : 1)
      previous[column] = Math.min(above + 1, (previous[column - 1] ?? 0) + 1, substitution)
      diagonal = above
    }
  }
  return previous[right.length] ?? 0
}

/** Declared names close to an unknown key (a typo or a case slip), closest first. */
function suggestions(key: string, names: readonly string[]): string[] {
  const lower = key.toLowerCase()
  return names
    .map((name) => ({name, distance: name.toLowerCase() === lower ? 0 : editDistance(lower, name.toLowerCase())}))
    .filter(({distance}) => distance <= Math.max(1, Math.floor(key.length / 4)))
    .sort((left, right) => left.distance - right.distance)
    .map(({name}) => name)
}

function checkExtraKeys(builder: Builder, type: StructuredType, value: Record<string, unknown>, context: RefinementContext): void {
  const properties = builder.index.allProperties(type)
  const names = new Set(properties.map((property) => property.name))
  const typeName = qualifiedNameOf(type)
  const allowUnknown = type.openType || !builder.options.strict
  for (const key of Object.keys(value)) {
    if (names.has(key)) continue
    const annotation = splitAnnotation(key)
    if (annotation) {
      // The object's own `@odata.type` is handled by the dispatcher.
      if (annotation.property === '' && annotation.term === 'odata.type') continue
      if (annotation.property !== '' && !names.has(annotation.property) && !allowUnknown) {
        const expected = suggestions(annotation.property, [...names]).map((name) => `${name}@${annotation.term}`)
        context.addIssue({
          code: 'custom',
          path: [key],
          input: key,
          message: `Unexpected annotation ${code(key)}: ${code(typeName)} has no property ${code(annotation.property)}`,
          params: {expected, actual: key}
        })
      } else if (annotation.term === 'odata.type' && typeof value[key] !== 'string') {
        context.addIssue({code: 'custom', path: [key], input: value[key], message: expectedGot('a type name string', value[key])})
      }
      continue
    }
    if (allowUnknown) continue
    const expected = suggestions(key, [...names])
    const hint = expected[0] ? `, did you mean ${code(expected[0])}?` : ''
    context.addIssue({
      code: 'custom',
      path: [key],
      input: key,
      message: `Unexpected property ${code(key)} for ${code(typeName)}${hint}`,
      params: {expected, actual: key}
    })
  }
}

function objectSchema(builder: Builder, type: StructuredType): z.ZodType {
  const typeName = qualifiedNameOf(type)
  const cached = builder.objects.get(typeName)
  if (cached) return cached
  const shape: Record<string, z.ZodType> = {}
  for (const property of builder.index.allProperties(type)) shape[property.name] ??= propertySchema(builder, property)
  const schema = z.looseObject(shape)
  builder.objects.set(typeName, schema)
  return schema
}

/** The type an object's `@odata.type` selects: the declared type or one derived from it. */
function selectType(
  builder: Builder,
  declared: StructuredType,
  odataType: unknown
): {ok: true; type: StructuredType} | {ok: false; message: string; expected: string[]} {
  const declaredName = qualifiedNameOf(declared)
  const derived = builder.index.derivedTypes(declared)
  const expected = [declared, ...derived].map((type) => `#${qualifiedNameOf(type)}`)
  const wanted = `${code(`#${declaredName}`)}${derived.length > 0 ? ' or a type derived from it' : ''}`
  if (typeof odataType !== 'string') {
    return {ok: false, message: `Expected \`@odata.type\` to be ${wanted}, got ${describeValue(odataType)}`, expected}
  }
  const name = odataType.startsWith('#') ? odataType.slice(1) : odataType
  if (name === declaredName) return {ok: true, type: declared}
  const found = derived.find((type) => qualifiedNameOf(type) === name)
  if (found) return {ok: true, type: found}
  const known = builder.index.findType(name)
  const reason = known && qualifiedNameOf(known) === name ? ` (${code(name)} does not derive from ${code(declaredName)})` : ''
  return {ok: false, message: `Expected \`@odata.type\` to be ${wanted}, got ${code(odataType)}${reason}`, expected}
}

function structuredSchema(builder: Builder, type: StructuredType): z.ZodType {
  const typeName = qualifiedNameOf(type)
  const cached = builder.dispatchers.get(typeName)
  if (cached) return cached
  const schema = z.unknown().superRefine((value, context) => {
    if (!isPlainObject(value)) {
      context.addIssue({code: 'custom', input: value, message: expectedGot(`an object (${type.name})`, value)})
      return
    }
    let target = type
    if ('@odata.type' in value) {
      const selected = selectType(builder, type, value['@odata.type'])
      if (selected.ok) {
        target = selected.type
      } else {
        context.addIssue({
          code: 'custom',
          path: ['@odata.type'],
          input: value['@odata.type'],
          message: selected.message,
          // The full list of derived types can run to hundreds; keep the report short.
          params: {expected: selected.expected.slice(0, listedValueLimit), actual: actualText(value['@odata.type'])}
        })
      }
    }
    const result = objectSchema(builder, target).safeParse(value, {reportInput: true})
    if (!result.success) forwardIssues(context, result.error.issues)
    // Checked here rather than as a refinement of the object schema, which zod skips once a property failed.
    checkExtraKeys(builder, target, value, context)
  })
  builder.dispatchers.set(typeName, schema)
  return schema
}

// ---------------------------------------------------------------------------
// Public entry points.

const buildersByIndex = new WeakMap<ApiIndex, Map<string, Builder>>()

/**
 * Types whose compiled schemas a builder keeps. Each costs tens of kilobytes
 * (zod compiles a parser per object), and a corpus of 30,000 pages reaches
 * most of an API's types: past this many the builder starts afresh, so memory
 * stays flat while pages of one area, which come together, still share them.
 */
export const cachedTypeLimit = 200

function cachedTypes(builder: Builder): number {
  return builder.dispatchers.size + builder.objects.size + builder.enums.size
}

function builderFor(index: ApiIndex, options: JsonSchemaOptions): Builder {
  const resolved = JsonSchemaOptions.parse(options)
  const key = JSON.stringify(resolved)
  let builders = buildersByIndex.get(index)
  if (!builders) {
    builders = new Map()
    buildersByIndex.set(index, builders)
  }
  let builder = builders.get(key)
  if (!builder || cachedTypes(builder) > cachedTypeLimit) {
    builder = {index, options: resolved, dispatchers: new Map(), objects: new Map(), enums: new Map()}
    builders.set(key, builder)
  }
  return builder
}

/**
 * A zod schema for JSON values of a type (entity, complex, enum or Edm
 * primitive), built from the model and cached per index. `undefined` when the
 * index does not know the type.
 */
export function zodSchemaForType(index: ApiIndex, typeName: string, options: JsonSchemaOptions = {}): z.ZodType | undefined {
  const builder = builderFor(index, options)
  if (isEdmTypeName(typeName)) return primitiveSchema(typeName)
  const type = index.findType(typeName)
  if (type) return structuredSchema(builder, type)
  const enumType = index.findEnum(typeName)
  return enumType ? elementSchema(builder, qualifiedNameOf(enumType)) : undefined
}

function toExampleIssue(issue: ForwardedIssue): ExampleIssue {
  const path = issue.path.filter((key): key is string | number => typeof key !== 'symbol')
  const params = issue.code === 'custom' ? (issue.params as {expected?: unknown; actual?: unknown} | undefined) : undefined
  const values = issue.code === 'invalid_value' ? issue.values.map(String) : undefined
  const expected = values ?? (Array.isArray(params?.expected) ? params.expected.map(String) : undefined)
  const actual = typeof params?.actual === 'string' ? params.actual : actualText(issue.input)
  return {
    path,
    message: issue.message,
    ...(expected && expected.length > 0 ? {expected} : {}),
    ...(actual === undefined ? {} : {actual})
  }
}

/** Check one JSON example against a type; no issues means it is valid. */
export function validateExample(index: ApiIndex, typeName: string, value: unknown, options: JsonSchemaOptions = {}): ExampleIssue[] {
  const schema = zodSchemaForType(index, typeName, options)
  if (!schema) return [{path: [], message: `Unknown type ${code(typeName)}`, actual: typeName}]
  const result = schema.safeParse(value, {reportInput: true})
  return result.success ? [] : result.error.issues.map((issue) => toExampleIssue(issue as ForwardedIssue))
}
