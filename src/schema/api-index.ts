/**
 * A read-only lookup over an `ApiSchema`, built once and queried per page.
 * Every query is a map lookup (or a walk down a path trie): linting thousands
 * of pages must not scan thousands of types each time.
 */
import type {ApiSchema, EnumType, HttpMethod, Operation, Property, StructuredType} from './model.js'

/** How the reference docs spell each Edm primitive type, and its Edm name. */
export const primitiveTypeNames: ReadonlyMap<string, string> = new Map(
  [
    'Binary', 'Boolean', 'Byte', 'Date', 'DateTimeOffset', 'Decimal', 'Double', 'Duration', 'Guid',
    'Int16', 'Int32', 'Int64', 'SByte', 'Single', 'Stream', 'String', 'TimeOfDay', 'Untyped'
  ].map((name) => [name, `Edm.${name}`])
)

const edmNameByLowerDocName = new Map([...primitiveTypeNames].map(([docName, edmName]) => [docName.toLowerCase(), edmName]))
const docNameByEdmName = new Map([...primitiveTypeNames].map(([docName, edmName]) => [edmName, docName]))

/** `String`, `string` or `Edm.String` → `Edm.String`; anything else → `undefined`. */
export function edmTypeNameForDocType(docName: string): string | undefined {
  const name = docName.trim().replace(/^edm\./i, '')
  return edmNameByLowerDocName.get(name.toLowerCase())
}

/** `Edm.String` → `String`, the spelling the docs use in property tables. */
export function docTypeNameForEdmType(edmName: string): string | undefined {
  return docNameByEdmName.get(edmName)
}

/** The namespace a bare name is looked up in first when several namespaces declare it. */
const preferredNamespace = 'microsoft.graph'

export type ApiIndex = {
  /** The schema this index was built from. */
  readonly schema: ApiSchema
  /** Enum by simple or qualified name, case-insensitive; `microsoft.graph` wins a simple-name tie. */
  findEnum(name: string): EnumType | undefined
  /** Enums whose members include every given name (case-insensitive), best match first. */
  findEnumsByMembers(memberNames: readonly string[]): EnumType[]
  /** Entity or complex type by simple or qualified name, case-insensitive. */
  findType(name: string): StructuredType | undefined
  /** Own and inherited properties, base type's first. */
  allProperties(type: StructuredType | string): readonly Property[]
  /** One property, own or inherited; exact spelling first, then case-insensitive. */
  findProperty(type: StructuredType | string, name: string): Property | undefined
  /** Whether a (qualified or aliased) type name names an enum. */
  isEnumType(name: string): boolean
  /** Every type whose `baseType` chain reaches `type`, not including `type` itself. */
  derivedTypes(type: StructuredType | string): readonly StructuredType[]
  /** `namespace.name` of a type. */
  qualifiedName(type: StructuredType | EnumType): string
  /** The operation for a concrete or template path (host, version and query are ignored). */
  findOperation(method: string, path: string): Operation | undefined
  /** Every operation on the template a path matches, all methods. */
  operationsForPath(path: string): readonly Operation[]
  /** Segments in the longest operation path: no longer prefix of a request can be known. */
  readonly longestPath: number
  /** Every permission scope any operation names. */
  readonly knownPermissions: ReadonlySet<string>
  /** Doc spelling → Edm name: `String` → `Edm.String`. */
  readonly primitiveTypeNames: ReadonlyMap<string, string>
}

export function qualifiedNameOf(type: StructuredType | EnumType): string {
  return `${type.namespace}.${type.name}`
}

// ---------------------------------------------------------------------------
// Name lookup.

type NameTable<T extends StructuredType | EnumType> = {
  byQualifiedName: Map<string, T>
  bySimpleName: Map<string, T>
}

function createNameTable<T extends StructuredType | EnumType>(items: readonly T[]): NameTable<T> {
  const byQualifiedName = new Map<string, T>()
  const bySimpleName = new Map<string, T>()
  for (const item of items) {
    byQualifiedName.set(qualifiedNameOf(item).toLowerCase(), item)
    const simpleKey = item.name.toLowerCase()
    const existing = bySimpleName.get(simpleKey)
    if (!existing || (existing.namespace !== preferredNamespace && item.namespace === preferredNamespace)) {
      bySimpleName.set(simpleKey, item)
    }
  }
  return {byQualifiedName, bySimpleName}
}

