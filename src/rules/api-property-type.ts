/**
 * A property's documented type must be its API type. A type cell that names
 * no type at all (`ブール型` on a page without spans) gets the API's, a cell
 * that names another type is wrong, and a spanned English cell that differs,
 * or a plain cell in ASCII words (`string`, `GUID`, `String` for an enum),
 * is the English source's.
 */
import type {ApiIndex} from '../schema/api-index.js'
import {createRule} from './create-rule.js'
import {quote} from './util/cells.js'
import {hasTranslatedLetters} from './util/fault.js'
import {docTypeName, elementTypeName, resolvePropertyTables} from './util/property-table.js'

const wordPattern = /[A-Za-z_][\w]*(?:\.[A-Za-z_][\w]*)*/g

export const apiPropertyType = createRule(
  {
    id: 'api-property-type',
    sourceId: 'source-property-type',
    description: 'A property table gives a property a type other than its API type.',
    category: 'translation',
    fixable: true,
    requiresSchema: true
  },
  ({page, api, report}) => {
    if (!api) return
    for (const {type, rows} of resolvePropertyTables(page, api)) {
      for (const row of rows) {
        const property = api.findProperty(type, row.name)
        const cell = row.typeCell
        if (!property || property.name !== row.name || !cell || row.typeText === '') continue
        const expected = elementTypeName(property)
        const named = typeNamesIn(row.typeText, api)
        // `microsoft.graph.security.caseStatus` names the type as well as `caseStatus` does.
        if (named.some((name) => simpleName(name).toLowerCase() === simpleName(expected).toLowerCase())) continue
        const spanned = cell.english !== undefined
        // `string`, `GUID`, `String` for an enum: the English docs' words, which a translation leaves as they are.
        const inSource = spanned || !hasTranslatedLetters(row.typeText)
        // A cell of plain words can be replaced; links and mixed cells are left to people.
        const replaceable = !spanned && cell.segments.length === 0 && !/[[\]()]/.test(row.typeText)
        report({
          range: spanned && cell.segments[0] ? cell.segments[0].english.range : cell.range,
          reason: `Unexpected type ${quote(row.typeText)} for ${quote(property.name)}, expected ${quote(docTypeName(property))}`,
          actual: row.typeText,
          expected: docTypeName(property),
          fix: replaceable && !inSource && named.length === 0 ? {text: docTypeName(property)} : undefined,
          segmentId: cell.segments[0]?.id,
          key: `${type.name} ${property.name}`,
          inSource
        })
      }
    }
  }
)

/** Names in a type cell that are types: primitives as the docs write them, or API types. */
function typeNamesIn(text: string, api: ApiIndex): string[] {
  return (text.match(wordPattern) ?? []).filter(
    (word) => api.primitiveTypeNames.has(word) || /^Edm\./.test(word) || api.findType(word) !== undefined || api.findEnum(word) !== undefined
  )
}

function simpleName(name: string): string {
  return name.slice(name.lastIndexOf('.') + 1)
}
