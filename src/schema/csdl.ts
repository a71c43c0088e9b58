/**
 * Read an OData CSDL (`$metadata`) document into an `ApiSchema`.
 *
 * Parsing happens in two passes: a SAX pass (saxes, for line and column
 * numbers) collects raw declarations exactly as written, then a resolving
 * pass maps aliases to namespaces, checks every type reference, attaches
 * descriptions and derives REST operations from the entity container.
 * Keeping the passes apart means forward references (a property typed with an
 * enum declared later, or in another `Schema`) need no special handling.
 */
import {SaxesParser, type SaxesTagPlain} from 'saxes'
import {z} from 'zod/v4'
import {SchemaError} from './errors.js'
import {ApiSchema, type EnumType, type HttpMethod, type Operation, type Parameter, type Property, type StructuredType} from './model.js'

export const CsdlOptions = z.object({
  source: z.string().optional().describe('Where the document came from (a file name); copied to `ApiSchema.source`.'),
  name: z.string().optional().describe('Readable schema name; defaults to the first namespace.'),
  navigationDepth: z
    .number()
    .int()
    .min(0)
    .optional()
    .describe('How many containment navigation hops to follow from entity sets and singletons (default 3).'),
  maxOperations: z
    .number()
    .int()
    .min(0)
    .optional()
    .describe('Stop deriving operations past this many, to bound pathological documents (default 200000).')
})
export type CsdlOptions = z.infer<typeof CsdlOptions>

export const CsdlResult = z.discriminatedUnion('ok', [
  z.object({ok: z.literal(true), schema: ApiSchema}),
  z.object({ok: z.literal(false), error: SchemaError})
])
export type CsdlResult = z.infer<typeof CsdlResult>

const defaultNavigationDepth = 3
const defaultMaxOperations = 200_000
const descriptionTerm = 'Org.OData.Core.V1.Description'

/** Edm primitive and abstract types that resolve without a declaration. */
const edmTypeNames = new Set([
  'Binary', 'Boolean', 'Byte', 'Date', 'DateTimeOffset', 'Decimal', 'Double', 'Duration', 'Guid',
  'Int16', 'Int32', 'Int64', 'SByte', 'Single', 'Stream', 'String', 'TimeOfDay', 'Untyped',
  'PrimitiveType', 'ComplexType', 'EntityType', 'AnnotationPath', 'NavigationPropertyPath', 'PropertyPath',
  'ModelElementPath', 'AnyPropertyPath'
])

/** Whether `name` (already alias-resolved) is a built-in Edm type. */
export function isEdmTypeName(name: string): boolean {
  if (!name.startsWith('Edm.')) return false
  const simpleName = name.slice(4)
  // Geography and Geometry come in many shapes (Point, Polygon, Collection…).
  return edmTypeNames.has(simpleName) || simpleName.startsWith('Geography') || simpleName.startsWith('Geometry')
}

// ---------------------------------------------------------------------------
// Raw declarations collected by the SAX pass.

type Position = {line: number; column: number}

/** A type name as written, with enough context to report it if it does not resolve. */
type TypeReference = {text: string; position: Position; element: string; subject: string}

type Describable = {description?: string}

type RawMember = Describable & {name: string; value?: string; position: Position}
type RawEnum = Describable & {
  name: string
  namespace: string
  isFlags: boolean
  members: RawMember[]
  position: Position
}
type RawProperty = Describable & {
  name: string
  type: TypeReference
  nullable: boolean
  navigation: boolean
  containsTarget: boolean
}
type RawStructured = Describable & {
  kind: 'entity' | 'complex'
  name: string
  namespace: string
  baseType?: TypeReference
  abstract: boolean
  openType: boolean
  properties: RawProperty[]
  position: Position
}
type RawTypeDefinition = {name: string; namespace: string; underlying: TypeReference}
type RawCallable = {
  kind: 'action' | 'function'
  name: string
  namespace: string
  isBound: boolean
  parameters: Array<{name: string; type: TypeReference}>
  returnType?: TypeReference
}
type RawContainerEntry = {kind: 'entitySet' | 'singleton'; name: string; type: TypeReference}
type RawImport = {kind: 'action' | 'function'; name: string; target: string}
type RawAnnotation = {target: Describable | string; term: string; value?: string}

