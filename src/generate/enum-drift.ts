/**
 * Where a documented members table and its reference disagree. The reference
 * is the API's enum, or for an enum only the docs know, the first page that
 * documents it.
 */
import type {DocumentedEnum, DocumentedMember, DriftKind, EnumDrift, SourceLocation} from './types.js'

export interface ReferenceEnum {
  /** Qualified name for a schema enum, simple name for a docs-only one. */
  enumName: string
  members: ReadonlyArray<{name: string; value: number}>
  /** `the API`, or `path:line` of the page taken as reference. */
  referenceName: string
}

function code(value: string | number): string {
  return `\`${value}\``
}

function drift(
  kind: DriftKind,
  reference: ReferenceEnum,
  fields: {member: string; documented?: string; reference?: string; location: SourceLocation},
  message: string
): EnumDrift {
  return {kind, enumName: reference.enumName, referenceName: reference.referenceName, ...fields, message: `${code(`${reference.enumName}.${fields.member}`)}: ${message}`}
}

/** Every disagreement between one documented table and its reference, in page order. */
export function compareWithReference(documented: DocumentedEnum, reference: ReferenceEnum): EnumDrift[] {
  const found: EnumDrift[] = []
  const byExactName = new Map(reference.members.map((member) => [member.name, member]))
  const byFoldedName = new Map(reference.members.map((member) => [member.name.toLowerCase(), member]))
  const matched = new Set<string>()
  const says = reference.referenceName === 'the API' ? 'the API says' : `${reference.referenceName} says`

  for (const member of documented.members) {
    const target = byExactName.get(member.name) ?? byFoldedName.get(member.name.toLowerCase())
    if (!target) {
      found.push(
        drift('extra-member', reference, {member: member.name, documented: member.valueText, location: member.location}, `the docs list ${code(member.name)} = ${code(member.valueText)}, ${reference.referenceName} has no such member`)
      )
      continue
    }
    if (matched.has(target.name)) {
      found.push(drift('duplicate-member', reference, {member: member.name, location: member.location}, `the docs list ${code(member.name)} more than once`))
      continue
    }
    matched.add(target.name)
    if (target.name !== member.name) {
      found.push(
        drift('spelling', reference, {member: member.name, documented: member.name, reference: target.name, location: member.location}, `the docs spell it ${code(member.name)}, ${says} ${code(target.name)}`)
      )
    }
    found.push(...compareValue(member, target, reference, says))
  }

  for (const member of reference.members) {
    if (matched.has(member.name)) continue
    found.push(
      drift('missing-member', reference, {member: member.name, reference: String(member.value), location: documented.location}, `${reference.referenceName} has ${code(member.name)} = ${code(member.value)}, the docs do not list it`)
    )
  }
  return found
}

function compareValue(member: DocumentedMember, target: {name: string; value: number}, reference: ReferenceEnum, says: string): EnumDrift[] {
  const fields = {member: target.name, documented: member.valueText, reference: String(target.value), location: member.location}
  if (member.value === undefined) {
    return [drift('invalid-value', reference, fields, `the docs say ${code(member.valueText)}, not an integer; ${says} ${code(target.value)}`)]
  }
  if (member.value !== target.value) {
    return [drift('value', reference, fields, `the docs say ${code(member.valueText)}, ${says} ${code(target.value)}`)]
  }
  return []
}

/**
 * Problems a table has on its own, for the table that is its own reference:
 * values that are not integers and members listed twice. Returns the usable
 * members too.
 */
export function checkOwnMembers(documented: DocumentedEnum, enumName: string): {members: Array<{name: string; value: number; description?: string}>; drift: EnumDrift[]} {
  const reference: ReferenceEnum = {enumName, members: [], referenceName: 'the docs'}
  const members: Array<{name: string; value: number; description?: string}> = []
  const found: EnumDrift[] = []
  const seen = new Set<string>()
  for (const member of documented.members) {
    if (seen.has(member.name)) {
      found.push(drift('duplicate-member', reference, {member: member.name, location: member.location}, `the docs list ${code(member.name)} more than once`))
      continue
    }
    seen.add(member.name)
    if (member.value === undefined) {
      found.push(
        drift('invalid-value', reference, {member: member.name, documented: member.valueText, location: member.location}, `the docs say ${code(member.valueText)}, not an integer, and no schema has this enum`)
      )
      continue
    }
    members.push({name: member.name, value: member.value, description: member.description})
  }
  return {members, drift: found}
}

/** `page.md:12:3: message`, the shape of every locdoc report line. */
export function formatDrift(entry: EnumDrift): string {
  return `${entry.location.path}:${entry.location.line}:${entry.location.column}: ${entry.message}`
}
