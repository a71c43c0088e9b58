import {readFile, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {z} from 'zod'
import {JsonResult} from '../../src/report/json.js'
import {fixtures, makeWorkspace, runCli} from './run-cli.js'

const JsonReport = z.array(JsonResult)
const targetSize = 5 * 1024 * 1024
/** Every this-many rows the translated value is mangled, so the page has findings all the way down. */
const mangledEvery = 500

let workspace: Awaited<ReturnType<typeof makeWorkspace>>

beforeAll(async () => {
  workspace = await makeWorkspace()
})

afterAll(async () => {
  await workspace.cleanup()
})

/** A members table of `rows` rows, each three span pairs, after the head of `broken.md`. */
async function largePage(): Promise<{text: string; mangledLines: number[]}> {
  const broken = await readFile(path.join(fixtures, 'broken.md'), 'utf8')
  const head = broken.slice(0, broken.indexOf('|<span data-ttu-id="7d2e4-107">'))
  const headLines = head.split('\n').length - 1
  const rows: string[] = []
  const mangledLines: number[] = []
  let size = head.length
  for (let index = 0; size < targetSize; index++) {
    const id = (offset: number) => `7d2e4-${1000 + index * 3 + offset}`
    const pair = (offset: number, translated: string, english: string) =>
      `<span data-ttu-id="${id(offset)}">${translated}</span><span class="sxs-lookup"><span data-stu-id="${id(offset)}">${english}</span></span>`
    const mangled = index % mangledEvery === 0
    if (mangled) mangledLines.push(headLines + index + 1)
    const row = `|${pair(0, `member${index}`, `member${index}`)}|${pair(1, mangled ? `${index}-x` : String(index), String(index))}|${pair(2, `Wert Nummer ${index}.`, `Value number ${index}.`)}|\n`
    rows.push(row)
    size += row.length
  }
  return {text: head + rows.join(''), mangledLines}
}

describe('locdoc lint: a 5 MB page', () => {
  it('should lint a 5 MB members table in reasonable time and find every mangled value', async () => {
    const {text, mangledLines} = await largePage()
    expect(Buffer.byteLength(text)).toBeGreaterThanOrEqual(targetSize)
    await writeFile(path.join(workspace.directory, 'large.md'), text)

    const started = performance.now()
    const run = await runCli(['lint', '--format', 'json', 'large.md'], workspace.directory)
    const seconds = (performance.now() - started) / 1000
    console.info(`locdoc lint of a ${(text.length / 1024 / 1024).toFixed(1)} MB page took ${seconds.toFixed(1)} s`)

    expect(run.code).toBe(1)
    const [result] = JsonReport.parse(JSON.parse(run.stdout))
    expect(result!.messages.map((message) => [message.ruleId, message.line])).toEqual(mangledLines.map((line) => ['enum-member-value', line]))
    // Loose on purpose: machines are noisy (about 15 s measured on a 2-core machine, parsing dominates).
    expect(seconds).toBeLessThan(60)
  }, 180_000)
})