type Collected = {
  aliases: Map<string, string>
  externalNamespaces: Set<string>
  namespaces: string[]
  enums: RawEnum[]
  structuredTypes: RawStructured[]
  typeDefinitions: RawTypeDefinition[]
  callables: RawCallable[]
  containerEntries: RawContainerEntry[]
  imports: RawImport[]
  annotations: RawAnnotation[]
}

/** Thrown inside SAX handlers to stop at the first problem; never escapes this module. */
class CsdlStop extends Error {
  constructor(readonly schemaError: SchemaError) {
    super(schemaError.message)
  }
}

function stop(message: string, position: Position, element?: string): never {
  throw new CsdlStop({message, line: position.line, column: Math.max(1, position.column), ...(element ? {element} : {})})
}

/** `edmx:Edmx` → `Edmx`: CSDL elements are matched by local name, whatever the prefix. */
function localName(qualifiedName: string): string {
  const colon = qualifiedName.indexOf(':')
  return colon === -1 ? qualifiedName : qualifiedName.slice(colon + 1)
}

function attribute(tag: SaxesTagPlain, name: string): string | undefined {
  return tag.attributes[name]
}

function requireName(tag: SaxesTagPlain, element: string, position: Position): string {
  const name = attribute(tag, 'Name')
  if (!name) stop(`${element} without a \`Name\` attribute`, position, element)
  return name
}

// ---------------------------------------------------------------------------
// SAX pass.

type Frame = {element: string; data?: unknown}

