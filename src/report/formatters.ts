/**
 * Report formats by name. Each is a pure function from linted files to text;
 * the CLI decides where the text goes and whether it may be coloured.
 */
import type {VFile} from 'vfile'
import {formatGithub} from './github.js'
import {formatJson} from './json.js'
import {formatSarif} from './sarif.js'
import {formatStylish} from './stylish.js'

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
