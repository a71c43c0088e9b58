import {existsSync, readFileSync} from 'node:fs'
import {readFile} from 'node:fs/promises'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {z} from 'zod'
import {JsonResult} from '../../src/report/json.js'
import {SarifLog} from '../../src/report/sarif.js'
import {compileSarifSchema} from '../report/sarif-schema.js'
import {makeWorkspace, runCli, withoutSummary} from './run-cli.js'

const seeds = fileURLToPath(new URL('../../../shared/seeds/', import.meta.url))
const JsonReport = z.array(JsonResult)

/** What the seeds are known to hold: rule, text at fault, first expected text, per page prefix. */
const expectedFindings: Record<string, Array<[string, string, string]>> = {
  '000': [
    ['enum-member-value', '.0', '0'],
    ['enum-member-value', '1-d', '1'],
    ['enum-member-name', 'せ', 'completed'],
    ['enum-member-value', 'pbm-2', '2'],
    ['enum-member-name', 'フェール', 'failed'],
    ['enum-member-value', '1/3', '3']
  ],
  '001': [
    ['enum-member-value', 'нуль', '0'],
    ['enum-member-value', '1,1', '1'],
    ['enum-member-name', 'готовы', 'completed'],
    ['enum-member-name', 'сбоев', 'failed'],
    ['enum-member-value', '4', '3']
  ],
  '002': [
    ['enum-member-name', 'Keine', 'none'],
    ['enum-member-name', 'in Bearbeitung', 'inProgress'],
    ['enum-member-name', 'abgeschlossen', 'completed']
  ],
  '003': [
    ['header-value', 'ベアラー &lt;トークン&gt;', 'Bearer &lt;token&gt;'],
    ['header-name', '承諾', 'Accept']
  ],
  '004': [
    ['header-value', 'ベアラー &lt;トークン&gt;', 'Bearer &lt;token&gt;'],
    ['property-name', 'ID', 'id'],
    ['type-name', 'ブール型', 'Boolean'],
    ['type-name', 'ブール型', 'Boolean'],
    ['type-name', 'ブール型', 'Boolean']
  ]
}

describe.skipIf(!existsSync(seeds))('locdoc lint on the seed pages (needs ../shared/seeds)', () => {
  let workspace: Awaited<ReturnType<typeof makeWorkspace>>

  beforeAll(async () => {
    workspace = await makeWorkspace()
  })

  afterAll(async () => {
    await workspace.cleanup()
  })

  it('should find the 21 known mistranslations with the right expected values in JSON', async () => {
    const run = await runCli(['lint', '--format', 'json', '*.txt'], seeds)
    expect(run.code).toBe(1)
    expect(withoutSummary(run).stderr).toBe('')
    const report = JsonReport.parse(JSON.parse(run.stdout))
    const found = Object.fromEntries(
      report.map((result) => [
        path.basename(result.filePath).slice(0, 3),
        result.messages.map((message) => [message.ruleId, message.actual, message.expected?.[0]])
      ])
    )
    expect(found).toEqual(expectedFindings)
    expect(report.reduce((sum, result) => sum + result.errorCount, 0)).toBe(21)
    expect(report.every((result) => result.fixableErrorCount === result.errorCount)).toBe(true)
    for (const result of report) {
      const text = readFileSync(result.filePath, 'utf8')
      for (const message of result.messages) expect(text.slice(...message.fix!.range)).toBe(message.actual)
    }
  })

  it('should print 21 GitHub error commands naming the seed files', async () => {
    const run = await runCli(['lint', '--format', 'github', '*.txt'], seeds)
    const lines = run.stdout.trimEnd().split('\n')
    expect(lines).toHaveLength(21)
    for (const line of lines) expect(line).toMatch(/^::error file=00\d_[\da-f]{16}\.txt,line=\d+,col=\d+,endLine=\d+,endColumn=\d+,title=[a-z-]+::Unexpected /)
  })

  it('should write a schema-valid SARIF log with 21 results and fixes to `--output`', async () => {
    const output = path.join(workspace.directory, 'locdoc.sarif')
    const run = await runCli(['lint', '--format', 'sarif', '--output', output, '*.txt'], seeds)
    expect(withoutSummary(run)).toEqual({code: 1, stdout: '', stderr: ''})
    const log: unknown = JSON.parse(await readFile(output, 'utf8'))
    const validate = compileSarifSchema()
    expect(validate(log), JSON.stringify(validate.errors)).toBe(true)
    const {results, tool} = SarifLog.parse(log).runs[0]
    expect(results).toHaveLength(21)
    expect(new Set(results.map((result) => result.partialFingerprints?.['locdoc/v1'])).size).toBe(21)
    for (const result of results) {
      expect(tool.driver.rules[result.ruleIndex!]!.id).toBe(result.ruleId)
      const {uri} = result.locations[0]!.physicalLocation.artifactLocation
      const text = readFileSync(path.join(seeds, decodeURIComponent(uri)), 'utf8')
      const {deletedRegion} = result.fixes![0]!.artifactChanges[0]!.replacements[0]!
      expect(text.slice(deletedRegion.charOffset, deletedRegion.charOffset + deletedRegion.charLength)).toBe(result.properties.actual)
    }
  })

  it('should print the stylish summary for the seeds', async () => {
    const run = await runCli(['lint', '*.txt'], seeds)
    expect(run.stdout).toContain(
      '✖ 21 problems (21 errors, 0 warnings)\n  translation: 21 errors (enum-member-name 7, enum-member-value 7, type-name 3, header-value 2, header-name 1, property-name 1)\n  21 fixable with `locdoc fix`\n'
    )
    expect(run.stdout).toMatch(/^003_a54a874a545214cd\.txt\n {2}44:16 {2}error {2}Unexpected `ベアラー &lt;トークン&gt;`[^\n]*\n {2}45:2 {3}error {2}Unexpected `承諾`/m)
  })
})
