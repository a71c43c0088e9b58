/**
 * `--source`, `--source-root` and `--memory` (or `source`, `sourceRoot`,
 * `memory` in the config): open the English repository and load the
 * translation memory once per run. Paths in a config file are relative to
 * that file; on the command line, to the working directory.
 */
import {readFile} from 'node:fs/promises'
import path from 'node:path'
import type {Config} from '../config.js'
import {digestOf, type ResultInput} from '../lint/cache.js'
import {EnglishSource} from './english-source.js'
import {loadMemory, type TranslationMemory} from './memory.js'

export interface SourceFlags {
  source?: string
  sourceRoot?: string
  memory?: string
}

export interface SourceOptions {
  englishSource?: EnglishSource
  memory?: TranslationMemory
}

export async function openSourceOptions(
  io: {cwd: string; stderr: (text: string) => void},
  flags: SourceFlags,
  config: Config,
  configPath: string | undefined
): Promise<{ok: true; options: SourceOptions; inputs: ResultInput[]} | {ok: false}> {
  const configDirectory = configPath ? path.dirname(path.resolve(io.cwd, configPath)) : io.cwd
  const resolveSetting = (flag: string | undefined, setting: string | undefined) =>
    flag !== undefined ? path.resolve(io.cwd, flag) : setting !== undefined ? path.resolve(configDirectory, setting) : undefined
  const options: SourceOptions = {}
  // What the cache must key on: the memory's content, and which English repository at which HEAD.
  const inputs: ResultInput[] = []
  const memoryPath = resolveSetting(flags.memory, config.memory)
  if (memoryPath) {
    const loaded = await loadMemory(memoryPath)
    if (!loaded.ok) {
      io.stderr(`locdoc: ${path.relative(io.cwd, memoryPath) || memoryPath}: ${loaded.error}\n`)
      return {ok: false}
    }
    options.memory = loaded.memory
    inputs.push({name: 'memory', digest: digestOf(await readFile(memoryPath))})
  }
  const repository = resolveSetting(flags.source, config.source)
  if (repository) {
    const opened = await EnglishSource.open({repository, sourceRoot: resolveSetting(flags.sourceRoot, config.sourceRoot)})
    if (!opened.ok) {
      io.stderr(`locdoc: --source ${opened.error}\n`)
      return {ok: false}
    }
    options.englishSource = opened.source
    const sourceRoot = resolveSetting(flags.sourceRoot, config.sourceRoot) ?? ''
    inputs.push({name: 'source', digest: digestOf(`${repository}\n${sourceRoot}\n${opened.source.head}`)})
  }
  return {ok: true, options, inputs}
}
