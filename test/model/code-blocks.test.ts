import {describe, expect, it} from 'vitest'
import {extractText} from '../../src/extract-files.js'
import {normalizeRequestPath} from '../../src/model/code-blocks.js'
import type {JsonExample, Page} from '../../src/model/types.js'

const fence = '```'

function expectRangesOnSource(source: string, page: Page) {
  for (const request of page.requests) {
    expect(source.slice(request.methodRange.start, request.methodRange.end)).toBe(request.method)
    expect(source.slice(request.targetRange.start, request.targetRange.end)).toBe(request.target)
  }
}

function expectLinesOnSource(source: string, example: JsonExample) {
  const lines = example.text.split('\n')
  expect(example.lineStarts).toHaveLength(lines.length)
  for (const [index, line] of lines.entries()) {
    const start = example.lineStarts[index]!
    expect(source.slice(start, start + line.length)).toBe(line)
  }
  expect(source.slice(example.range.start, example.range.end).endsWith(lines.at(-1)!)).toBe(true)
}

describe('normalizeRequestPath', () => {
  it('should drop scheme, host, version, query and fragment', () => {
    expect(normalizeRequestPath('https://graph.microsoft.com/beta/deviceAppManagement/vppTokens?$top=1')).toBe('/deviceAppManagement/vppTokens')
    expect(normalizeRequestPath('https://graph.microsoft.com/v1.0/me/events#x')).toBe('/me/events')
  })

  it('should keep a path template and add a missing leading slash', () => {
    expect(normalizeRequestPath('/deviceAppManagement/vppTokens/{vppTokenId}/syncLicenses')).toBe('/deviceAppManagement/vppTokens/{vppTokenId}/syncLicenses')
    expect(normalizeRequestPath('users/{id}')).toBe('/users/{id}')
  })

  it('should drop a trailing slash but keep the root', () => {
    expect(normalizeRequestPath('/v1.0/users/')).toBe('/users')
    expect(normalizeRequestPath('https://graph.microsoft.com/v1.0')).toBe('/')
  })

  it('should not take a segment that starts like a version for the version', () => {
    expect(normalizeRequestPath('/betaFeatures/x')).toBe('/betaFeatures/x')
  })
})

describe('readCodeBlock', () => {
  it('should read every line of a syntax block as a request template', () => {
    const source = `## <a name="http-request"></a>HTTP 要求\n${fence} http\nGET /deviceAppManagement/vppTokens\nGET /deviceAppManagement/vppTokens/{vppTokenId}\n${fence}\n`
    const page = extractText(source)
    expect(page.requests.map((request) => [request.kind, request.method, request.path, request.section])).toEqual([
      ['syntax', 'GET', '/deviceAppManagement/vppTokens', 'http-request'],
      ['syntax', 'GET', '/deviceAppManagement/vppTokens/{vppTokenId}', 'http-request']
    ])
    expect(page.jsonExamples).toEqual([])
    expectRangesOnSource(source, page)
  })

  it('should read an example request with headers and a JSON body, and a response tied to it', () => {
    const source = [
      '### <a name="request"></a>Requête',
      `${fence} http`,
      'PATCH https://graph.microsoft.com/beta/deviceAppManagement/vppTokens/{vppTokenId} HTTP/1.1',
      'Content-type: application/json',
      '',
      '{',
      '  "displayName": "Nom"',
      '}',
      fence,
      '',
      '### <a name="response"></a>Réponse',
      `${fence} http`,
      'HTTP/1.1 200 OK',
      'Content-Type: application/json',
      '',
      '{"id": "1"}',
      fence,
      ''
    ].join('\n')
    const page = extractText(source)
    expect(page.requests.map((request) => [request.kind, request.method, request.target, request.path])).toEqual([
      ['example', 'PATCH', 'https://graph.microsoft.com/beta/deviceAppManagement/vppTokens/{vppTokenId}', '/deviceAppManagement/vppTokens/{vppTokenId}']
    ])
    expectRangesOnSource(source, page)
    expect(page.jsonExamples.map((example) => [example.role, example.section, example.request?.method])).toEqual([
      ['request', 'request', 'PATCH'],
      ['response', 'response', 'PATCH']
    ])
    expect(JSON.parse(page.jsonExamples[0]!.text)).toEqual({displayName: 'Nom'})
    for (const example of page.jsonExamples) expectLinesOnSource(source, example)
  })

  it('should keep a translated method as written, for the rule to judge', () => {
    const source = `## <a name="http-request"></a>HTTP 要求\n${fence} http\n取得 /deviceAppManagement/vppTokens\n${fence}\n`
    const page = extractText(source)
    expect(page.requests.map((request) => [request.method, request.path])).toEqual([['取得', '/deviceAppManagement/vppTokens']])
    expectRangesOnSource(source, page)
  })

  it('should read a request line whose query holds spaces', () => {
    const source = `### <a name="request"></a>Request\n${fence} http\nGET https://graph.microsoft.com/beta/deviceAppManagement/vppTokens?$filter=displayName eq 'Büro'\n${fence}\n`
    const page = extractText(source)
    expect(page.requests.map((request) => [request.kind, request.method, request.path])).toEqual([['example', 'GET', '/deviceAppManagement/vppTokens']])
    expectRangesOnSource(source, page)
  })

  it('should map CRLF lines to their offsets', () => {
    const source = `## <a name="http-request"></a>HTTP\r\n${fence} http\r\nGET /a/b\r\nPOST /a\r\n${fence}\r\n\r\n### <a name="response"></a>Response\r\n${fence} json\r\n{\r\n  "a": 1\r\n}\r\n${fence}\r\n`
    const page = extractText(source)
    expectRangesOnSource(source, page)
    expect(page.requests.map((request) => request.method)).toEqual(['GET', 'POST'])
    expect(page.jsonExamples).toHaveLength(1)
    expectLinesOnSource(source, page.jsonExamples[0]!)
  })

  it('should give line starts of a JSON example inside a block quote', () => {
    const source = `## <a name="response"></a>Response\n\n> ${fence}json\n> {\n>   "value": [\n>     1\n>   ]\n> }\n> ${fence}\n`
    const page = extractText(source)
    expect(page.jsonExamples).toHaveLength(1)
    expect(page.jsonExamples[0]?.role).toBe('response')
    expectLinesOnSource(source, page.jsonExamples[0]!)
  })

  it('should give line starts of a JSON example inside a list item', () => {
    const source = `## <a name="example"></a>Example\n\n1. Send:\n\n   ${fence}json\n   {\n     "a": [1,\n       2]\n   }\n   ${fence}\n`
    const page = extractText(source)
    expect(page.jsonExamples).toHaveLength(1)
    expectLinesOnSource(source, page.jsonExamples[0]!)
    expect(JSON.parse(page.jsonExamples[0]!.text)).toEqual({a: [1, 2]})
  })

  it('should not take a JSON representation of a resource for an example', () => {
    const source = `## <a name="json-representation"></a>JSON representation\n${fence}json\n{"id": "String"}\n${fence}\n`
    expect(extractText(source).jsonExamples).toEqual([])
  })

  it('should ignore code blocks of other languages and empty blocks', () => {
    const source = `## <a name="request"></a>Request\n${fence}csharp\nvar x = 1;\n${fence}\n\n${fence}http\n${fence}\n`
    const page = extractText(source)
    expect(page.requests).toEqual([])
    expect(page.jsonExamples).toEqual([])
  })
})
