/**
 * Pages without spans compared with the English page they were translated
 * from. The test builds an English git repository with two commits and
 * localized trees in three locales that name the older one; pages are our
 * own, in the shape of the Graph localized repositories.
 */
import {execFileSync} from 'node:child_process'
import {mkdtemp, mkdir, rm, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import type {VFile} from 'vfile'
import {lintFiles} from '../../src/lint/lint-files.js'
import {lintText} from '../../src/lint/lint-text.js'
import {EnglishSource} from '../../src/source/english-source.js'
import {TranslationMemory} from '../../src/source/memory.js'
import {runCli} from '../cli/run-cli.js'

const englishAtOlder = `---
title: widget resource type
ms.localizationpriority: medium
---

# widget resource type

Represents a widget. Use the \`status\` property to follow it, and call [list widgets](widget-list.md) to find one.

## Properties

| Property | Type | Description |
|:---|:---|:---|
| id | String | The identifier of the widget. Read-only. |
| displayName | String | The name shown to users. |
| isEnabled | Boolean | Whether the widget runs. |
| status | widgetStatus | Where the widget is in its life. |

## widgetStatus values

| Member | Value | Description |
|:---|:---|:---|
| none | 0 | No status yet. |
| active | 1 | The widget runs. |
| failed | 2 | The widget stopped with an error. |

## Request headers

| Header | Value |
|:---|:---|
| Authorization | Bearer {token}. Required. |
| Accept | application/json |

| Header | Value |
|:---|:---|
| Prefer | return=minimal |

## Example

\`\`\`http
GET https://graph.microsoft.com/v1.0/widgets/{id}
\`\`\`

\`\`\`json
{
  "id": "1",
  "displayName": "Example widget",
  "isEnabled": true
}
\`\`\`
`

// The newer English revision renumbers `failed` and renames a JSON key: a page translated
// from the older one must be compared with the older one.
const englishAtNewer = englishAtOlder.replace('| failed | 2 |', '| failed | 3 |').replace('"isEnabled": true', '"isActive": true')

const frontMatter = (locale: string, commit: string) => `---
title: widget
ms.sourcegitcommit: ${commit}
ms.translationtype: MT
ms.contentlocale: ${locale}
---
`

function jaPage(commit: string): string {
  return `${frontMatter('ja-JP', commit)}
# <a name="widget-resource-type"></a>widget リソースの種類

ウィジェットを表します。\`status\` プロパティで追跡し、[ウィジェットを一覧表示する](widget-list.md) を呼び出して検索します。

## <a name="properties"></a>プロパティ

| プロパティ | 型 | 説明 |
|:---|:---|:---|
| id | String | ウィジェットの識別子。読み取り専用。 |
| displayName | String | ユーザーに表示される名前。 |
| isEnabled | ブール型 | ウィジェットが実行されるかどうか。 |
| status | widgetStatus | ウィジェットの状態。 |

## <a name="widgetstatus-values"></a>widgetStatus の値

| メンバー | 値 | 説明 |
|:---|:---|:---|
| none | .0 | 状態はまだありません。 |
| active | 1 | ウィジェットが実行されます。 |
| failed | 2 | エラーで停止しました。 |

## <a name="request-headers"></a>要求ヘッダー

| ヘッダー | 値 |
|:---|:---|
| Authorization | ベアラー {token}。必須。 |
| 承諾 | application/json |

| ヘッダー | 値 |
|:---|:---|
| Prefer | return=minimal |

## <a name="example"></a>例

\`\`\`http
GET https://graph.microsoft.com/v1.0/widgets/{id}
\`\`\`

\`\`\`json
{
  "id": "1",
  "表示名": "Example widget",
  "isEnabled": true
}
\`\`\`
`
}

// Rows reordered, one property name shouted (`ID`), one row split over two lines by a break in a cell.
function ruPage(commit: string): string {
  return `${frontMatter('ru-RU', commit)}
# <a name="widget-resource-type"></a>Тип ресурса widget

Представляет мини-приложение. Свойство \`status\` показывает его состояние, а [список мини-приложений](widget-list.md) помогает найти нужное.

## <a name="properties"></a>Свойства

| Свойство | Тип | Описание |
|:---|:---|:---|
| displayName | String | Имя, которое видят пользователи. |
| ID | String | Идентификатор мини-приложения. Только для чтения. |
| status | widgetStatus | Состояние
мини-приложения. |
| isEnabled | Boolean | Работает ли мини-приложение. |

## <a name="widgetstatus-values"></a>Значения widgetStatus

| Элемент | Значение | Описание |
|:---|:---|:---|
| none | 0 | Состояния пока нет. |
| active | 1 | Мини-приложение работает. |
| failed | 2 | Остановлено с ошибкой. |

## <a name="request-headers"></a>Заголовки запросов

| Заголовок | Значение |
|:---|:---|
| Authorization | Bearer {token}. Обязательный. |
| Accept | application/json |

| Заголовок | Значение |
|:---|:---|
| Prefer | return=minimal |

## <a name="example"></a>Пример

\`\`\`http
GET https://graph.microsoft.com/v1.0/widgets/{id}
\`\`\`

\`\`\`json
{
  "id": "1",
  "displayName": "Example widget",
  "isEnabled": true
}
\`\`\`
`
}

// Two tables run together by a lost blank line, and a table the English page does not have.
function dePage(commit: string): string {
  return `${frontMatter('de-DE', commit)}
# <a name="widget-resource-type"></a>widget-Ressourcentyp

Stellt ein Widget dar. Verwenden Sie die \`status\`-Eigenschaft, und rufen Sie [Widgets auflisten](widget-list.md) auf.

## <a name="properties"></a>Eigenschaften

| Eigenschaft | Typ | Beschreibung |
|:---|:---|:---|
| id | String | Der Bezeichner des Widgets. Schreibgeschützt. |
| displayName | String | Der Anzeigename. |
| isEnabled | Boolean | Ob das Widget läuft. |
| status | widgetStatus | Der Zustand des Widgets. |

| Hinweis | Text |
|:---|:---|
| Tipp | Nur in dieser Übersetzung. |

## <a name="widgetstatus-values"></a>widgetStatus-Werte

| Member | Wert | Beschreibung |
|:---|:---|:---|
| Keine | 0 | Noch kein Status. |
| active | 1 | Das Widget läuft. |
| failed | 2 | Mit einem Fehler angehalten. |

## <a name="request-headers"></a>Anforderungsheader

| Header | Wert |
|:---|:---|
| Authorization | Bearer {token}. Erforderlich. |
| Accept | application/json |
| Header | Wert |
|:---|:---|
| Bevorzugen | return=minimal |

## <a name="example"></a>Beispiel

\`\`\`http
GET https://graph.microsoft.com/v1.0/widgets/{id}
\`\`\`

\`\`\`json
{
  "id": "1",
  "displayName": "Example widget",
  "isEnabled": true
}
\`\`\`
`
}

let workspace: string
let englishRepository: string
let localizedRoot: string
let olderCommit: string
let source: EnglishSource

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', ['-c', 'user.name=test', '-c', 'user.email=test@example.com', '-c', 'commit.gpgsign=false', ...args], {cwd, encoding: 'utf8'}).trim()
}

