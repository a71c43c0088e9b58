/**
 * `locdoc memory build` and `--memory`: seed 003 has no spans; a memory
 * learned from the spanned pages of content/ and the seeds supplies the
 * English for `承諾`, which the schema alone also knows.
 */
import {existsSync, readdirSync} from 'node:fs'
import {readFile} from 'node:fs/promises'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {MemoryFile} from '../../src/source/memory.js'
import {makeWorkspace, runCli} from './run-cli.js'

const seeds = fileURLToPath(new URL('../../../shared/seeds/', import.meta.url))
const content = fileURLToPath(new URL('../../content/', import.meta.url))

describe.skipIf(!existsSync(seeds))('translation memory on seed 003 (needs ../shared/seeds)', () => {
  let workspace: {directory: string; cleanup: () => Promise<void>}
  let memory: string
  const seed003 = () => path.join(seeds, readdirSync(seeds).find((name) => name.startsWith('003_'))!)

  beforeAll(async () => {
    workspace = await makeWorkspace()
    memory = path.join(workspace.directory, 'memory.json')
    // The seeds are `.txt` files, which a folder operand does not expand to: name them.
    const seedFiles = readdirSync(seeds).filter((name) => name.endsWith('.txt')).map((name) => path.join(seeds, name))
    const run = await runCli(['memory', 'build', content, ...seedFiles, '--out', memory], workspace.directory)
    expect(run.stderr).toMatch(/learned \d+ localized tokens/)
    expect(run.code).toBe(0)
  })
  afterAll(() => workspace.cleanup())

  it('should save a memory with counts that knows `承諾` as the header `Accept` in ja-JP', async () => {
    const file = MemoryFile.parse(JSON.parse(await readFile(memory, 'utf8')))
    expect(file.entries).toContainEqual(expect.objectContaining({locale: 'ja-JP', role: 'header', localized: '承諾', english: 'Accept'}))
    expect(file.entries.every((entry) => entry.count >= 1)).toBe(true)
  })

  it('should give `Accept` for `承諾` from memory with --memory and from the schema without', async () => {
    const finding = async (extra: string[]) => {
      const run = await runCli(['lint', '--format', 'json', ...extra, seed003()], workspace.directory)
      const [result] = JSON.parse(run.stdout) as Array<{messages: Array<{ruleId: string; actual?: string; expected?: string[]; provenance?: string; fix?: {text: string}}>}>
      return result!.messages.find((message) => message.ruleId === 'header-name' && message.actual === '承諾')
    }
    expect(await finding(['--memory', memory])).toMatchObject({expected: ['Accept'], provenance: 'memory', fix: {text: 'Accept'}})
    expect(await finding([])).toMatchObject({expected: ['Accept'], provenance: 'schema', fix: {text: 'Accept'}})
  })

  it('should refuse a file that is not a memory, in one line', async () => {
    const run = await runCli(['lint', '--memory', seed003(), seed003()], workspace.directory)
    expect(run.code).toBe(2)
    expect(run.stderr).toMatch(/^locdoc: .*003_.*: invalid JSON/)
  })
})
