/**
 * `.gitignore` and `.locdocignore`: the gitignore grammar, read by one small
 * matcher. A pattern with an inner slash is anchored to the file's folder,
 * one without matches at any depth, a trailing slash matches folders only,
 * `!` re-includes, and the last matching pattern wins.
 */
import {readFile} from 'node:fs/promises'
import path from 'node:path'
import picomatch from 'picomatch'

export const ignoreFileNames = ['.gitignore', '.locdocignore'] as const

interface IgnoreRule {
  negated: boolean
  folderOnly: boolean
  matches: (relativePath: string) => boolean
}

/** Whether a path (relative to the ignore file's folder, `/`-separated) is ignored, and by which line. */
export type IgnoreTest = (relativePath: string) => boolean

export function parseIgnoreFile(text: string): IgnoreTest {
  const rules: IgnoreRule[] = []
  for (const raw of text.split(/\r\n|\r|\n/)) {
    // Trailing spaces are not part of a pattern unless escaped.
    let line = raw.replace(/(?<!\\)\s+$/, '')
    if (line === '' || line.startsWith('#')) continue
    const negated = line.startsWith('!')
    if (negated) line = line.slice(1)
    if (line.startsWith('\\#') || line.startsWith('\\!')) line = line.slice(1)
    const folderOnly = line.endsWith('/')
    if (folderOnly) line = line.slice(0, -1)
    const anchored = line.includes('/')
    if (line.startsWith('/')) line = line.slice(1)
    if (line === '') continue
    const glob = anchored ? line : `**/${line}`
    rules.push({negated, folderOnly, matches: picomatch(glob, {dot: true})})
  }
  return (relativePath) => {
    const parts = relativePath.split('/')
    let ignored = false
    for (const rule of rules) {
      // A pattern matches the path itself or any folder above it.
      for (let length = 1; length <= parts.length; length++) {
        const isFile = length === parts.length
        if (isFile && rule.folderOnly) continue
        if (rule.matches(parts.slice(0, length).join('/'))) {
          ignored = !rule.negated
          break
        }
      }
    }
    return ignored
  }
}

/** The ignore files in `folder`, combined; folders without any ignore nothing. */
export async function loadIgnoreFiles(folder: string): Promise<{test: IgnoreTest; files: string[]}> {
  const tests: IgnoreTest[] = []
  const files: string[] = []
  for (const name of ignoreFileNames) {
    const file = path.join(folder, name)
    const text = await readFile(file, 'utf8').catch(() => undefined)
    if (text === undefined) continue
    tests.push(parseIgnoreFile(text))
    files.push(name)
  }
  return {test: (relativePath) => tests.some((test) => test(relativePath)), files}
}
