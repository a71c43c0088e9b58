/**
 * A methods table links each return type to the page of that type, and the
 * link target stays as the English wrote it (`user.md`) while the label may
 * be translated. The label must still carry the type name: `[Пользователь](user.md)`
 * reads as prose, and readers copy `user` from it. On spanned pages the
 * English side says this already (`type-name`); here the link target does.
 */
import type {Page} from '../model/types.js'
import type {ApiIndex} from '../schema/api-index.js'
import type {Operation} from '../schema/model.js'
import {createRule} from './create-rule.js'
import {isApiWord, nameWords} from './util/api-words.js'
import {cellsWithRole, quote, siblingCell, type RoleCell} from './util/cells.js'
import {hasTranslatedLetters} from './util/fault.js'
import {linksIn} from './util/markdown-links.js'
import {resolvePropertyTables} from './util/property-table.js'
import {docTypeName} from './util/type-cell.js'

export const apiMethodReturnType = createRule(
  {
    id: 'api-method-return-type',
    description: 'A return type in a methods table lost the name of the type its link points to.',
    category: 'translation',
    fixable: true,
    requiresSchema: true
  },
  ({page, source, api, report}) => {
    if (!api) return
    for (const entry of cellsWithRole(page, ['method'], 'type')) {
      const {cell} = entry
      // Spanned cells are compared with their English by `type-name`.
      if (cell.segments.length > 0) continue
      const links = linksIn(source, cell.range)
      const written = cell.text.replace(/[*_]/g, '').trim()
      if (links.length === 0 && isKatakanaWord(written)) {
        const returned = methodReturnType(entry, source, api)
        report({
          range: cell.range,
          reason: `Unexpected ${quote(written)}, a type name written in katakana${returned ? `, expected ${quote(returned)}` : ''}`,
          actual: written,
          // No fix: the English may name the type otherwise than the API does (`Stream` for a `report`).
          expected: returned,
          key: written
        })
      }
      for (const link of links) {
        const typeName = linkedTypeName(link.url, api) ?? ownPageType(link.url, page, api)
        if (!typeName || hasWord(link.text, typeName)) continue
        const label = link.text.trim()
        const sentenceCased = isSentenceCased(label, typeName)
        const latinWords = !hasTranslatedLetters(label) && isLatinTranslation(label, api)
        // Any ASCII name left in the label (`Message`, `secureScores`) is the English docs' wording, kept by the translation.
        if (!sentenceCased && !latinWords && (!hasTranslatedLetters(label) || asciiNames(label).length > 0)) continue
        // A one-word label is the type name translated; a longer one also says `collection of`, left to people,
        // and so does a Latin-script word, which may be a compound (`Ereignissammlung`, event collection).
        const replaceable = sentenceCased || (!latinWords && !/\s/.test(label))
        report({
          range: link.textRange,
          reason: `Unexpected ${quote(label)} for type ${quote(typeName)}, expected ${quote(typeName)}`,
          actual: label,
          expected: typeName,
          fix: replaceable && label === link.text ? {text: typeName} : undefined,
          key: typeName
        })
      }
    }
  }
)

/**
 * A label in Latin letters made of words no API name is made of
 * (`Kalender`, `Ereignissammlung`, `Warnung`): a translation's words. The
 * English docs' own wording is made of the API's words (`Photo`,
 * `Collection of activities`, `TeamsApp`).
 */
function isLatinTranslation(label: string, api: ApiIndex): boolean {
  const words = label.match(/\p{L}{2,}/gu) ?? []
  return words.length > 0 && words.every((word) => !isEnglishName(word, api))
}

/** An API word, or a name joined of them (`historyItem`, `FormatProtection`). */
function isEnglishName(word: string, api: ApiIndex): boolean {
  if (isApiWord(word, api)) return true
  const parts = nameWords(word).slice(1)
  return parts.length > 1 && parts.every((part) => isApiWord(part, api))
}

