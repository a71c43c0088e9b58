/**
 * A plain page with neither spans nor an English page: each token cell the
 * memory knows, unambiguously, becomes a segment whose English is the
 * memory's answer. Rules then judge it as they judge a spanned cell.
 */
import {readSide} from '../extract/extract.js'
import type {InlineIndex} from '../extract/inline-index.js'
import type {Segment} from '../extract/types.js'
import type {Table} from '../model/types.js'
import {memoryRoles, type TranslationMemory} from './memory.js'

export function memorySegments(tables: readonly Table[], locale: string, memory: TranslationMemory, index: InlineIndex, source: string): Segment[] {
  const segments: Segment[] = []
  for (const table of tables) {
    if (table.kind === 'other') continue
    for (const row of table.rows) {
      for (const [column, cell] of row.cells.entries()) {
        const role = table.columns[column]
        if (!role || !memoryRoles.has(role) || cell.text === '') continue
        const answer = memory.lookup(locale, role, cell.text)
        // Only a known, unambiguous answer decides; an ambiguous one leaves the cell to the schema.
        if (!answer || !('english' in answer)) continue
        segments.push({
          id: `memory-${segments.length + 1}`,
          localized: readSide(index, source, cell.range),
          english: {range: cell.range, raw: answer.english, text: answer.english, code: [], links: []},
          range: cell.range,
          origin: 'memory'
        })
      }
    }
  }
  return segments.sort((a, b) => a.range.start - b.range.start)
}