function collect(source: string): Collected {
  const collected: Collected = {
    aliases: new Map(),
    externalNamespaces: new Set(),
    namespaces: [],
    enums: [],
    structuredTypes: [],
    typeDefinitions: [],
    callables: [],
    containerEntries: [],
    imports: [],
    annotations: []
  }
  const frames: Frame[] = []
  const parser = new SaxesParser({xmlns: false, position: true})
  let namespace: string | undefined
  let tagPosition: Position = {line: 1, column: 1}
  let rootPosition: Position = tagPosition
  let stringText: {annotation: RawAnnotation; text: string} | undefined

  parser.on('error', (error) => {
    // saxes prefixes its message with `line:column: `; the numbers go in their own fields.
    const message = error.message.replace(/^\d+:\d+: /, '')
    stop(`Not well-formed XML: ${message}`, {line: parser.line, column: parser.column})
  })

  parser.on('opentagstart', (tag) => {
    // saxes has read the name and one character past it; the `<` is just before the name.
    const lessThan = parser.position - tag.name.length - 2
    const consumed = source[parser.position - 1]
    const line = consumed === '\n' || consumed === '\r' ? parser.line - 1 : parser.line
    tagPosition = {line, column: lessThan - (source.lastIndexOf('\n', lessThan - 1) + 1) + 1}
  })

  parser.on('opentag', (tag) => {
    const element = localName(tag.name)
    const position = tagPosition
    const parent = frames.at(-1)
    const frame: Frame = {element}
    frames.push(frame)

    if (!parent) {
      if (element !== 'Edmx') stop(`Not OData CSDL: the root element is \`${tag.name}\`, expected \`edmx:Edmx\``, position, tag.name)
      rootPosition = position
      return
    }

    switch (element) {
      case 'Include': {
        const includedNamespace = attribute(tag, 'Namespace')
        const alias = attribute(tag, 'Alias')
        if (includedNamespace) {
          collected.externalNamespaces.add(includedNamespace)
          if (alias) collected.aliases.set(alias, includedNamespace)
        }
        return
      }
      case 'Schema': {
        namespace = attribute(tag, 'Namespace')
        if (!namespace) stop('Schema without a `Namespace` attribute', position, element)
        collected.namespaces.push(namespace)
        const alias = attribute(tag, 'Alias')
        if (alias) collected.aliases.set(alias, namespace)
        return
      }
      case 'EnumType': {
        const rawEnum: RawEnum = {
          name: requireName(tag, element, position),
          namespace: currentNamespace(),
          isFlags: attribute(tag, 'IsFlags') === 'true',
          members: [],
          position
        }
        collected.enums.push(rawEnum)
        frame.data = rawEnum
        return
      }
      case 'Member': {
        if (parent.element !== 'EnumType') return
        const member: RawMember = {name: requireName(tag, element, position), position}
        const value = attribute(tag, 'Value')
        if (value !== undefined) member.value = value
        ;(parent.data as RawEnum).members.push(member)
        frame.data = member
        return
      }
      case 'ComplexType':
      case 'EntityType': {
        const name = requireName(tag, element, position)
        const structured: RawStructured = {
          kind: element === 'EntityType' ? 'entity' : 'complex',
          name,
          namespace: currentNamespace(),
          abstract: attribute(tag, 'Abstract') === 'true',
          openType: attribute(tag, 'OpenType') === 'true',
          properties: [],
          position
        }
        const baseType = attribute(tag, 'BaseType')
        if (baseType) structured.baseType = {text: baseType, position, element, subject: `BaseType of ${element} \`${name}\``}
        collected.structuredTypes.push(structured)
        frame.data = structured
        return
      }
      case 'Property':
      case 'NavigationProperty': {
        if (parent.element !== 'ComplexType' && parent.element !== 'EntityType') return
        const owner = parent.data as RawStructured
        const name = requireName(tag, element, position)
        const type = attribute(tag, 'Type')
        if (!type) stop(`${element} \`${name}\` of \`${owner.name}\` without a \`Type\` attribute`, position, element)
        const property: RawProperty = {
          name,
          type: {text: type, position, element, subject: `${element} \`${name}\` of \`${owner.namespace}.${owner.name}\``},
          nullable: attribute(tag, 'Nullable') !== 'false',
          navigation: element === 'NavigationProperty',
          containsTarget: attribute(tag, 'ContainsTarget') === 'true'
        }
        owner.properties.push(property)
        frame.data = property
        return
      }
      case 'TypeDefinition': {
        const name = requireName(tag, element, position)
        const underlying = attribute(tag, 'UnderlyingType')
        if (!underlying) stop(`TypeDefinition \`${name}\` without an \`UnderlyingType\` attribute`, position, element)
        collected.typeDefinitions.push({
          name,
          namespace: currentNamespace(),
          underlying: {text: underlying, position, element, subject: `TypeDefinition \`${name}\``}
        })
        return
      }
      case 'Action':
      case 'Function': {
        if (parent.element !== 'Schema') return
        const callable: RawCallable = {
          kind: element === 'Action' ? 'action' : 'function',
          name: requireName(tag, element, position),
          namespace: currentNamespace(),
          isBound: attribute(tag, 'IsBound') === 'true',
          parameters: []
        }
        collected.callables.push(callable)
        frame.data = callable
        return
      }
      case 'Parameter': {
        if (parent.element !== 'Action' && parent.element !== 'Function') return
        const callable = parent.data as RawCallable
        const name = requireName(tag, element, position)
        const type = attribute(tag, 'Type')
        if (!type) stop(`Parameter \`${name}\` of ${parent.element} \`${callable.name}\` without a \`Type\` attribute`, position, element)
        callable.parameters.push({name, type: {text: type, position, element, subject: `Parameter \`${name}\` of ${parent.element} \`${callable.name}\``}})
        return
      }
      case 'ReturnType': {
        if (parent.element !== 'Action' && parent.element !== 'Function') return
        const callable = parent.data as RawCallable
        const type = attribute(tag, 'Type')
        if (!type) stop(`ReturnType of ${parent.element} \`${callable.name}\` without a \`Type\` attribute`, position, element)
        callable.returnType = {text: type, position, element, subject: `ReturnType of ${parent.element} \`${callable.name}\``}
        return
      }
      case 'EntitySet':
      case 'Singleton': {
        if (parent.element !== 'EntityContainer') return
        const name = requireName(tag, element, position)
        const type = attribute(tag, element === 'EntitySet' ? 'EntityType' : 'Type')
        if (!type) stop(`${element} \`${name}\` without a type`, position, element)
        collected.containerEntries.push({
          kind: element === 'EntitySet' ? 'entitySet' : 'singleton',
          name,
          type: {text: type, position, element, subject: `${element} \`${name}\``}
        })
        return
      }
      case 'ActionImport':
      case 'FunctionImport': {
        if (parent.element !== 'EntityContainer') return
        const name = requireName(tag, element, position)
        const target = attribute(tag, element === 'ActionImport' ? 'Action' : 'Function')
        if (target) collected.imports.push({kind: element === 'ActionImport' ? 'action' : 'function', name, target})
        return
      }
      case 'Annotations': {
        frame.data = attribute(tag, 'Target')
        return
      }
      case 'Annotation': {
        const term = attribute(tag, 'Term')
        // Qualified annotations are variants (per language, per client); the plain one is the description.
        if (!term || attribute(tag, 'Qualifier')) return
        const target = annotationTarget(parent)
        if (target === undefined) return
        const annotation: RawAnnotation = {target, term}
        const value = attribute(tag, 'String')
        if (value !== undefined) annotation.value = value
        collected.annotations.push(annotation)
        frame.data = annotation
        return
      }
      case 'String': {
        if (parent.element === 'Annotation' && parent.data) stringText = {annotation: parent.data as RawAnnotation, text: ''}
        return
      }
      default:
    }

    function currentNamespace(): string {
      if (!namespace) stop(`${element} outside a Schema`, position, element)
      return namespace
    }
  })

  parser.on('text', (text) => {
    if (stringText) stringText.text += text
  })

  parser.on('closetag', (tag) => {
    frames.pop()
    if (stringText && localName(tag.name) === 'String') {
      stringText.annotation.value ??= stringText.text
      stringText = undefined
    }
  })

  parser.write(source).close()
  if (collected.namespaces.length === 0) {
    // An empty Edmx or one without schemas has nothing to lint against.
    stop('Not OData CSDL: no `Schema` element found', rootPosition, 'Schema')
  }
  return collected
}

