import {chmod, mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile} from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import {afterEach, beforeEach, describe, expect, it} from 'vitest'
import {checkTargets, commitStaged, stageWrites, writeAllOrNothing, WriteFailure} from '../../src/fix/write-outputs.js'
import {runCli, stackFrame} from '../cli/run-cli.js'
import {contentDirectory} from './pages.js'

let directory: string
beforeEach(async () => {
  directory = await mkdtemp(path.join(os.tmpdir(), 'locdoc-write-'))
})
afterEach(async () => rm(directory, {recursive: true, force: true}))

/** Every file under the directory, with its text: what a user would find on disk. */
async function snapshot(root = directory): Promise<Record<string, string>> {
  const result: Record<string, string> = {}
  for (const entry of await readdir(root, {recursive: true, withFileTypes: true})) {
    if (!entry.isFile()) continue
    const file = path.join(entry.parentPath, entry.name)
    result[path.relative(root, file)] = await readFile(file, 'utf8')
  }
  return result
}

async function makePages(count: number): Promise<string[]> {
  const targets: string[] = []
  for (let index = 0; index < count; index++) {
    const target = path.join(directory, `page-${String(index).padStart(3, '0')}.md`)
    await writeFile(target, `original ${index}\n`)
    targets.push(target)
  }
  return targets
}

describe('writing many outputs', () => {
  it('should replace every target and leave no temporary or kept file', async () => {
    const targets = await makePages(5)
    await writeAllOrNothing([...targets.map((target) => ({target, data: 'new\n'})), {target: path.join(directory, 'sub/new.md'), data: 'created\n'}])
    const files = await snapshot()
    expect(Object.keys(files).sort()).toEqual([...targets.map((target) => path.basename(target)), path.join('sub', 'new.md')].sort())
    expect(Object.values(files).every((text) => text === 'new\n' || text === 'created\n')).toBe(true)
  })

  it('should keep the permissions of a replaced page', async () => {
    const [target] = await makePages(1)
    await chmod(target!, 0o640)
    await writeAllOrNothing([{target: target!, data: 'new\n'}])
    expect((await stat(target!)).mode & 0o777).toBe(0o640)
  })

  it('should refuse a target that is a directory before writing anything', async () => {
    const targets = await makePages(3)
    await mkdir(path.join(directory, 'taken.md'))
    const before = await snapshot()
    const writes = [...targets.map((target) => ({target, data: 'new\n'})), {target: path.join(directory, 'taken.md'), data: 'x'}]
    await expect(writeAllOrNothing(writes)).rejects.toThrow(/^nothing written: .*taken\.md is a directory, not a file$/)
    expect(await snapshot()).toEqual(before)
  })

  it('should refuse two outputs for one target', async () => {
    await expect(checkTargets([{target: path.join(directory, 'a.md'), data: '1'}, {target: path.join(directory, '.', 'a.md'), data: '2'}])).rejects.toThrow(/two outputs would go to/)
  })

  it('should restore all 600 originals when one target becomes a directory after staging', async () => {
    const targets = await makePages(600)
    const before = await snapshot()
    const staged = await stageWrites(targets.map((target) => ({target, data: 'new\n'})))
    // Another process replaces page 300 by a directory between staging and the renames.
    await rm(targets[300]!)
    await mkdir(targets[300]!)
    await writeFile(path.join(targets[300]!, 'inside.md'), 'kept\n')
    const failure = await commitStaged(staged).catch((error: unknown) => error)
    expect(failure).toBeInstanceOf(WriteFailure)
    expect((failure as WriteFailure).message).toMatch(/^nothing written: cannot write .*page-300\.md: a directory is in the way; the 300 files already replaced were restored$/)
    expect((failure as WriteFailure).leftWritten).toEqual([])
    const after = await snapshot()
    delete before['page-300.md']
    expect(after).toEqual({...before, [path.join('page-300.md', 'inside.md')]: 'kept\n'})
  })

  it('should remove every temporary file when staging fails', async () => {
    const targets = await makePages(3)
    await writeFile(path.join(directory, 'blocker'), 'a file where a folder must go')
    const before = await snapshot()
    const writes = [...targets.map((target) => ({target, data: 'new\n'})), {target: path.join(directory, 'blocker', 'x.md'), data: 'x'}]
    await expect(writeAllOrNothing(writes)).rejects.toThrow(/^nothing written: cannot create the folder .*blocker: a file is in the way$/)
    expect(await snapshot()).toEqual(before)
  })
})

describe('locdoc fix --out onto a directory', () => {
  it('should say which target is a directory, write nothing and exit 2', async () => {
    await mkdir(path.join(directory, 'out', 'ja-JP', 'risklevel.md'), {recursive: true})
    const before = await snapshot()
    const run = await runCli(['fix', contentDirectory, '--out', 'out'], directory)
    expect(run.code).toBe(2)
    expect(run.stderr).toMatch(/^locdoc: nothing written: .*risklevel\.md is a directory, not a file$/m)
    expect(run.stderr).not.toMatch(stackFrame)
    expect(await snapshot()).toEqual(before)
  })
})
