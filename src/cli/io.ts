/**
 * What a command may touch: its streams and working directory. Commands get
 * this instead of `process`, so tests run them in-process.
 */
export interface CliIo {
  stdout: (text: string) => void
  stderr: (text: string) => void
  cwd: string
  /** Whether stdout is a terminal that takes colour (a TTY, `NO_COLOR` unset), or `FORCE_COLOR` asks for it. */
  color?: boolean
  /** Whether stderr is a terminal a progress line may redraw: not a pipe, not a CI log. */
  progress?: boolean
  /** All of standard input, for `--stdin` and the `-` operand. */
  readStdin?: () => Promise<string>
}

/** Colour by the conventions of the ecosystem: `FORCE_COLOR` wins, then `NO_COLOR`, then whether the stream is a terminal. */
export function colorFromEnvironment(environment: Readonly<Record<string, string | undefined>>, isTerminal: boolean): boolean {
  const force = environment.FORCE_COLOR
  if (force !== undefined) return !['0', 'false'].includes(force.toLowerCase())
  if (environment.NO_COLOR !== undefined && environment.NO_COLOR !== '') return false
  return isTerminal
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
