/**
 * Config and schema loading shared by every command that lints: problems are
 * printed as one line each, never thrown.
 */
import {readFile} from 'node:fs/promises'
import {loadConfig} from '../config.js'
import type {LocdocOptions} from '../lint/remark-locdoc.js'
import {createApiIndex, type ApiIndex} from '../schema/api-index.js'
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
      /** With `deferSchema`: loads the schema the first time a page needs it (see `loadApiOnce`). */
      loadApi?: () => Promise<ApiIndex>
    }
  | {ok: false}

/** A schema file that would not load, already told to the user: the run stops with exit 2. */
export class SchemaLoadFailed extends Error {}

export interface LintSetupOptions {
  /**
   * Leave the schema unparsed until a page needs linting: a warm `--cache`
   * run whose pages are all unchanged never pays for it. Its digest (for the
   * cache key) is still taken now.
   */
  deferSchema?: boolean
}

export async function loadLintSetup(io: CliIo, flags: {config?: string; schema?: string} & SourceFlags, setupOptions: LintSetupOptions = {}): Promise<LintSetup> {
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
  let loadApi: (() => Promise<ApiIndex>) | undefined
  if (schemaPath) {
    const bytes = await readFile(schemaPath).catch(() => undefined)
    const load = () => loadApiIndex(io, schemaPath)
    // An unreadable schema is reported now, deferred or not, by the loader's own message.
    if (setupOptions.deferSchema && bytes) {
      loadApi = once(load)
    } else {
      const api = await load().catch((error: unknown) => {
        if (error instanceof SchemaLoadFailed) return undefined
        throw error
      })
      if (!api) return {ok: false}
      options.api = api
    }
    inputs.push({name: 'schema', digest: digestOf(bytes ?? '')})
  } else {
    inputs.push({name: 'schema', digest: 'embedded'})
  }
  const source = await openSourceOptions(io, flags, config.config, config.path)
  if (!source.ok) return {ok: false}
  Object.assign(options, source.options)
  inputs.push(...source.inputs)
  return {ok: true, options, configDirectory, inputs, ...(loadApi ? {loadApi} : {})}
}

/** Parse and index a schema file; a problem in it is printed as `file:line:column: message`. */
async function loadApiIndex(io: CliIo, schemaPath: string): Promise<ApiIndex> {
  const loaded = await loadSchemaFile(schemaPath)
  if (!loaded.ok) {
    const {error} = loaded
    io.stderr(`locdoc: ${path.relative(io.cwd, error.file) || error.file}:${error.line}:${error.column}: ${error.message}\n`)
    throw new SchemaLoadFailed(error.message)
  }
  return createApiIndex(loaded.schema)
}

function once<T>(start: () => Promise<T>): () => Promise<T> {
  let promise: Promise<T> | undefined
  return () => (promise ??= start())
}

function sortedRules(rules: Readonly<Record<string, string>> | undefined): Array<[string, string]> {
  return Object.entries(rules ?? {}).sort(([left], [right]) => left.localeCompare(right))
}
