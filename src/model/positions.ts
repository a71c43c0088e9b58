/**
 * Offsets to line/column, with a line table built once per file. Columns count
 * UTF-16 units like micromark, so they agree with unist positions.
 */
import {lineStartsOf} from './source-text.js'
import type {Point} from './types.js'

export type PointAt = (offset: number) => Point

export function createPointAt(source: string): PointAt {
  const lineStarts = lineStartsOf(source)
  return (offset) => {
    let low = 0
    let high = lineStarts.length - 1
    while (low < high) {
      const middle = (low + high + 1) >>> 1
      if (lineStarts[middle]! <= offset) low = middle
      else high = middle - 1
    }
    return {line: low + 1, column: offset - lineStarts[low]! + 1, offset}
  }
}
