/**
 * Regressions for the text the offsets count in: byte order marks, line
 * ends micromark knows, front matter that explodes, and nesting deeper than
 * any call stack.
 */
import {readFileSync} from 'node:fs'
import {describe, expect, it, vi} from 'vitest'
import {fixPage} from '../../src/fix/fix-page.js'
import {lintText} from '../../src/lint/lint-text.js'
import {lineStartsOf, splitLines, splitSourceText} from '../../src/model/source-text.js'

const deletePage = readFileSync(new URL('../../content/de-DE/intune-onboarding-vpptoken-delete.md', import.meta.url), 'utf8')
const statePage = readFileSync(new URL('../../content/de-DE/intune-onboarding-vpptokenstate.md', import.meta.url), 'utf8')

describe('the text the offsets count in', () => {
  it('should split lines at CR, LF and CRLF as micromark does, and nowhere else', () => {
    expect(splitLines('a\rb\r\r\nc\nd\u2028e')).toEqual(['a', 'b', '', 'c', 'd\u2028e'])
    expect(lineStartsOf('a\rb\r\r\nc')).toEqual([0, 2, 4, 6])
  })

  it('should set aside every leading byte order mark, not only the first', () => {
    expect(splitSourceText('\uFEFF\uFEFF# x')).toEqual({marks: '\uFEFF\uFEFF', body: '# x'})
    expect(splitSourceText('# x\uFEFF')).toEqual({marks: '', body: '# x\uFEFF'})
  })

  it('should fix a page with two byte order marks exactly as the same page with none', () => {
    const plain = fixPage(lintText(statePage, {path: 'page.md'}))
    const doubled = fixPage(lintText(`\uFEFF\uFEFF${statePage}`, {path: 'page.md'}))
    expect(plain.status).toBe('fixed')
    expect(doubled.status).toBe('fixed')
    expect(doubled.output).toBe(`\uFEFF\uFEFF${plain.output}`)
    expect(doubled.edits).toEqual(plain.edits)
  })

  for (const [name, lineEnd] of [
    ['CR-only', '\r'],
    ['CR CR LF', '\r\r\n'],
    ['CRLF', '\r\n']
  ] as const) {
    it(`should fix an http request line on the right line with ${name} line ends`, () => {
      const text = deletePage.replace(/\r?\n/g, lineEnd)
      const outcome = fixPage(lintText(text, {path: 'page.md'}))
      expect(outcome.status).toBe('fixed')
      const lines = splitLines(outcome.output)
      const before = splitLines(text)
      expect(lines).toHaveLength(before.length)
      const changed = lines.flatMap((line, index) => (line === before[index] ? [] : [[before[index], line]]))
      expect(changed).toContainEqual(['LÖSCHEN /deviceAppManagement/vppTokens/{vppTokenId}', 'DELETE /deviceAppManagement/vppTokens/{vppTokenId}'])
      // Fences, headings and the other lines of the block are untouched.
      for (const [, after] of changed) expect(after).not.toMatch(/^```|^#/)
    })
  }
})

describe('front matter that a YAML library refuses', () => {
  const aliases = Array.from({length: 150}, () => '*a').join(', ')
  const page = `---\ntitle: x\na: &a [x]\nb: [${aliases}]\n? [k]\n: v\n---\n\n${deletePage.replace(/^---[\s\S]*?\n---\n/, '')}`

  it('should turn an alias bomb into a front-matter finding and still lint the page', () => {
    const stderr = vi.spyOn(process.stderr, 'write').mockImplementation(() => true)
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined)
    try {
      const file = lintText(page, {path: 'page.md'})
      const frontMatter = file.messages.filter((message) => message.ruleId === 'front-matter')
      expect(frontMatter).toHaveLength(1)
      expect(frontMatter[0]!.reason).toMatch(/alias/i)
      expect(frontMatter[0]!.line).toBe(2)
      expect(file.messages.some((message) => message.ruleId === 'http-request')).toBe(true)
      expect(stderr).not.toHaveBeenCalled()
      expect(warn).not.toHaveBeenCalled()
    } finally {
      stderr.mockRestore()
      warn.mockRestore()
    }
  })

  it('should turn a header nested deeper than the YAML parser can recurse into a finding', () => {
    const deep = `---\n${'- '.repeat(3000)}x\n\ntitle: x\n---\n\n${deletePage.replace(/^---[\s\S]*?\n---\n/, '')}`
    const file = lintText(deep, {path: 'page.md'})
    const frontMatter = file.messages.filter((message) => message.ruleId === 'front-matter')
    expect(frontMatter).toHaveLength(1)
    expect(frontMatter[0]!.reason).toMatch(/^Invalid front matter/)
    expect(file.messages.some((message) => message.ruleId === 'http-request')).toBe(true)
  })
})

describe('nesting deeper than a call stack', () => {
  const pages = {
    'list items': `${'- '.repeat(2000)}x\n`,
    'quoted list items': `${'> - '.repeat(1328)}x\n`,
    emphasis: `${'*'.repeat(7964)}a${'*'.repeat(7964)}\n`,
    'block quotes': `${'> '.repeat(4000)}x\n`
  }
  for (const [name, text] of Object.entries(pages)) {
    it(`should lint and fix ${name} nested thousands deep`, () => {
      const page = `${deletePage}\n${text}`
      const file = lintText(page, {path: 'page.md'})
      expect(file.messages.filter((message) => /Cannot check|call stack/.test(message.reason))).toEqual([])
      expect(file.data.page!.requests).toHaveLength(2)
      expect(fixPage(file).status).toBe('fixed')
    })
  }
})
