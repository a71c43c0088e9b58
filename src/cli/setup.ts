/**
 * Config and schema loading shared by every command that lints: problems are
 * printed as one line each, never thrown.
 */
import {loadConfig} from '../config.js'
import type {LocdocOptions} from '../lint/remark-locdoc.js'
import {createApiIndex} from '../schema/api-index.js'
import {loadSchemaFile} from '../schema/load.js'
import path from 'node:path'
import type {CliIo} from './io.js'
import {openSourceOptions, type SourceFlags} from '../source/setup.js'
import type {EnglishSource} from '../source/english-source.js'

export type LintSetup = {ok: true; options: LocdocOptions & {ignore: string[]; englishSource?: EnglishSource}} | {ok: false}

export async function loadLintSetup(io: CliIo, flags: {config?: string; schema?: string} & SourceFlags): Promise<LintSetup> {
  const config = await loadConfig({cwd: io.cwd, explicitPath: flags.config})
  if (!config.ok) {
    io.stderr(`locdoc: ${config.error}\n`)
    return {ok: false}
  }
  const options: LocdocOptions & {ignore: string[]; englishSource?: EnglishSource} = {rules: config.config.rules, ignore: config.config.ignore}
  const schemaPath = flags.schema ?? config.config.schema
  if (schemaPath) {
    const loaded = await loadSchemaFile(path.resolve(io.cwd, schemaPath))
    if (!loaded.ok) {
      const {error} = loaded
      io.stderr(`locdoc: ${path.relative(io.cwd, error.file) || error.file}:${error.line}:${error.column}: ${error.message}\n`)
      return {ok: false}
    }
    options.api = createApiIndex(loaded.schema)
  }
  const source = await openSourceOptions(io, flags, config.config, config.path)
  if (!source.ok) return {ok: false}
  Object.assign(options, source.options)
  return {ok: true, options}
}
