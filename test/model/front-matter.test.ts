import {describe, expect, it} from 'vitest'
import {extractText} from '../../src/extract-files.js'
import {markdownParser} from '../../src/lint/processor.js'
import {readFrontMatter} from '../../src/model/front-matter.js'

function read(source: string) {
  return readFrontMatter(markdownParser.parse(source), source)
}

describe('readFrontMatter', () => {
  it('should read the fields reports and fingerprints rely on', () => {
    const source = [
      '---',
      'title: vppTokenAccountType 列挙型',
      'description: "アカウントの種類: 既定"',
      'doc_type: enumPageType',
      'ms.translationtype: MT',
      'ms.contentlocale: ja-JP',
      'ms.sourcegitcommit: 0123456789abcdef0123456789abcdef01234567',
      'ms.locfileid: "40010001"',
      '---',
      '# x',
      ''
    ].join('\n')
    const {frontMatter, problem} = read(source)
    expect(problem).toBeUndefined()
    expect(frontMatter).toMatchObject({
      title: 'vppTokenAccountType 列挙型',
      description: 'アカウントの種類: 既定',
      docType: 'enumPageType',
      translationType: 'MT',
      locale: 'ja-JP',
      sourceCommit: '0123456789abcdef0123456789abcdef01234567',
      locFileId: '40010001'
    })
    expect(frontMatter?.fields['ms.contentlocale']).toBe('ja-JP')
  })

  it('should turn an unquoted numeric id into a string', () => {
    expect(read('---\nms.locfileid: 40010001\n---\n').frontMatter?.locFileId).toBe('40010001')
  })

  it('should read an empty header as no fields', () => {
    expect(read('---\n---\n# x\n')).toEqual({frontMatter: {fields: {}}})
  })

  it('should report broken YAML with a range on the offending line', () => {
    const source = '---\ntitle: vppToken: 更新\nms.contentlocale: ja-JP\n---\n# x\n'
    const {frontMatter, problem} = read(source)
    expect(frontMatter).toBeUndefined()
    expect(problem?.reason).toMatch(/^Invalid front matter: /)
    const lineStart = source.indexOf('title')
    const lineEnd = source.indexOf('\n', lineStart)
    expect(problem!.range.start).toBeGreaterThanOrEqual(lineStart)
    expect(problem!.range.end).toBeLessThanOrEqual(lineEnd)
    expect(problem!.range.start).toBeLessThanOrEqual(problem!.range.end)
  })

  it('should report broken YAML on a CRLF page on the right line', () => {
    const source = '---\r\ntitle: ok\r\ndescription: a: b\r\n---\r\n# x\r\n'
    const {problem} = read(source)
    const lineStart = source.indexOf('description')
    expect(problem!.range.start).toBeGreaterThanOrEqual(lineStart)
    expect(problem!.range.start).toBeLessThan(source.indexOf('\r\n', lineStart))
  })

  it('should report a header that is not key/value pairs', () => {
    const source = '---\n- título\n- descripción\n---\n# x\n'
    expect(read(source).problem).toEqual({reason: 'Invalid front matter: expected key/value pairs', range: {start: 4, end: 4}})
  })

  it('should report an opening `---` that is never closed', () => {
    expect(read('---\ntitle: vppToken 업데이트\n\n# vppToken 업데이트\n').problem).toEqual({
      reason: 'Unclosed front matter: expected a closing `---`',
      range: {start: 0, end: 3}
    })
  })

  it('should read nothing, and report nothing, on a page without a header', () => {
    expect(read('# Mettre à jour vppToken\n\n---\n\nTexte.\n')).toEqual({})
  })

  it('should read the header of a page with a byte order mark', () => {
    const page = extractText('\ufeff---\nms.contentlocale: ko-KR\n---\n# x\n')
    expect(page.frontMatter?.locale).toBe('ko-KR')
    expect(page.frontMatterProblem).toBeUndefined()
  })

  it('should still read the rest of a page whose header is broken', () => {
    const page = extractText('---\ntitle: a: b\n---\n# <a name="members"></a>Membres\n|Member|Value|\n|-|-|\n|none|0|\n')
    expect(page.frontMatterProblem).toBeDefined()
    expect(page.tables.map((table) => table.kind)).toEqual(['enum'])
  })
})