/** What an `Annotation` inside `parent` describes: a declaration, a target path, or nothing we keep. */
function annotationTarget(parent: Frame): Describable | string | undefined {
  switch (parent.element) {
    case 'Annotations':
      return typeof parent.data === 'string' ? parent.data : undefined
    case 'EnumType':
    case 'Member':
    case 'ComplexType':
    case 'EntityType':
    case 'Property':
    case 'NavigationProperty':
      return parent.data as Describable | undefined
    default:
      return undefined
  }
}

// ---------------------------------------------------------------------------
// Resolving pass.

type Declared = {kind: 'enum' | 'structured' | 'typeDefinition'; position: Position}

type Resolver = {
  /** Alias-resolved qualified name: `graph.vppToken` → `microsoft.graph.vppToken`. */
  qualify(name: string): string
  /** Resolved element type and collection flag, or a `CsdlStop` naming the reference. */
  resolve(reference: TypeReference): {type: string; collection: boolean}
}

function createResolver(collected: Collected): Resolver {
  const declared = new Map<string, Declared>()
  for (const rawEnum of collected.enums) declare(`${rawEnum.namespace}.${rawEnum.name}`, 'enum', rawEnum.position, 'EnumType')
  for (const structured of collected.structuredTypes) {
    declare(`${structured.namespace}.${structured.name}`, 'structured', structured.position, structured.kind === 'entity' ? 'EntityType' : 'ComplexType')
  }
  for (const definition of collected.typeDefinitions) {
    declare(`${definition.namespace}.${definition.name}`, 'typeDefinition', definition.underlying.position, 'TypeDefinition')
  }
  const typeDefinitions = new Map(collected.typeDefinitions.map((definition) => [`${definition.namespace}.${definition.name}`, definition]))

  return {qualify, resolve}

  function declare(qualifiedName: string, kind: Declared['kind'], position: Position, element: string): void {
    if (declared.has(qualifiedName)) stop(`Duplicate declaration of \`${qualifiedName}\` (${element})`, position, element)
    declared.set(qualifiedName, {kind, position})
  }

  function qualify(name: string): string {
    const dot = name.lastIndexOf('.')
    if (dot === -1) return name
    const prefix = name.slice(0, dot)
    const namespace = collected.aliases.get(prefix)
    return namespace ? `${namespace}.${name.slice(dot + 1)}` : name
  }

  function resolve(reference: TypeReference, seen: Set<string> = new Set()): {type: string; collection: boolean} {
    const match = /^Collection\((.+)\)$/.exec(reference.text.trim())
    const collection = match !== null
    const qualifiedName = qualify(match?.[1]?.trim() ?? reference.text.trim())
    if (isEdmTypeName(qualifiedName)) return {type: qualifiedName, collection}
    const declaration = declared.get(qualifiedName)
    if (declaration?.kind === 'typeDefinition') {
      const definition = typeDefinitions.get(qualifiedName)
      if (!definition || seen.has(qualifiedName)) stop(`TypeDefinition \`${qualifiedName}\` refers to itself`, reference.position, 'TypeDefinition')
      seen.add(qualifiedName)
      return {type: resolve(definition.underlying, seen).type, collection}
    }
    if (declaration) return {type: qualifiedName, collection}
    const dot = qualifiedName.lastIndexOf('.')
    // Types from `edmx:Reference`d documents cannot be checked here; keep them as written.
    if (dot !== -1 && collected.externalNamespaces.has(qualifiedName.slice(0, dot))) return {type: qualifiedName, collection}
    stop(`Unresolved type \`${reference.text}\` in ${reference.subject} on line ${reference.position.line}`, reference.position, reference.element)
  }
}

