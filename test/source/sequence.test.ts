/**
 * The common subsequence skips the run of equal items at the front before it
 * builds its table: the pairs must be those the full table gives, for any
 * relation (alignment's are not all equivalences).
 */
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {alignWithGaps, commonSubsequence, fillGaps} from '../../src/source/sequence.js'

/** The table over both whole sequences, walked from the front: what the pairs were before the shortcut. */
function fullTable<A, B>(left: readonly A[], right: readonly B[], equal: (a: A, b: B) => boolean): Array<[number, number]> {
  const table = Array.from({length: left.length + 1}, () => new Array<number>(right.length + 1).fill(0))
  for (let i = left.length - 1; i >= 0; i--) {
    for (let j = right.length - 1; j >= 0; j--) {
      table[i]![j] = equal(left[i]!, right[j]!) ? table[i + 1]![j + 1]! + 1 : Math.max(table[i + 1]![j]!, table[i]![j + 1]!)
    }
  }
  const pairs: Array<[number, number]> = []
  let i = 0
  let j = 0
  while (i < left.length && j < right.length) {
    if (equal(left[i]!, right[j]!) && table[i]![j] === table[i + 1]![j + 1]! + 1) {
      pairs.push([i, j])
      i++
      j++
    } else if (table[i + 1]![j]! >= table[i]![j + 1]!) i++
    else j++
  }
  return pairs
}

const items = fc.array(fc.integer({min: 0, max: 4}), {maxLength: 14})
// Equality, and a relation that is neither symmetric nor transitive (as the heading and table matches are not).
const relations: Array<(a: number, b: number) => boolean> = [(a, b) => a === b, (a, b) => a <= b && b - a <= 1]

describe('commonSubsequence', () => {
  it('pairs as the full table does, whatever the common front', () => {
    fc.assert(
      fc.property(items, items, items, fc.integer({min: 0, max: 1}), (front, left, right, relation) => {
        const equal = relations[relation]!
        const a = [...front, ...left]
        const b = [...front, ...right]
        expect(commonSubsequence(a, b, equal)).toEqual(fullTable(a, b, equal))
      }),
      {numRuns: 500}
    )
  })

  it('keeps a block that changed nothing line for line, and pairs a changed line between kept ones', () => {
    expect(commonSubsequence(['a', 'b', 'c'], ['a', 'b', 'c'], (x, y) => x === y)).toEqual([
      [0, 0],
      [1, 1],
      [2, 2]
    ])
    const anchors = commonSubsequence(['a', 'X', 'c', 'd'], ['a', 'b', 'c'], (x, y) => x === y)
    expect(anchors).toEqual([
      [0, 0],
      [2, 2]
    ])
    expect(fillGaps(anchors, 4, 3)).toEqual([
      [0, 0],
      [1, 1],
      [2, 2]
    ])
    expect(alignWithGaps(['a', 'X', 'c', 'd'], ['a', 'b', 'c'], (x, y) => x === y)).toEqual(fillGaps(anchors, 4, 3))
  })
})