function createNameLookup<T extends StructuredType | EnumType>(
  items: readonly T[],
  aliases: Record<string, string>
): (name: string) => T | undefined {
  const table = createNameTable(items)
  const namespaceByAlias = new Map(Object.entries(aliases).map(([alias, namespace]) => [alias.toLowerCase(), namespace.toLowerCase()]))
  return function find(name) {
    // `#microsoft.graph.x` is how `@odata.type` writes it.
    const key = name.trim().replace(/^#/, '').toLowerCase()
    if (!key) return undefined
    const dot = key.lastIndexOf('.')
    if (dot === -1) return table.bySimpleName.get(key)
    const namespace = namespaceByAlias.get(key.slice(0, dot))
    const qualified = namespace ? `${namespace}${key.slice(dot)}` : key
    return (
      table.byQualifiedName.get(qualified) ??
      // `security.alert` is a common shorthand for `microsoft.graph.security.alert`.
      table.byQualifiedName.get(`${preferredNamespace}.${key}`)
    )
  }
}

// ---------------------------------------------------------------------------
// Enums by member names.

function createMemberLookup(enums: readonly EnumType[]): (memberNames: readonly string[]) => EnumType[] {
  const enumsByMember = new Map<string, EnumType[]>()
  for (const enumType of enums) {
    const seen = new Set<string>()
    for (const member of enumType.members) {
      const key = member.name.toLowerCase()
      if (seen.has(key)) continue
      seen.add(key)
      const list = enumsByMember.get(key) ?? []
      list.push(enumType)
      enumsByMember.set(key, list)
    }
  }

  return function findEnumsByMembers(memberNames) {
    const wanted = [...new Set(memberNames.map((name) => name.trim()).filter(Boolean))]
    if (wanted.length === 0) return []
    const lists = wanted.map((name) => enumsByMember.get(name.toLowerCase()) ?? [])
    // Intersect starting from the rarest member: usually one or two candidates.
    lists.sort((left, right) => left.length - right.length)
    const [rarest = [], ...others] = lists
    const otherSets = others.map((list) => new Set(list))
    const candidates = rarest.filter((enumType) => otherSets.every((set) => set.has(enumType)))
    return candidates
      .map((enumType) => ({enumType, score: memberMatchScore(enumType, wanted)}))
      .sort((left, right) => compareScores(left.score, right.score) || left.enumType.name.localeCompare(right.enumType.name))
      .map(({enumType}) => enumType)
  }
}

type MatchScore = {exactCase: number; extraMembers: number; preferred: number}

function memberMatchScore(enumType: EnumType, wanted: readonly string[]): MatchScore {
  const exactNames = new Set(enumType.members.map((member) => member.name))
  return {
    exactCase: wanted.filter((name) => exactNames.has(name)).length,
    extraMembers: enumType.members.length - wanted.length,
    preferred: enumType.namespace === preferredNamespace ? 1 : 0
  }
}

/** Exact spelling beats case-folding; then the enum with fewest members beyond the given ones. */
function compareScores(left: MatchScore, right: MatchScore): number {
  return right.exactCase - left.exactCase || left.extraMembers - right.extraMembers || right.preferred - left.preferred
}

// ---------------------------------------------------------------------------
// Operation paths.

type PathNode = {
  literals: Map<string, PathNode>
  functions: Map<string, PathNode>
  parameter?: PathNode
  operations: Operation[]
}

function createPathNode(): PathNode {
  return {literals: new Map(), functions: new Map(), operations: []}
}

function isPlaceholder(segment: string): boolean {
  return /^\{[^{}]*\}$/.test(segment)
}

/** `name(…)` → `name`; `undefined` when the segment has no argument list. */
function functionName(segment: string): string | undefined {
  const open = segment.indexOf('(')
  return open > 0 && segment.endsWith(')') ? segment.slice(0, open) : undefined
}

/** Path segments without host, `/v1.0` or `/beta`, query string or fragment. */
export function pathSegments(path: string): string[] {
  const withoutHost = path.trim().replace(/^[a-z][a-z0-9+.-]*:\/\/[^/]+/i, '')
  const withoutQuery = withoutHost.replace(/[?#].*$/s, '')
  const segments = withoutQuery.split('/').filter((segment) => segment.length > 0)
  const first = segments[0]?.toLowerCase()
  if (first === 'v1.0' || first === 'beta') segments.shift()
  return segments
}

/** Add an operation to the template tree; returns the number of segments of its path. */
function insertOperation(root: PathNode, operation: Operation): number {
  let node = root
  const segments = pathSegments(operation.path)
  for (const segment of segments) {
    if (isPlaceholder(segment)) {
      node.parameter ??= createPathNode()
      node = node.parameter
      continue
    }
    const name = functionName(segment)
    const children = name === undefined ? node.literals : node.functions
    const key = (name ?? segment).toLowerCase()
    let child = children.get(key)
    if (!child) {
      child = createPathNode()
      children.set(key, child)
    }
    node = child
  }
  node.operations.push(operation)
  return segments.length
}

/** Template nodes a concrete path can mean, most specific first (fixed segments beat placeholders). */
function* matchPath(node: PathNode, segments: readonly string[], index: number, isTypeName: (name: string) => boolean): Generator<PathNode> {
  if (index === segments.length) {
    yield node
    return
  }
  const segment = segments[index] ?? ''
  const next = index + 1
  if (isPlaceholder(segment)) {
    if (node.parameter) yield* matchPath(node.parameter, segments, next, isTypeName)
    return
  }
  const name = functionName(segment)
  if (name !== undefined) {
    const function_ = node.functions.get(name.toLowerCase())
    if (function_) yield* matchPath(function_, segments, next, isTypeName)
    // `vppTokens('id')` is OData key syntax for `vppTokens/id`.
    const keyed = node.literals.get(name.toLowerCase())?.parameter
    if (keyed) yield* matchPath(keyed, segments, next, isTypeName)
  } else {
    const key = segment.toLowerCase()
    const literal = node.literals.get(key)
    if (literal) yield* matchPath(literal, segments, next, isTypeName)
    const function_ = node.functions.get(key)
    if (function_) yield* matchPath(function_, segments, next, isTypeName)
  }
  // A cast segment (`/members/microsoft.graph.user`) narrows the type but not the
  // template; a key never looks like a qualified type name, so try the cast first.
  if (segment.includes('.') && isTypeName(segment)) yield* matchPath(node, segments, next, isTypeName)
  if (node.parameter) yield* matchPath(node.parameter, segments, next, isTypeName)
}

// ---------------------------------------------------------------------------
// Inheritance.

function createInheritance(types: readonly StructuredType[], findType: (name: string) => StructuredType | undefined) {
  const byQualifiedName = new Map(types.map((type) => [qualifiedNameOf(type), type]))
  const childrenByBase = new Map<string, StructuredType[]>()
  for (const type of types) {
    if (!type.baseType) continue
    const children = childrenByBase.get(type.baseType) ?? []
    children.push(type)
    childrenByBase.set(type.baseType, children)
  }
  const propertiesCache = new Map<string, Property[]>()
  const derivedCache = new Map<string, StructuredType[]>()
  const propertyTables = new Map<string, {exact: Map<string, Property>; folded: Map<string, Property>}>()

  function resolve(type: StructuredType | string): StructuredType | undefined {
    return typeof type === 'string' ? (byQualifiedName.get(type) ?? findType(type)) : type
  }

  function allProperties(type: StructuredType | string): readonly Property[] {
    const start = resolve(type)
    if (!start) return []
    const key = qualifiedNameOf(start)
    const cached = propertiesCache.get(key)
    if (cached) return cached
    const chain: StructuredType[] = []
    // A JSON schema is not checked for BaseType cycles; stop at the first repeat.
    const seen = new Set<string>()
    for (let current: StructuredType | undefined = start; current && !seen.has(qualifiedNameOf(current)); current = current.baseType ? byQualifiedName.get(current.baseType) : undefined) {
      seen.add(qualifiedNameOf(current))
      chain.unshift(current)
    }
    const properties = chain.flatMap((current) => current.properties)
    propertiesCache.set(key, properties)
    return properties
  }

  function findProperty(type: StructuredType | string, name: string): Property | undefined {
    const start = resolve(type)
    if (!start) return undefined
    const key = qualifiedNameOf(start)
    let table = propertyTables.get(key)
    if (!table) {
      table = {exact: new Map(), folded: new Map()}
      for (const property of allProperties(start)) {
        if (!table.exact.has(property.name)) table.exact.set(property.name, property)
        const folded = property.name.toLowerCase()
        if (!table.folded.has(folded)) table.folded.set(folded, property)
      }
      propertyTables.set(key, table)
    }
    return table.exact.get(name) ?? table.folded.get(name.toLowerCase())
  }

  function derivedTypes(type: StructuredType | string): readonly StructuredType[] {
    const start = resolve(type)
    if (!start) return []
    const key = qualifiedNameOf(start)
    const cached = derivedCache.get(key)
    if (cached) return cached
    const found: StructuredType[] = []
    const seen = new Set([key])
    const pending = [key]
    for (let current = pending.pop(); current !== undefined; current = pending.pop()) {
      for (const child of childrenByBase.get(current) ?? []) {
        const childKey = qualifiedNameOf(child)
        if (seen.has(childKey)) continue
        seen.add(childKey)
        found.push(child)
        pending.push(childKey)
      }
    }
    derivedCache.set(key, found)
    return found
  }

  return {allProperties, findProperty, derivedTypes}
}

function collectPermissions(operations: readonly Operation[]): Set<string> {
  const permissions = new Set<string>()
  for (const operation of operations) {
    if (!operation.permissions) continue
    const {delegatedWork, delegatedPersonal, application} = operation.permissions
    for (const scope of [...delegatedWork, ...delegatedPersonal, ...application]) permissions.add(scope)
  }
  return permissions
}

export function createApiIndex(schema: ApiSchema): ApiIndex {
  const findEnum = createNameLookup(schema.enums, schema.aliases)
  const findType = createNameLookup(schema.types, schema.aliases)
  const enumNames = new Set(schema.enums.map((enumType) => qualifiedNameOf(enumType)))
  const findEnumsByMembers = createMemberLookup(schema.enums)
  const inheritance = createInheritance(schema.types, findType)
  const root = createPathNode()
  let longestPath = 0
  for (const operation of schema.operations) longestPath = Math.max(longestPath, insertOperation(root, operation))
  // A cast segment may follow any template segment without advancing the template.
  const longestMatchable = 2 * longestPath + 1
  const isTypeName = (name: string): boolean => findType(name) !== undefined

  function isEnumType(name: string): boolean {
    return enumNames.has(name) || findEnum(name) !== undefined
  }

  /** Template nodes a path can mean; none for a path longer than any template could match. */
  function candidates(path: string): Iterable<PathNode> {
    const segments = pathSegments(path)
    return segments.length > longestMatchable ? [] : matchPath(root, segments, 0, isTypeName)
  }

  function findOperation(method: string, path: string): Operation | undefined {
    const wanted = method.trim().toUpperCase() as HttpMethod
    for (const node of candidates(path)) {
      const found = node.operations.find((operation) => operation.method === wanted)
      if (found) return found
    }
    return undefined
  }

  function operationsForPath(path: string): readonly Operation[] {
    for (const node of candidates(path)) {
      if (node.operations.length > 0) return node.operations
    }
    return []
  }

  return {
    schema,
    findEnum,
    findEnumsByMembers,
    findType,
    allProperties: inheritance.allProperties,
    findProperty: inheritance.findProperty,
    isEnumType,
    derivedTypes: inheritance.derivedTypes,
    qualifiedName: qualifiedNameOf,
    findOperation,
    operationsForPath,
    longestPath,
    knownPermissions: collectPermissions(schema.operations),
    primitiveTypeNames
  }
}