function integerValue(member: RawMember, index: number, owner: RawEnum): number {
  // OData: members without `Value` are numbered by position, starting at zero.
  if (member.value === undefined) return index
  if (!/^-?\d+$/.test(member.value.trim())) {
    stop(`Member \`${member.name}\` of EnumType \`${owner.name}\` has a non-integer Value \`${member.value}\``, member.position, 'Member')
  }
  return Number(member.value)
}

function toEnumType(rawEnum: RawEnum): EnumType {
  return {
    name: rawEnum.name,
    namespace: rawEnum.namespace,
    isFlags: rawEnum.isFlags,
    ...(rawEnum.description ? {description: rawEnum.description} : {}),
    members: rawEnum.members.map((member, index) => ({
      name: member.name,
      value: integerValue(member, index, rawEnum),
      ...(member.description ? {description: member.description} : {})
    }))
  }
}

function toProperty(raw: RawProperty, resolver: Resolver): Property {
  const {type, collection} = resolver.resolve(raw.type)
  return {
    name: raw.name,
    type,
    collection,
    nullable: raw.nullable,
    navigation: raw.navigation,
    ...(raw.description ? {description: raw.description} : {})
  }
}

function toStructuredType(raw: RawStructured, resolver: Resolver, kinds: Map<string, 'entity' | 'complex'>): StructuredType {
  const type: StructuredType = {
    kind: raw.kind,
    name: raw.name,
    namespace: raw.namespace,
    abstract: raw.abstract,
    openType: raw.openType,
    ...(raw.description ? {description: raw.description} : {}),
    properties: raw.properties.map((property) => toProperty(property, resolver))
  }
  if (raw.baseType) {
    const base = resolver.resolve(raw.baseType)
    const element = raw.kind === 'entity' ? 'EntityType' : 'ComplexType'
    if (base.collection || kinds.get(base.type) !== raw.kind) {
      const article = element === 'EntityType' ? 'an' : 'a'
      stop(`BaseType \`${raw.baseType.text}\` of ${element} \`${raw.name}\` is not ${article} ${element}`, raw.position, element)
    }
    type.baseType = base.type
  }
  return type
}

