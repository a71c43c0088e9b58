/**
 * HTTP header names are protocol tokens: `Accept` is not `承諾`. With spans
 * the English says what it should be; without spans the operation in the API
 * schema (or the header's value) says which header is meant.
 */
import type {Operation} from '../schema/model.js'
import type {ApiIndex} from '../schema/api-index.js'
import type {Page} from '../model/types.js'
import {createRule} from './create-rule.js'
import {cellsWithRole, quote, siblingCell, type RoleCell} from './util/cells.js'
import {mistranslatedTokens, tokenFinding} from './util/token-cells.js'
import {documentedRequestHeaders, isHeaderFieldName, isHeaderWordName} from './util/http-headers.js'

export const headerName = createRule(
  {
    id: 'header-name',
    description: 'An HTTP header name in a headers table is translated or is not a valid header name.',
    category: 'translation',
    fixable: true
  },
  ({page, api, source, report}) => {
    const entries = [...cellsWithRole(page, ['header'], 'header')]
    for (const {segment} of mistranslatedTokens(page, ['header'], 'header', isHeaderFieldName)) {
      // Header names are case-insensitive (RFC 9110): `Content-Type` for `Content-type` is the same header.
      if (segment.localized.text.toLowerCase() === segment.english.text.toLowerCase()) continue
      report(tokenFinding(segment, `header ${quote(segment.english.text)}`))
    }
    // Without spans the cell is all there is: check it against what the header can be.
    const operations = operationsOf(page, api)
    for (const entry of entries) {
      if (entry.cell.segments.length > 0) continue
      const name = headerNamePart(entry.cell.text)
      if (name === '') continue
      let candidates: string[]
      if (isHeaderFieldName(name)) {
        // A well-formed name may still be a translated word (`Akzeptieren`): it is neither a
        // header the operation takes nor a documented one, and its value gives the real one away.
        if (isKnownHeader(name, operations)) continue
        // A hyphenated name not made of header words is a translation even when nothing tells which header it was.
        const hyphenated = name.includes('-') && !name.toLowerCase().startsWith('x-')
        candidates = headerCandidates(entry, entries, operations, {byValueOnly: !hyphenated})
        if (candidates.length === 0 && !hyphenated) continue
      } else {
        candidates = headerCandidates(entry, entries, operations)
      }
      const expected = candidates.length === 1 ? candidates[0] : undefined
      // A cell that also holds a value is fixed in its name alone, where the source shows the name as written.
      const nameRange = {start: entry.cell.range.start, end: entry.cell.range.start + name.length}
      const whole = name === entry.cell.text
      const located = whole || source.slice(nameRange.start, nameRange.end) === name
      report({
        range: whole || !located ? entry.cell.range : nameRange,
        reason: `Unexpected ${quote(name)}, not an HTTP header name${expected ? `, expected ${quote(expected)}` : ''}`,
        actual: name,
        expected: expected ?? (candidates.length > 0 ? candidates : undefined),
        fix: expected && located ? {text: expected} : undefined
      })
    }
  }
)

/**
 * The English docs sometimes write a header with the value it is documented
 * for (`Prefer: outlook.timezone`): the name is the part before the colon,
 * and only that part is judged and fixed.
 */
function headerNamePart(text: string): string {
  const colon = text.indexOf(':')
  return colon > 0 && text.slice(colon + 1).trim() !== '' ? text.slice(0, colon).trimEnd() : text
}

function operationsOf(page: Page, api: ApiIndex | undefined): Operation[] {
  if (!api) return []
  const operations: Operation[] = []
  for (const request of page.requests) {
    if (request.kind !== 'syntax') continue
    const operation = api.findOperation(request.method, request.path)
    if (operation && !operations.includes(operation)) operations.push(operation)
  }
  return operations
}

/**
 * Headers the table should hold but does not: from the operation when the
 * schema knows it, else from the documented headers; narrowed by the value.
 */
function isKnownHeader(name: string, operations: readonly Operation[]): boolean {
  const lower = name.toLowerCase()
  // Vendor headers (`x-ms-…`), hyphenated names of header words (`Content-Disposition`;
  // `Arbeitsmappensitzungs-ID` kept the hyphen but not the words) and anything the operation names are real.
  if (lower.startsWith('x-') || (/^[a-z\d]+(?:-[a-z\d]+)+$/.test(lower) && isHeaderWordName(name))) return true
  return (
    operations.some((operation) => operation.requestHeaders.some((header) => header.toLowerCase() === lower)) ||
    documentedRequestHeaders.some((header) => header.name.toLowerCase() === lower)
  )
}

function headerCandidates(
  entry: RoleCell,
  entries: readonly RoleCell[],
  operations: readonly Operation[],
  options: {byValueOnly?: boolean} = {}
): string[] {
  const present = new Set(entries.map((other) => (other.cell.english ?? other.cell.text).toLowerCase()))
  const value = siblingCell(entry, 'value')
  // A value written in the name cell (`Предпочитать: outlook.timezone`) gives the header away too.
  const inline = entry.cell.text.slice(headerNamePart(entry.cell.text).length)
  const valueText = `${value?.english ?? value?.text ?? ''} ${inline}`
  // Operations imported from metadata declare no headers: then the documented ones stand in.
  const declared = [...new Set(operations.flatMap((operation) => operation.requestHeaders))]
  const pool = declared.length > 0 ? declared : documentedRequestHeaders.map((header) => header.name)
  const missing = pool.filter((name) => !present.has(name.toLowerCase()))
  const byValue = missing.filter((name) => documentedRequestHeaders.find((header) => header.name === name)?.value?.test(valueText))
  if (options.byValueOnly) return byValue
  if (missing.length <= 1) return missing
  return byValue.length > 0 ? byValue : missing
}
