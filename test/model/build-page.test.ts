import {describe, expect, it} from 'vitest'
import {extractText} from '../../src/extract-files.js'
import {Page} from '../../src/model/types.js'

const span = (id: string, localized: string, english: string) =>
  `<span data-ttu-id="${id}">${localized}</span><span class="sxs-lookup"><span data-stu-id="${id}">${english}</span></span>`

describe('buildPage', () => {
  it('should give headings their English anchor, localized text and English', () => {
    const page = extractText(`# <a name="vpptokenstate-enum-type"></a>${span('a-1', 'vppTokenState 列挙型', 'vppTokenState enum type')}\n\n## [${span('a-2', 'VPP トークン', 'vppToken')}](x.md)\n`)
    expect(page.headings.map((heading) => [heading.depth, heading.anchor, heading.text, heading.english])).toEqual([
      [1, 'vpptokenstate-enum-type', 'vppTokenState 列挙型', 'vppTokenState enum type'],
      [2, undefined, 'VPP トークン', 'vppToken']
    ])
  })

  it('should name the page subjects from the English title first', () => {
    const page = extractText(`# <a name="vpptokenstate-enum-type"></a>${span('a-1', 'VPP トークンの状態', 'vppTokenState enum type')}\n`, {path: 'ja-JP/intune-onboarding-vpptokenstate.md'})
    expect(page.subjects[0]).toBe('vppTokenState')
  })

  it('should take no fragment of a word in another alphabet for a subject', () => {
    const german = extractText('---\ntitle: androidCustomConfiguration löschen\n---\n# <a name="delete-androidcustomconfiguration"></a>androidCustomConfiguration löschen\n')
    expect(german.subjects).toContain('androidCustomConfiguration')
    expect(german.subjects).not.toContain('l')
    expect(german.subjects).not.toContain('schen')
    const turkish = extractText('# <a name="corvalidatormoduletype-enumeration"></a>CorValidatorModuleType Numaralandırması\n')
    expect(turkish.subjects).toEqual(['CorValidatorModuleType', 'corvalidatormoduletypeenumeration'])
  })

  it('should take identifiers that run into words of scripts written without spaces', () => {
    expect(extractText('# domainStateリソースの種類\n').subjects).toEqual(['domainState'])
    expect(extractText('# approvalStage의 속성\n').subjects).toEqual(['approvalStage'])
    expect(extractText('# Export-AzureThingLog\n').subjects).toEqual(['Export', 'AzureThingLog'])
  })

  it('should prefer the English title to the localized one', () => {
    const page = extractText(`---\ntitle: Liste site\n---\n# <a name="list-items"></a>${span('c-1', 'Liste site', 'List listItem')}\n`)
    expect(page.subjects[0]).toBe('listItem')
  })

  it('should not let a tab heading start a section or name the page', () => {
    const fence = '```'
    const source = [
      `# <a name="http"></a>[${span('d-0', 'HTTP', 'HTTP')}](#tab/http)`,
      '',
      '## <a name="response"></a>Response',
      '',
      `# <a name="javatabjava"></a>[${span('d-1', 'Java', 'Java')}](#tab/java)`,
      '',
      '# [C#](#tab/csharp)',
      '',
      `${fence}json`,
      '{"id": "1"}',
      fence,
      ''
    ].join('\n')
    const page = extractText(source, {path: 'ja-JP/thing-get.md'})
    expect(page.headings.map((heading) => [heading.anchor, heading.tab])).toEqual([
      ['http', true],
      ['response', undefined],
      ['javatabjava', true],
      [undefined, true]
    ])
    expect(page.jsonExamples.map((example) => [example.section, example.role])).toEqual([['response', 'response']])
    expect(page.subjects).not.toContain('HTTP')
  })

  it('should let a heading with a tab link and other text start a section', () => {
    const page = extractText('## <a name="example"></a>[Example](#tab/example) for Java\n\n|Property|Type|\n|-|-|\n|id|String|\n')
    expect(page.headings[0]?.tab).toBeUndefined()
    expect(page.tables[0]?.section).toBe('example')
  })

  it('should take the kind from `doc_type`, else from what the page holds', () => {
    expect(extractText('---\ndoc_type: resourcePageType\n---\n# x\n').kind).toBe('resource')
    expect(extractText('## <a name="http-request"></a>HTTP\n```http\nGET /a\n```\n').kind).toBe('api')
    expect(extractText('|Member|Value|\n|-|-|\n|none|0|\n').kind).toBe('enum')
    expect(extractText('|Property|Type|\n|-|-|\n|id|String|\n').kind).toBe('resource')
    expect(extractText('Texte.\n').kind).toBe('conceptual')
  })

  it('should build a page the zod schema accepts', () => {
    const page = extractText(`---\nms.locfileid: "1"\n---\n# <a name="t"></a>${span('b-1', 'T', 'T')}\n\n<span data-ttu-id="b-2">orphan</span>\n`, {path: 'x.md'})
    expect(Page.safeParse(page).success).toBe(true)
    expect(page.spanProblems.map((problem) => problem.kind)).toEqual(['missing-lookup'])
    expect(page.path).toBe('x.md')
  })
})
