/**
 * Generated files on disk: write only what changed, remove modules we
 * generated before and no longer do, and say which files are stale (for
 * `--check`). Files without our marker line are never touched.
 */
import {readdir, readFile, rm} from 'node:fs/promises'
import path from 'node:path'
import {writeFileAtomic} from '../util/write-file-atomic.js'
import {compareCodeUnits} from './identifiers.js'
import {generatedMarker} from './render-enum.js'
import type {GeneratedFile} from './types.js'

export interface StaleFile {
  /** Path relative to the output directory, `/`-separated. */
  path: string
  /** `missing`: not on disk; `changed`: different bytes; `extra`: generated before, not any more. */
  reason: 'missing' | 'changed' | 'extra'
}

async function readIfPresent(file: string): Promise<string | undefined> {
  try {
    return await readFile(file, 'utf8')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined
    throw error
  }
}

/** Every file below `directory`, relative and `/`-separated; nothing when it does not exist. */
async function listFiles(directory: string, prefix = ''): Promise<string[]> {
  let entries
  try {
    entries = await readdir(path.join(directory, prefix), {withFileTypes: true})
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return []
    throw error
  }
  const found: string[] = []
  for (const entry of entries) {
    const relative = prefix === '' ? entry.name : `${prefix}/${entry.name}`
    if (entry.isDirectory()) found.push(...(await listFiles(directory, relative)))
    else if (entry.isFile()) found.push(relative)
  }
  return found
}

/** `.ts` files under `directory` that start with our marker line. */
async function previouslyGenerated(directory: string): Promise<string[]> {
  const found: string[] = []
  for (const file of await listFiles(directory)) {
    if (!file.endsWith('.ts')) continue
    const text = await readFile(path.join(directory, file), 'utf8')
    if (text.startsWith(generatedMarker)) found.push(file)
  }
  return found.sort(compareCodeUnits)
}

/** Files that differ from what would be generated, sorted by path; empty when up to date. */
export async function findStaleFiles(directory: string, files: readonly GeneratedFile[]): Promise<StaleFile[]> {
  const stale: StaleFile[] = []
  for (const file of files) {
    const current = await readIfPresent(path.join(directory, file.path))
    if (current === undefined) stale.push({path: file.path, reason: 'missing'})
    else if (current !== file.text) stale.push({path: file.path, reason: 'changed'})
  }
  const wanted = new Set(files.map((file) => file.path))
  for (const existing of await previouslyGenerated(directory)) {
    if (!wanted.has(existing)) stale.push({path: existing, reason: 'extra'})
  }
  return stale.sort((left, right) => compareCodeUnits(left.path, right.path))
}

/** Bring `directory` up to date; returns what was written and removed. */
export async function writeGeneratedFiles(directory: string, files: readonly GeneratedFile[]): Promise<StaleFile[]> {
  const stale = await findStaleFiles(directory, files)
  const textByPath = new Map(files.map((file) => [file.path, file.text]))
  for (const entry of stale) {
    const target = path.join(directory, entry.path)
    const text = textByPath.get(entry.path)
    if (text === undefined) await rm(target, {force: true})
    else await writeFileAtomic(target, text)
  }
  return stale
}
