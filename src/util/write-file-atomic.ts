/**
 * Write a file so that readers see the old bytes or the new ones, never a
 * half-written file: write a temporary file beside it, then rename. Any
 * failure is an `OutputError` naming the target, and leaves no temporary file.
 */
import {randomBytes} from 'node:crypto'
import {lstat, mkdir, open, rename, rm, writeFile, type FileHandle} from 'node:fs/promises'
import path from 'node:path'
import {describeFsError, errorCode, OutputError} from './output-error.js'

export async function writeFileAtomic(target: string, data: string | Uint8Array): Promise<void> {
  const temporary = await temporaryBeside(target)
  try {
    await writeFile(temporary, data)
    await rename(temporary, target)
  } catch (error) {
    await rm(temporary, {force: true}).catch(() => undefined)
    throw new OutputError(`cannot write ${target}: ${describeFsError(error)}`)
  }
}

/**
 * The same promise for a file written piece by piece: the pieces go to a
 * temporary file beside the target, renamed over it on `commit`. A report of
 * 30,000 pages is never held whole in memory.
 */
export async function openFileAtomic(target: string): Promise<{write: (text: string) => Promise<void>; commit: () => Promise<void>; discard: () => Promise<void>}> {
  const temporary = await temporaryBeside(target)
  const fail = async (error: unknown): Promise<never> => {
    await handle?.close().catch(() => undefined)
    await rm(temporary, {force: true}).catch(() => undefined)
    throw new OutputError(`cannot write ${target}: ${describeFsError(error)}`)
  }
  let handle: FileHandle | undefined
  try {
    handle = await open(temporary, 'w')
  } catch (error) {
    return fail(error)
  }
  const opened = handle
  return {
    write: async (text) => {
      try {
        await opened.write(text)
      } catch (error) {
        await fail(error)
      }
    },
    commit: async () => {
      try {
        await opened.close()
        await rename(temporary, target)
      } catch (error) {
        await fail(error)
      }
    },
    discard: async () => {
      await opened.close().catch(() => undefined)
      await rm(temporary, {force: true}).catch(() => undefined)
    }
  }
}

/** Checks the target can be a file, makes its folder, and names a temporary file beside it. */
async function temporaryBeside(target: string): Promise<string> {
  if ((await lstat(target).catch(() => undefined))?.isDirectory()) throw new OutputError(`cannot write ${target}: it is a directory, not a file`)
  const folder = path.dirname(target)
  try {
    await mkdir(folder, {recursive: true})
  } catch (error) {
    const code = errorCode(error)
    throw new OutputError(`cannot create the folder ${folder}: ${code === 'EEXIST' || code === 'ENOTDIR' ? 'a file is in the way' : describeFsError(error)}`)
  }
  return path.join(folder, `.${path.basename(target)}.${randomBytes(6).toString('hex')}.tmp`)
}
