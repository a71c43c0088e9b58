/**
 * The check most translation rules share: a table cell holding a code token
 * (member name, value, property name, header name) whose translated side
 * differs from its English side. The English is the truth and the fix.
 */
import type {Segment} from '../../extract/types.js'
import type {ColumnRole, Page, TableKind} from '../../model/types.js'
import type {Finding} from '../create-rule.js'
import {cellsWithRole, quote, sameToken, soleSegment, type RoleCell} from './cells.js'

export interface MistranslatedToken {
  entry: RoleCell
  segment: Segment
}

/** Cells of `role` in tables of `kinds` whose English is a token (`isToken`) the translation changed. */
export function* mistranslatedTokens(
  page: Page,
  kinds: readonly TableKind[],
  role: ColumnRole,
  isToken: (english: string) => boolean
): Generator<MistranslatedToken> {
  for (const entry of cellsWithRole(page, kinds, role)) {
    const segment = soleSegment(entry.cell)
    if (!segment || !isToken(segment.english.text) || sameToken(segment.localized.text, segment.english.text)) continue
    // Aligned from an English page, a cell that differs only by a trailing `.;,` or by emphasis is formatting.
    if (segment.origin !== undefined && withoutFormatting(segment.localized.text) === withoutFormatting(segment.english.text)) continue
    // Translated words beside the intact token (`organizer － 組織者`, `имя roomName`) explain it; they do not replace it.
    if (segment.origin !== undefined && keepsTokenAmongWords(segment.localized.text, segment.english.text.trim())) continue
    yield {entry, segment}
  }
}

/** "Unexpected `せ` for member `completed`, expected `completed`", fixed by the English. */
export function tokenFinding(segment: Segment, subject: string): Finding {
  const {localized, english} = segment
  return {
    range: localized.range,
    reason: `Unexpected ${quote(localized.text)} for ${subject}, expected ${quote(english.text)}`,
    actual: localized.text,
    expected: english.text,
    fix: {text: english.raw},
    segmentId: segment.id
  }
}

export function withoutFormatting(text: string): string {
  return text.replace(/[*_`]/g, '').trim().replace(/[.;,]+$/, '')
}

/** The token stands whole in the text, and everything else is words of another script and punctuation. */
export function keepsTokenAmongWords(text: string, token: string): boolean {
  const at = text.indexOf(token)
  if (at === -1 || token === '') return false
  const rest = text.slice(0, at) + ' ' + text.slice(at + token.length)
  const bounded = !/[\w$@.]/.test(text[at - 1] ?? ' ') && !/[\w$@]/.test(text[at + token.length] ?? ' ')
  return bounded && !/[A-Za-z\d]/.test(rest)
}
