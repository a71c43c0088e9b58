/**
 * Longest common subsequence of two sequences under an equality: the pairs it
 * keeps are in order on both sides. Quadratic, so callers bound the sizes.
 */
export function commonSubsequence<A, B>(left: readonly A[], right: readonly B[], equal: (a: A, b: B) => boolean): Array<[number, number]> {
  // Items equal at the front always pair with each other (some longest subsequence keeps them, and the walk
  // below takes them first), so only what follows needs the table: a block or table that kept its lines costs
  // one pass, not the square of its length.
  const pairs: Array<[number, number]> = []
  let start = 0
  while (start < left.length && start < right.length && equal(left[start]!, right[start]!)) {
    pairs.push([start, start])
    start++
  }
  const rows = left.length - start
  const columns = right.length - start
  if (rows === 0 || columns === 0) return pairs
  const width = columns + 1
  const table = new Uint32Array((rows + 1) * width)
  for (let i = rows - 1; i >= 0; i--) {
    for (let j = columns - 1; j >= 0; j--) {
      table[i * width + j] = equal(left[start + i]!, right[start + j]!)
        ? table[(i + 1) * width + j + 1]! + 1
        : Math.max(table[(i + 1) * width + j]!, table[i * width + j + 1]!)
    }
  }
  let i = 0
  let j = 0
  while (i < rows && j < columns) {
    if (equal(left[start + i]!, right[start + j]!) && table[i * width + j] === table[(i + 1) * width + j + 1]! + 1) {
      pairs.push([start + i, start + j])
      i++
      j++
    } else if (table[(i + 1) * width + j]! >= table[i * width + j + 1]!) i++
    else j++
  }
  return pairs
}

/**
 * Pairs in order, then the gaps between them filled position by position
 * wherever a gap has as many items on both sides (a changed item between two
 * equal ones is that item's counterpart).
 */
export function alignWithGaps<A, B>(left: readonly A[], right: readonly B[], equal: (a: A, b: B) => boolean): Array<[number, number]> {
  return fillGaps(commonSubsequence(left, right, equal), left.length, right.length)
}

/** `anchors` (a common subsequence) with the gaps of equal size between them paired position by position. */
export function fillGaps(anchors: ReadonlyArray<[number, number]>, leftLength: number, rightLength: number): Array<[number, number]> {
  const pairs: Array<[number, number]> = []
  let previous: [number, number] = [-1, -1]
  for (const anchor of [...anchors, [leftLength, rightLength] as [number, number]]) {
    const leftGap = anchor[0] - previous[0] - 1
    const rightGap = anchor[1] - previous[1] - 1
    if (leftGap > 0 && leftGap === rightGap) for (let k = 1; k <= leftGap; k++) pairs.push([previous[0] + k, previous[1] + k])
    if (anchor[0] < leftLength) pairs.push(anchor)
    previous = anchor
  }
  return pairs
}
