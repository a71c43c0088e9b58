/**
 * A report written as the pages come: a piece of text per linted file, then
 * the end (summary, closing brackets). Joined, the pieces are the whole
 * report, so nothing has to hold every file at once.
 */
import type {VFile} from 'vfile'

export interface ReportWriter {
  /** The text this file adds to the report (may be empty). */
  file(file: VFile): string
  /** The text that ends the report, once every file is in. */
  end(): string
}

export function writeAll(writer: ReportWriter, files: readonly VFile[]): string {
  let text = ''
  for (const file of files) text += writer.file(file)
  return text + writer.end()
}
