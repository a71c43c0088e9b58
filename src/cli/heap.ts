/**
 * How far V8 lets the heap grow between full collections, for the `locdoc`
 * command only (the library leaves its host's engine alone).
 *
 * A lint keeps little alive from page to page: about 70 MB (the schema, the
 * modules, the pages in flight) whether it reads 3,000 pages or 30,000. V8's
 * default lets the old space reach up to four times that before a full
 * collection, raising the factor as a run goes on, and memory once committed
 * stays committed: a --jobs 1 lint peaked at 400 MB on 3,000 generated pages
 * and 470 MB on 30,000, and at 440 MB on 3,916 real ru-RU pages. Twice the
 * live size gives 260, 290 and 280 MB, with no CPU cost measurable on real
 * pages. Half again (1.5) gives 230 and 247 MB but costs about 10% more CPU on
 * real pages, whose larger trees reach the old space more often.
 *
 * The factor scales with what is alive, so a run that really needs more (a
 * translation memory, the beta schema) still gets it; a hard cap such as
 * `--max-old-space-size` would crash such a run instead.
 */
import {setFlagsFromString} from 'node:v8'

export const heapGrowingPercent = 100

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
