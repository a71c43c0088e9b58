/**
 * An `Authorization` value is written as code: `Bearer {token}`. Machine
 * translation turns it into `ベアラー {トークン}` or `Носитель {токен}`, which
 * a reader pastes into a request. With spans the English gives the words;
 * without spans the header does (`Authorization` takes `Bearer` and a
 * `token` placeholder), and where the translation took the header's name
 * too (`Autorização`), a `{token}` or `{code}` placeholder in its value says
 * which header it is. Only the scheme and the placeholder are replaced, in
 * the brackets the page used; the sentence around them is left alone.
 */
import type {Range} from '../extract/types.js'
import type {Cell, Page, Row, Table} from '../model/types.js'
import {createRule, type Finding} from './create-rule.js'
import {quote} from './util/cells.js'
import {hasTranslatedLetters} from './util/fault.js'
import {isHeaderFieldName} from './util/http-headers.js'

/** `{token}`, `<token>` and `&lt;token&gt;` (as Markdown sources write `<token>` in a table). */
const placeholderPattern = /\{([^{}\n]{1,40})\}|&lt;(.{1,40}?)&gt;|<([^<>\n]{1,40})>/g
const bearer = 'Bearer'

interface Placeholder {
  start: number
  end: number
  open: string
  inner: string
  close: string
}

export const headerValue = createRule(
  {
    id: 'header-value',
    description: 'The `Bearer` scheme or a placeholder in a header value is translated.',
    category: 'translation',
    fixable: true
  },
  ({page, source, report}) => {
    for (const {table, row} of headerRows(page)) {
      const headerColumn = table.columns.indexOf('header')
      const nameCell = row.cells[headerColumn]
      const header = (nameCell?.english ?? nameCell?.text ?? '').trim()
      // The value may stand in any cell after the name: `Name | Type | Description` puts it third.
      for (const [column, cell] of row.cells.entries()) {
        if (column === headerColumn) continue
        const named = nameCell?.english === undefined && !isHeaderFieldName(header) && holdsAuthorizationPlaceholder(cell.text) ? 'Authorization' : header
        for (const part of translatedParts(cell)) {
          const finding = checkPart(source, part, named)
          if (finding) report(finding)
        }
      }
    }
  }
)

/** What a translation wrote in the cell, with the English it came from when spans give it. */
function translatedParts(cell: Cell): {range: Range; englishRaw?: string; segmentId?: string}[] {
  if (cell.segments.length === 0) return [{range: cell.range}]
  return cell.segments.map((segment) => ({range: segment.localized.range, englishRaw: segment.english.raw, segmentId: segment.id}))
}

function checkPart(source: string, part: {range: Range; englishRaw?: string; segmentId?: string}, header: string): Finding | undefined {
  const text = source.slice(part.range.start, part.range.end)
  const english = part.englishRaw
  const isAuthorization = header.toLowerCase() === 'authorization'
  // With spans the English must hold the scheme for it to be missing; without, the header says so.
  const wantsBearer = english === undefined ? isAuthorization : english.includes(bearer)
  const placeholders = findPlaceholders(text)
  const englishPlaceholders = english === undefined ? undefined : findPlaceholders(english)
  for (const [index, placeholder] of placeholders.entries()) {
    const expectedInner = englishPlaceholders
      ? englishPlaceholders.length === placeholders.length
        ? englishPlaceholders[index]!.inner
        : undefined
      : isAuthorization
        ? 'token'
        : undefined
    const translatedPlaceholder = hasTranslatedLetters(placeholder.inner) && expectedInner !== undefined && !hasTranslatedLetters(expectedInner)
    // A page without spans that has no `Bearer` at all lost it to the translation, whatever script the word is in.
    const schemeless = english === undefined && wantsBearer && !/bearer/i.test(text)
    const scheme = wantsBearer && index === 0 ? schemeBefore(text, placeholder.start, schemeless) : undefined
    const trailing = schemeless && index === 0 && !scheme ? schemeAfter(text, placeholder.end) : undefined
    const placeholderText = `${placeholder.open}${translatedPlaceholder ? expectedInner : placeholder.inner}${placeholder.close}`
    if (trailing) {
      // `{token} de portador`: where the scheme ends and the sentence goes on is a matter of the language, so no fix.
      const actual = text.slice(placeholder.start, trailing)
      const expected = `${bearer} ${placeholderText}`
      return {
        range: {start: part.range.start + placeholder.start, end: part.range.start + trailing},
        reason: `Unexpected ${quote(actual)} in the ${quote(header)} value, expected ${quote(expected)}`,
        actual,
        expected,
        segmentId: part.segmentId,
        key: `${header} ${index}`
      }
    }
    if (!translatedPlaceholder && !scheme) continue
    const start = scheme ? scheme.start : placeholder.start
    const actual = text.slice(start, placeholder.end)
    // CJK text runs the translated scheme into the placeholder (`持有者{令牌}`); the scheme is always followed by a space.
    const expected = `${scheme ? `${bearer}${scheme.gap === '' ? ' ' : scheme.gap}` : text.slice(start, placeholder.start)}${placeholderText}`
    return {
      range: {start: part.range.start + start, end: part.range.start + placeholder.end},
      reason: `Unexpected ${quote(actual)} in the ${header === '' ? 'header' : quote(header)} value, expected ${quote(expected)}`,
      actual,
      expected,
      fix: {text: expected},
      segmentId: part.segmentId,
      key: `${header} ${index}`
    }
  }
  return undefined
}

function findPlaceholders(text: string): Placeholder[] {
  return [...text.matchAll(placeholderPattern)].map((match) => {
    const inner = match[1] ?? match[2] ?? match[3] ?? ''
    const open = match[1] !== undefined ? '{' : match[2] !== undefined ? '&lt;' : '<'
    const close = match[1] !== undefined ? '}' : match[2] !== undefined ? '&gt;' : '>'
    return {start: match.index, end: match.index + match[0].length, open, inner, close}
  })
}

/**
 * The word right before the first placeholder, when a translation wrote it in
 * place of `Bearer`: in letters of another script, or, in a value that has
 * lost `Bearer` altogether, in any letters (`Portador {token}`).
 */
function schemeBefore(text: string, placeholderStart: number, schemeless: boolean): {start: number; gap: string} | undefined {
  const before = /(\S+)(\s*)$/u.exec(text.slice(0, placeholderStart))
  if (!before || before[1] === bearer) return undefined
  if (!hasTranslatedLetters(before[1]!) && !(schemeless && /^\p{L}+$/u.test(before[1]!))) return undefined
  return {start: before.index, gap: before[2] ?? ''}
}

/**
 * Where the words a translation put after the placeholder end (`{token} de
 * portador. Obrigatório.`: the scheme moved behind it), up to the first mark;
 * undefined when the placeholder ends its sentence (the English `{token}. Required.`).
 */
function schemeAfter(text: string, placeholderEnd: number): number | undefined {
  const after = /^(?:[ \t\u00a0]+\p{L}+){1,3}/u.exec(text.slice(placeholderEnd))
  return after ? placeholderEnd + after[0].length : undefined
}

/** `{token}`, `<token>` or `{code}` (the English's placeholders for a bearer token) in a value. */
function holdsAuthorizationPlaceholder(text: string): boolean {
  return findPlaceholders(text).some((placeholder) => /^(token|code)$/i.test(placeholder.inner))
}

function* headerRows(page: Page): Generator<{table: Table; row: Row}> {
  for (const table of page.tables) {
    if (table.kind !== 'header' || !table.columns.includes('header')) continue
    for (const row of table.rows) yield {table, row}
  }
}
