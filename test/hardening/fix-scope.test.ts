/**
 * Regressions for what a fix may touch and how much a message may hold:
 * link destinations as micromark ends them, mismatched span ids, and pages
 * that would yield thousands of findings.
 */
import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {fixPage} from '../../src/fix/fix-page.js'
import {lintText} from '../../src/lint/lint-text.js'
import {maxFindingsPerRule} from '../../src/lint/remark-locdoc.js'
import {maxQuoted} from '../../src/rules/util/cells.js'

const statePage = readFileSync(new URL('../../content/de-DE/intune-onboarding-vpptokenstate.md', import.meta.url), 'utf8')
const deletePage = readFileSync(new URL('../../content/de-DE/intune-onboarding-vpptoken-delete.md', import.meta.url), 'utf8')

function linkPage(target: string): string {
  return [
    '---',
    'title: Benutzer',
    'ms.translationtype: MT',
    '---',
    '',
    '# Benutzer',
    '',
    `<span data-ttu-id="b7c1-101">Siehe [Benutzer](${target}).</span><span class="sxs-lookup"><span data-stu-id="b7c1-101">See [user](../resources/user.md).</span></span>`,
    ''
  ].join('\n')
}

describe('link destinations', () => {
  for (const [name, space] of [
    ['a no-break space', '\u00A0'],
    ['a line separator', '\u2028'],
    ['a zero width no-break space', '\uFEFF']
  ]) {
    it(`should replace the whole destination when it holds ${name}`, () => {
      const outcome = fixPage(lintText(linkPage(`../resources/${space}user.md`), {path: 'page.md'}))
      expect(outcome.status).toBe('fixed')
      expect(outcome.output).toBe(linkPage('../resources/user.md'))
    })
  }

  it('should still end a destination at an ASCII space before a title', () => {
    const file = lintText(linkPage('../resources/usr.md "Titel"'), {path: 'page.md'})
    const message = file.messages.find((entry) => entry.ruleId === 'link-target')!
    expect(message.fix?.text).toBe('../resources/user.md')
    const [start, end] = message.fix!.range
    expect(String(file.value).slice(start, end)).toBe('../resources/usr.md')
  })
})

describe('span markup and the English side', () => {
  // The translated span says one id, the English span another: they do not pair.
  const mismatched = statePage.replace('<span data-stu-id="a0fb9-114">valid', '<span data-stu-id="a0fb9-199">valid')

  it('should report a cell with mismatched span ids but withhold any fix that would rewrite its spans', () => {
    expect(mismatched).not.toBe(statePage)
    const file = lintText(mismatched, {path: 'page.md'})
    const inRow = file.messages.filter((message) => message.line === 27)
    expect(inRow.map((message) => message.ruleId)).toContain('span-structure')
    const withheld = inRow.filter((message) => message.note?.includes('Fix withheld'))
    expect(withheld.length).toBeGreaterThan(0)
    expect(inRow.every((message) => message.fix === undefined)).toBe(true)
    const outcome = fixPage(file)
    const line = (text: string) => text.split('\n')[26]
    expect(line(outcome.output)).toBe(line(mismatched))
  })

  it('should never let a fix range cover span markup or English text', () => {
    const file = lintText(statePage, {path: 'page.md'})
    const source = String(file.value)
    const fixes = file.messages.flatMap((message) => (message.fix ? [message.fix] : []))
    expect(fixes.length).toBeGreaterThan(0)
    for (const segment of file.data.page!.segments) {
      for (const {range} of fixes) {
        const touches = range[0] < segment.range.end && segment.range.start < range[1]
        if (touches) {
          expect(range[0]).toBeGreaterThanOrEqual(segment.localized.range.start)
          expect(range[1]).toBeLessThanOrEqual(segment.localized.range.end)
        }
      }
    }
    for (const {range} of fixes) expect(source.slice(range[0], range[1])).not.toMatch(/<\/?span/)
  })
})

describe('pages that would yield thousands of findings', () => {
  const longLine = deletePage.replace('LÖSCHEN /deviceAppManagement/vppTokens/{vppTokenId}', `DELETE /${'ä/'.repeat(8192)}`)

  it(`should report at most ${maxFindingsPerRule} findings of a rule on a page, then one summary`, () => {
    const file = lintText(longLine, {path: 'page.md'})
    const ofRule = file.messages.filter((message) => message.ruleId === 'http-request')
    expect(ofRule).toHaveLength(maxFindingsPerRule + 1)
    expect(ofRule.at(-1)!.reason).toMatch(/^7692 more `http-request` findings on this page are not shown/)
  })

  it('should quote a bounded excerpt of a long request line, never the whole of it', () => {
    const file = lintText(longLine, {path: 'page.md'})
    for (const message of file.messages) expect(message.reason.length).toBeLessThan(3 * maxQuoted + 200)
  })
})
