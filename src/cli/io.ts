/**
 * What a command may touch: its streams and working directory. Commands get
 * this instead of `process`, so tests run them in-process.
 */
export interface CliIo {
  stdout: (text: string) => void
  stderr: (text: string) => void
  cwd: string
  /** Whether stdout is a terminal that takes colour (a TTY, `NO_COLOR` unset). */
  color?: boolean
}

/** Exit codes, decided here and nowhere else. */
export const exitCode = {
  clean: 0,
  findings: 1,
  usage: 2
} as const

export class UsageError extends Error {}

/**
 * One policy for pages that could not be linted, in every command: a page
 * that cannot be read (missing, a directory, no permission) is an I/O failure
 * (2); a page that is binary or not UTF-8 is an error-level `file-encoding`
 * finding at its first bad byte (1). Either way the other pages still run.
 */
export function exitForUnlinted(files: readonly {data: {readFailure?: boolean; page?: unknown}}[]): number {
  if (files.some((file) => file.data.readFailure)) return exitCode.usage
  return files.some((file) => !file.data.page) ? exitCode.findings : exitCode.clean
}
