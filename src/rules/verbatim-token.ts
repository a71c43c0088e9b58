/**
 * Names and literals outside Graph's own tables stay verbatim: an EWS
 * `Element` cell (`Persona`, not `Роль`), a value in an `Internal type name |
 * Value` table, an accepted-values list (`Shallow`, not `浅い`), the term of a
 * definition-style list, a PowerShell parameter or parameter-set heading, the
 * value of a MAPI `Data type:` row. Where a token is code comes from the
 * page's content and its doc-set profile (src/profiles/), not from a list of
 * pages or tokens. Cells other rules own (members, values, properties and
 * types of Graph-shaped tables) are left to them.
 */
import type {Segment} from '../extract/types.js'
import {cellContent, isKeyValueTable, verbatimValueRows} from '../model/column-roles.js'
import {segmentsStartingWithin} from '../model/segment-lookup.js'
import type {Cell, Heading, Page} from '../model/types.js'
import {docSetProfiles} from '../profiles/doc-sets.js'
import {fieldValues, matchesAny, profileOf, type Profile} from '../profiles/profile.js'
import {containsWholeToken, isPrimitiveTypeName, isProseAnswer, isSingleToken, strongShape} from '../util/identifier-shapes.js'
import {createRule, type Finding} from './create-rule.js'
import {isCodeToken, isUnmistakableCodeToken} from './code-token.js'
import {isIdentifier, quote, soleSegment} from './util/cells.js'

export const verbatimToken = createRule(
  {
    id: 'verbatim-token',
    description: 'A name or literal in a verbatim position (a column, list or heading of names) was translated.',
    category: 'translation',
    fixable: true
  },
  ({page, source, report}) => {
    const profile = profileOf(docSetProfiles, page)
    if (profile?.termParagraphs || profile?.codeCaptions) {
      for (const finding of termParagraphFindings(page, source, profile)) report(finding)
    }
    for (const finding of tableFindings(page, profile)) report(finding)
    for (const finding of listFindings(page, profile)) report(finding)
    for (const finding of headingFindings(page, profile)) report(finding)
    if (profile?.namedLinks) for (const finding of namedLinkFindings(page)) report(finding)
  }
)


