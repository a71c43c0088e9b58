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
