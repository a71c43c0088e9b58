/**
 * Runs `main(argv, io)` in-process against a working directory, collecting
 * what the command prints. Not a test file: shared by the CLI tests.
 */
import {mkdtemp, rm, copyFile, mkdir} from 'node:fs/promises'
import {afterEach, beforeEach} from 'vitest'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {main} from '../../src/cli.js'
import type {CliIo} from '../../src/cli/io.js'

export interface CliRun {
  code: number
  stdout: string
  stderr: string
}

export const fixtures = fileURLToPath(new URL('../fixtures/cli/', import.meta.url))

export async function runCli(argv: string[], cwd: string, io: Partial<Omit<CliIo, 'stdout' | 'stderr' | 'cwd'>> = {}): Promise<CliRun> {
  let stdout = ''
  let stderr = ''
  const code = await main(argv, {
    ...io,
    stdout: (text) => void (stdout += text),
    stderr: (text) => void (stderr += text),
    cwd
  })
  return {code, stdout, stderr}
}

/** A fresh temp directory; `cleanup` removes it. */
export async function makeWorkspace(): Promise<{directory: string; cleanup: () => Promise<void>}> {
  const directory = await mkdtemp(path.join(tmpdir(), 'locdoc-cli-'))
  return {directory, cleanup: () => rm(directory, {recursive: true, force: true})}
}

/** Copy fixture pages into the workspace, optionally under other names or folders. */
export async function addFixtures(directory: string, names: Record<string, string> | string[]): Promise<void> {
  const entries = Array.isArray(names) ? names.map((name) => [name, name] as const) : Object.entries(names)
  for (const [target, source] of entries) {
    await mkdir(path.dirname(path.join(directory, target)), {recursive: true})
    await copyFile(path.join(fixtures, source), path.join(directory, target))
  }
}

/** Node prints `    at …` frames in a stack trace; a user-facing error has none. */
export const stackFrame = /^\s+at\s/m

/**
 * A fresh workspace with `names` copied in before each test, removed after.
 * Returns a getter: the directory changes from test to test.
 */
export function useWorkspace(names: string[]): () => string {
  let workspace: Awaited<ReturnType<typeof makeWorkspace>> | undefined
  beforeEach(async () => {
    workspace = await makeWorkspace()
    await addFixtures(workspace.directory, names)
  })
  afterEach(async () => {
    await workspace?.cleanup()
  })
  return () => workspace!.directory
}

/** The line every lint run ends with on stderr: pages, time taken, threads. */
export const summaryPattern = /^locdoc: \d+ pages? in \d+\.\d\d s \([^)\n]*\)\n/m

/** The run with its summary line taken off stderr (it must be there), to compare the rest exactly. */
export function withoutSummary<Run extends {stderr: string}>(run: Run): Run {
  if (!summaryPattern.test(run.stderr)) throw new Error(`Expected a summary line on stderr, got ${JSON.stringify(run.stderr)}`)
  return {...run, stderr: run.stderr.replace(summaryPattern, '')}
}