/** Plain text a comparison sees: markup and padding gone. */
function plain(text: string): string {
  return text.replace(/[*`]/g, '').replace(/\\(?=[<>_])/g, '').replace(/\s+/g, ' ').trim()
}

function tokenFinding(segment: Segment, context: string): Finding {
  const {localized, english} = segment
  return {
    range: localized.range,
    reason: `Unexpected ${quote(localized.text)} for the code token ${quote(english.text)}, expected ${quote(english.text)}`,
    actual: localized.text,
    expected: english.text,
    fix: {text: english.raw},
    segmentId: segment.id,
    note: `The token stands in ${context}.`
  }
}

/**
 * Whether the translation kept `english`: exactly, or but for case where the
 * doc set's names ignore it, as `X-` header fields do (`X-Sharing-Config-URL`).
 */
function kept(localized: string, english: string, profile: Profile | undefined): boolean {
  if (localized === english) return true
  const caseInsensitive = profile?.caseInsensitiveNames === true || strongShape(english) === 'header-field'
  return caseInsensitive && localized.toLowerCase() === english.toLowerCase()
}

/** A cell whose one segment is a single token the translation changed. */
function changedToken(cell: Cell | undefined, accept: (token: string) => boolean, profile: Profile | undefined): Segment | undefined {
  const segment = cell && soleSegment(cell)
  if (!segment) return undefined
  const english = plain(segment.english.text)
  if (!isSingleToken(english) || isProseAnswer(english) || !accept(english)) return undefined
  return kept(plain(segment.localized.text), english, profile) ? undefined : segment
}

function* tableFindings(page: Page, profile: Profile | undefined): Generator<Finding> {
  for (const table of page.tables) {
    for (const [column, role] of table.columns.entries()) {
      const header = cellContent(table.header.cells[column]) || 'a column of names'
      let accept: ((token: string) => boolean) | undefined
      if (role === 'verbatim') accept = () => true
      // Graph-shaped tables have rules of their own for these roles; elsewhere only unmistakable types.
      else if (role === 'type' && (table.kind === 'other' || table.kind === 'enum')) accept = (token) => isPrimitiveTypeName(token) || strongShape(token) !== undefined
      // A header parameter in a parameters table (`X-NuGet-ApiKey`) is no identifier, so the property rule leaves it.
      else if (role === 'property' && table.kind === 'property') accept = (token) => !isIdentifier(token) && strongShape(token) === 'header-field'
      if (!accept) continue
      for (const row of table.rows) {
        const segment = changedToken(row.cells[column], accept, profile)
        if (segment) yield tokenFinding(segment, `the ${quote(header)} column`)
      }
    }
    if (isKeyValueTable(table)) {
      for (const index of verbatimValueRows(table, profile)) {
        const row = table.rows[index]!
        // `Associated properties: None` says there is nothing, in words a translation renders. Not a prose
        // answer everywhere: in a column of values `None` is a member (`none` in Graph, `None` in EWS).
        const segment = changedToken(row.cells[1], (token) => token.toLowerCase() !== 'none', profile)
        if (segment && !isCodeToken(segment.english.text)) yield tokenFinding(segment, `the value of ${quote(cellContent(row.cells[0]))}`)
      }
    }
  }
}

const termPattern = /^\s*(\*\*|__|`)([^*_`]+?)\1\s*(?=[:：\-–—(]|$)/

interface ListEntry {
  segment: Segment
  english: string
  /** The bold or code term of a definition-style entry, when there is one. */
  term?: {english: string; localized?: {text: string; start: number; end: number}}
}

function listEntries(page: Page, range: {start: number; end: number}): ListEntry | undefined {
  const [segment] = segmentsStartingWithin(page.segments, range)
  if (!segment) return undefined
  const entry: ListEntry = {segment, english: plain(segment.english.text)}
  const englishTerm = termPattern.exec(segment.english.raw)
  if (englishTerm && englishTerm[2]!.trim() !== entry.english) {
    const localizedTerm = termPattern.exec(segment.localized.raw)
    const term: ListEntry['term'] = {english: englishTerm[2]!.trim()}
    if (localizedTerm) {
      const start = segment.localized.range.start + localizedTerm.index + localizedTerm[0].indexOf(localizedTerm[2]!)
      term.localized = {text: localizedTerm[2]!, start, end: start + localizedTerm[2]!.length}
    }
    entry.term = term
  }
  return entry
}

/** Evidence that names in a list or column are code: a shape no prose word has, or an inner capital. */
function looksLikeCode(token: string): boolean {
  return strongShape(token) !== undefined || /[a-z][A-Z]/.test(token)
}

function* listFindings(page: Page, profile: Profile | undefined): Generator<Finding> {
  for (const list of page.lists ?? []) {
    if (list.items.length < 2) continue
    const entries = list.items.flatMap((item) => listEntries(page, item.range) ?? [])
    const tokens = entries.filter((entry) => !entry.term && isSingleToken(entry.english))
    if (tokens.length >= 2 && tokens.length * 10 >= entries.length * 7 && tokens.some((entry) => looksLikeCode(entry.english))) {
      for (const {segment, english} of tokens) {
        if (isProseAnswer(english) || isCodeToken(segment.english.text) || kept(plain(segment.localized.text), english, profile)) continue
        yield tokenFinding(segment, 'a list of names')
      }
    }
    const terms = entries.filter((entry) => entry.term && isSingleToken(entry.term.english))
    if (terms.length < 2 || terms.length * 10 < entries.length * 7 || !terms.some((entry) => looksLikeCode(entry.term!.english))) continue
    for (const {segment, term} of terms) {
      const expected = term!.english
      if (isProseAnswer(expected)) continue
      if (term!.localized ? kept(plain(term!.localized.text), expected, profile) : containsWholeToken(segment.localized.text, expected)) continue
      const at = term!.localized
      yield {
        range: at ? {start: at.start, end: at.end} : segment.localized.range,
        reason: `Unexpected ${quote(at?.text ?? segment.localized.text)} for the term ${quote(expected)}, expected ${quote(expected)}`,
        actual: at?.text ?? segment.localized.text,
        expected,
        fix: at ? {text: expected} : undefined,
        segmentId: segment.id,
        key: expected,
        note: 'The term opens an entry of a definition-style list of names.'
      }
    }
  }
}

function* headingFindings(page: Page, profile: Profile | undefined): Generator<Finding> {
  if (!profile) return
  const apiNames = new Set(profile.apiNameField ? fieldValues(page.frontMatter?.fields[profile.apiNameField]).map((name) => name.trim()) : [])
  const open: Heading[] = []
  for (const heading of page.headings) {
    while (open.length > 0 && open.at(-1)!.depth >= heading.depth) open.pop()
    const rule = profile.nameSections.find(
      (section) => section.depth === heading.depth && open.some((parent) => matchesAny([section.section], parent.english ?? parent.anchor))
    )
    open.push(heading)
    const [segment, ...rest] = segmentsStartingWithin(page.segments, heading.range)
    if (!segment || rest.length > 0) continue
    const english = plain(segment.english.text)
    const leading = english.split(' ')[0]!
    let expected: string | undefined
    if (rule && matchesAny(rule.prose, english)) continue
    if (rule?.shape === 'whole' && isSingleToken(english)) expected = english
    else if (rule?.shape === 'leading-token' && isSingleToken(leading) && looksLikeNameHeading(english)) expected = leading
    // A page titled by its api name in words (`Hide Meeting Update Option Property`) names no token.
    else if (isSingleToken(english) && apiNames.has(english)) expected = english
    else if (isSingleToken(leading) && apiNames.has(leading)) expected = leading
    if (!expected || isProseAnswer(expected) || (expected === english && isCodeToken(segment.english.text))) continue
    const localizedText = plain(segment.localized.text)
    if (containsWholeToken(localizedText, expected)) continue
    if (profile.caseInsensitiveNames && containsWholeToken(localizedText.toLowerCase(), expected.toLowerCase())) continue
    const whole = expected === english
    yield {
      range: segment.localized.range,
      reason: `Unexpected ${quote(segment.localized.text)} for the code token ${quote(expected)}, expected ${quote(expected)}`,
      actual: segment.localized.text,
      expected: whole ? english : expected,
      // Only a heading that is nothing but the name can be replaced whole.
      fix: whole ? {text: segment.english.raw} : undefined,
      segmentId: segment.id,
      key: expected,
      note: 'The heading names code documented on this page.'
    }
  }
}

/** A parameter-set heading: a name, optionally followed by a parenthesised note (`ComputerName (Default)`). */
function looksLikeNameHeading(english: string): boolean {
  return /^[\w-]+(?: \([^)]*\))?$/.test(english)
}

/** The page name a link points to: `isread` for `isread.md#remarks` or `../mapi/isread`. */
function targetName(url: string): string | undefined {
  const path = url.split(/[?#]/)[0]!
  if (path === '' || /^[a-z]+:/i.test(path) && !/^https?:\/\/(docs|learn)\.microsoft\.com\//i.test(path)) return undefined
  return path.split('/').pop()!.replace(/\.md$/i, '').toLowerCase()
}

/**
 * A link labelled with the name of the page it points to (`[IsRead](isread.md)`)
 * names that element, property or interface; the translation must keep the
 * label. A label that keeps the name among a few words is fine.
 */
function* namedLinkFindings(page: Page): Generator<Finding> {
  const checkedWhole = new Set<Segment>()
  for (const segment of page.segments) {
    for (const link of segment.english.links) {
      const label = plain(link.text)
      const name = targetName(link.url)
      if (!name || !isSingleToken(label) || label.toLowerCase().replace(/[-_]/g, '') !== name.replace(/[-_]/g, '')) continue
      // code-token owns whole-segment tokens and unmistakable labels.
      if ((isCodeToken(label) && plain(segment.english.text) === label) || isUnmistakableCodeToken(label)) continue
      const actual = segment.localized.links.find((candidate) => candidate.url.split('#')[0] === link.url.split('#')[0])
      if (!actual || plain(actual.text) === '' || plain(actual.text) === label) continue
      // The name intact in the sentence, the link only moved to a neighbouring word: nothing to copy wrong.
      if (containsWholeToken(segment.localized.text, label)) continue
      // A segment that is only this link is reported once, and fixed whole.
      const whole = plain(segment.english.text) === label && !checkedWhole.has(segment)
      if (whole) checkedWhole.add(segment)
      yield {
        range: segment.localized.range,
        reason: `Unexpected link label ${quote(actual.text)} for the code token ${quote(label)}, expected ${quote(label)}`,
        actual: actual.text,
        expected: label,
        fix: whole ? {text: segment.english.raw} : undefined,
        segmentId: segment.id,
        key: link.url,
        note: 'The link points to the reference page of that name.'
      }
    }
  }
}

/**
 * A line holding only an emphasised name (`**dbl**`, `_lpMessage_`, emphasis
 * inside or around the spans) is code in two doc-set shapes: MAPI's
 * definitions, where a block quote describing the name follows (a member,
 * parameter or return value), and EWS's type captions, where the line comes
 * right after the element's XML.
 */
function* termParagraphFindings(page: Page, source: string, profile: Profile): Generator<Finding> {
  for (const segment of page.segments) {
    const lineStart = source.lastIndexOf('\n', segment.range.start - 1) + 1
    const lineEnd = source.indexOf('\n', segment.range.end)
    const before = source.slice(lineStart, segment.range.start)
    const after = source.slice(segment.range.end, lineEnd === -1 ? source.length : lineEnd)
    if (!/^[ \t*_]*$/.test(before) || !/^[ \t*_]*\r?$/.test(after)) continue
    const emphasised = /[*_]/.test(before) || /^\s*(\*\*|__|\*|_)[^*_\s]+\1\s*$/.test(segment.english.raw)
    const expected = plain(segment.english.text).replace(/^_|_$/g, '')
    if (!emphasised || !isSingleToken(expected) || isProseAnswer(expected) || isCodeToken(expected)) continue
    const definition = profile.termParagraphs && lineEnd !== -1 && /^(?:[ \t]*\r?\n)*[ \t]*>/.test(source.slice(lineEnd + 1, lineEnd + 200))
    const caption = profile.codeCaptions && /(?:^|\n)[ \t]*(?:```|~~~)[ \t]*(?:\r?\n[ \t]*)*$/.test(source.slice(Math.max(0, lineStart - 200), lineStart))
    if (!definition && !caption) continue
    if (kept(plain(segment.localized.text).replace(/^_|_$/g, ''), expected, profile)) continue
    yield tokenFinding(segment, definition ? 'a definition of a member, parameter or return value' : 'the type named under a code block')
  }
}