beforeAll(async () => {
  workspace = await mkdtemp(path.join(tmpdir(), 'locdoc-source-'))
  englishRepository = path.join(workspace, 'english')
  await mkdir(path.join(englishRepository, 'api'), {recursive: true})
  git(englishRepository, 'init', '-q')
  await writeFile(path.join(englishRepository, 'api', 'widget.md'), englishAtOlder)
  git(englishRepository, 'add', '.')
  git(englishRepository, 'commit', '-q', '-m', 'older')
  olderCommit = git(englishRepository, 'rev-parse', 'HEAD')
  await writeFile(path.join(englishRepository, 'api', 'widget.md'), englishAtNewer)
  git(englishRepository, 'commit', '-q', '-am', 'newer')

  localizedRoot = path.join(workspace, 'localized')
  for (const [locale, page] of [['ja-JP', jaPage], ['ru-RU', ruPage], ['de-DE', dePage]] as const) {
    await mkdir(path.join(localizedRoot, locale, 'api'), {recursive: true})
    await writeFile(path.join(localizedRoot, locale, 'api', 'widget.md'), page(olderCommit))
  }
  await writeFile(path.join(localizedRoot, 'ja-JP', 'api', 'gadget.md'), jaPage(olderCommit))
  // The ja-JP tree is a git work tree of its own: its top is the default localized root.
  git(path.join(localizedRoot, 'ja-JP'), 'init', '-q')
  const opened = await EnglishSource.open({repository: englishRepository})
  if (!opened.ok) throw new Error(opened.error)
  source = opened.source
})

