import {execFile} from 'node:child_process'
import {mkdir, mkdtemp, readdir, rm, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {promisify} from 'node:util'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {repository, tscPath} from './typescript-project.js'

const run = promisify(execFile)
const quiet = {maxBuffer: 64 * 1024 * 1024, env: {...process.env, npm_config_loglevel: 'error', npm_config_fund: 'false', npm_config_audit: 'false'}}

const consumerSource = `import {VppTokenSyncStatus, VppTokenSyncStatusSchema, VppTokenSyncStatusValueSchema, type VppTokenSyncStatusMember} from 'locdoc/enums'

// No @types/node in this project: declare the one global the file uses.
declare const console: {log(...values: unknown[]): void}

const failed: 3 = VppTokenSyncStatus.failed
// @ts-expect-error \`finished\` is not a member of vppTokenSyncStatus
VppTokenSyncStatus.finished
const member: VppTokenSyncStatusMember = VppTokenSyncStatusSchema.parse('inProgress')
const value: VppTokenSyncStatus = VppTokenSyncStatusValueSchema.parse(2)
// @ts-expect-error 4 is not a value of vppTokenSyncStatus
const impossible: VppTokenSyncStatus = 4

void member
void value
void impossible
console.log(failed)
`

const consumerConfig = {
  compilerOptions: {
    strict: true,
    target: 'ES2022',
    module: 'NodeNext',
    moduleResolution: 'NodeNext',
    types: [],
    outDir: 'out'
  },
  files: ['consumer.ts']
}

// Packs the real package: build (generates src/enums, then tsc), `npm pack`,
// install the tarball into a fresh ESM project, type-check and run it there.
describe('the packed package, installed in a consumer project', () => {
  let workspace: string
  let consumer: string

  beforeAll(async () => {
    workspace = await mkdtemp(path.join(tmpdir(), 'locdoc-pack-'))
    consumer = path.join(workspace, 'consumer')
    await run('npm', ['run', 'build'], {...quiet, cwd: repository})
    await run('npm', ['pack', '--ignore-scripts', '--pack-destination', workspace], {...quiet, cwd: repository})
    const tarball = (await readdir(workspace)).find((name) => name.endsWith('.tgz'))
    if (!tarball) throw new Error('npm pack wrote no tarball')
    await mkdir(consumer)
    await writeFile(path.join(consumer, 'package.json'), `${JSON.stringify({name: 'consumer', private: true, type: 'module'})}\n`)
    await writeFile(path.join(consumer, 'tsconfig.json'), `${JSON.stringify(consumerConfig, null, 2)}\n`)
    await writeFile(path.join(consumer, 'consumer.ts'), consumerSource)
    await run('npm', ['install', path.join(workspace, tarball), '--ignore-scripts', '--prefer-offline', '--no-audit', '--no-fund'], {...quiet, cwd: consumer})
  }, 240_000)

  afterAll(async () => {
    if (workspace) await rm(workspace, {recursive: true, force: true})
  })

  it('should type-check `locdoc/enums` under tsc --strict --noEmit: `failed` is the literal 3, `finished` is rejected', async () => {
    const result = await run(process.execPath, [tscPath, '-p', consumer, '--strict', '--noEmit'], {...quiet, cwd: consumer}).then(
      ({stdout}) => ({code: 0, output: stdout}),
      (error: {code?: number; stdout?: string}) => ({code: error.code ?? 1, output: error.stdout ?? ''})
    )
    expect(result.output).toBe('')
    expect(result.code).toBe(0)
  }, 60_000)

  it('should run as ESM under node and print 3', async () => {
    await run(process.execPath, [tscPath, '-p', consumer], {...quiet, cwd: consumer})
    const {stdout} = await run(process.execPath, [path.join(consumer, 'out/consumer.js')], {...quiet, cwd: consumer})
    expect(stdout).toBe('3\n')
  }, 60_000)
})
