/**
 * A resource page carries its own answer key: the JSON representation lists
 * every property by its canonical name, with a type placeholder
 * (`"lastActionDateTime": "String (timestamp)"`). On a page without spans
 * that is the only English left, so a Properties row is checked against it:
 * a name in another case, a translated name, a translated type word. On a
 * spanned page the English is the reference and `property-name` compares
 * with it; a table the API schema knows is left to the schema rules.
 */
import type {Cell, Page, Representation, RepresentationKey, Table} from '../model/types.js'
import {docTypeNameForEdmType, edmTypeNameForDocType} from '../schema/api-index.js'
import type {ApiIndex} from '../schema/api-index.js'
import {createRule, type Finding} from './create-rule.js'
import {isIdentifier, quote} from './util/cells.js'
import {resolvePropertyTables} from './util/property-table.js'

export const representationProperty = createRule(
  {
    id: 'representation-property',
    description: "A property table on a page without spans disagrees with the resource's JSON representation: a name in another case or translated, a type word translated.",
    category: 'translation',
    fixable: true
  },
  ({page, source, api, report}) => {
    const representations = (page.representations ?? []).filter((representation) => representation.keys.length > 0)
    if (representations.length === 0 || page.segments.length > 0) return
    const known = schemaTables(page, api)
    for (const table of page.tables) {
      if (table.kind !== 'property' || table.relationships || known.has(table)) continue
      const rows = readRows(table)
      const representation = representationFor(rows, representations)
      if (!representation) continue
      for (const finding of checkTable(rows, representation, source)) report(finding)
    }
  }
)

/** Tables the API schema resolves: `api-property-name` and `api-property-type` judge those. */
function schemaTables(page: Page, api: ApiIndex | undefined): Set<Table> {
  return new Set(api ? resolvePropertyTables(page, api).map((resolved) => resolved.table) : [])
}

interface Row {
  rowIndex: number
  nameCell: Cell
  typeCell?: Cell
  name: string
}

function readRows(table: Table): Row[] {
  const nameColumn = table.columns.indexOf('property')
  const typeColumn = table.columns.indexOf('type')
  const rows: Row[] = []
  for (const [rowIndex, row] of table.rows.entries()) {
    const nameCell = row.cells[nameColumn]
    const name = nameCell?.text.trim() ?? ''
    if (nameCell && name !== '') rows.push({rowIndex, nameCell, typeCell: typeColumn === -1 ? undefined : row.cells[typeColumn], name})
  }
  return rows
}

const fold = (name: string) => name.toLowerCase()

/** The representation of the type the table documents: the one sharing most names with it, if any. */
function representationFor(rows: readonly Row[], representations: readonly Representation[]): Representation | undefined {
  let best: Representation | undefined
  let bestCount = 0
  for (const representation of representations) {
    const keys = new Set(representation.keys.map((key) => fold(key.name)))
    const count = rows.filter((row) => keys.has(fold(row.name))).length
    if (count > bestCount) {
      best = representation
      bestCount = count
    }
  }
  return best
}

function checkTable(rows: readonly Row[], representation: Representation, source: string): Finding[] {
  const findings: Finding[] = []
  const keyOf = new Map<Row, RepresentationKey>()
  const claimed = new Set<RepresentationKey>()
  const claim = (row: Row, key: RepresentationKey) => {
    keyOf.set(row, key)
    claimed.add(key)
  }
  for (const row of rows) {
    const exact = representation.keys.find((key) => key.name === row.name)
    if (exact) claim(row, exact)
  }
  // An identifier in another case is the key it folds to; one the representation does not
  // know may be a property it leaves out, and is not reported.
  for (const row of rows) {
    if (keyOf.has(row) || !isIdentifier(row.name)) continue
    const folded = representation.keys.filter((key) => fold(key.name) === fold(row.name))
    if (folded.length !== 1) continue
    claim(row, folded[0]!)
    findings.push(nameFinding(row, folded, source))
  }
  // A translated name (letters of another alphabet) is the one key no row has whose type
  // fits; each key taken narrows the rest.
  const translated = rows.filter((row) => !keyOf.has(row) && /[^\x00-\x7f]/.test(row.name))
  const fitting = (row: Row) => representation.keys.filter((key) => !claimed.has(key) && fitsType(key, row.typeCell, source))
  for (let progress = true; progress; ) {
    progress = false
    for (const row of translated) {
      const candidates = keyOf.has(row) ? [] : fitting(row)
      if (candidates.length !== 1) continue
      claim(row, candidates[0]!)
      progress = true
    }
  }
  for (const row of translated) {
    const key = keyOf.get(row)
    const candidates = key ? [key] : fitting(row)
    if (candidates.length > 0) findings.push(nameFinding(row, candidates, source))
  }
  for (const row of rows) {
    const key = keyOf.get(row)
    const finding = key ? typeFinding(row, key, source) : undefined
    if (finding) findings.push(finding)
  }
  return findings.sort((a, b) => a.range.start - b.range.start)
}