/**
 * `ストリーム`, `サイト`: Japanese writes foreign words in katakana, and a
 * return type cell holds an English word only as a type name (the docs'
 * `None` becomes `なし`, `No Content` a sentence). Written wholly in
 * katakana, it is a type name transliterated.
 */
function isKatakanaWord(text: string): boolean {
  return /^[\p{Script=Katakana}ー・]{2,}$/u.test(text)
}

/**
 * What the row's method returns, when its link names a function or action
 * (`../api/reportroot-getemailappusageuserdetail.md`) whose overloads all
 * return one type.
 */
function methodReturnType(entry: RoleCell, source: string, api: ApiIndex): string | undefined {
  const method = siblingCell(entry, 'method')
  const url = method ? linksIn(source, method.range)[0]?.url : undefined
  const name = url ? /([\w-]+)\.md(?:[?#].*)?$/i.exec(url)?.[1]?.split('-').at(-1)?.toLowerCase() : undefined
  const operations = name ? operationsByName(api).get(name) ?? [] : []
  const returned = new Set(operations.map((operation) => (operation.returns ? docTypeName({name: '', ...operation.returns}) : '')))
  const [only] = returned
  return returned.size === 1 && only ? only : undefined
}

const operationsByApi = new WeakMap<ApiIndex, Map<string, Operation[]>>()

/** Operations by lower-cased name (`getemailappusageuserdetail`), built once per API index. */
function operationsByName(api: ApiIndex): Map<string, Operation[]> {
  let byName = operationsByApi.get(api)
  if (!byName) {
    byName = new Map()
    for (const operation of api.schema.operations) {
      const key = operation.name.toLowerCase()
      byName.set(key, [...(byName.get(key) ?? []), operation])
    }
    operationsByApi.set(api, byName)
  }
  return byName
}

/**
 * A link to the page itself (`[アクティビティ](projectrome-activity.md)` on
 * `projectrome-activity.md`) names the type the page documents, which its
 * file name may not spell.
 */
function ownPageType(url: string, page: Page, api: ApiIndex): string | undefined {
  const file = (name: string | undefined) => name?.split(/[\\/]/).pop()?.toLowerCase()
  const target = file(/^[^?#]*/.exec(url.trim())?.[0])
  if (!target || target !== file(page.path)) return undefined
  return resolvePropertyTables(page, api).find((table) => table.complete)?.type.name
}

/**
 * The API type a resource page documents, from its file name: `user.md`,
 * `../resources/intune-apps-win32lobapp.md` (a doc-set prefix before the name).
 */
function linkedTypeName(url: string, api: ApiIndex): string | undefined {
  const match = /(?:^|\/)([\w.-]+)\.md(?:[?#].*)?$/i.exec(url.trim())
  if (!match || /^https?:/i.test(url.trim())) return undefined
  const stem = match[1]!
  for (const candidate of [stem, stem.split('-').at(-1)!, stem.replace(/-/g, '')]) {
    const found = api.findType(candidate) ?? api.findEnum(candidate)
    if (found && found.name.toLowerCase() === candidate.toLowerCase()) return found.name
  }
  return undefined
}

/** Whether `name` stands in `text` as a whole word (alone or qualified), exactly as spelled. */
function hasWord(text: string, name: string): boolean {
  return new RegExp(`(?<!\\w)${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?!\\w)`).test(text)
}

/** ASCII words of two letters or more that read as names, not as a unit (`VPP` alone is an acronym, kept). */
function asciiNames(text: string): string[] {
  return (text.match(/(?<![\p{L}\d])[A-Za-z][\w.]*[a-z][\w.]*(?![\p{L}\d])/gu) ?? []).filter((word) => word.length > 1)
}

/**
 * `Domaindnsrecord` for `domainDnsRecord`: a translation writes a name in
 * sentence case, losing its inner capitals; the English docs capitalize only
 * the first letter (`MailFolder`), which is their style, not a fault.
 */
function isSentenceCased(label: string, typeName: string): boolean {
  const rest = typeName.slice(1)
  return rest !== rest.toLowerCase() && label === typeName[0]!.toUpperCase() + rest.toLowerCase()
}