afterAll(async () => {
  source?.close()
  await rm(workspace, {recursive: true, force: true})
})

async function lintLocale(locale: string, file = 'widget.md', sourceRoot?: string): Promise<VFile> {
  let english = source
  if (sourceRoot) {
    const opened = await EnglishSource.open({repository: englishRepository, sourceRoot})
    if (!opened.ok) throw new Error(opened.error)
    english = opened.source
  }
  const {files} = await lintFiles([path.join(localizedRoot, locale, 'api', file)], {englishSource: english, retainModel: true})
  if (sourceRoot) english.close()
  return files[0]!
}

const summary = (file: VFile) =>
  [...file.messages].sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0)).map((message) => `${message.line}:${message.column} ${message.fatal ? 'error' : message.fatal === false ? 'warn' : 'note'} ${message.ruleId} (${message.provenance ?? '-'}) ${message.reason}`)

describe('pages without spans compared with their English page', () => {
  it('should compare a ja-JP page with the English at its ms.sourcegitcommit and fix each mangled cell', async () => {
    const file = await lintLocale('ja-JP')
    expect(file.data.page?.source?.origin).toMatchObject({path: 'api/widget.md', revision: olderCommit, atSourceCommit: true})
    expect(summary(file)).toEqual([
      '18:15 error type-name (source) Unexpected `ブール型` for type `Boolean`, expected `Boolean`',
      '25:10 error enum-member-value (source) Unexpected `.0` for member `none`, expected `0`',
      '33:19 error header-value (source) Unexpected `ベアラー {token}` in the `Authorization` value, expected `Bearer {token}`',
      '34:3 error header-name (source) Unexpected `承諾` for header `Accept`, expected `Accept`',
      '49:4 error code-line (source) Unexpected `表示名` in a code line, expected `displayName` as in the English page'
    ])
    // The newer English (`failed` = 3, `isActive`) would have flagged the correct `2` and `isEnabled`.
    expect(file.messages.every((message) => message.fix)).toBe(true)
    expect(file.messages.map((message) => message.fix?.text).sort()).toEqual(['0', 'Accept', 'Bearer {token}', 'Boolean', 'displayName'])
  })

  it('should align reordered rows and a row split by a break, and flag only the shouted name', async () => {
    const file = await lintLocale('ru-RU', 'widget.md', path.join(localizedRoot, 'ru-RU'))
    expect(summary(file)).toEqual(['17:3 error property-name (source) Unexpected `ID` for property `id`, expected `id`'])
    const properties = file.data.page!.tables.find((table) => table.kind === 'property')!
    expect(properties.rows.map((row) => row.cells[0]!.english)).toEqual(['displayName', 'id', 'status', 'isEnabled'])
    expect(properties.rows[2]!.cells[2]!.english).toBe('Where the widget is in its life.')
  })

  it('should split tables a lost blank line ran together and warn once for a table the English lacks', async () => {
    const file = await lintLocale('de-DE', 'widget.md', path.join(localizedRoot, 'de-DE'))
    expect(summary(file)).toEqual([
      '21:1 warn source-alignment (page) Unexpected table without a counterpart in the English page: its cells are not compared',
      '29:3 error enum-member-name (source) Unexpected `Keine` for member `none`, expected `none`',
      '41:3 error header-name (source) Unexpected `Bevorzugen` for header `Prefer`, expected `Prefer`'
    ])
    // The headers table and the one run into it are two tables again.
    expect(file.data.page!.tables.filter((table) => table.kind === 'header')).toHaveLength(2)
  })

  it('should warn once when the English page is missing, and compare nothing', async () => {
    const file = await lintLocale('ja-JP', 'gadget.md')
    expect(summary(file).filter((line) => line.includes('source-alignment'))).toEqual([
      '1:1 warn source-alignment (page) Cannot find the English page `api/gadget.md` at commit `' + olderCommit.slice(0, 12) + '`: the page is not compared'
    ])
    expect(file.data.page?.segments).toEqual([])
  })

  it('should read the English at HEAD with a note when the repository lacks the commit', async () => {
    const text = ruPage('0123456789abcdef0123456789abcdef01234567')
    await writeFile(path.join(localizedRoot, 'ru-RU', 'api', 'unknown-commit.md'), text.replace(/^/, ''))
    await writeFile(path.join(localizedRoot, 'ru-RU', 'api', 'widget-head.md'), text)
    const english = await source.lookup(path.join(localizedRoot, 'ja-JP', 'api', 'widget.md'), text)
    expect(english.found && english.origin.revision).toBe('HEAD')
    expect(english.found && english.note).toMatch(/^Compared with the English page at `HEAD`: the repository does not have/)
    // At HEAD `failed` is 3: the ru-RU `2` is judged against the newer English, as the note warns.
    const file = lintText(text, {english, path: 'widget.md'})
    expect(summary(file).filter((line) => / note /.test(line))).toHaveLength(1)
    expect(summary(file).some((line) => line.includes('Unexpected `2` for value `3`') || line.includes('expected `3`'))).toBe(true)
  })

  it('should keep only changes with the translation\'s signature as errors when the English is at another revision', async () => {
    const text = ruPage('0123456789abcdef0123456789abcdef01234567').replace('| isEnabled | Boolean |', '| isEnabled | Логический |')
    const english = await source.lookup(path.join(localizedRoot, 'ja-JP', 'api', 'widget.md'), text)
    const file = lintText(text, {english, path: 'widget.md'})
    const byActual = (actual: string) => file.messages.find((message) => message.provenance === 'source' && message.actual === actual)
    // `2` for `3` may be an edit of the English since the page's commit: a warning, and never fixed.
    expect([byActual('2')?.fatal, byActual('2')?.fix]).toEqual([false, undefined])
    expect(byActual('2')?.note).toMatch(/not read at the page's `ms.sourcegitcommit`/)
    // A type in Cyrillic, and `ID` for `id` (capitals a translation adds), are the translation's whatever the revision.
    expect([byActual('Логический')?.fatal, byActual('Логический')?.fix?.text]).toEqual([true, 'Boolean'])
    expect([byActual('ID')?.fatal, byActual('ID')?.fix?.text]).toEqual([true, 'id'])
    // A rule set to `warn` keeps its severity, but a fix would still write the other revision's English.
    const warned = lintText(text, {english, path: 'widget.md', rules: {'enum-member-value': 'warn'}})
    expect(warned.messages.find((message) => message.actual === '2')?.fix).toBeUndefined()
    // At the page's own commit the same `2` is judged by the English it was translated from: not a finding.
    const atCommit = lintText(ruPage(olderCommit), {english: await source.lookup(path.join(localizedRoot, 'ja-JP', 'api', 'widget.md'), ruPage(olderCommit)), path: 'widget.md'})
    expect(atCommit.messages.find((message) => message.actual === 'ID')?.fix?.text).toBe('id')
  })

  it('should parse an English blob once for every locale that names it', async () => {
    const first = await source.lookup(path.join(localizedRoot, 'ja-JP', 'api', 'widget.md'), jaPage(olderCommit))
    const second = await source.lookup(path.join(localizedRoot, 'ja-JP', 'api', 'widget.md'), jaPage(olderCommit))
    expect(first.found && second.found && first.document === second.document).toBe(true)
  })

  it('should say so in one line when --source is not a git repository', async () => {
    const run = await runCli(['lint', '--source', 'no-such-repository', 'x.md'], workspace)
    expect(run.code).toBe(2)
    expect(run.stderr).toMatch(/^locdoc: --source .*no-such-repository: not a git repository/)
  })

  it('should take --source and --source-root on the command line and report provenance in JSON', async () => {
    const run = await runCli(
      ['lint', '--format', 'json', '--source', englishRepository, '--source-root', path.join(localizedRoot, 'de-DE'), path.join(localizedRoot, 'de-DE', 'api', 'widget.md')],
      workspace
    )
    expect(run.code).toBe(1)
    const [result] = JSON.parse(run.stdout) as Array<{messages: Array<{ruleId: string; provenance: string}>}>
    expect(result!.messages.map((message) => `${message.ruleId} ${message.provenance}`)).toEqual(['source-alignment page', 'enum-member-name source', 'header-name source'])
  })
})

describe('fixing pages without spans', () => {
  it('should fix every mangled cell from the English page and leave nothing fixable', async () => {
    const page = path.join(localizedRoot, 'ja-JP', 'api', 'widget.md')
    const run = await runCli(['fix', '--dry-run', '--source', englishRepository, page], workspace)
    expect(run.stderr).not.toMatch(/not fixed/)
    const added = run.stdout.split('\n').filter((line) => line.startsWith('+') && !line.startsWith('+++'))
    expect(added).toEqual([
      '| isEnabled | Boolean | ウィジェットが実行されるかどうか。 |',
      '| none | 0 | 状態はまだありません。 |',
      '| Authorization | Bearer {token}。必須。 |',
      '| Accept | application/json |',
      '  "displayName": "Example widget",'
    ].map((line) => `+${line}`))
  })
})

describe('a translation memory', () => {
  const spanned = `---
ms.contentlocale: ja-JP
---

## <a name="request-headers"></a>要求ヘッダー

| <span data-ttu-id="a-1">ヘッダー</span><span class="sxs-lookup"><span data-stu-id="a-1">Header</span></span> | <span data-ttu-id="a-2">値</span><span class="sxs-lookup"><span data-stu-id="a-2">Value</span></span> |
|:---|:---|
| <span data-ttu-id="a-3">承諾</span><span class="sxs-lookup"><span data-stu-id="a-3">Accept</span></span> | application/json |
`

  const plain = `---
ms.contentlocale: ja-JP
---

## <a name="request-headers"></a>要求ヘッダー

| ヘッダー | 値 |
|:---|:---|
| 承諾 | application/json |
`

  it('should learn from a spanned page and fix a plain page from memory', () => {
    const memory = new TranslationMemory()
    memory.learn(lintText(spanned).data.page!)
    expect(memory.lookup('ja-JP', 'header', '承諾')).toEqual({english: 'Accept', count: 1})
    const file = lintText(plain, {memory, ruleSet: undefined})
    const finding = file.messages.find((message) => message.ruleId === 'header-name')!
    expect(finding.provenance).toBe('memory')
    expect(finding.fix).toEqual({range: [plain.indexOf('承諾'), plain.indexOf('承諾') + 2], text: 'Accept'})
  })

  it('should never fix from an ambiguous entry', () => {
    const memory = new TranslationMemory()
    memory.add('ja-JP', 'header', '承諾', 'Accept')
    memory.add('ja-JP', 'header', '承諾', 'Accept-Language')
    expect(memory.lookup('ja-JP', 'header', '承諾')).toEqual({ambiguous: ['Accept', 'Accept-Language']})
    const file = lintText(plain, {memory})
    expect(file.messages.some((message) => message.provenance === 'memory')).toBe(false)
  })

  it('should round-trip through its file with counts', () => {
    const memory = new TranslationMemory()
    memory.add('ru-RU', 'type', 'Логический', 'Boolean')
    memory.add('ru-RU', 'type', 'Логический', 'Boolean')
    const again = TranslationMemory.fromFile(memory.toFile())
    expect(again.toFile()).toEqual({version: 1, entries: [{locale: 'ru-RU', role: 'type', localized: 'Логический', english: 'Boolean', count: 2}]})
  })
})
