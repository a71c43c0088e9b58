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
    return unreadable(path, error)
  }
  return decodePage(path, buffer)
}

/** The result for a file whose bytes could not be read at all. */
export function unreadable(path: string, error: unknown): {ok: false; file: VFile} {
  const file = failure(path, `Cannot read file: ${describeIoError(error)}`, 'read', {line: 1, column: 1})
  file.data.readFailure = true
  return {ok: false, file}
}

/** Bytes already read to text, or to the one message that says why they are not a page. */
export function decodePage(path: string, buffer: Uint8Array): ReadResult {
  // A NUL byte in the first 8 KiB: the heuristic git and grep use for binary.
  const nul = buffer.subarray(0, 8192).indexOf(0)
  if (nul !== -1) {
    return {ok: false, file: failure(path, 'Unexpected binary content, expected a UTF-8 Markdown page', 'file-encoding', pointOf(buffer, nul))}
  }
  try {
    // The native decoder is the fast path; the scan below only runs to say where it failed.
    return {ok: true, text: utf8.decode(buffer)}
  } catch {
    const invalid = Math.min(firstInvalidByte(buffer), buffer.length - 1)
    const byte = buffer[invalid]!.toString(16).padStart(2, '0')
    return {ok: false, file: failure(path, `Unexpected byte 0x${byte}, expected UTF-8 text`, 'file-encoding', pointOf(buffer, invalid))}
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

/**
 * Offset of the first byte that is not part of a well-formed UTF-8 sequence
 * (RFC 3629: no overlongs, no surrogates, nothing above U+10FFFF).
 */
export function firstInvalidByte(bytes: Uint8Array): number {
  let index = 0
  while (index < bytes.length) {
    const lead = bytes[index]!
    if (lead < 0x80) {
      index++
      continue
    }
    const [length, low, high] =
      lead >= 0xc2 && lead <= 0xdf ? [2, 0x80, 0xbf]
      : lead === 0xe0 ? [3, 0xa0, 0xbf]
      : lead === 0xed ? [3, 0x80, 0x9f]
      : lead >= 0xe1 && lead <= 0xef ? [3, 0x80, 0xbf]
      : lead === 0xf0 ? [4, 0x90, 0xbf]
      : lead === 0xf4 ? [4, 0x80, 0x8f]
      : lead >= 0xf1 && lead <= 0xf3 ? [4, 0x80, 0xbf]
      : [0, 0, 0]
    if (length === 0) return index
    // The second byte has a narrower range for some leads; the rest are plain continuations.
    const second = bytes[index + 1]
    if (second === undefined || second < low || second > high) return index
    for (let offset = 2; offset < length; offset++) {
      const continuation = bytes[index + offset]
      if (continuation === undefined || continuation < 0x80 || continuation > 0xbf) return index
    }
    index += length
  }
  return bytes.length
}

function pointOf(buffer: Uint8Array, offset: number): {line: number; column: number} {
  const before = lenientUtf8.decode(buffer.subarray(0, offset))
  const lineStart = before.lastIndexOf('\n') + 1
  let line = 1
  for (let index = before.indexOf('\n'); index !== -1; index = before.indexOf('\n', index + 1)) line++
  return {line, column: before.length - lineStart + 1}
}
