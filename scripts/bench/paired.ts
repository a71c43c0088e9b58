/**
 * `npm run bench -- --paired [--quick] [--pages N] [--locales N] [--rounds N] [--json]`:
 * what comparing pages without spans with their English page costs. A
 * generated English tree goes into a git repository with two commits; plain
 * localized trees in several locales name the older one. Each round lints
 * every localized page twice in the same process, alone and paired with its
 * English page (through one `git cat-file --batch` and the blob cache, opened
 * afresh each round), the two modes taking turns in which goes first. Goal:
 * paired at most 1.5× single, median over rounds.
 */
import {execFileSync} from 'node:child_process'
import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {performance} from 'node:perf_hooks'
import {parseArgs} from 'node:util'
import {z} from 'zod'
import {lintText} from '../../src/lint/lint-text.js'
import {EnglishSource} from '../../src/source/english-source.js'
import {median} from './statistics.js'

export const pairedRatioGoal = 1.5

export const PairedResult = z.object({
  pages: z.number().int().describe('English pages in the generated tree.'),
  locales: z.array(z.string()),
  localizedPages: z.number().int(),
  rounds: z.number().int(),
  singleSeconds: z.array(z.number()).describe('Per round: every localized page linted alone.'),
  pairedSeconds: z.array(z.number()).describe('Per round: every localized page linted with its English page.'),
  ratio: z.number().describe('Median over rounds of paired / single, wall-clock.'),
  cpuRatio: z.number().describe('The same in CPU time of the linting process (git runs beside it): what the work costs, free of waits on a loaded machine.'),
  goal: z.number(),
  findingsSingle: z.number().int(),
  findingsPaired: z.number().int()
})
export type PairedResult = z.infer<typeof PairedResult>

/** Pages whose English is looked up ahead of the one being linted: the CLI's window. */
const lookAhead = 16

const localeWords: Record<string, {properties: string; members: string; headers: string; example: string; prose: string; type: string}> = {
  'ja-JP': {properties: 'プロパティ', members: 'メンバー', headers: '要求ヘッダー', example: '例', prose: 'このリソースは設定を表します。', type: 'ブール型'},
  'ru-RU': {properties: 'Свойства', members: 'Элементы', headers: 'Заголовки запросов', example: 'Пример', prose: 'Этот ресурс представляет параметры.', type: 'Логический'},
  'de-DE': {properties: 'Eigenschaften', members: 'Member', headers: 'Anforderungsheader', example: 'Beispiel', prose: 'Diese Ressource stellt Einstellungen dar.', type: 'Boolescher Wert'},
  'fr-FR': {properties: 'Propriétés', members: 'Membres', headers: 'En-têtes de demande', example: 'Exemple', prose: 'Cette ressource représente des paramètres.', type: 'Booléen'},
  'zh-CN': {properties: '属性', members: '成员', headers: '请求标头', example: '示例', prose: '此资源表示设置。', type: '布尔值'}
}

function englishPage(index: number, newer: boolean): string {
  const name = `widget${index}`
  const rows = Array.from({length: 12}, (_, k) => `| setting${k}Value | ${k % 3 === 0 ? 'Boolean' : k % 3 === 1 ? 'String' : 'Int32'} | The setting number ${k} of the ${name}. |`)
  const members = Array.from({length: 6}, (_, k) => `| state${k} | ${newer && k === 5 ? 9 : k} | The ${name} is in state ${k}. |`)
  const body = Array.from({length: 12}, (_, k) => `  "setting${k}Value": ${k % 3 === 0 ? 'true' : k % 3 === 1 ? `"text ${k}"` : k},`)
  return `---
title: ${name} resource type
description: Represents the settings of a ${name}.
---

# ${name} resource type

Represents the settings of a ${name}. Read the \`setting0Value\` property first, then see [the overview](overview.md).

## Properties

| Property | Type | Description |
|:---|:---|:---|
${rows.join('\n')}

## ${name}State values

| Member | Value | Description |
|:---|:---|:---|
${members.join('\n')}

## Request headers

| Header | Value |
|:---|:---|
| Authorization | Bearer {token}. Required. |
| Accept | application/json |

## Example

\`\`\`http
GET https://graph.microsoft.com/v1.0/${name}s/{id}
\`\`\`

\`\`\`json
{
${body.join('\n')}
  "${newer ? 'renamedKey' : 'id'}": "1"
}
\`\`\`
`
}

