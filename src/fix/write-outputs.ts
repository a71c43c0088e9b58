/**
 * Write many files all or nothing: every temporary file is written first,
 * and only when all are on disk is each renamed over its target. A failure
 * before the renames removes the temporary files and changes nothing.
 * Each rename is atomic, so a reader never sees a half-written page.
 */
import {randomBytes} from 'node:crypto'
import {mkdir, rename, rm, writeFile} from 'node:fs/promises'
import path from 'node:path'

export interface PendingWrite {
  target: string
  data: string
}

export async function writeAllOrNothing(writes: readonly PendingWrite[]): Promise<void> {
  const staged: {temporary: string; target: string}[] = []
  try {
    for (const write of writes) {
      await mkdir(path.dirname(write.target), {recursive: true})
      const temporary = path.join(path.dirname(write.target), `.${path.basename(write.target)}.${randomBytes(6).toString('hex')}.tmp`)
      staged.push({temporary, target: write.target})
      await writeFile(temporary, write.data)
    }
  } catch (error) {
    await Promise.all(staged.map(({temporary}) => rm(temporary, {force: true})))
    throw error
  }
  for (const {temporary, target} of staged) await rename(temporary, target)
}