function nameFinding(row: Row, candidates: readonly RepresentationKey[], source: string): Finding {
  const expected = candidates.length === 1 ? candidates[0]!.name : undefined
  return {
    range: row.nameCell.range,
    reason: `Unexpected ${quote(row.name)}, not a key of the JSON representation${expected ? `, expected ${quote(expected)}` : ''}`,
    actual: row.name,
    expected: expected ?? candidates.map((key) => key.name),
    fix: expected ? replaceWithin(row.nameCell, row.name, expected, source) : undefined,
    key: `name ${row.rowIndex}`
  }
}

/** A type cell that names no type (`Строка`, `Cadeia de caracteres`) gets the representation's. */
function typeFinding(row: Row, key: RepresentationKey, source: string): Finding | undefined {
  const cell = row.typeCell
  const text = cell?.text.trim() ?? ''
  if (!cell || text === '' || namesType(cell, source)) return undefined
  const expected = documentedType(key.typeText)
  if (!expected) return undefined
  return {
    range: cell.range,
    reason: `Unexpected type ${quote(text)} for ${quote(key.name)}, expected ${quote(expected)}`,
    actual: text,
    expected,
    fix: replaceWithin(cell, text, expected, source),
    key: `type ${row.rowIndex}`
  }
}

/**
 * Whether a type cell names some type, without a schema to ask: a primitive
 * (`String`, `Int32`), a link to a type page, a camelCase or qualified name
 * (`identitySet`, `microsoft.graph.identity`). Translated words do not.
 */
function namesType(cell: Cell, source: string): boolean {
  if (/\]\(/.test(source.slice(cell.range.start, cell.range.end))) return true
  const words = cell.text.match(/[A-Za-z_][\w]*(?:\.[A-Za-z_]\w*)*/g) ?? []
  return words.some((word) => edmTypeNameForDocType(word) !== undefined || word.includes('.') || /^[a-z]+[A-Z]/.test(word))
}

/** Replace `actual` where it stands in the cell, markup around it (`**`, a link) untouched. */
function replaceWithin(cell: Cell, actual: string, expected: string, source: string): Finding['fix'] {
  const content = source.slice(cell.range.start, cell.range.end)
  const at = content.indexOf(actual)
  if (at === -1 || content.indexOf(actual, at + 1) !== -1) return undefined
  const start = cell.range.start + at
  return {range: {start, end: start + actual.length}, text: expected}
}

// Placeholders the representation writes for types JSON has no literal for.
const qualifiedStrings: Record<string, string> = {timestamp: 'DateTimeOffset', duration: 'Duration'}

/**
 * How the docs write the type of a placeholder: `String (identifier)` →
 * `String`, `String (timestamp)` → `DateTimeOffset`, `microsoft.graph.identity`
 * → `identity`, `Collection(String)` → `String collection`. Sample values
 * (`"url"`, numbers) name no type.
 */
function documentedType(typeText: string): string | undefined {
  const collection = /^Collection\((.+)\)$/.exec(typeText)
  if (collection) {
    const element = documentedType(collection[1]!)
    return element ? `${element} collection` : undefined
  }
  const [, base = typeText.trim(), qualifier] = /^(\S+)\s*\((\w+)\)$/.exec(typeText.trim()) ?? []
  const edm = edmTypeNameForDocType(base)
  if (edm === 'Edm.String' && qualifier) return qualifiedStrings[qualifier.toLowerCase()] ?? 'String'
  if (edm) return docTypeNameForEdmType(edm)
  if (/^[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)+$/.test(base)) return base.slice(base.lastIndexOf('.') + 1)
  return undefined
}

/** Whether a row's type cell could describe the key: it names the key's type, or names no type at all. */
function fitsType(key: RepresentationKey, typeCell: Cell | undefined, source: string): boolean {
  if (!typeCell || !namesType(typeCell, source)) return true
  const expected = documentedType(key.typeText)?.replace(/ collection$/, '')
  if (!expected) return false
  return new RegExp(`(?<![\\w.])${expected}(?!\\w)`, 'i').test(typeCell.text)
}
