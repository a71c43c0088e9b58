/**
 * Example request and response bodies must be valid for the API type the
 * operation takes or returns: no unknown keys, values of the right type and
 * within the enum, well-formed date-times, `@odata.type` naming the type.
 * Every zod issue is reported at the offending key inside the code block.
 */
import {findNodeAtLocation, getNodeValue, parseTree, type Node as JsonNode, type ParseError} from 'jsonc-parser'
import type {ApiIndex} from '../schema/api-index.js'
import {validateExample} from '../schema/json-schema.js'
import type {JsonExample, Page} from '../model/types.js'
import type {Range} from '../extract/types.js'
import {createRule} from './create-rule.js'

export const apiJsonExample = createRule(
  {
    id: 'api-json-example',
    sourceId: 'source-json-example',
    description: 'A JSON example does not validate against the API type of its request or response.',
    category: 'translation',
    requiresSchema: true
  },
  ({page, api, report}) => {
    if (!api) return
    for (const example of page.jsonExamples) {
      const errors: ParseError[] = []
      const root = parseTree(example.text, errors, {allowTrailingComma: true, disallowComments: false})
      // Truncated examples (`...`) are common and not what this rule is about.
      if (!root || errors.length > 0) continue
      const target = exampleTarget(example, root, api, page)
      if (!target) continue
      const value: unknown = getNodeValue(target.node)
      for (const issue of validateExample(api, target.typeName, value)) {
        const node = findNodeAtLocation(target.node, issue.path) ?? deepestNode(target.node, issue.path)
        const range = toSourceRange(example, keyRangeOf(node))
        // Machine translation touches prose; an ASCII value in a code block came from the English.
        const translated = issue.actual !== undefined && /[^\x00-\x7f]/.test(issue.actual)
        report({
          range,
          reason: `${issue.message} at \`${['$', ...issue.path].join('.')}\` in the ${example.role} example for ${'`' + target.typeName.slice(target.typeName.lastIndexOf('.') + 1) + '`'}`,
          actual: issue.actual,
          expected: issue.expected,
          key: `${example.role} ${issue.path.join('.')} ${issue.message}`,
          inSource: !translated
        })
      }
    }
  }
)

interface Target {
  node: JsonNode
  typeName: string
}

/** The body's type: from the operation, else from a root `@odata.type`. */
function exampleTarget(example: JsonExample, root: JsonNode, api: ApiIndex, page: Page): Target | undefined {
  const request = example.request ?? page.requests.find((candidate) => candidate.kind === 'syntax')
  const operation = request ? api.findOperation(request.method, request.path) : undefined
  let typeName = example.role === 'request' ? operation?.requestBody : operation?.returns?.type
  let node = root
  // Responses wrap bodies in `value` (collections, and some single results).
  const wrapped = root.type === 'object' ? findNodeAtLocation(root, ['value']) : undefined
  if (example.role === 'response' && wrapped) {
    node = wrapped.type === 'array' ? wrapped.children?.[0] ?? wrapped : wrapped
  }
  if (!typeName && node.type === 'object') {
    const declared = findNodeAtLocation(node, ['@odata.type'])?.value
    if (typeof declared === 'string') typeName = declared.replace(/^#/, '')
  }
  if (!typeName || !api.findType(typeName) || node.type !== 'object') return undefined
  return {node, typeName}
}

/** For a property value, point at its key: that is the line a reader looks at. */
function keyRangeOf(node: JsonNode): {offset: number; length: number} {
  const parent = node.parent
  if (parent?.type === 'property' && parent.children?.[1] === node && parent.children[0]) return parent.children[0]
  if (node.type === 'property' && node.children?.[0]) return node.children[0]
  return node
}

function deepestNode(root: JsonNode, path: ReadonlyArray<string | number>): JsonNode {
  let node = root
  for (let length = path.length - 1; length > 0; length--) {
    const found = findNodeAtLocation(root, path.slice(0, length) as Array<string | number>)
    if (found) {
      node = found
      break
    }
  }
  return node
}

/** JSON text offsets to file offsets, line by line (blocks in lists lose a prefix per line). */
function toSourceRange(example: JsonExample, span: {offset: number; length: number}): Range {
  return {start: toSourceOffset(example, span.offset), end: toSourceOffset(example, span.offset + span.length)}
}

function toSourceOffset(example: JsonExample, offset: number): number {
  let line = 0
  let lineStart = 0
  for (let index = example.text.indexOf('\n'); index !== -1 && index < offset; index = example.text.indexOf('\n', index + 1)) {
    line++
    lineStart = index + 1
  }
  return (example.lineStarts[line] ?? example.range.start) + (offset - lineStart)
}
