import {execFile} from 'node:child_process'
import {existsSync} from 'node:fs'
import {mkdir, mkdtemp, readdir, readFile, rename, rm, symlink, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {promisify} from 'node:util'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {runCli} from '../cli/run-cli.js'
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

// Packs the real package once: build (generates src/enums, then tsc), `npm pack`.
let packDirectory: string | undefined
let packing: Promise<string> | undefined

/** The tarball of the built package, made on first use and shared by every describe below. */
function packOnce(): Promise<string> {
  packing ??= (async () => {
    packDirectory = await mkdtemp(path.join(tmpdir(), 'locdoc-tarball-'))
    await run('npm', ['run', 'build'], {...quiet, cwd: repository})
    await run('npm', ['pack', '--ignore-scripts', '--pack-destination', packDirectory], {...quiet, cwd: repository})
    const tarball = (await readdir(packDirectory)).find((name) => name.endsWith('.tgz'))
    if (!tarball) throw new Error('npm pack wrote no tarball')
    return path.join(packDirectory, tarball)
  })()
  return packing
}

afterAll(async () => {
  if (packDirectory) await rm(packDirectory, {recursive: true, force: true})
})

// Install the tarball into a fresh ESM project with npm, type-check and run it there.
describe('the packed package, installed in a consumer project', () => {
  let workspace: string
  let consumer: string

  beforeAll(async () => {
    const tarball = await packOnce()
    workspace = await mkdtemp(path.join(tmpdir(), 'locdoc-pack-'))
    consumer = path.join(workspace, 'consumer')
    await mkdir(consumer)
    await writeFile(path.join(consumer, 'package.json'), `${JSON.stringify({name: 'consumer', private: true, type: 'module'})}\n`)
    await writeFile(path.join(consumer, 'tsconfig.json'), `${JSON.stringify(consumerConfig, null, 2)}\n`)
    await writeFile(path.join(consumer, 'consumer.ts'), consumerSource)
    await run('npm', ['install', tarball, '--ignore-scripts', '--prefer-offline', '--no-audit', '--no-fund'], {...quiet, cwd: consumer})
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

/** Two Graph enums as the v1.0 metadata declares them: a plain one and a flags one. */
const graphMetadata = `<?xml version="1.0" encoding="utf-8"?>
<edmx:Edmx Version="4.0" xmlns:edmx="http://docs.oasis-open.org/odata/ns/edmx">
  <edmx:DataServices>
    <Schema Namespace="microsoft.graph" xmlns="http://docs.oasis-open.org/odata/ns/edm">
      <EnumType Name="vppTokenSyncStatus">
        <Member Name="none" Value="0" />
        <Member Name="inProgress" Value="1" />
        <Member Name="completed" Value="2" />
        <Member Name="failed" Value="3" />
      </EnumType>
      <EnumType Name="chatMessageActions" IsFlags="true">
        <Member Name="reactionAdded" Value="1" />
        <Member Name="reactionRemoved" Value="2" />
        <Member Name="actionUndefined" Value="4" />
        <Member Name="unknownFutureValue" Value="8" />
      </EnumType>
    </Schema>
  </edmx:DataServices>
</edmx:Edmx>
`

/** What Graph sends: member names, and a flags property as a comma-separated list. */
const graphPayload = '{"lastSyncStatus":"failed","eventActions":"reactionAdded,reactionRemoved"}'

const constantsConsumer = `import {z} from 'zod'
import {VppTokenSyncStatus, VppTokenSyncStatusSchema, parseVppTokenSyncStatus, type VppTokenSyncStatusMember} from 'locdoc/enums'
import {ChatMessageActions, ChatMessageActionsSchema, parseChatMessageActions, type ChatMessageActionsMember} from './graph-enums/index.js'

declare const console: {log(...values: unknown[]): void}

const payload: unknown = JSON.parse(${JSON.stringify(graphPayload)})

// The schemas compose with the consumer's own zod, whichever major it is.
const VppToken = z.object({lastSyncStatus: VppTokenSyncStatusSchema, eventActions: ChatMessageActionsSchema})
const token = VppToken.parse(payload)
const status: VppTokenSyncStatusMember = token.lastSyncStatus
const actions: ChatMessageActionsMember[] = token.eventActions
const failed: boolean = status === 'failed'
const value: VppTokenSyncStatus = VppTokenSyncStatus[status]
const bits: number = actions.reduce((all, action) => all | ChatMessageActions[action], 0)

const fromWire = parseVppTokenSyncStatus((payload as {lastSyncStatus: unknown}).lastSyncStatus)
const fromNumber: VppTokenSyncStatusMember = parseVppTokenSyncStatus(3)
const flags: ChatMessageActionsMember[] = parseChatMessageActions('reactionAdded,reactionRemoved')
const flagsFromNumber = parseChatMessageActions(5)

function messageOf(run: () => unknown): string {
  try {
    run()
    return 'no error'
  } catch (error) {
    return (error as Error).message
  }
}
const bad = VppToken.safeParse({lastSyncStatus: 'finished', eventActions: 'reactionAdded,sent'})

console.log(JSON.stringify({status, failed, value, actions, bits, fromWire, fromNumber, flags, flagsFromNumber,
  badName: messageOf(() => parseVppTokenSyncStatus('finished')),
  badFlags: messageOf(() => parseChatMessageActions('reactionAdded,sent')),
  badIssues: bad.success ? [] : bad.error.issues.map((issue) => issue.path.join('.'))
}))
`

/** Comparing the wire string with the documented number is the bug the types must catch. */
const wrongConstantsConsumer = `import {VppTokenSyncStatus, VppTokenSyncStatusSchema} from 'locdoc/enums'

const token = {lastSyncStatus: VppTokenSyncStatusSchema.parse('failed')}
export const neverTrue = token.lastSyncStatus === VppTokenSyncStatus.failed
`

/** A minimal hand-written copy of the shape the Graph SDK (Kiota) generates for these enums. */
const sdkShape = `export const VppTokenSyncStatusObject = {
  None: 'none',
  InProgress: 'inProgress',
  Completed: 'completed',
  Failed: 'failed'
} as const
export type VppTokenSyncStatus = (typeof VppTokenSyncStatusObject)[keyof typeof VppTokenSyncStatusObject]

export const ChatMessageActionsObject = {
  ReactionAdded: 'reactionAdded',
  ReactionRemoved: 'reactionRemoved',
  ActionUndefined: 'actionUndefined',
  UnknownFutureValue: 'unknownFutureValue'
} as const
export type ChatMessageActions = (typeof ChatMessageActionsObject)[keyof typeof ChatMessageActionsObject]

export interface VppToken {
  lastSyncStatus?: VppTokenSyncStatus | null
  eventActions?: ChatMessageActions[] | null
}
`

const kiotaConsumer = `import {z} from 'zod'
import * as sdk from './sdk.js'
import {
  ChatMessageActionsSchema,
  VppTokenSyncStatusObject,
  VppTokenSyncStatusSchema,
  VppTokenSyncStatusValueByMember,
  parseChatMessageActions,
  parseVppTokenSyncStatus,
  type ChatMessageActions,
  type VppTokenSyncStatus
} from './kiota-enums/index.js'

declare const console: {log(...values: unknown[]): void}

const payload: unknown = JSON.parse(${JSON.stringify(graphPayload)})
const parsed = z.object({lastSyncStatus: VppTokenSyncStatusSchema, eventActions: ChatMessageActionsSchema}).parse(payload)

// Ours and the SDK's are the same types: each assigns to the other.
const sdkToken: sdk.VppToken = parsed
const status: VppTokenSyncStatus = sdkToken.lastSyncStatus ?? sdk.VppTokenSyncStatusObject.None
const actions: ChatMessageActions[] = sdkToken.eventActions ?? []
const failed: boolean = status === VppTokenSyncStatusObject.Failed && sdkToken.lastSyncStatus === sdk.VppTokenSyncStatusObject.Failed
const value = VppTokenSyncStatusValueByMember[status]

console.log(JSON.stringify({status, failed, value, actions,
  fromWire: parseVppTokenSyncStatus('failed'),
  flags: parseChatMessageActions('reactionAdded,reactionRemoved')
}))
`

const wrongKiotaConsumer = `import {VppTokenSyncStatusObject, VppTokenSyncStatusValueByMember} from './kiota-enums/index.js'

const status = VppTokenSyncStatusObject.Failed
export const neverTrue = status === VppTokenSyncStatusValueByMember.failed
`

interface ZodMajor {
  label: string
  /** The installed `zod` package folder, or undefined when it is not installed. */
  directory: string | undefined
}

/** zod 4 is the devDependency `zod`; zod 3 the alias `zod3` (`npm:zod@^3.25.76`), or `LOCDOC_ZOD3_DIR`. */
const zodMajors: ZodMajor[] = [
  {label: 'zod 4', directory: path.join(repository, 'node_modules/zod')},
  {label: 'zod 3', directory: process.env.LOCDOC_ZOD3_DIR ?? path.join(repository, 'node_modules/zod3')}
].map((major) => ({...major, directory: existsSync(path.join(major.directory, 'package.json')) ? major.directory : undefined}))

async function typeCheck(project: string, config: string): Promise<{code: number; output: string}> {
  return run(process.execPath, [tscPath, '-p', path.join(project, config)], {...quiet, cwd: project}).then(
    ({stdout}) => ({code: 0, output: stdout}),
    (error: {code?: number; stdout?: string}) => ({code: error.code ?? 1, output: error.stdout ?? ''})
  )
}

function tsconfig(files: string[], outDir: string): string {
  const compilerOptions = {strict: true, target: 'ES2022', module: 'NodeNext', moduleResolution: 'NodeNext', types: [], outDir}
  return `${JSON.stringify({compilerOptions, files}, null, 2)}\n`
}

// The package is unpacked into node_modules beside the chosen zod: `locdoc/enums`
// and generated modules need nothing else, and no registry is asked.
for (const major of zodMajors) {
  describe.skipIf(!major.directory)(`wire payloads parsed with generated constants under ${major.label} (needs ${major.label === 'zod 3' ? 'the devDependency zod3: npm:zod@^3.25.76' : 'zod'})`, () => {
    let workspace: string
    let consumer: string
    let compiled: {code: number; output: string}

    beforeAll(async () => {
      const tarball = await packOnce()
      workspace = await mkdtemp(path.join(tmpdir(), 'locdoc-wire-'))
      consumer = path.join(workspace, 'consumer')
      const modules = path.join(consumer, 'node_modules')
      await mkdir(modules, {recursive: true})
      await run('tar', ['-xzf', tarball, '-C', workspace])
      await rename(path.join(workspace, 'package'), path.join(modules, 'locdoc'))
      await symlink(major.directory!, path.join(modules, 'zod'), 'dir')
      const metadata = path.join(workspace, 'graph.csdl')
      await writeFile(metadata, graphMetadata)
      for (const [style, folder] of [['constants', 'graph-enums'], ['kiota', 'kiota-enums']] as const) {
        const generated = await runCli(['gen', '--schema', metadata, '--style', style, '--out', path.join(consumer, folder)], workspace)
        if (generated.code !== 0) throw new Error(generated.stderr)
      }
      const files: Record<string, string> = {
        'package.json': `${JSON.stringify({name: 'consumer', private: true, type: 'module'})}\n`,
        'constants.ts': constantsConsumer,
        'wrong-constants.ts': wrongConstantsConsumer,
        'sdk.ts': sdkShape,
        'kiota.ts': kiotaConsumer,
        'wrong-kiota.ts': wrongKiotaConsumer,
        // One tsc run: the two wrong files must fail, the rest must not, and JavaScript is emitted either way.
        'tsconfig.json': tsconfig(['constants.ts', 'kiota.ts', 'wrong-constants.ts', 'wrong-kiota.ts'], 'out')
      }
      for (const [name, text] of Object.entries(files)) await writeFile(path.join(consumer, name), text)
      compiled = await typeCheck(consumer, 'tsconfig.json')
    }, 240_000)

    afterAll(async () => {
      if (workspace) await rm(workspace, {recursive: true, force: true})
    })

    it('should compile both consumers under tsc --strict and refuse only the comparisons of a wire string with a number', async () => {
      const installed = JSON.parse(await readFile(path.join(consumer, 'node_modules/zod/package.json'), 'utf8')) as {version: string}
      expect(installed.version.split('.')[0]).toBe(major.label.slice(-1))
      // TS2367: "This comparison appears to be unintentional because the types 'string' and 'number' have no overlap."
      const errors = compiled.output.split('\n').filter((line) => /^\S+\(\d+,\d+\): error/.test(line))
      expect(errors).toEqual([
        expect.stringMatching(/^wrong-constants\.ts\(4,\d+\): error TS2367: .*'string' and 'number' have no overlap/),
        expect.stringMatching(/^wrong-kiota\.ts\(4,\d+\): error TS2367: .*'string' and 'number' have no overlap/)
      ])
    })

    it('should parse the payload into member names, flags into a list, and name the enum and input on bad input', async () => {
      const {stdout} = await run(process.execPath, [path.join(consumer, 'out/constants.js')], {...quiet, cwd: consumer})
      expect(JSON.parse(stdout)).toEqual({
        status: 'failed',
        failed: true,
        value: 3,
        actions: ['reactionAdded', 'reactionRemoved'],
        bits: 3,
        fromWire: 'failed',
        fromNumber: 'failed',
        flags: ['reactionAdded', 'reactionRemoved'],
        flagsFromNumber: ['reactionAdded', 'actionUndefined'],
        badName: 'Unexpected `finished` for `microsoft.graph.vppTokenSyncStatus`, expected one of `none`, `inProgress`, `completed`, `failed`',
        badFlags: 'Unexpected `sent` in `reactionAdded,sent` for `microsoft.graph.chatMessageActions`, expected one of `reactionAdded`, `reactionRemoved`, `actionUndefined`, `unknownFutureValue`',
        badIssues: ['lastSyncStatus', 'eventActions']
      })
    }, 60_000)

    it('should give the kiota style the SDK types, interchangeable with a hand-written copy of the SDK', async () => {
      const {stdout} = await run(process.execPath, [path.join(consumer, 'out/kiota.js')], {...quiet, cwd: consumer})
      expect(JSON.parse(stdout)).toEqual({
        status: 'failed',
        failed: true,
        value: 3,
        actions: ['reactionAdded', 'reactionRemoved'],
        fromWire: 'failed',
        flags: ['reactionAdded', 'reactionRemoved']
      })
    }, 60_000)
  })
}
