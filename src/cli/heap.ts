/**
 * How far V8 lets the heap grow between full collections, for the `locdoc`
 * command only (the library leaves its host's engine alone).
 *
 * A lint keeps little alive from page to page: about 70 MB (the schema, the
 * modules, the pages in flight) whether it reads 3,000 pages or 30,000. V8's
 * default lets the old space reach four times that before a full collection,
 * and memory once committed stays committed, so peak RSS crept up with the
 * length of the run (387 MB at 3,000 generated pages, 473 MB at 30,000).
 * Half again the live size keeps the peak near 230 MB at any length, and
 * costs no measurable CPU: a full collection of 70 MB is 10–20 ms of mostly
 * concurrent marking. The factor scales with what is alive, so a run that
 * really needs more (a translation memory, the beta schema) still gets it; a
 * hard cap such as `--max-old-space-size` would crash such a run instead.
 */
import {setFlagsFromString} from 'node:v8'

export const heapGrowingPercent = 50

const flag = 'heap-growing-percent'

/** The V8 flag to set, or nothing when the user already chose one (`node --heap-growing-percent=… locdoc`). */
export function heapFlag(execArgv: readonly string[]): string | undefined {
  const chosen = execArgv.some((argument) => /^--(?:no-)?heap[-_]growing[-_]percent(?:=|$)/.test(argument))
  return chosen ? undefined : `--${flag}=${heapGrowingPercent}`
}

/**
 * Set the factor for this process and its worker threads. V8 reads it each
 * time it recomputes the heap limit, after every full collection, so setting
 * it at start-up takes effect from the first one.
 */
export function tuneHeap(execArgv: readonly string[] = process.execArgv): void {
  const chosen = heapFlag(execArgv)
  if (chosen) setFlagsFromString(chosen)
}
