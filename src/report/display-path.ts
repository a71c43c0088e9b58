/**
 * How a report names a file: relative to the working directory, with forward
 * slashes, so the same run prints the same paths on every platform.
 */
import path from 'node:path'
import type {VFile} from 'vfile'

export function displayPath(file: VFile, cwd: string): string {
  const absolute = path.resolve(cwd, file.path ?? '')
  const relative = path.relative(cwd, absolute) || path.basename(absolute)
  return relative.split(path.sep).join('/')
}