/** Stop on the first `BaseType` chain that comes back to where it started. */
function checkBaseTypeCycles(types: Map<string, StructuredType>, positions: Map<string, Position>): void {
  const acyclic = new Set<string>()
  for (const start of types.keys()) {
    const chain: string[] = []
    let current: string | undefined = start
    while (current !== undefined && !acyclic.has(current)) {
      const index = chain.indexOf(current)
      if (index !== -1) {
        const cycle = [...chain.slice(index), current]
        const first = cycle[0] ?? start
        const type = types.get(first)
        const element = type?.kind === 'complex' ? 'ComplexType' : 'EntityType'
        stop(`BaseType cycle: ${cycle.map((name) => `\`${name}\``).join(' → ')}`, positions.get(first) ?? {line: 1, column: 1}, element)
      }
      chain.push(current)
      current = types.get(current)?.baseType
    }
    for (const name of chain) acyclic.add(name)
  }
}

function applyDescriptions(collected: Collected, resolver: Resolver): void {
  const targets = new Map<string, Describable>()
  for (const rawEnum of collected.enums) {
    const qualifiedName = `${rawEnum.namespace}.${rawEnum.name}`
    targets.set(qualifiedName, rawEnum)
    for (const member of rawEnum.members) targets.set(`${qualifiedName}/${member.name}`, member)
  }
  for (const structured of collected.structuredTypes) {
    const qualifiedName = `${structured.namespace}.${structured.name}`
    targets.set(qualifiedName, structured)
    for (const property of structured.properties) targets.set(`${qualifiedName}/${property.name}`, property)
  }
  for (const annotation of collected.annotations) {
    if (annotation.value === undefined || resolver.qualify(annotation.term) !== descriptionTerm) continue
    const target = typeof annotation.target === 'string' ? targets.get(qualifyTarget(annotation.target, resolver)) : annotation.target
    const description = annotation.value.trim()
    if (target && description && target.description === undefined) target.description = description
  }
}

/** `graph.vppToken/state` → `microsoft.graph.vppToken/state`. */
function qualifyTarget(target: string, resolver: Resolver): string {
  const slash = target.indexOf('/')
  return slash === -1 ? resolver.qualify(target) : resolver.qualify(target.slice(0, slash)) + target.slice(slash)
}

// ---------------------------------------------------------------------------
// Operations derived from the entity container.

type BoundCallable = {
  kind: 'action' | 'function'
  name: string
  parameterNames: string[]
  parameters: Parameter[]
  returns?: {type: string; collection: boolean}
}

type OperationContext = {
  types: Map<string, StructuredType>
  maxDepth: number
  maxOperations: number
  operations: Map<string, Operation>
  /** Navigation properties declared with `ContainsTarget` (the model's `Property` has no such flag). */
  containment: Set<Property>
  allProperties(typeName: string): Property[]
  callablesFor(typeName: string, collection: boolean): BoundCallable[]
}

function simpleName(qualifiedName: string): string {
  return qualifiedName.slice(qualifiedName.lastIndexOf('.') + 1)
}

function createAllProperties(types: Map<string, StructuredType>): (typeName: string) => Property[] {
  const cache = new Map<string, Property[]>()
  return function allProperties(typeName): Property[] {
    const cached = cache.get(typeName)
    if (cached) return cached
    const type = types.get(typeName)
    // Cycles were rejected before operations are derived, so the recursion ends.
    const properties: Property[] = type ? [...(type.baseType ? allProperties(type.baseType) : []), ...type.properties] : []
    cache.set(typeName, properties)
    return properties
  }
}

function createCallableLookup(
  callables: RawCallable[],
  resolver: Resolver,
  types: Map<string, StructuredType>
): (typeName: string, collection: boolean) => BoundCallable[] {
  const byBinding = new Map<string, BoundCallable[]>()
  for (const callable of callables) {
    const [binding, ...parameters] = callable.parameters
    const returns = callable.returnType ? resolver.resolve(callable.returnType) : undefined
    if (!callable.isBound || !binding) {
      // Unbound declarations are still checked; they only become operations through imports.
      for (const parameter of callable.parameters) resolver.resolve(parameter.type)
      continue
    }
    const resolved = parameters.map((parameter) => ({name: parameter.name, ...resolver.resolve(parameter.type)}))
    const {type, collection} = resolver.resolve(binding.type)
    const key = `${collection ? 'collection' : 'single'} ${type}`
    const list = byBinding.get(key) ?? []
    list.push({
      kind: callable.kind,
      name: callable.name,
      parameterNames: parameters.map((parameter) => parameter.name),
      parameters: resolved,
      ...(returns ? {returns} : {})
    })
    byBinding.set(key, list)
  }

  const cache = new Map<string, BoundCallable[]>()
  return function callablesFor(typeName, collection) {
    const cacheKey = `${collection ? 'collection' : 'single'} ${typeName}`
    const cached = cache.get(cacheKey)
    if (cached) return cached
    const found: BoundCallable[] = []
    // A callable bound to a base type applies to every derived type as well.
    for (let current: string | undefined = typeName; current; current = types.get(current)?.baseType) {
      found.push(...(byBinding.get(`${collection ? 'collection' : 'single'} ${current}`) ?? []))
    }
    cache.set(cacheKey, found)
    return found
  }
}

function addOperation(context: OperationContext, operation: Operation): void {
  if (context.operations.size >= context.maxOperations) return
  const key = `${operation.method} ${operation.path}`
  if (!context.operations.has(key)) context.operations.set(key, operation)
}

function operation(
  name: string,
  method: HttpMethod,
  path: string,
  extra: {requestBody?: string; returns?: {type: string; collection: boolean}} = {}
): Operation {
  return {name, method, path, requestHeaders: [], ...extra}
}

function callableOperation(callable: BoundCallable, path: string): Operation {
  const extra = callable.returns ? {returns: callable.returns} : {}
  return {...operation(callable.name, callable.kind === 'action' ? 'POST' : 'GET', path, extra), parameters: callable.parameters}
}

function callablePath(path: string, callable: BoundCallable): string {
  if (callable.kind === 'action') return `${path}/${callable.name}`
  const parameters = callable.parameterNames.map((name) => `${name}={${name}}`).join(',')
  return `${path}/${callable.name}(${parameters})`
}

function addCallables(context: OperationContext, path: string, typeName: string, collection: boolean): void {
  for (const callable of context.callablesFor(typeName, collection)) {
    addOperation(context, callableOperation(callable, callablePath(path, callable)))
  }
}

/** `{vppTokenId}`, or `{userId1}` when the path already has a `{userId}`. */
function keyPlaceholder(typeName: string, used: readonly string[]): string {
  const base = `${simpleName(typeName)}Id`
  let placeholder = `{${base}}`
  for (let suffix = 1; used.includes(placeholder); suffix++) placeholder = `{${base}${suffix}}`
  return placeholder
}

type PathNode = {path: string; typeName: string; label: string; depth: number; ancestors: readonly string[]; placeholders: readonly string[]}

function visitCollection(context: OperationContext, node: PathNode): void {
  const typeSimpleName = simpleName(node.typeName)
  const returnsOne = {type: node.typeName, collection: false}
  addOperation(context, operation(`List ${node.label}`, 'GET', node.path, {returns: {type: node.typeName, collection: true}}))
  addOperation(context, operation(`Create ${typeSimpleName}`, 'POST', node.path, {requestBody: node.typeName, returns: returnsOne}))
  addCallables(context, node.path, node.typeName, true)
  const placeholder = keyPlaceholder(node.typeName, node.placeholders)
  const itemPath = `${node.path}/${placeholder}`
  addOperation(context, operation(`Get ${typeSimpleName}`, 'GET', itemPath, {returns: returnsOne}))
  addOperation(context, operation(`Update ${typeSimpleName}`, 'PATCH', itemPath, {requestBody: node.typeName, returns: returnsOne}))
  addOperation(context, operation(`Delete ${typeSimpleName}`, 'DELETE', itemPath))
  visitEntity(context, {...node, path: itemPath, placeholders: [...node.placeholders, placeholder]})
}

function visitSingle(context: OperationContext, node: PathNode): void {
  const returnsOne = {type: node.typeName, collection: false}
  addOperation(context, operation(`Get ${node.label}`, 'GET', node.path, {returns: returnsOne}))
  addOperation(context, operation(`Update ${node.label}`, 'PATCH', node.path, {requestBody: node.typeName, returns: returnsOne}))
  visitEntity(context, node)
}

/** Bound callables on one entity, then its navigation properties. */
function visitEntity(context: OperationContext, node: PathNode): void {
  addCallables(context, node.path, node.typeName, false)
  for (const property of context.allProperties(node.typeName)) {
    if (!property.navigation || !context.types.has(property.type)) continue
    if (context.operations.size >= context.maxOperations) return
    const child: PathNode = {
      path: `${node.path}/${property.name}`,
      typeName: property.type,
      label: property.name,
      depth: node.depth + 1,
      ancestors: [...node.ancestors, property.type],
      placeholders: node.placeholders
    }
    if (!context.containment.has(property)) {
      addReference(context, child, property.collection)
    } else if (node.depth < context.maxDepth && !node.ancestors.includes(property.type)) {
      if (property.collection) visitCollection(context, child)
      else visitSingle(context, child)
    }
  }
}

/** Non-contained navigation: readable at its path, not followed further (it lives in another set). */
function addReference(context: OperationContext, node: PathNode, collection: boolean): void {
  const returnsOne = {type: node.typeName, collection: false}
  if (!collection) {
    addOperation(context, operation(`Get ${node.label}`, 'GET', node.path, {returns: returnsOne}))
    return
  }
  addOperation(context, operation(`List ${node.label}`, 'GET', node.path, {returns: {type: node.typeName, collection: true}}))
  const placeholder = keyPlaceholder(node.typeName, node.placeholders)
  addOperation(context, operation(`Get ${simpleName(node.typeName)}`, 'GET', `${node.path}/${placeholder}`, {returns: returnsOne}))
}

function deriveOperations(
  collected: Collected,
  resolver: Resolver,
  types: Map<string, StructuredType>,
  options: {maxDepth: number; maxOperations: number}
): Operation[] {
  const containment = new Set<Property>()
  for (const raw of collected.structuredTypes) {
    const properties = types.get(`${raw.namespace}.${raw.name}`)?.properties ?? []
    for (const [index, property] of properties.entries()) {
      if (raw.properties[index]?.containsTarget) containment.add(property)
    }
  }
  const context: OperationContext = {
    types,
    maxDepth: options.maxDepth,
    maxOperations: options.maxOperations,
    operations: new Map(),
    containment,
    allProperties: createAllProperties(types),
    callablesFor: createCallableLookup(collected.callables, resolver, types)
  }

  for (const entry of collected.containerEntries) {
    const {type: typeName, collection} = resolver.resolve(entry.type)
    if (collection || types.get(typeName)?.kind !== 'entity') {
      stop(`${entry.kind === 'entitySet' ? 'EntitySet' : 'Singleton'} \`${entry.name}\` must have an entity type, got \`${entry.type.text}\``, entry.type.position, entry.type.element)
    }
    const node: PathNode = {path: `/${entry.name}`, typeName, label: entry.name, depth: 0, ancestors: [typeName], placeholders: []}
    if (entry.kind === 'entitySet') visitCollection(context, node)
    else visitSingle(context, node)
  }
  addImports(context, collected, resolver)
  return [...context.operations.values()]
}

