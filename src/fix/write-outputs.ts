/**
 * Write many files all or nothing. Three steps:
 *
 * 1. check: every target is a file or absent (a directory in the way is
 *    reported before anything is touched);
 * 2. stage: every new text is written to a temporary file beside its target;
 * 3. commit: each original is kept aside (a hard link, or a copy where links
 *    are not supported), then the temporary file is renamed over the target.
 *
 * A failure in step 2 removes the temporary files; a failure in step 3
 * renames every kept original back and removes what was created, so the
 * targets read as before. Each rename is atomic, so a reader never sees a
 * half-written page. When even the restore fails, the error names each file
 * and the state it was left in: nothing is lost silently.
 */
import {randomBytes} from 'node:crypto'
import {chmod, copyFile, link, lstat, mkdir, rename, rm, stat, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {describeFsError, errorCode, OutputError} from '../util/output-error.js'

export interface PendingWrite {
  target: string
  data: string
}

export interface StagedWrite {
  target: string
  temporary: string
  /** Whether the target existed when staged: a new file is removed on rollback, an old one restored. */
  replaces: boolean
}

/** A write that did not happen, with what is on disk afterwards. */
export class WriteFailure extends OutputError {
  constructor(
    message: string,
    /** Targets that now hold new text although the whole set failed (empty unless a restore failed). */
    readonly leftWritten: readonly string[] = []
  ) {
    super(message)
  }
}

export async function writeAllOrNothing(writes: readonly PendingWrite[]): Promise<void> {
  await checkTargets(writes)
  const staged = await stageWrites(writes)
  await commitStaged(staged)
}

/** Refuse before touching anything: a target that is a directory, or one target written twice. */
export async function checkTargets(writes: readonly PendingWrite[]): Promise<void> {
  const seen = new Set<string>()
  for (const {target} of writes) {
    const key = path.resolve(target)
    if (seen.has(key)) throw new WriteFailure(`nothing written: two outputs would go to ${target}`)
    seen.add(key)
    const existing = await lstat(target).catch(() => undefined)
    if (existing?.isDirectory()) throw new WriteFailure(`nothing written: ${target} is a directory, not a file`)
  }
}

/** Write every text to a temporary file beside its target; on failure remove them all. */
export async function stageWrites(writes: readonly PendingWrite[]): Promise<StagedWrite[]> {
  const staged: StagedWrite[] = []
  try {
    for (const {target, data} of writes) {
      await makeFolder(path.dirname(target))
      const temporary = siblingPath(target, 'tmp')
      staged.push({target, temporary, replaces: false})
      await writeFile(temporary, data)
      const existing = await stat(target).catch(() => undefined)
      if (existing) {
        staged[staged.length - 1]!.replaces = true
        // Keep the page's permissions: a rename would otherwise give it the default mode.
        await chmod(temporary, existing.mode & 0o7777)
      }
    }
  } catch (error) {
    await removeAll(staged.map((write) => write.temporary))
    throw error instanceof WriteFailure ? error : new WriteFailure(`nothing written: ${describeFsError(error)}`)
  }
  return staged
}

/** Rename every staged file over its target, or restore every target as it was. */
export async function commitStaged(staged: readonly StagedWrite[]): Promise<void> {
  const done: {write: StagedWrite; backup?: string}[] = []
  for (const [index, write] of staged.entries()) {
    let backup: string | undefined
    try {
      if (write.replaces) backup = await keepOriginal(write.target)
      await rename(write.temporary, write.target)
      done.push({write, backup})
    } catch (error) {
      const cause = `cannot write ${write.target}: ${describeFsError(error)}`
      await removeAll([...(backup ? [backup] : []), ...staged.slice(index).map((pending) => pending.temporary)])
      const unrestored = await rollBack(done)
      if (unrestored.length === 0) {
        throw new WriteFailure(`nothing written: ${cause}${done.length > 0 ? `; the ${done.length} files already replaced were restored` : ''}`)
      }
      throw new WriteFailure(
        `${cause}; could not restore ${unrestored.length} files, which keep their new text: ${unrestored.map((item) => item.target).join(', ')}` +
          unrestored.map((item) => (item.backup ? `\n  original of ${item.target} kept at ${item.backup}` : '')).join(''),
        unrestored.map((item) => item.target)
      )
    }
  }
  await removeAll(done.flatMap(({backup}) => (backup ? [backup] : [])))
}

/** Keep the original beside the target under a fresh name: a hard link costs nothing; a copy where links fail. */
async function keepOriginal(target: string): Promise<string> {
  const backup = siblingPath(target, 'orig')
  try {
    await link(target, backup)
  } catch {
    await copyFile(target, backup)
  }
  return backup
}

/** Undo in reverse order; return what could not be undone. */
async function rollBack(done: readonly {write: StagedWrite; backup?: string}[]): Promise<{target: string; backup?: string}[]> {
  const unrestored: {target: string; backup?: string}[] = []
  for (const {write, backup} of [...done].reverse()) {
    try {
      if (backup) await rename(backup, write.target)
      else await rm(write.target, {force: true})
    } catch {
      unrestored.push({target: write.target, backup})
    }
  }
  return unrestored
}

function siblingPath(target: string, kind: 'tmp' | 'orig'): string {
  return path.join(path.dirname(target), `.${path.basename(target)}.${randomBytes(6).toString('hex')}.${kind}`)
}

async function removeAll(paths: readonly string[]): Promise<void> {
  await Promise.all(paths.map((file) => rm(file, {force: true}).catch(() => undefined)))
}

async function makeFolder(folder: string): Promise<void> {
  try {
    await mkdir(folder, {recursive: true})
  } catch (error) {
    const code = errorCode(error)
    const reason = code === 'EEXIST' || code === 'ENOTDIR' ? 'a file is in the way' : describeFsError(error)
    throw new WriteFailure(`nothing written: cannot create the folder ${folder}: ${reason}`)
  }
}

