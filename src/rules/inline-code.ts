/**
 * Inline code is never translated: every `` `code` `` of the English side
 * must stand unchanged on the translated side. Order may change with the
 * sentence; a changed token is fixed in place, a dropped one is reported.
 */
import type {CodeToken, Segment} from '../extract/types.js'
import {createRule, type Finding} from './create-rule.js'
import {quote} from './util/cells.js'

export const inlineCode = createRule(
  {
    id: 'inline-code',
    description: 'Inline code in a translated segment was changed or dropped.',
    category: 'translation',
    fixable: true
  },
  ({page, source, report}) => {
    for (const segment of page.segments) for (const finding of compareCode(segment, source)) report(finding)
  }
)

export function compareCode(segment: Segment, source: string): Finding[] {
  const english = segment.english.code
  if (english.length === 0) return []
  const localized = segment.localized.code
  // Compared with an English page rather than a span, dropped backticks around an intact token are formatting.
  const unmatchedEnglish = withoutMatches(english, localized).filter(
    (token) => segment.origin === undefined || !segment.localized.text.includes(token.value.trim())
  )
  if (unmatchedEnglish.length === 0) return []
  const unmatchedLocalized = withoutMatches(localized, english)
  const findings: Finding[] = []
  // Same count left on both sides: the n-th changed token is the n-th expected one.
  if (unmatchedLocalized.length === unmatchedEnglish.length) {
    for (const [index, actual] of unmatchedLocalized.entries()) {
      const expected = unmatchedEnglish[index]!
      findings.push({
        range: actual.range,
        reason: `Unexpected code ${quote(actual.value)}, expected ${quote(expected.value)}`,
        actual: actual.value,
        expected: expected.value,
        fix: {text: expected.raw ?? source.slice(expected.range.start, expected.range.end)},
        segmentId: segment.id,
        key: expected.value
      })
    }
    return findings
  }
  for (const expected of unmatchedEnglish) {
    findings.push({
      range: segment.localized.range,
      reason: `Missing code ${quote(expected.value)} in the translation`,
      expected: expected.value,
      actual: segment.localized.text,
      segmentId: segment.id,
      key: expected.value
    })
  }
  return findings
}

/** Tokens of `side` left over after striking out one equal token of `other` for each. */
function withoutMatches(side: readonly CodeToken[], other: readonly CodeToken[]): CodeToken[] {
  const available = new Map<string, number>()
  for (const token of other) available.set(token.value.trim(), (available.get(token.value.trim()) ?? 0) + 1)
  return side.filter((token) => {
    const count = available.get(token.value.trim()) ?? 0
    if (count === 0) return true
    available.set(token.value.trim(), count - 1)
    return false
  })
}
