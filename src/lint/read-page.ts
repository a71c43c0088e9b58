/**
 * Reading a page from disk without ever throwing: an unreadable file, a
 * binary file or bytes that are not UTF-8 become one message on that file.
 */
import {readFile} from 'node:fs/promises'
import {VFile} from 'vfile'

export type ReadResult = {ok: true; text: string} | {ok: false; file: VFile}

const utf8 = new TextDecoder('utf-8', {fatal: true, ignoreBOM: true})
const lenientUtf8 = new TextDecoder('utf-8', {ignoreBOM: true})

export async function readPage(path: string): Promise<ReadResult> {
  let buffer: Buffer
  try {
    buffer = await readFile(path)
  } catch (error) {
    const file = failure(path, `Cannot read file: ${describeIoError(error)}`, 'read', {line: 1, column: 1})
    file.data.readFailure = true
    return {ok: false, file}
  }
  // A NUL byte in the first 8 KiB: the heuristic git and grep use for binary.
  const nul = buffer.subarray(0, 8192).indexOf(0)
  if (nul !== -1) {
    return {ok: false, file: failure(path, 'Unexpected binary content, expected a UTF-8 Markdown page', 'file-encoding', pointOf(buffer, nul))}
  }
  try {
    return {ok: true, text: utf8.decode(buffer)}
  } catch {
    const invalid = firstInvalidByte(buffer)
    return {ok: false, file: failure(path, `Unexpected byte 0x${buffer[invalid]!.toString(16).padStart(2, '0')}, expected UTF-8 text`, 'file-encoding', pointOf(buffer, invalid))}
  }
}

function failure(path: string, reason: string, ruleId: string, place: {line: number; column: number}): VFile {
  const file = new VFile({path})
  const message = file.message(reason, {place, ruleId, source: 'locdoc'})
  message.fatal = true
  return file
}

export function describeIoError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code
  switch (code) {
    case 'ENOENT':
      return 'no such file'
    case 'EACCES':
    case 'EPERM':
      return 'permission denied'
    case 'EISDIR':
      return 'is a directory'
    default:
      return error instanceof Error ? error.message : String(error)
  }
}

/** Offset of the first byte that does not start or continue valid UTF-8. */
function firstInvalidByte(buffer: Buffer): number {
  let low = 0
  let high = buffer.length
  // Binary search on the longest valid prefix; a cut inside a character is retried one byte on.
  while (low < high) {
    const middle = (low + high + 1) >>> 1
    if (isValidPrefix(buffer, middle)) low = middle
    else high = middle - 1
  }
  return Math.min(low, buffer.length - 1)
}

function isValidPrefix(buffer: Buffer, length: number): boolean {
  for (let trim = 0; trim < 4 && trim <= length; trim++) {
    try {
      utf8.decode(buffer.subarray(0, length - trim))
      return true
    } catch {
      // A prefix may end inside a multi-byte character; try a shorter one.
    }
  }
  return false
}

function pointOf(buffer: Buffer, offset: number): {line: number; column: number} {
  const before = lenientUtf8.decode(buffer.subarray(0, offset))
  const lineStart = before.lastIndexOf('\n') + 1
  let line = 1
  for (let index = before.indexOf('\n'); index !== -1; index = before.indexOf('\n', index + 1)) line++
  return {line, column: before.length - lineStart + 1}
}
