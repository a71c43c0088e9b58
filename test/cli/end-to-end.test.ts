import {execFile, spawnSync} from 'node:child_process'
import {existsSync, readdirSync, readFileSync, statSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {promisify} from 'node:util'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {addFixtures, makeWorkspace, stackFrame, withoutSummary} from './run-cli.js'

const root = fileURLToPath(new URL('../../', import.meta.url))
const bin = path.join(root, 'bin/locdoc.js')
const builtCli = path.join(root, 'dist/cli.js')

/** Newest modification time of the TypeScript under `directory`. */
function newestSource(directory: string): number {
  return Math.max(
    0,
    ...readdirSync(directory, {withFileTypes: true}).map((entry) => {
      const full = path.join(directory, entry.name)
      return entry.isDirectory() ? newestSource(full) : entry.name.endsWith('.ts') ? statSync(full).mtimeMs : 0
    })
  )
}

function locdoc(argv: string[], cwd: string) {
  const run = spawnSync(process.execPath, [bin, ...argv], {cwd, encoding: 'utf8', env: {...process.env, NO_COLOR: undefined, FORCE_COLOR: undefined}})
  return {code: run.status, stdout: run.stdout, stderr: run.stderr}
}

let workspace: Awaited<ReturnType<typeof makeWorkspace>>

beforeAll(async () => {
  if (!existsSync(builtCli) || statSync(builtCli).mtimeMs < newestSource(path.join(root, 'src'))) {
    // dist/ is stale: rebuild. Type errors elsewhere still emit JavaScript, so only a missing build fails here.
    await promisify(execFile)('npx', ['tsc', '-p', 'tsconfig.build.json'], {cwd: root}).catch(() => undefined)
  }
  expect(existsSync(builtCli), 'dist/cli.js after `npx tsc -p tsconfig.build.json`').toBe(true)
  workspace = await makeWorkspace()
  await addFixtures(workspace.directory, ['clean.md', 'broken.md'])
}, 180_000)

afterAll(async () => {
  await workspace?.cleanup()
})

describe('bin/locdoc.js', () => {
  it('should exit 0 in silence on a clean page and 1 with an uncoloured report on a broken one', () => {
    expect(withoutSummary(locdoc(['lint', 'clean.md'], workspace.directory))).toEqual({code: 0, stdout: '', stderr: ''})
    const run = locdoc(['lint', 'clean.md', 'broken.md'], workspace.directory)
    expect(run.code).toBe(1)
    expect(run.stdout).toContain('broken.md\n  19:145  error  Unexpected `1-a` for member `low`, expected `1`')
    expect(run.stdout).not.toContain('\u001B[')
  })

  it('should exit 2 with one line and no stack trace on a missing file and an unknown option', () => {
    expect(locdoc(['lint', 'missing.md'], workspace.directory)).toEqual({code: 2, stdout: '', stderr: 'locdoc: missing.md: no such file\n'})
    const run = locdoc(['lint', '--colour', 'broken.md'], workspace.directory)
    expect(run.code).toBe(2)
    expect(run.stderr.split('\n')[0]).toMatch(/^locdoc lint: .*'--colour'/)
    expect(run.stdout + run.stderr).not.toMatch(stackFrame)
  })

  it('should print SARIF that names the installed version', () => {
    const run = locdoc(['lint', '--format', 'sarif', 'broken.md'], workspace.directory)
    expect(run.code).toBe(1)
    const log = JSON.parse(run.stdout) as {runs: Array<{tool: {driver: {version: string}}; results: unknown[]}>}
    const {version} = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {version: string}
    expect(log.runs[0]!.tool.driver.version).toBe(version)
    expect(log.runs[0]!.results).toHaveLength(2)
  })
})
