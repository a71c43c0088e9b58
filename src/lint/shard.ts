/**
 * `--shard i/n` for CI matrices: a page belongs to the shard its path hashes
 * to, so the shards are disjoint, cover every page, and adding or removing a
 * page moves no other page between shards.
 */
import {createHash} from 'node:crypto'

export interface Shard {
  /** 1-based, as CI matrices count. */
  index: number
  count: number
}

export function parseShard(text: string): Shard | undefined {
  const match = /^(\d+)\/(\d+)$/.exec(text.trim())
  if (!match) return undefined
  const index = Number(match[1])
  const count = Number(match[2])
  return count >= 1 && index >= 1 && index <= count ? {index, count} : undefined
}

/** The 1-based shard of a page, by its `/`-separated path relative to the working directory. */
export function shardOf(page: string, count: number): number {
  const digest = createHash('sha256').update(page.replaceAll('\\', '/')).digest()
  return (digest.readUInt32BE(0) % count) + 1
}

export function inShard(page: string, shard: Shard): boolean {
  return shardOf(page, shard.count) === shard.index
}
