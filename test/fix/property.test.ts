import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {fixPage} from '../../src/fix/fix-page.js'
import {lintText} from '../../src/lint/lint-text.js'
import {splitSourceText} from '../../src/model/source-text.js'
import {bytesChangedOutsideEdits, contentPages, editsWithinRanges, seedPages} from './pages.js'

type Target = {start: number; end: number}

// Cells whose localized side is a token that must not be translated.
const tokenRoles = new Set(['member', 'value', 'type', 'property', 'header'])

function tokenCells(text: string): Target[] {
  const page = lintText(text).data.page!
  return page.tables.flatMap((table) =>
    table.rows.flatMap((row) =>
      row.cells.flatMap((cell, index) => (tokenRoles.has(table.columns[index] ?? 'other') ? cell.segments.map((segment) => segment.localized.range) : []))
    )
  )
}

const pages = [...seedPages(), ...contentPages()]
  .map((page) => ({...page, cells: tokenCells(page.text)}))
  .filter((page) => page.cells.length > 0)

const translatedWords = ['нуль', 'готовы', 'Keine', 'abgeschlossen', 'せ', 'フェール', 'ブール型', '1,0', '.2', '２', 'Zeichenfolge', 'texte', '3개', 'aucun', '']
const junk = fc.string({unit: fc.constantFrom('a', 'Z', '0', '9', '.', ',', '-', ' ', 'é', 'ж', '型', '&amp;', '*', '`', '_', '\\', '<b>', '|'), maxLength: 12})

type Mutation = {page: number; edits: {cell: number; text: string}[]; crlf: boolean; bom: boolean}

const mutation: fc.Arbitrary<Mutation> = fc.record({
  page: fc.nat({max: pages.length - 1}),
  edits: fc.array(fc.record({cell: fc.nat(), text: fc.oneof(fc.constantFrom(...translatedWords), junk)}), {minLength: 1, maxLength: 4}),
  crlf: fc.boolean(),
  bom: fc.boolean()
})

function mutate(input: Mutation): string {
  const page = pages[input.page]!
  const chosen = new Map<number, string>()
  for (const edit of input.edits) chosen.set(edit.cell % page.cells.length, edit.text)
  // Last cell first, so earlier offsets stay valid.
  const ordered = [...chosen].map(([index, text]) => ({range: page.cells[index]!, text})).sort((left, right) => right.range.start - left.range.start)
  let text = page.text
  for (const {range, text: replacement} of ordered) text = text.slice(0, range.start) + replacement + text.slice(range.end)
  if (input.crlf) text = text.replace(/\r?\n/g, '\r\n')
  return input.bom ? `\uFEFF${text}` : text
}

describe('fixing mutated real pages', () => {
  it('should never throw, be idempotent, and change nothing outside finding ranges', () => {
    expect(pages.length).toBeGreaterThan(10)
    fc.assert(
      fc.property(mutation, (input) => {
        const text = mutate(input)
        const first = fixPage(lintText(text, {path: 'page.md'}))
        if (first.status === 'conflict') {
          expect(first.output).toBe(text)
          return
        }
        expect(['fixed', 'clean']).toContain(first.status)
        expect(bytesChangedOutsideEdits(text, first.output, first.edits, splitSourceText(text).marks.length)).toBe(0)
        if (first.passes === 1) {
          const reported = lintText(text).messages.flatMap((message) => (message.fix ? [message.fix.range] : []))
          expect(editsWithinRanges(first.edits, reported)).toBe(true)
        }
        const second = fixPage(lintText(first.output, {path: 'page.md'}))
        expect(second.output).toBe(first.output)
        expect(second.edits).toEqual([])
      }),
      {numRuns: 150}
    )
  })
})
