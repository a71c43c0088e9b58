/**
 * Config and schema loading shared by every command that lints: problems are
 * printed as one line each, never thrown.
 */
import {readFile} from 'node:fs/promises'
import {loadConfig} from '../config.js'
import type {LocdocOptions} from '../lint/remark-locdoc.js'
import {createApiIndex} from '../schema/api-index.js'
import {loadSchemaFile} from '../schema/load.js'
import {digestOf, type ResultInput} from '../lint/cache.js'
import path from 'node:path'
import type {CliIo} from './io.js'
import {openSourceOptions, type SourceFlags} from '../source/setup.js'
import type {EnglishSource} from '../source/english-source.js'

export type LintSetup =
  | {
      ok: true
      options: LocdocOptions & {ignore: string[]; ignoreBase: string; englishSource?: EnglishSource}
      /** Folder the config's paths (`ignore`, `schema`) are relative to: the config file's, else the working directory. */
      configDirectory: string
      /** Everything besides a page that changes its results, for the cache key. */
      inputs: ResultInput[]
    }
  | {ok: false}

export async function loadLintSetup(io: CliIo, flags: {config?: string; schema?: string} & SourceFlags): Promise<LintSetup> {
  const config = await loadConfig({cwd: io.cwd, explicitPath: flags.config})
  if (!config.ok) {
    io.stderr(`locdoc: ${config.error}\n`)
    return {ok: false}
  }
  const configDirectory = config.directory ?? io.cwd
  const options: LocdocOptions & {ignore: string[]; ignoreBase: string; englishSource?: EnglishSource} = {rules: config.config.rules, ignore: config.config.ignore, ignoreBase: configDirectory}
  const inputs: ResultInput[] = [{name: 'config', digest: digestOf(JSON.stringify(sortedRules(config.config.rules)))}]
  // A path on the command line is the user's, from here; a path in the config is the config's, from its folder.
  const schemaPath = flags.schema === undefined ? config.config.schema && path.resolve(configDirectory, config.config.schema) : path.resolve(io.cwd, flags.schema)
  if (schemaPath) {
    const loaded = await loadSchemaFile(schemaPath)
    if (!loaded.ok) {
      const {error} = loaded
      io.stderr(`locdoc: ${path.relative(io.cwd, error.file) || error.file}:${error.line}:${error.column}: ${error.message}\n`)
      return {ok: false}
    }
    options.api = createApiIndex(loaded.schema)
    inputs.push({name: 'schema', digest: digestOf(await readFile(schemaPath))})
  } else {
    inputs.push({name: 'schema', digest: 'embedded'})
  }
  const source = await openSourceOptions(io, flags, config.config, config.path)
  if (!source.ok) return {ok: false}
  Object.assign(options, source.options)
  inputs.push(...source.inputs)
  return {ok: true, options, configDirectory, inputs}
}

function sortedRules(rules: Readonly<Record<string, string>> | undefined): Array<[string, string]> {
  return Object.entries(rules ?? {}).sort(([left], [right]) => left.localeCompare(right))
}
