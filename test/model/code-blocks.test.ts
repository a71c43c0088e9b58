import {describe, expect, it} from 'vitest'
import {extractText} from '../../src/extract-files.js'
import {normalizeRequestPath} from '../../src/model/code-blocks.js'
import type {JsonExample, Page, Representation} from '../../src/model/types.js'

const fence = '```'

const span = (id: string, localized: string, english: string) =>
  `<span data-ttu-id="${id}">${localized}</span><span class="sxs-lookup"><span data-stu-id="${id}">${english}</span></span>`

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

  it('should read `msgraph-interactive`, `HTTP` and `https` fences as HTTP', () => {
    const source = [
      '### <a name="request"></a>Solicitação',
      `${fence}msgraph-interactive`,
      'GET https://graph.microsoft.com/v1.0/me/events',
      fence,
      `${fence}HTTP`,
      'DELETE https://graph.microsoft.com/v1.0/me/events/{id}',
      fence,
      `${fence}https`,
      'PATCH /me/events/{id}',
      fence,
      ''
    ].join('\n')
    const page = extractText(source)
    expect(page.requests.map((request) => [request.kind, request.method, request.path])).toEqual([
      ['example', 'GET', '/me/events'],
      ['example', 'DELETE', '/me/events/{id}'],
      ['example', 'PATCH', '/me/events/{id}']
    ])
    expectRangesOnSource(source, page)
  })

  it('should read a target that starts with a letter in an HTTP fence, with a real or a translated method', () => {
    const source = `## <a name="http-request"></a>Solicitação HTTP\n${fence}http\nGET policies/activityTimeouts\n取得 policies/activityTimeouts/{id}\nGET me\n${fence}\n`
    const page = extractText(source)
    expect(page.requests.map((request) => [request.kind, request.method, request.target, request.path])).toEqual([
      ['syntax', 'GET', 'policies/activityTimeouts', '/policies/activityTimeouts'],
      ['syntax', '取得', 'policies/activityTimeouts/{id}', '/policies/activityTimeouts/{id}'],
      ['syntax', 'GET', 'me', '/me']
    ])
    expectRangesOnSource(source, page)
  })

  it('should not take a header line or a spaced phrase for a request line', () => {
    const source = `## <a name="http-request"></a>HTTP\n${fence}http\nContent-Type: application/json\nAuthorization: Bearer {token}\nsiehe unten bitte\n${fence}\n`
    expect(extractText(source).requests).toEqual([])
  })

  it('should keep requiring a path-like target in a fence without a language', () => {
    const source = `### <a name="request"></a>Request\n${fence}\nGET policies/activityTimeouts\n${fence}\n`
    expect(extractText(source).requests).toEqual([])
  })

  it('should read a JSON fence that starts with a status line as a response body', () => {
    const source = [
      '## <a name="http-request"></a>HTTP',
      `${fence}http`,
      'GET /sites/{site-id}/lists/{list-id}/items/{item-id}',
      fence,
      '',
      '##### <a name="response"></a>响应',
      `${fence}json`,
      'HTTP/1.1 200 OK',
      'Content-type: application/json',
      '',
      '{',
      '  "id": "7",',
      '  "fields": {"Title": "Widget"}',
      '}',
      fence,
      '',
      `${fence}json`,
      'HTTP/1.1 201 Created',
      '{"id": "8"}',
      fence,
      ''
    ].join('\n')
    const page = extractText(source)
    expect(page.jsonExamples.map((example) => [example.role, example.request?.method, JSON.parse(example.text)])).toEqual([
      ['response', 'GET', {id: '7', fields: {Title: 'Widget'}}],
      ['response', 'GET', {id: '8'}]
    ])
    for (const example of page.jsonExamples) expectLinesOnSource(source, example)
  })
  it('should ignore code blocks of other languages and empty blocks', () => {
    const source = `## <a name="request"></a>Request\n${fence}csharp\nvar x = 1;\n${fence}\n\n${fence}http\n${fence}\n`
    const page = extractText(source)
    expect(page.requests).toEqual([])
    expect(page.jsonExamples).toEqual([])
  })
})

