import {execFile, spawnSync} from 'node:child_process'
import {existsSync, readdirSync, readFileSync, statSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {promisify} from 'node:util'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {parse as parseYaml} from 'yaml'
import {z} from 'zod'
import {SarifLog} from '../../src/report/sarif.js'
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

describe('CI recipes run as CI runs them', () => {
  const shell = (command: string, cwd: string, env: Record<string, string>) => {
    // `npx --yes locdoc` in CI is this checkout's bin here.
    const local = command.replaceAll('npx --yes locdoc', `${JSON.stringify(process.execPath)} ${JSON.stringify(bin)}`)
    const run = spawnSync('bash', ['-c', local], {cwd, encoding: 'utf8', env: {...process.env, NO_COLOR: '1', ...env}})
    return {code: run.status, stdout: run.stdout, stderr: run.stderr}
  }

  it('should run the commands of docs/ci/github-actions.yml: a SARIF log, annotations from the cache, the cache where the workflow keeps it', async () => {
    const workflow = z
      .object({
        env: z.record(z.string(), z.string()),
        jobs: z.object({lint: z.object({steps: z.array(z.object({name: z.string().optional(), run: z.string().optional(), uses: z.string().optional(), with: z.record(z.string(), z.unknown()).optional()}))})})
      })
      .parse(parseYaml(readFileSync(path.join(root, 'docs/ci/github-actions.yml'), 'utf8')))
    const {steps} = workflow.jobs.lint
    const ci = await makeWorkspace()
    try {
      await addFixtures(ci.directory, {[`${workflow.env.DOCS}/broken.md`]: 'broken.md', [`${workflow.env.DOCS}/clean.md`]: 'clean.md'})
      const runs = steps.filter((step) => step.run).map((step) => shell(step.run!, ci.directory, workflow.env))
      expect(runs).toHaveLength(2)
      const [sarifRun, annotationRun] = runs
      expect(sarifRun!.code, sarifRun!.stderr).toBe(1)
      const log = SarifLog.parse(JSON.parse(readFileSync(path.join(ci.directory, 'locdoc.sarif'), 'utf8')))
      expect(log.runs[0].results.map((result) => result.ruleId)).toEqual(['enum-member-value', 'enum-member-name'])
      const upload = steps.find((step) => step.uses?.startsWith('github/codeql-action/upload-sarif'))
      expect(upload?.with?.sarif_file).toBe('locdoc.sarif')
      expect(annotationRun!.code).toBe(1)
      expect(annotationRun!.stdout).toMatch(/^::error file=docs\/broken\.md,line=19,col=145,/m)
      expect(annotationRun!.stderr).toMatch(/2 from cache/)
      const cached = steps.find((step) => step.uses?.startsWith('actions/cache'))
      expect(existsSync(path.join(ci.directory, String(cached?.with?.path), 'lint-cache.json'))).toBe(true)
    } finally {
      await ci.cleanup()
    }
  })

  it('should run the hooks of .pre-commit-hooks.yaml as pre-commit calls them, with the staged files last', async () => {
    const hooks = z
      .array(z.object({id: z.string(), entry: z.string(), language: z.literal('node'), types: z.array(z.string()), args: z.array(z.string()).optional()}))
      .parse(parseYaml(readFileSync(path.join(root, '.pre-commit-hooks.yaml'), 'utf8')))
    expect(hooks.map((hook) => hook.id)).toEqual(['locdoc', 'locdoc-fix'])
    const repository = await makeWorkspace()
    try {
      await addFixtures(repository.directory, ['broken.md', 'clean.md'])
      const command = (hook: (typeof hooks)[number]) => [hook.entry.replace(/^locdoc/, 'npx --yes locdoc'), ...(hook.args ?? []), 'broken.md', 'clean.md'].join(' ')
      const lint = shell(command(hooks[0]!), repository.directory, {})
      expect(lint.code).toBe(1)
      expect(lint.stdout).toContain('enum-member-value')
      const fix = shell(command(hooks[1]!), repository.directory, {})
      expect(fix.code, fix.stderr).toBe(0)
      expect(shell(command(hooks[0]!), repository.directory, {}).code).toBe(0)
    } finally {
      await repository.cleanup()
    }
  })

  it('should lint on worker threads from the built package as on one thread', async () => {
    const pages = await makeWorkspace()
    try {
      for (let index = 0; index < 6; index++) await addFixtures(pages.directory, {[`docs/${index}a.md`]: 'broken.md', [`docs/${index}b.md`]: 'clean.md'})
      const single = locdoc(['lint', '--jobs', '1', '-f', 'json', 'docs'], pages.directory)
      const parallel = locdoc(['lint', '--jobs', '2', '-f', 'json', 'docs'], pages.directory)
      expect(parallel.stdout).toBe(single.stdout)
      expect(parallel.code).toBe(1)
      expect(parallel.stderr).toMatch(/12 pages in .*\(2 threads\)/)
    } finally {
      await pages.cleanup()
    }
  })
})
