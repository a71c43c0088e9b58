/**
 * Write a file so that readers see the old bytes or the new ones, never a
 * half-written file: write a temporary file beside it, then rename. Any
 * failure is an `OutputError` naming the target, and leaves no temporary file.
 */
import {randomBytes} from 'node:crypto'
import {lstat, mkdir, rename, rm, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {describeFsError, errorCode, OutputError} from './output-error.js'

export async function writeFileAtomic(target: string, data: string | Uint8Array): Promise<void> {
  if ((await lstat(target).catch(() => undefined))?.isDirectory()) throw new OutputError(`cannot write ${target}: it is a directory, not a file`)
  const folder = path.dirname(target)
  try {
    await mkdir(folder, {recursive: true})
  } catch (error) {
    const code = errorCode(error)
    throw new OutputError(`cannot create the folder ${folder}: ${code === 'EEXIST' || code === 'ENOTDIR' ? 'a file is in the way' : describeFsError(error)}`)
  }
  const temporary = path.join(folder, `.${path.basename(target)}.${randomBytes(6).toString('hex')}.tmp`)
  try {
    await writeFile(temporary, data)
    await rename(temporary, target)
  } catch (error) {
    await rm(temporary, {force: true}).catch(() => undefined)
    throw new OutputError(`cannot write ${target}: ${describeFsError(error)}`)
  }
}
