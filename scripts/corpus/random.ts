/**
 * A small seeded random source, so the corpus is the same bytes for the same
 * seed on every machine (Math.random cannot be seeded).
 */

export interface Random {
  /** Uniform in [0, 1). */
  next(): number
  /** Whether an event of probability `probability` happens. */
  chance(probability: number): boolean
  /** Integer in [minimum, maximum], both included. */
  integer(minimum: number, maximum: number): number
  /** One item of a non-empty list. */
  pick<T>(items: readonly T[]): T
  /** One item, drawn by weight. */
  weighted<T>(entries: ReadonlyArray<readonly [T, number]>): T
  /** `count` distinct items (fewer if the list is shorter), in list order. */
  sample<T>(items: readonly T[], count: number): T[]
  /** Lowercase hexadecimal digits. */
  hex(length: number): string
}

/** FNV-1a over UTF-16 units: turns any seed text into 32 bits. */
export function hashSeed(text: string): number {
  let hash = 0x811c9dc5
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index)
    hash = Math.imul(hash, 0x01000193)
  }
  return hash >>> 0
}

/** A Weyl sequence stepped through a 32-bit avalanche mix: fast, and good enough for test data. */
export function createRandom(seed: string | number): Random {
  let state = typeof seed === 'number' ? seed >>> 0 : hashSeed(seed)
  const next = (): number => {
    state = (state + 0x9e3779b9) >>> 0
    let mixed = state
    mixed = Math.imul(mixed ^ (mixed >>> 16), 0x85ebca6b)
    mixed = Math.imul(mixed ^ (mixed >>> 13), 0xc2b2ae35)
    mixed ^= mixed >>> 16
    return (mixed >>> 0) / 0x1_0000_0000
  }
  const integer = (minimum: number, maximum: number) => minimum + Math.floor(next() * (maximum - minimum + 1))
  const pick = <T>(items: readonly T[]): T => {
    if (items.length === 0) throw new Error('Cannot pick from an empty list')
    return items[Math.floor(next() * items.length)]!
  }
  return {
    next,
    chance: (probability) => next() < probability,
    integer,
    pick,
    weighted(entries) {
      const total = entries.reduce((sum, [, weight]) => sum + weight, 0)
      let left = next() * total
      for (const [item, weight] of entries) {
        left -= weight
        if (left < 0) return item
      }
      return entries.at(-1)![0]
    },
    sample(items, count) {
      if (count >= items.length) return [...items]
      const chosen = new Set<number>()
      while (chosen.size < count) chosen.add(Math.floor(next() * items.length))
      return [...chosen].sort((a, b) => a - b).map((index) => items[index]!)
    },
    hex(length) {
      let text = ''
      while (text.length < length) text += Math.floor(next() * 16).toString(16)
      return text
    }
  }
}
