import {writeFile} from 'node:fs/promises'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {z} from 'zod'
import {JsonResult} from '../../src/report/json.js'
import {addFixtures, runCli, stackFrame, useWorkspace, withoutSummary} from './run-cli.js'

const JsonReport = z.array(JsonResult)

const cwd = useWorkspace(['broken.md'])

async function writeConfig(text: string): Promise<void> {
  await writeFile(path.join(cwd(), 'locdoc.config.json'), text)
}

describe('locdoc lint: locdoc.config.json', () => {
  it('should drop the findings of a rule turned `off`', async () => {
    await writeConfig(JSON.stringify({rules: {'enum-member-name': 'off'}}))
    const run = await runCli(['lint', '--format', 'json', 'broken.md'], cwd())
    expect(run.code).toBe(1)
    const [result] = JsonReport.parse(JSON.parse(run.stdout))
    expect(result!.messages.map((message) => message.ruleId)).toEqual(['enum-member-value'])
  })

  it('should exit 0 and print warnings when the rules at fault are set to `warn`', async () => {
    await writeConfig(JSON.stringify({rules: {'enum-member-name': 'warn', 'enum-member-value': 1}}))
    const run = await runCli(['lint', 'broken.md'], cwd())
    expect(run.code).toBe(0)
    expect(run.stdout).toContain('  19:145  warning  Unexpected `1-a`')
    expect(run.stdout).toContain('✖ 2 problems (0 errors, 2 warnings)')
  })

  it('should find the config of a parent directory', async () => {
    await writeConfig(JSON.stringify({rules: {'enum-member-name': 'off', 'enum-member-value': 'off'}}))
    await addFixtures(cwd(), {'pages/de-DE/broken.md': 'broken.md'})
    const run = await runCli(['lint', 'de-DE/broken.md'], path.join(cwd(), 'pages'))
    expect(withoutSummary(run)).toEqual({code: 0, stdout: '', stderr: ''})
  })

  it('should exit 2 naming the key of an unknown rule id', async () => {
    await writeConfig(JSON.stringify({rules: {'enum-member-nmae': 'error'}}))
    const run = await runCli(['lint', 'broken.md'], cwd())
    expect(run).toEqual({code: 2, stdout: '', stderr: 'locdoc: locdoc.config.json: `rules.enum-member-nmae`: Unknown rule `enum-member-nmae`\n'})
  })

  it('should exit 2 naming the key of a bad severity', async () => {
    await writeConfig(JSON.stringify({rules: {'enum-member-name': 'loud'}}))
    const run = await runCli(['lint', 'broken.md'], cwd())
    expect(run.code).toBe(2)
    expect(run.stdout).toBe('')
    expect(run.stderr.trimEnd().split('\n')).toHaveLength(1)
    expect(run.stderr).toMatch(/^locdoc: locdoc\.config\.json: `rules\.enum-member-name`: /)
  })

  it('should exit 2 naming an unknown top-level key', async () => {
    await writeConfig(JSON.stringify({rule: {}}))
    const run = await runCli(['lint', 'broken.md'], cwd())
    expect(run.code).toBe(2)
    expect(run.stderr).toMatch(/^locdoc: locdoc\.config\.json: .*rule/)
    expect(run.stderr.trimEnd().split('\n')).toHaveLength(1)
  })

  it('should exit 2 naming line and column of invalid JSON', async () => {
    // A trailing comma on line 3: the parser stops at the `}` on line 4, column 3.
    await writeConfig('{\n  "rules": {\n    "enum-member-name": "off",\n  }\n}\n')
    const run = await runCli(['lint', 'broken.md'], cwd())
    expect(run.code).toBe(2)
    expect(run.stdout).toBe('')
    expect(run.stderr).toMatch(/^locdoc: locdoc\.config\.json:4:3: invalid JSON: /)
    expect(run.stderr.trimEnd().split('\n')).toHaveLength(1)
    expect(run.stderr).not.toMatch(stackFrame)
  })

  it('should exit 2 when an explicit `--config` file is missing', async () => {
    const run = await runCli(['lint', '--config', 'other.json', 'broken.md'], cwd())
    expect(run.code).toBe(2)
    expect(run.stderr).toMatch(/^locdoc: other\.json: cannot read config/)
    expect(run.stderr.trimEnd().split('\n')).toHaveLength(1)
  })
})
