/**
 * A methods table links each return type to the page of that type, and the
 * link target stays as the English wrote it (`user.md`) while the label may
 * be translated. The label must still carry the type name: `[Пользователь](user.md)`
 * reads as prose, and readers copy `user` from it. On spanned pages the
 * English side says this already (`type-name`); here the link target does.
 */
import type {ApiIndex} from '../schema/api-index.js'
import {createRule} from './create-rule.js'
import {cellsWithRole, quote} from './util/cells.js'
import {hasTranslatedLetters} from './util/fault.js'
import {linksIn} from './util/markdown-links.js'

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
    for (const {cell} of cellsWithRole(page, ['method'], 'type')) {
      // Spanned cells are compared with their English by `type-name`.
      if (cell.segments.length > 0) continue
      for (const link of linksIn(source, cell.range)) {
        const typeName = linkedTypeName(link.url, api)
        if (!typeName || hasWord(link.text, typeName)) continue
        const label = link.text.trim()
        const sentenceCased = isSentenceCased(label, typeName)
        // Any ASCII name left in the label (`Message`, `secureScores`) is the English docs' wording, kept by the translation.
        if (!sentenceCased && (!hasTranslatedLetters(label) || asciiNames(label).length > 0)) continue
        // A one-word label is the type name translated; a longer one also says `collection of`, left to people.
        const replaceable = sentenceCased || !/\s/.test(label)
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
