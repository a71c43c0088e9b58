/**
 * The page model of files on disk, for `locdoc extract` and the library's
 * `extract()`. Ranges gain line/column so the JSON stands on its own.
 */
import type {VFile} from 'vfile'
import {createPointAt, type PointAt} from './model/positions.js'
import type {Page} from './model/types.js'
import {lintFiles} from './lint/lint-files.js'
import {lintText} from './lint/lint-text.js'

export interface ExtractedPage {
  filePath: string
  /** Problems reading the file (encoding, binary), one line each. */
  problems: string[]
  page?: Page
}

export async function extractFiles(operands: readonly string[], options: {cwd?: string} = {}): Promise<{pages: ExtractedPage[]; failures: string[]; files: VFile[]}> {
  // Rules are not needed for the model: run none.
  const {files, failures} = await lintFiles(operands, {cwd: options.cwd, ruleSet: []})
  const pages = files.map((file): ExtractedPage => {
    const page = file.data.page
    const problems = file.messages.map((message) => `${file.path}:${message.line ?? 1}:${message.column ?? 1}: ${message.reason}`)
    return page ? {filePath: file.path, problems, page: withPoints(page, createPointAt(String(file.value)))} : {filePath: file.path, problems}
  })
  return {pages, failures, files}
}

/** The page model of one text. */
export function extractText(text: string, options: {path?: string} = {}): Page {
  const file = lintText(text, {path: options.path, ruleSet: []})
  return file.data.page!
}

/** A copy of `page` in which every `{start, end}` range also says where it is. */
export function withPoints(page: Page, pointAt: PointAt): Page {
  return JSON.parse(
    JSON.stringify(page, (_key, value: unknown) => {
      if (isRange(value)) {
        const start = pointAt(value.start)
        const end = pointAt(value.end)
        return {...value, line: start.line, column: start.column, endLine: end.line, endColumn: end.column}
      }
      return value
    })
  ) as Page
}

function isRange(value: unknown): value is {start: number; end: number} {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as {start?: unknown}).start === 'number' &&
    typeof (value as {end?: unknown}).end === 'number' &&
    Object.keys(value).length === 2
  )
}