describe('the role of a JSON body under a generic example heading', () => {
  const roles = (source: string) => extractText(source).jsonExamples.map((example) => example.role)

  it('should take the role from a spanned `**Response**` label', () => {
    const source = [
      `## <a name="example"></a>${span('r-1', '예시', 'Example')}`,
      '',
      `${span('r-2', '**요청**', '**Request**')}`,
      '',
      `${fence}json`,
      '{"name": "a"}',
      fence,
      '',
      `${span('r-3', '**응답**', '**Response**')}`,
      '',
      `${span('r-4', '다음은 응답의 예입니다.', 'Here is an example of the response.')}`,
      '',
      `${fence}json`,
      '{"id": "1"}',
      fence,
      ''
    ].join('\n')
    expect(roles(source)).toEqual(['request', 'response'])
  })

  it('should take the role from an English label on a page without spans, with or without a colon', () => {
    const source = `## <a name="example-1"></a>Example 1\n\nresponse:\n\n${fence}json\n{"id": "1"}\n${fence}\n`
    expect(roles(source)).toEqual(['response'])
  })

  it('should take the role from the block annotation Graph pages carry', () => {
    const source = `## <a name="examples"></a>Exemplos\n\n<!-- {\n  "blockType": "response",\n  "truncated": true\n} -->\n${fence}json\n{"id": "1"}\n${fence}\n`
    expect(roles(source)).toEqual(['response'])
  })

  it('should take a body after a request line for its response, and a body with no request before it for a request', () => {
    const afterRequest = `## <a name="example"></a>Voorbeeld\n\n${fence}http\nPOST https://contoso.example/data/Items(Id='1')/submit\n${fence}\n\n${fence}json\n{"error": {"code": ""}}\n${fence}\n`
    expect(roles(afterRequest)).toEqual(['response'])
    const alone = `## <a name="example"></a>Voorbeeld\n\n${fence}json\n{"name": "x"}\n${fence}\n`
    expect(roles(alone)).toEqual(['request'])
  })

  it('should forget the label and the last request when a new section starts', () => {
    const source = [
      '## <a name="example-1"></a>Example 1',
      '**Response**',
      '',
      `${fence}json`,
      '{"id": "1"}',
      fence,
      '',
      '## <a name="example-2"></a>Example 2',
      '',
      `${fence}json`,
      '{"name": "x"}',
      fence,
      ''
    ].join('\n')
    expect(roles(source)).toEqual(['response', 'request'])
  })

  it('should keep the role a request or response section gives', () => {
    const source = `### <a name="request"></a>Request\n\n**Response**\n\n${fence}json\n{"name": "x"}\n${fence}\n`
    expect(roles(source)).toEqual(['request'])
  })
})

describe('JSON representations', () => {
  function representationsOf(source: string): Representation[] {
    return extractText(source).representations ?? []
  }

  it('should read the keys of the top-level object and what each value says of its type', () => {
    const source = [
      '## <a name="json-representation"></a>Представление JSON',
      '',
      `${fence}json`,
      '{',
      '  "@odata.type": "#microsoft.graph.shiftReminder",',
      '  // Read-only.',
      '  "id": "String (identifier)",',
      '  "remindAt": "String (timestamp)",',
      '  "isEnabled": true,',
      '  "priority": 1,',
      '  "channels": ["String"],',
      '  "slots": [{"@odata.type": "microsoft.graph.timeSlot"}],',
      '  "createdBy": {"@odata.type": "microsoft.graph.identitySet"},',
      '  "extra": {},',
      '}',
      fence,
      ''
    ].join('\n')
    const [representation, ...rest] = representationsOf(source)
    expect(rest).toEqual([])
    expect(representation?.keys.map((key) => [key.name, key.typeText])).toEqual([
      ['id', 'String (identifier)'],
      ['remindAt', 'String (timestamp)'],
      ['isEnabled', 'Boolean'],
      ['priority', 'Number'],
      ['channels', 'Collection(String)'],
      ['slots', 'Collection(microsoft.graph.timeSlot)'],
      ['createdBy', 'microsoft.graph.identitySet'],
      ['extra', 'Object']
    ])
    expect(representation?.section).toBe('json-representation')
    const lines = representation!.text.split('\n')
    expect(representation!.lineStarts).toHaveLength(lines.length)
    for (const [index, line] of lines.entries()) expect(source.slice(representation!.lineStarts[index]!, representation!.lineStarts[index]! + line.length)).toBe(line)
    expect(extractText(source).jsonExamples).toEqual([])
  })

  it('should keep the keys read before a truncated value', () => {
    const source = `## <a name="json-representation"></a>JSON 表記\n${fence} json\n{\n  "displayName": "String",\n  "status": "String",\n  ...\n}\n${fence}\n`
    expect(representationsOf(source)[0]?.keys.map((key) => key.name)).toEqual(['displayName', 'status'])
  })

  it('should read no representation from other sections, other languages or a body that is not an object', () => {
    const source = [
      '## <a name="properties"></a>Properties',
      `${fence}json`,
      '{"id": "String"}',
      fence,
      '## <a name="json-representation"></a>JSON representation',
      `${fence}xml`,
      '<id>String</id>',
      fence,
      `${fence}json`,
      '["String"]',
      fence,
      ''
    ].join('\n')
    expect(representationsOf(source)).toEqual([])
  })
})
