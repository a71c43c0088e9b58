/**
 * Link targets are addresses, not prose: the translation may reword the
 * label but must point where the English points. Locale folders
 * (`/en-us/` → `/ja-jp/`) are an expected rewrite, not a change.
 */
import type {LinkToken} from '../extract/types.js'
import {createRule} from './create-rule.js'
import {quote} from './util/cells.js'

export const linkTarget = createRule(
  {
    id: 'link-target',
    description: 'A link in a translated segment points somewhere else than in the English, or was dropped.',
    category: 'translation',
    fixable: true
  },
  ({page, source, report}) => {
    for (const segment of page.segments) {
      // An e-mail address in prose is example data a translation may localize; only spans compare it.
      const english = segment.origin === undefined ? segment.english.links : segment.english.links.filter((link) => !/^mailto:/i.test(link.url))
      if (english.length === 0) continue
      const localized = segment.localized.links
      const unmatchedEnglish = withoutMatches(english, localized)
      if (unmatchedEnglish.length === 0) continue
      const unmatchedLocalized = withoutMatches(localized, english)
      if (unmatchedLocalized.length === unmatchedEnglish.length) {
        for (const [index, actual] of unmatchedLocalized.entries()) {
          const expected = unmatchedEnglish[index]!
          const expectedRaw = expected.raw ?? (expected.range ? source.slice(expected.range.start, expected.range.end) : expected.url)
          report({
            range: actual.range ?? segment.localized.range,
            reason: `Unexpected link target ${quote(actual.url)}, expected ${quote(expected.url)}`,
            actual: actual.url,
            expected: expected.url,
            fix: actual.range ? {text: expectedRaw} : undefined,
            segmentId: segment.id,
            key: expected.url
          })
        }
        continue
      }
      for (const expected of unmatchedEnglish) {
        report({
          range: segment.localized.range,
          reason: `Missing link to ${quote(expected.url)} in the translation`,
          actual: segment.localized.text,
          expected: expected.url,
          segmentId: segment.id,
          key: expected.url
        })
      }
    }
  }
)

/**
 * Microsoft's documentation and link hosts, which serve a path in any case:
 * the localization pipeline rewrites `(v=EXCHG.80)` as `(v=exchg.80)`.
 */
const caseBlindHost = /^https?:\/\/(?:[\w-]+\.)*(?:microsoft\.com|msdn\.com|aka\.ms|live\.com|office\.com)(?=[/?#:]|$)/i

/**
 * Compare targets with the locale folder and a trailing slash set aside. The
 * host compares without case everywhere, the whole address on the hosts
 * above; elsewhere, and in a relative link, a path keeps its case.
 */
export function normalizeTarget(url: string): string {
  const trimmed = url.trim()
  const target = caseBlindHost.test(trimmed)
    ? trimmed.toLowerCase()
    : trimmed.replace(/^https?:\/\/[^/?#]+/i, (origin) => origin.toLowerCase())
  return target.replace(/^https?:/i, '').replace(/\/[a-z]{2}(?:-[a-z]{2,4}){1,2}(?=\/)/i, '/{locale}').replace(/\/$/, '')
}

function withoutMatches(side: readonly LinkToken[], other: readonly LinkToken[]): LinkToken[] {
  const available = new Map<string, number>()
  for (const link of other) available.set(normalizeTarget(link.url), (available.get(normalizeTarget(link.url)) ?? 0) + 1)
  return side.filter((link) => {
    const key = normalizeTarget(link.url)
    const count = available.get(key) ?? 0
    if (count === 0) return true
    available.set(key, count - 1)
    return false
  })
}