/** `ActionImport`/`FunctionImport`: unbound operations at the service root. */
function addImports(context: OperationContext, collected: Collected, resolver: Resolver): void {
  for (const entry of collected.imports) {
    const target = resolver.qualify(entry.target)
    const callable = collected.callables.find(
      (candidate) => !candidate.isBound && `${candidate.namespace}.${candidate.name}` === target
    )
    if (!callable) continue
    const returns = callable.returnType ? resolver.resolve(callable.returnType) : undefined
    const bound: BoundCallable = {
      kind: entry.kind,
      name: entry.name,
      parameterNames: callable.parameters.map((parameter) => parameter.name),
      parameters: callable.parameters.map((parameter) => ({name: parameter.name, ...resolver.resolve(parameter.type)})),
      ...(returns ? {returns} : {})
    }
    addOperation(context, callableOperation(bound, callablePath('', bound)))
  }
}

function resolveSchema(collected: Collected, options: CsdlOptions): ApiSchema {
  const resolver = createResolver(collected)
  applyDescriptions(collected, resolver)
  const kinds = new Map(collected.structuredTypes.map((raw) => [`${raw.namespace}.${raw.name}`, raw.kind]))
  const positions = new Map(collected.structuredTypes.map((raw) => [`${raw.namespace}.${raw.name}`, raw.position]))
  const enums = collected.enums.map(toEnumType)
  const structuredTypes = collected.structuredTypes.map((raw) => toStructuredType(raw, resolver, kinds))
  const types = new Map(structuredTypes.map((type) => [`${type.namespace}.${type.name}`, type]))
  checkBaseTypeCycles(types, positions)
  const operations = deriveOperations(collected, resolver, types, {
    maxDepth: options.navigationDepth ?? defaultNavigationDepth,
    maxOperations: options.maxOperations ?? defaultMaxOperations
  })
  return {
    name: options.name ?? collected.namespaces[0] ?? 'OData service',
    ...(options.source ? {source: options.source} : {}),
    aliases: Object.fromEntries(collected.aliases),
    enums,
    types: structuredTypes,
    operations
  }
}

/**
 * Parse an OData CSDL XML document. Never throws for bad input: malformed XML,
 * a document that is not CSDL, an unresolved type reference or a `BaseType`
 * cycle come back as `{ok: false, error}` with a line and column.
 */
export function parseCsdl(xml: string, options: CsdlOptions = {}): CsdlResult {
  try {
    const collected = collect(xml.charCodeAt(0) === 0xfeff ? xml.slice(1) : xml)
    return {ok: true, schema: resolveSchema(collected, options)}
  } catch (error) {
    if (error instanceof CsdlStop) return {ok: false, error: error.schemaError}
    throw error
  }
}
