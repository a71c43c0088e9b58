/**
 * Whether a type cell documents the API type of its row (a property or a
 * parameter), and if not, whose fault that is. Shared by the property and
 * parameter rules so both judge `Zeichenfolge`, `string` and `ブール型` alike.
 */
import type {ApiIndex} from '../../schema/api-index.js'
import {docTypeNameForEdmType} from '../../schema/api-index.js'
import type {Finding} from '../create-rule.js'
import {isIdentifier, quote} from './cells.js'
import {hasTranslatedLetters, isBrokenToken, isCapitalizedWord} from './fault.js'
import type {PropertyRow} from './property-table.js'

/** What a row's type should be: a property or a parameter, as the API declares it. */
export interface TypedMember {
  name: string
  type: string
  collection: boolean
}

const wordPattern = /[A-Za-z_][\w]*(?:\.[A-Za-z_][\w]*)*/g

/** How the docs write a member's type: `String`, `vppTokenState`, `vppTokenActionResult collection`. */
export function docTypeName(member: TypedMember): string {
  const element = elementTypeName(member)
  return member.collection ? `${element} collection` : element
}

/** The element type name alone: `Boolean`, `vppTokenActionResult`. */
export function elementTypeName(member: TypedMember): string {
  return docTypeNameForEdmType(member.type) ?? member.type.slice(member.type.lastIndexOf('.') + 1)
}

/** A finding for a row whose type cell does not name its member's type; undefined when it does. */
export function typeCellFinding(row: PropertyRow, member: TypedMember, api: ApiIndex, key: string): Finding | undefined {
  const cell = row.typeCell
  if (!cell || row.typeText === '') return undefined
  const expected = elementTypeName(member)
  const named = typeNamesIn(row.typeText, api)
  // `microsoft.graph.security.caseStatus` names the type as well as `caseStatus` does.
  if (named.some((name) => simpleName(name).toLowerCase() === simpleName(expected).toLowerCase())) return undefined
  const spanned = cell.english !== undefined
  // `string`, `GUID`, `String` for an enum: the English docs' words, which a translation leaves as they are.
  // A cell naming no type at all in any spelling (`Zeichenfolge`, `Cadeia de caracteres`) lost it in translation.
  const lost = named.length === 0 && hasWords(row.typeText) && !mentionsTypeWord(row.typeText, api)
  // A cell naming another type (`User コレクション` for `directoryObject collection`), or this one in other
  // capitals (`Коллекция объектов string`), kept the docs' type name: prose around it is the translation's right.
  const sameLetters = (row.typeText.match(wordPattern) ?? []).some((word) => simpleName(word).toLowerCase() === simpleName(expected).toLowerCase())
  const inSource = spanned || named.length > 0 || sameLetters || (!hasTranslatedLetters(row.typeText) && !lost)
  // A cell of plain words can be replaced; links and mixed cells are left to people.
  const replaceable = !spanned && cell.segments.length === 0 && !/[[\]()]/.test(row.typeText)
  return {
    range: spanned && cell.segments[0] ? cell.segments[0].english.range : cell.range,
    reason: `Unexpected type ${quote(row.typeText)} for ${quote(member.name)}, expected ${quote(docTypeName(member))}`,
    actual: row.typeText,
    expected: docTypeName(member),
    fix: replaceable && !inSource && named.length === 0 ? {text: docTypeName(member)} : undefined,
    segmentId: cell.segments[0]?.id,
    key,
    inSource
  }
}

/** Names in a type cell that are types: primitives as the docs write them, or API types. */
function typeNamesIn(text: string, api: ApiIndex): string[] {
  return (text.match(wordPattern) ?? []).filter(
    (word) => api.primitiveTypeNames.has(word) || /^Edm\./.test(word) || api.findType(word) !== undefined || api.findEnum(word) !== undefined
  )
}

function simpleName(name: string): string {
  return name.slice(name.lastIndexOf('.') + 1)
}

// How the English docs also write primitives, besides the Edm names: `int`, `bool`, `GUID`, `URL`.
const primitiveSpellings = new Set(['int', 'integer', 'long', 'bool', 'number', 'float', 'guid', 'uuid', 'datetime', 'timestamp', 'url', 'uri', 'json', 'object', 'array', 'enum', 'timespan', 'base64', 'byte', 'bytes'])

/**
 * Whether a type cell names a type in any spelling: a primitive or API name in
 * any case, a usual English spelling of a primitive, or an identifier-shaped
 * word (`deviceManagementApplicabilityRuleOsEdition`, `Edm.Guid`) from another version.
 */
function mentionsTypeWord(text: string, api: ApiIndex): boolean {
  return (text.match(wordPattern) ?? []).some((word) => {
    const lower = word.toLowerCase()
    return (
      primitiveSpellings.has(lower) ||
      [...api.primitiveTypeNames.keys()].some((name) => name.toLowerCase() === lower) ||
      api.findType(word) !== undefined ||
      api.findEnum(word) !== undefined ||
      /\.|[a-z][A-Z]|\d/.test(word)
    )
  })
}

/** Words of letters, and no placeholder (`%unique_string%`, `{type}`), which is the docs' own. */
function hasWords(text: string): boolean {
  return /\p{L}{2}/u.test(text) && !/[%{}<>]/.test(text)
}

/**
 * The member (property or parameter) a row that names none stands for: the
 * same name in other capitals (`ID` → `id`), or for a translated word
 * (`Zeitraum`, `доказательство`) the one unlisted member whose type the row's
 * type cell names, as `namesType` judges it.
 */
export function expectedMemberName<Member extends TypedMember>(
  row: PropertyRow,
  members: readonly Member[],
  namesType: (typeText: string, member: Member) => boolean
): string | undefined {
  const sameLetters =
    members.find((member) => member.name.toLowerCase() === row.name.toLowerCase()) ??
    members.find((member) => isBrokenToken(row.name, member.name))
  if (sameLetters || (isIdentifier(row.name) && !isCapitalizedWord(row.name))) return sameLetters?.name
  const byType = members.filter((member) => namesType(row.typeText, member))
  return byType.length === 1 ? byType[0]!.name : undefined
}
