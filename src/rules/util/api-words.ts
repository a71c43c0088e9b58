/**
 * The English words an API is named with: `deviceConfigurationAssignment`
 * gives `device`, `configuration`, `assignment`. A Latin-script translation
 * (`Kalender`, `Ereignissammlung`) writes words no API name is made of,
 * while the English docs' own wording of a name (`Collection of activities`,
 * `Photo`) is made of them. Built once per API index.
 */
import type {ApiIndex} from '../../schema/api-index.js'

const wordsByApi = new WeakMap<ApiIndex, ReadonlySet<string>>()

export function apiWords(api: ApiIndex): ReadonlySet<string> {
  let words = wordsByApi.get(api)
  if (!words) wordsByApi.set(api, (words = collectWords(api)))
  return words
}

/** Whether a word (any case, singular or plural) is one an API name is made of. */
export function isApiWord(word: string, api: ApiIndex): boolean {
  const words = apiWords(api)
  const lower = word.toLowerCase()
  return words.has(lower) || singulars(lower).some((singular) => words.has(singular))
}

/** `activities` → `activity`, `aliases` → `alias`, `settings` → `setting`. */
function singulars(word: string): string[] {
  const forms: string[] = []
  if (word.endsWith('ies')) forms.push(`${word.slice(0, -3)}y`)
  if (word.endsWith('es')) forms.push(word.slice(0, -2))
  if (word.endsWith('s')) forms.push(word.slice(0, -1))
  return forms
}

function collectWords(api: ApiIndex): ReadonlySet<string> {
  const words = new Set<string>()
  const add = (name: string) => {
    for (const word of nameWords(name)) words.add(word)
  }
  for (const name of api.primitiveTypeNames.keys()) add(name)
  for (const enumType of api.schema.enums) {
    add(enumType.name)
    for (const member of enumType.members) add(member.name)
  }
  for (const type of api.schema.types) {
    add(type.name)
    for (const property of type.properties) add(property.name)
  }
  for (const operation of api.schema.operations) add(operation.name)
  return words
}

/** `deviceConfigurationAssignment` → `deviceconfigurationassignment`, `device`, `configuration`, `assignment`. */
export function nameWords(name: string): string[] {
  const words: string[] = []
  for (const token of name.split(/[^A-Za-z\d]+/)) {
    if (token.length < 2) continue
    words.push(token.toLowerCase())
    const parts = token.match(/[A-Z]+(?![a-z])|[A-Z]?[a-z]+|\d+/g) ?? []
    if (parts.length > 1) for (const part of parts) if (part.length > 1) words.push(part.toLowerCase())
  }
  return words
}