/** A machine translation of the older English page: prose and headings translated, anchors kept, a few cells mangled. */
function localizedPage(english: string, locale: string, commit: string, index: number): string {
  const words = localeWords[locale]!
  let text = english
    .replace(/^---\n/, `---\nms.sourcegitcommit: ${commit}\nms.translationtype: MT\nms.contentlocale: ${locale}\n`)
    .replace(/^# (.*)$/m, (_, title: string) => `# <a name="${title.toLowerCase().replace(/\s+/g, '-')}"></a>${title}`)
    .replace('## Properties', `## <a name="properties"></a>${words.properties}`)
    .replace(/^## (widget\d+State) values$/m, (_, type: string) => `## <a name="${type.toLowerCase()}-values"></a>${type} ${words.members}`)
    .replace('## Request headers', `## <a name="request-headers"></a>${words.headers}`)
    .replace('## Example', `## <a name="example"></a>${words.example}`)
    .replace(/The setting number \d+ of the widget\d+\./g, words.prose)
    .replace(/The widget\d+ is in state \d+\./g, words.prose)
    .replace('| Property | Type | Description |', `| ${words.properties} | Type | ${words.prose.slice(0, 4)} |`)
  // One page in five carries a mangled type, one in seven a mangled value.
  if (index % 5 === 0) text = text.replace('| setting3Value | Boolean |', `| setting3Value | ${words.type} |`)
  if (index % 7 === 0) text = text.replace('| state2 | 2 |', '| state2 | .2 |')
  return text
}

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', ['-c', 'user.name=bench', '-c', 'user.email=bench@example.com', '-c', 'commit.gpgsign=false', ...args], {cwd, encoding: 'utf8'}).trim()
}

export async function runPaired(options: {pages: number; locales: number; rounds: number}, progress: (text: string) => void): Promise<PairedResult> {
  const workspace = mkdtempSync(path.join(tmpdir(), 'locdoc-paired-'))
  try {
    const english = path.join(workspace, 'english')
    mkdirSync(path.join(english, 'api'), {recursive: true})
    git(english, 'init', '-q')
    for (let index = 0; index < options.pages; index++) writeFileSync(path.join(english, 'api', `widget${index}.md`), englishPage(index, false))
    git(english, 'add', '.')
    git(english, 'commit', '-q', '-m', 'older')
    const older = git(english, 'rev-parse', 'HEAD')
    for (let index = 0; index < options.pages; index++) writeFileSync(path.join(english, 'api', `widget${index}.md`), englishPage(index, true))
    git(english, 'commit', '-q', '-am', 'newer')

    const locales = Object.keys(localeWords).slice(0, options.locales)
    const pages: Array<{file: string; text: string}> = []
    for (const locale of locales) {
      const root = path.join(workspace, locale)
      mkdirSync(path.join(root, 'api'), {recursive: true})
      // Each locale is a work tree of its own, as the localized repositories are: its top is the localized root.
      git(root, 'init', '-q')
      for (let index = 0; index < options.pages; index++) {
        const file = path.join(root, 'api', `widget${index}.md`)
        const text = localizedPage(englishPage(index, false), locale, older, index)
        writeFileSync(file, text)
        pages.push({file, text})
      }
    }
    progress(`paired bench: ${options.pages} English pages, ${pages.length} localized pages in ${locales.join(', ')}`)

    const cpuSeconds = (since: NodeJS.CpuUsage) => {
      const used = process.cpuUsage(since)
      return (used.user + used.system) / 1e6
    }
    const single = async () => {
      let findings = 0
      const start = performance.now()
      const cpu = process.cpuUsage()
      for (const page of pages) findings += lintText(page.text, {path: page.file}).messages.length
      return {seconds: (performance.now() - start) / 1000, cpu: cpuSeconds(cpu), findings}
    }
    const paired = async () => {
      let findings = 0
      const start = performance.now()
      const cpu = process.cpuUsage()
      // One source for every locale, as one run over several localized trees has: an English blob is parsed once.
      const opened = await EnglishSource.open({repository: english})
      if (!opened.ok) throw new Error(opened.error)
      // Look-ups run ahead of the lint as `locdoc lint` runs them (lintPages keeps a window
      // of pages in flight), so a page does not wait on its own round trip to git.
      const lookups: Array<ReturnType<typeof opened.source.lookup>> = []
      let next = 0
      const lookUpNext = () => {
        const page = pages[next++]!
        lookups.push(opened.source.lookup(page.file, page.text))
      }
      while (next < pages.length && lookups.length < lookAhead) lookUpNext()
      for (const page of pages) {
        const englishPage = await lookups.shift()!
        if (next < pages.length) lookUpNext()
        findings += lintText(page.text, {path: page.file, english: englishPage}).messages.length
      }
      opened.source.close()
      return {seconds: (performance.now() - start) / 1000, cpu: cpuSeconds(cpu), findings}
    }
    // One warm-up of each, untimed: the JIT should judge both modes on the same footing.
    await single()
    await paired()
    const singleSeconds: number[] = []
    const pairedSeconds: number[] = []
    const cpuRatios: number[] = []
    let singleCpu = 0
    let findingsSingle = 0
    let findingsPaired = 0
    for (let round = 0; round < options.rounds; round++) {
      const order = round % 2 === 0 ? [single, paired] : [paired, single]
      for (const mode of order) {
        const result = await mode()
        if (mode === single) {
          singleSeconds.push(result.seconds)
          singleCpu = result.cpu
          findingsSingle = result.findings
        } else {
          pairedSeconds.push(result.seconds)
          findingsPaired = result.findings
          cpuRatios.push(result.cpu)
        }
      }
      cpuRatios[cpuRatios.length - 1] = cpuRatios.at(-1)! / singleCpu
      progress(`  round ${round + 1}: single ${singleSeconds.at(-1)!.toFixed(2)} s, paired ${pairedSeconds.at(-1)!.toFixed(2)} s`)
    }
    const ratio = median(pairedSeconds.map((seconds, round) => seconds / singleSeconds[round]!))
    const cpuRatio = median(cpuRatios)
    return {pages: options.pages, locales, localizedPages: pages.length, rounds: options.rounds, singleSeconds, pairedSeconds, ratio, cpuRatio, goal: pairedRatioGoal, findingsSingle, findingsPaired}
  } finally {
    rmSync(workspace, {recursive: true, force: true})
  }
}

export function formatPaired(result: PairedResult): string {
  return [
    `Paired mode: ${result.localizedPages} plain pages (${result.locales.join(', ')}) against ${result.pages} English pages at their older commit`,
    `  single-page lint  ${median(result.singleSeconds).toFixed(2)} s median (${result.findingsSingle} findings)`,
    `  paired lint       ${median(result.pairedSeconds).toFixed(2)} s median (${result.findingsPaired} findings)`,
    `  ratio             ${result.ratio.toFixed(2)}× (goal ≤ ${result.goal}×) ${result.ratio <= result.goal ? 'met' : 'NOT met'}`,
    `  CPU ratio         ${result.cpuRatio.toFixed(2)}× (this process alone, free of waits for git on a loaded machine)`
  ].join('\n')
}

export async function pairedMain(argv: readonly string[], io: {out(text: string): void; err(text: string): void}): Promise<number> {
  const {values} = parseArgs({
    args: [...argv],
    options: {quick: {type: 'boolean', default: false}, pages: {type: 'string'}, locales: {type: 'string'}, rounds: {type: 'string'}, json: {type: 'boolean', default: false}}
  })
  const count = (value: string | undefined, fallback: number) => (value === undefined ? fallback : Math.max(1, Number.parseInt(value, 10) || fallback))
  const result = await runPaired(
    {pages: count(values.pages, values.quick ? 100 : 500), locales: Math.min(5, count(values.locales, 3)), rounds: count(values.rounds, values.quick ? 3 : 5)},
    io.err
  )
  io.out(values.json ? JSON.stringify(result, undefined, 2) : formatPaired(result))
  return 0
}
