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
