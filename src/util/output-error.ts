/**
 * An output that could not be written: a user's or the machine's problem
 * (a directory in the way, no permission, a full disk), never locdoc's. The
 * CLI prints its message and exits 2, with no trace.
 */
export class OutputError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'OutputError'
  }
}

export function errorCode(error: unknown): string | undefined {
  return error instanceof Error && 'code' in error ? String(error.code) : undefined
}

/** A file system error in words a user acts on; the code for anything rarer. */
export function describeFsError(error: unknown): string {
  const code = errorCode(error)
  if (code === 'EISDIR' || code === 'ENOTEMPTY' || code === 'EEXIST') return 'a directory is in the way'
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied'
  if (code === 'ENOSPC') return 'no space left on the device'
  if (code === 'EROFS') return 'read-only file system'
  return code ?? (error instanceof Error ? error.message : String(error))
}
