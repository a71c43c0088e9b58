/**
 * Report formats by name. Each is a pure function from linted files to text;
 * the CLI decides where the text goes and whether it may be coloured.
 */
import type {VFile} from 'vfile'
import {createGithubWriter, formatGithub} from './github.js'
import {createJsonWriter, formatJson} from './json.js'
import {createSarifWriter, formatSarif} from './sarif.js'
import {createStylishWriter, formatStylish} from './stylish.js'
import type {ReportWriter} from './writer.js'

export interface FormatOptions {
  /** Directory paths are shown relative to. */
  cwd: string
  /** Whether to use ANSI colours (only `stylish` does): a TTY and no `NO_COLOR`, decided by the caller. */
  color?: boolean
}

export type Formatter = (files: readonly VFile[], options: FormatOptions) => string

export const formatters = {
  stylish: formatStylish,
  json: formatJson,
  github: formatGithub,
  sarif: formatSarif
} satisfies Record<string, Formatter>

export type FormatName = keyof typeof formatters

export interface WriterOptions extends FormatOptions {
  /** JSON only: each result carries the page text. */
  includeSource?: boolean
}

/** The streaming form of each format: the same bytes, a file at a time. */
export const writers = {
  stylish: (options: WriterOptions) => createStylishWriter(options),
  json: (options: WriterOptions) => createJsonWriter(options),
  github: (options: WriterOptions) => createGithubWriter(options),
  sarif: (options: WriterOptions) => createSarifWriter(options)
} satisfies Record<FormatName, (options: WriterOptions) => ReportWriter>
