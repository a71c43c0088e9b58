/**
 * Report formats by name. Each is a pure function from linted files to text.
 */
import type {VFile} from 'vfile'
import {formatJson} from './json.js'

export type Formatter = (files: readonly VFile[], options: {cwd: string}) => string

export const formatters = {
  json: formatJson,
  stylish: formatJson
} satisfies Record<string, Formatter>

export type FormatName = keyof typeof formatters
