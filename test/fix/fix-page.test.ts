import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {fixPage} from '../../src/fix/fix-page.js'
import {englishPage, stripSpans} from '../../src/fix/renderings.js'
import {createRule} from '../../src/rules/create-rule.js'
import {lintText} from '../../src/lint/lint-text.js'
import {bytesChangedOutsideEdits, contentPages, editsWithinRanges, hasSeeds, seedPages} from './pages.js'

function fix(text: string) {
  return fixPage(lintText(text, {path: 'page.md'}))
}

function fixableCount(text: string): number {
  return lintText(text).messages.filter((message) => message.fix).length
}

const bomLength = (text: string) => (text.startsWith('\uFEFF') ? 1 : 0)

describe.each([
  ['the seed pages (needs ../shared/seeds)', seedPages(), !hasSeeds],
  ['content/', contentPages(), false]
])('fixing %s', (_, pages, skip) => {
  it.skipIf(skip).each(pages.map((page) => [page.name, page.text] as const))('should fix %s so it re-lints with no fixable finding, idempotently', (_, text) => {
    const outcome = fix(text)
    expect(['fixed', 'clean']).toContain(outcome.status)
    expect(fixableCount(outcome.output)).toBe(0)
    expect(bytesChangedOutsideEdits(text, outcome.output, outcome.edits, bomLength(text))).toBe(0)
    // Edits lie inside the ranges the lint reported when a single pass converges.
    if (outcome.passes === 1) {
      const reported = lintText(text).messages.flatMap((message) => (message.fix ? [message.fix.range] : []))
      expect(editsWithinRanges(outcome.edits, reported)).toBe(true)
    }
    expect(fix(outcome.output).output).toBe(outcome.output)
  })
})

describe.skipIf(!hasSeeds)('fixing seed 001 (needs ../shared/seeds)', () => {
  it('should say 0, 1, completed, 3, failed in its enum table', () => {
    const seed = seedPages().find((page) => page.name.startsWith('001_'))!
    const outcome = fix(seed.text)
    expect(outcome.status).toBe('fixed')
    expect(outcome.passes).toBe(1)
    expect(outcome.edits).toHaveLength(5)
    const table = outcome.file.data.page!.tables.find((candidate) => candidate.kind === 'enum')!
    const cells = table.rows.map((row) => row.cells.slice(0, 2).map((cell) => cell.text))
    expect(cells).toEqual([
      ['none', '0'],
      ['inProgress', '1'],
      ['completed', '2'],
      ['failed', '3']
    ])
    expect(outcome.output).toContain('<span data-ttu-id="20640-117">completed</span>')
    expect(outcome.output).toContain('<span data-ttu-id="20640-121">3</span><span class="sxs-lookup"><span data-stu-id="20640-121">3</span></span>')
  })

  it('should keep a byte order mark and CRLF line endings', () => {
    const seed = seedPages().find((page) => page.name.startsWith('001_'))!
    const text = `\uFEFF${seed.text.replace(/\r?\n/g, '\r\n')}`
    const outcome = fix(text)
    expect(outcome.status).toBe('fixed')
    expect(outcome.output.startsWith('\uFEFF---\r\n')).toBe(true)
    expect(outcome.output.split('\r\n').length).toBe(text.split('\r\n').length)
    expect(outcome.output.replace(/\r\n/g, '')).not.toContain('\n')
    expect(bytesChangedOutsideEdits(text, outcome.output, outcome.edits, 1)).toBe(0)
    expect(outcome.output).toBe(`\uFEFF${fix(seed.text).output.replace(/\r?\n/g, '\r\n')}`)
  })
})

describe('fixing a type cell whose link text and link target are both translated', () => {
  // Two rules see one cell: the type rule rewrites the link, link-target its target. One subsumes the other.
  const page = readFileSync(new URL('../../content/ja-JP/intune-onboarding-vpptoken.md', import.meta.url), 'utf8').replace(
    /\|\[<span data-ttu-id="b6a04-166">vppTokenState<\/span>.*?\]\(\.\.\/resources\/intune-onboarding-vpptokenstate\.md\)\|/,
    '|<span data-ttu-id="b6a04-166">[状態](../リソース/intune-onboarding-vpptokenstate.md)</span><span class="sxs-lookup"><span data-stu-id="b6a04-166">[vppTokenState](../resources/intune-onboarding-vpptokenstate.md)</span></span>|'
  )

  it('should fix the cell whole, with no conflict', () => {
    expect(page).toContain('[状態](../リソース/')
    const outcome = fix(page)
    expect(outcome.conflicts).toEqual([])
    expect(outcome.status).toBe('fixed')
    expect(outcome.output).toContain('<span data-ttu-id="b6a04-166">[vppTokenState](../resources/intune-onboarding-vpptokenstate.md)</span>')
    expect(fixableCount(outcome.output)).toBe(0)
  })
})

