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
  for (const operation of api.schema.operations) {
    add(operation.name)
    for (const parameter of operation.parameters ?? []) add(parameter.name)
  }
  return words
}

/** `HTTPRequestV2` → `HTTP`, `Request`, `V`, `2`: the humps of one token. */
function camelParts(token: string): string[] {
  return token.match(/[A-Z]+(?![a-z])|[A-Z]?[a-z]+|\d+/g) ?? []
}

/** `deviceConfigurationAssignment` → `deviceconfigurationassignment`, `device`, `configuration`, `assignment`. */
export function nameWords(name: string): string[] {
  const words: string[] = []
  for (const token of name.split(/[^A-Za-z\d]+/)) {
    if (token.length < 2) continue
    words.push(token.toLowerCase())
    const parts = camelParts(token)
    if (parts.length > 1) for (const part of parts) if (part.length > 1) words.push(part.toLowerCase())
  }
  return words
}

/**
 * Whether a name is written in the API's own words (`unknown`, `isReminderOn`,
 * `swapshiftchangerequests`): what the English docs write even where the
 * metadata lacks the name. A Latin-script translation writes words of its
 * language instead (`aplicativo`, `LojaDeTermos`, `termosStores`), though in
 * ASCII, and a translation that breaks a name leaves marks no identifier has
 * (`organization;`, `30Six`, `hp-ux`). OData control information
 * (`@odata.type`) is the protocol's, never translated. Undefined when the
 * API has too few words to say.
 */
export function isApiWording(name: string, api: ApiIndex): boolean | undefined {
  // A small schema's words are too few to tell English from another language: it cannot say.
  if (apiWords(api).size < vocabularyToJudge) return undefined
  if (/^(?:[A-Za-z][A-Za-z\d]*)?@odata\.[A-Za-z]+$/.test(name)) return true
  if (!/^[A-Za-z][A-Za-z\d]*$/.test(name)) return false
  // A short name is the API's only as a whole name it has (`id`); as a word, `ws` or `um` could be anything.
  if (name.length < shortestSplitWord) return isApiName(name, api)
  if (isApiWord(name, api)) return true
  return camelParts(name).every((part) => /^\d+$/.test(part) || isApiWord(part, api) || splitsIntoApiWords(part.toLowerCase(), api))
}

/** Words an API must be named with before its vocabulary stands for English (Graph v1.0 has 16,653). */
export const vocabularyToJudge = 2000

/** Shorter API words make up almost any string; three letters and up make up only English. */
const shortestSplitWord = 3

/** `swapshiftchangerequests` → `swap` `shift` `change` `requests`: a name written in one case. */
function splitsIntoApiWords(text: string, api: ApiIndex): boolean {
  // reachable[i]: the first i letters are whole API words.
  const reachable = [true, ...Array.from({length: text.length}, () => false)]
  for (let end = shortestSplitWord; end <= text.length; end++) {
    for (let start = end - shortestSplitWord; start >= 0 && !reachable[end]; start--) {
      if (reachable[start] && isApiWord(text.slice(start, end), api)) reachable[end] = true
    }
  }
  return text.length >= shortestSplitWord && reachable[text.length]!
}

function isApiName(name: string, api: ApiIndex): boolean {
  return (
    api.schema.types.some((type) => type.properties.some((property) => property.name === name)) ||
    api.schema.enums.some((enumType) => enumType.members.some((member) => member.name === name))
  )
}
