/**
 * The progress line: pages done of the total, pages per second and time
 * elapsed, redrawn in place on stderr at most ten times a second. Only on a
 * terminal (or when asked): never in a pipe or a CI log.
 */
import type {CliIo} from './io.js'

export interface Progress {
  tick(): void
  /** Erase the line, before other output and at the end. */
  clear(): void
}

const quiet: Progress = {tick: () => undefined, clear: () => undefined}

export function createProgress(io: CliIo, enabled: boolean, total: number, now: () => number = () => performance.now()): Progress {
  if (!enabled || total === 0) return quiet
  const started = now()
  let done = 0
  let drawn = false
  let lastDraw = -Infinity
  return {
    tick() {
      done++
      const time = now()
      if (time - lastDraw < 100 && done < total) return
      lastDraw = time
      const seconds = (time - started) / 1000
      const rate = seconds > 0 ? done / seconds : 0
      io.stderr(`\r\u001B[K${done}/${total} pages, ${rate.toFixed(0)} pages/s, ${seconds.toFixed(1)} s`)
      drawn = true
    },
    clear() {
      if (!drawn) return
      io.stderr('\r\u001B[K')
      drawn = false
    }
  }
}