describe('fixing with conflicting fixes', () => {
  const page = '# Title\n\nSome text here.\n'
  const first = createRule({id: 'first-fixer', description: 'Test.', category: 'translation', fixable: true}, (context) => {
    context.report({range: {start: 10, end: 14}, reason: 'Unexpected `Some`', fix: {text: 'One'}})
  })
  const second = createRule({id: 'second-fixer', description: 'Test.', category: 'translation', fixable: true}, (context) => {
    context.report({range: {start: 12, end: 19}, reason: 'Unexpected `me text`', fix: {text: 'Two'}})
  })

  it('should set both aside, report them, and change nothing when nothing else is left', () => {
    const outcome = fixPage(lintText(page, {ruleSet: [first, second]}), {ruleSet: [first, second]})
    expect(outcome.status).toBe('conflict')
    expect(outcome.output).toBe(page)
    expect(outcome.conflicts.map((conflict) => conflict.reason)).toEqual(['Overlapping fixes 10-14 (`One`) and 12-19 (`Two`)'])
  })

  it('should still apply the page\'s other fixes around a conflicting pair', () => {
    const third = createRule({id: 'third-fixer', description: 'Test.', category: 'translation', fixable: true}, (context) => {
      if (context.source.slice(2, 7) === 'Title') context.report({range: {start: 2, end: 7}, reason: 'Unexpected `Title`', fix: {text: 'Heading'}})
    })
    const rules = [first, second, third]
    const outcome = fixPage(lintText(page, {ruleSet: rules}), {ruleSet: rules})
    expect(outcome.status).toBe('fixed')
    expect(outcome.output).toBe('# Heading\n\nSome text here.\n')
    expect(outcome.conflicts).toHaveLength(1)
  })

  it('should report a page whose fixes never converge', () => {
    // Always finds something new to fix: an endless translator.
    const endless = createRule({id: 'endless-fixer', description: 'Test.', category: 'translation', fixable: true}, (context) => {
      context.report({range: {start: 0, end: 1}, reason: 'Unexpected first character', fix: {text: context.source[0] === '#' ? '%' : '#'}})
    })
    const outcome = fixPage(lintText(page, {ruleSet: [endless]}), {ruleSet: [endless]})
    expect(outcome.status).toBe('not-converged')
    expect(outcome.passes).toBe(3)
    expect(outcome.remainingFixable).toBe(1)
  })
})

describe.skipIf(!hasSeeds)('renderings of seed 001 (needs ../shared/seeds)', () => {
  const seed = seedPages().find((page) => page.name.startsWith('001_'))
  const outcome = seed ? fix(seed.text) : undefined

  it('should strip the spans to the corrected localized text and keep the front matter', () => {
    const text = String(outcome!.file.value)
    const stripped = stripSpans(text, outcome!.file.data.page!)
    expect(stripped).not.toContain('data-ttu-id')
    expect(stripped).not.toContain('sxs-lookup')
    expect(stripped.startsWith(text.slice(0, text.indexOf('\n---', 4) + 4))).toBe(true)
    expect(stripped).toContain('|completed|2|Последняя синхронизация выполнена успешно.|')
    expect(stripped).toContain('|failed|3|')
  })

  it('should recover the English page from the lookup spans', () => {
    const text = String(outcome!.file.value)
    const english = englishPage(text, outcome!.file.data.page!)
    expect(english).not.toContain('data-stu-id')
    expect(english).toContain('# <a name="vpptokensyncstatus-enum-type"></a>vppTokenSyncStatus enum type')
    expect(english).toContain('|completed|2|Last Sync completed successfully.|')
    expect(english).toContain('ms.contentlocale: ru-RU')
  })
})
