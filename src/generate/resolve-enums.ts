/**
 * Documented tables + schema → the enums to generate. The schema wins on
 * members and values (drift is reported, not merged); the docs give the
 * English descriptions. Enums only the docs know come from their first page.
 */
import {qualifiedNameOf, type ApiIndex} from '../schema/api-index.js'
import type {EnumType} from '../schema/model.js'
import {checkOwnMembers, compareWithReference} from './enum-drift.js'
import {compareCodeUnits} from './identifiers.js'
import type {DocumentedEnum, EnumDrift, GenerationNote, ResolvedEnum} from './types.js'

export interface Resolution {
  enums: ResolvedEnum[]
  drift: EnumDrift[]
  notes: GenerationNote[]
}

/** The namespace enums only the docs know are placed in. */
export function docsNamespace(api: ApiIndex): string {
  return api.schema.enums.some((enumType) => enumType.namespace === 'microsoft.graph') ? 'microsoft.graph' : (api.schema.enums[0]?.namespace ?? 'microsoft.graph')
}

function byLocation(left: DocumentedEnum, right: DocumentedEnum): number {
  return compareCodeUnits(left.location.path, right.location.path) || left.location.line - right.location.line
}

/** Tables grouped by the enum they document, each group in path order. */
function groupTables(documented: readonly DocumentedEnum[]): DocumentedEnum[][] {
  const groups = new Map<string, DocumentedEnum[]>()
  for (const table of [...documented].sort(byLocation)) {
    const key = table.apiEnum ? `schema:${qualifiedNameOf(table.apiEnum)}` : `docs:${table.name.toLowerCase()}`
    groups.set(key, [...(groups.get(key) ?? []), table])
  }
  return [...groups.values()]
}

export function resolveEnums(documented: readonly DocumentedEnum[], api: ApiIndex): Resolution {
  const resolution: Resolution = {enums: [], drift: [], notes: []}
  for (const tables of groupTables(documented)) {
    const apiEnum = tables[0]?.apiEnum
    const part = apiEnum ? resolveSchemaEnum(apiEnum, tables) : resolveDocsEnum(tables, docsNamespace(api))
    resolution.drift.push(...part.drift)
    resolution.notes.push(...part.notes)
    if (part.enumType) resolution.enums.push({enumType: part.enumType, origin: apiEnum ? 'schema' : 'docs'})
  }
  return resolution
}

/** Every enum of the schema, as the schema has it. */
export function schemaEnums(api: ApiIndex): ResolvedEnum[] {
  return api.schema.enums.map((enumType) => ({enumType, origin: 'schema'}))
}

type Part = {enumType?: EnumType; drift: EnumDrift[]; notes: GenerationNote[]}

function untrustedNote(table: DocumentedEnum, consequence: string): GenerationNote {
  return {location: table.location, message: `\`${table.name}\`: the members table has no English spans and its localized cells are not trusted; ${consequence}`}
}

function resolveSchemaEnum(apiEnum: EnumType, tables: readonly DocumentedEnum[]): Part {
  const qualifiedName = qualifiedNameOf(apiEnum)
  const reference = {enumName: qualifiedName, members: apiEnum.members, referenceName: 'the API'}
  const trusted = tables.filter((table) => table.trusted)
  const drift = trusted.flatMap((table) => compareWithReference(table, reference))
  const notes = tables.filter((table) => !table.trusted).map((table) => untrustedNote(table, 'members and values come from the schema'))
  const members = apiEnum.members.map((member) => ({
    ...member,
    description: documentedDescription(trusted, member.name) ?? member.description
  }))
  const description = apiEnum.description ?? trusted.find((table) => table.description)?.description
  return {enumType: {...apiEnum, description, members}, drift, notes}
}

/** The first English description a page gives the member, spelled exactly as the API does. */
function documentedDescription(tables: readonly DocumentedEnum[], memberName: string): string | undefined {
  for (const table of tables) {
    const description = table.members.find((member) => member.name === memberName)?.description
    if (description) return description
  }
  return undefined
}

function resolveDocsEnum(tables: readonly DocumentedEnum[], namespace: string): Part {
  const trusted = tables.filter((table) => table.trusted)
  const notes = tables.filter((table) => !table.trusted).map((table) => untrustedNote(table, 'the schema does not have this enum, so the table is left out'))
  const [base, ...others] = trusted
  if (!base) return {drift: [], notes}
  const name = preferredSpelling(trusted.map((table) => table.name))
  const own = checkOwnMembers(base, name)
  const reference = {enumName: name, members: own.members, referenceName: `${base.location.path}:${base.location.line}`}
  const drift = [...own.drift, ...others.flatMap((table) => compareWithReference(table, reference))]
  const members = own.members.map((member) => ({...member, description: member.description ?? documentedDescription(others, member.name)}))
  const description = trusted.find((table) => table.description)?.description
  return {enumType: {name, namespace, isFlags: false, description, members}, drift, notes}
}

/** Titles in English write `riskLevel`; file names and some locales write `risklevel`. */
function preferredSpelling(names: readonly string[]): string {
  return names.find((name) => /[A-Z]/.test(name)) ?? names[0] ?? ''
}
