/**
 * The one module every generated enum module imports: reading what the wire
 * carries (a member name, a value, a comma-separated list of flags) with
 * errors that name the enum and the input. It is generated beside the enums
 * (not imported from locdoc) so generated code depends on nothing but zod, and
 * it uses no zod at all so it compiles against any zod major.
 */
import {generatedMarker} from './render-enum.js'

/** File name of the runtime module at the top of the output directory. */
export const runtimeStem = 'enum-runtime'

export const runtimeModuleText = `${generatedMarker}
/**
 * Shared by the generated enum modules: parsing member names, values and
 * flag lists, with errors that name the enum and the input.
 */

/** What the parse functions need to know about one enum. */
export interface EnumTable<Member extends string> {
  /** How errors name the enum: \`microsoft.graph.vppTokenSyncStatus\`. */
  readonly label: string
  /** Member names in declaration order. */
  readonly members: readonly Member[]
  /** Member name → value. */
  readonly valueByMember: {readonly [name in Member]: number}
}

/** A parsed input, or the reason it is not one. */
export type EnumRead<Value> = {readonly ok: true; readonly value: Value} | {readonly ok: false; readonly message: string}

const listed = 12

function hasOwn(object: object, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(object, key)
}

function quote(value: unknown): string {
  return typeof value === 'string' ? \`\\\`\${value}\\\`\` : String(value)
}

/** \`a\`, \`b\`, … (n more): long enums would bury the message. */
function expectedList(values: readonly unknown[]): string {
  const shown = values.slice(0, listed).map(quote).join(', ')
  return values.length > listed ? \`\${shown}, … (\${values.length - listed} more)\` : shown
}

function describeInput(input: unknown): string {
  if (input === null) return '\`null\`'
  if (Array.isArray(input)) return 'an array'
  return typeof input === 'object' ? 'an object' : \`\${typeof input} \${quote(input)}\`
}

function unknownName<Member extends string>(table: EnumTable<Member>, name: string, within?: string): string {
  const folded = name.toLowerCase()
  const near = table.members.find((member) => member.toLowerCase() === folded)
  const where = within === undefined ? '' : \` in \${quote(within)}\`
  const hint = near === undefined ? '' : \` (member names are case-sensitive: \${quote(near)})\`
  return \`Unexpected \${quote(name)}\${where} for \${table.label}, expected one of \${expectedList(table.members)}\${hint}\`
}

/** The first member with this value, in declaration order. */
function memberOfValue<Member extends string>(table: EnumTable<Member>, value: number): Member | undefined {
  return table.members.find((member) => table.valueByMember[member] === value)
}

/** One member from its name or its value. */
export function readEnumMember<Member extends string>(table: EnumTable<Member>, input: unknown): EnumRead<Member> {
  if (typeof input === 'string') {
    return hasOwn(table.valueByMember, input) ? {ok: true, value: input as Member} : {ok: false, message: unknownName(table, input)}
  }
  if (typeof input === 'number') {
    const member = memberOfValue(table, input)
    if (member !== undefined) return {ok: true, value: member}
    const values = table.members.map((name) => table.valueByMember[name])
    return {ok: false, message: \`Unexpected value \${quote(input)} for \${table.label}, expected one of \${expectedList(values)}\`}
  }
  return {ok: false, message: \`Expected a member name or value of \${table.label}, got \${describeInput(input)}\`}
}

/**
 * Flags from the wire: \`'read,write'\` (OData writes the names of the set
 * flags, comma-separated) or a combined value. A value is split the way .NET
 * names a flags value: largest members first, each taken while it fits.
 */
export function readEnumFlags<Member extends string>(table: EnumTable<Member>, input: unknown): EnumRead<Member[]> {
  if (typeof input === 'string') {
    const names = input.split(',').map((name) => name.trim())
    const members: Member[] = []
    for (const name of names) {
      if (!hasOwn(table.valueByMember, name)) {
        return {ok: false, message: name === '' ? \`Unexpected empty flag name in \${quote(input)} for \${table.label}\` : unknownName(table, name, names.length > 1 ? input : undefined)}
      }
      if (!members.includes(name as Member)) members.push(name as Member)
    }
    return {ok: true, value: members}
  }
  if (typeof input === 'number') return flagsOfValue(table, input)
  return {ok: false, message: \`Expected flag names or a value of \${table.label}, got \${describeInput(input)}\`}
}

function flagsOfValue<Member extends string>(table: EnumTable<Member>, value: number): EnumRead<Member[]> {
  const exact = memberOfValue(table, value)
  if (exact !== undefined) return {ok: true, value: [exact]}
  if (value === 0) return {ok: true, value: []}
  const invalid = {ok: false, message: \`Unexpected value \${quote(value)} for \${table.label}, expected a combination of its flags\`} as const
  // Bitwise operators work on 32-bit integers.
  if (!Number.isInteger(value) || value < 0 || value > 0x7fffffff) return invalid
  const bySize = [...table.members].filter((member) => table.valueByMember[member] > 0).sort((left, right) => table.valueByMember[right] - table.valueByMember[left])
  let rest = value
  const taken: Member[] = []
  for (const member of bySize) {
    const flag = table.valueByMember[member]
    if ((rest & flag) === flag) {
      taken.push(member)
      rest &= ~flag
    }
  }
  if (rest !== 0) return invalid
  return {ok: true, value: taken.sort((left, right) => table.valueByMember[left] - table.valueByMember[right])}
}

/** The value of a read, or a \`RangeError\` (\`TypeError\` for input that is no name or number) with its message. */
export function valueOrThrow<Value>(read: EnumRead<Value>, input: unknown): Value {
  if (read.ok) return read.value
  throw typeof input === 'string' || typeof input === 'number' ? new RangeError(read.message) : new TypeError(read.message)
}
`
