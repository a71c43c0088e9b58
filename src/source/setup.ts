/**
 * `--source`, `--source-root` and `--memory` (or `source`, `sourceRoot`,
 * `memory` in the config): open the English repository and load the
 * translation memory once per run. Paths in a config file are relative to
 * that file; on the command line, to the working directory.
 */
import path from 'node:path'
import type {Config} from '../config.js'
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
): Promise<{ok: true; options: SourceOptions} | {ok: false}> {
  const configDirectory = configPath ? path.dirname(path.resolve(io.cwd, configPath)) : io.cwd
  const resolveSetting = (flag: string | undefined, setting: string | undefined) =>
    flag !== undefined ? path.resolve(io.cwd, flag) : setting !== undefined ? path.resolve(configDirectory, setting) : undefined
  const options: SourceOptions = {}
  const memoryPath = resolveSetting(flags.memory, config.memory)
  if (memoryPath) {
    const loaded = await loadMemory(memoryPath)
    if (!loaded.ok) {
      io.stderr(`locdoc: ${path.relative(io.cwd, memoryPath) || memoryPath}: ${loaded.error}\n`)
      return {ok: false}
    }
    options.memory = loaded.memory
  }
  const repository = resolveSetting(flags.source, config.source)
  if (repository) {
    const opened = await EnglishSource.open({repository, sourceRoot: resolveSetting(flags.sourceRoot, config.sourceRoot)})
    if (!opened.ok) {
      io.stderr(`locdoc: --source ${opened.error}\n`)
      return {ok: false}
    }
    options.englishSource = opened.source
  }
  return {ok: true, options}
}
