/**
 * Real pages for the fix tests: the seeds (when ../shared is there) and
 * content/. Not a test file.
 */
import {existsSync, readdirSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import type {Edit} from '../../src/fix/edits.js'

export const seedsDirectory = fileURLToPath(new URL('../../../shared/seeds/', import.meta.url))
export const contentDirectory = fileURLToPath(new URL('../../content/', import.meta.url))
export const hasSeeds = existsSync(seedsDirectory)

export function seedPages(): {name: string; text: string}[] {
  if (!hasSeeds) return []
  return readdirSync(seedsDirectory)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => ({name, text: readFileSync(path.join(seedsDirectory, name), 'utf8')}))
}

export function contentPages(): {name: string; text: string}[] {
  return readdirSync(contentDirectory, {recursive: true, encoding: 'utf8'})
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => ({name: `content/${name}`, text: readFileSync(path.join(contentDirectory, name), 'utf8')}))
}

/**
 * Check, independently of the fixer, that `output` is `input` with only the
 * edited ranges changed: every stretch between edits must be byte-identical.
 * Returns the number of characters outside the edits that differ (0 = good).
 */
export function bytesChangedOutsideEdits(input: string, output: string, edits: readonly Edit[], bomLength: number): number {
  let outputPosition = bomLength
  let inputPosition = bomLength
  let changed = input.slice(0, bomLength) === output.slice(0, bomLength) ? 0 : bomLength
  for (const edit of edits) {
    const gap = input.slice(inputPosition, edit.start + bomLength)
    if (output.slice(outputPosition, outputPosition + gap.length) !== gap) changed += gap.length
    outputPosition += gap.length + edit.text.length
    inputPosition = edit.end + bomLength
  }
  const tail = input.slice(inputPosition)
  if (output.slice(outputPosition) !== tail) changed += Math.max(tail.length, output.length - outputPosition)
  return changed
}

/** Whether every edit lies inside the reported fix ranges (adjacent ranges joined). */
export function editsWithinRanges(edits: readonly Edit[], ranges: readonly (readonly [number, number])[]): boolean {
  const merged: [number, number][] = []
  for (const [start, end] of [...ranges].sort((left, right) => left[0] - right[0])) {
    const last = merged[merged.length - 1]
    if (last && start <= last[1]) last[1] = Math.max(last[1], end)
    else merged.push([start, end])
  }
  return edits.every((edit) => merged.some(([start, end]) => start <= edit.start && edit.end <= end))
}
