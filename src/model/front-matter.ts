/**
 * Front matter: the `yaml` node from remark-frontmatter, parsed with a real
 * YAML parser. A broken header is reported with its line and column and the
 * rest of the page is still read.
 */
import type {Root, Yaml} from 'mdast'
import {parseDocument} from 'yaml'
import {isStackOverflow} from '../util/stack-overflow.js'
import type {Range} from '../extract/types.js'
import {nextLineStart} from './source-text.js'
import type {FrontMatter} from './types.js'

/** Alias expansions allowed in one header; real front matter has none. */
const maxAliasCount = 100

export interface FrontMatterProblem {
  reason: string
  range: Range
}

export function readFrontMatter(
  tree: Root,
  source: string
): {frontMatter?: FrontMatter; problem?: FrontMatterProblem} {
  const node = tree.children[0]
  if (node?.type !== 'yaml') {
    // `---` at the top that micromark did not take as front matter was never closed.
    if (/^---[ \t]*\r?\n/.test(source)) return {problem: {reason: 'Unclosed front matter: expected a closing `---`', range: {start: 0, end: 3}}}
    return {}
  }
  return parseYamlNode(node, source)
}

function parseYamlNode(node: Yaml, source: string): {frontMatter?: FrontMatter; problem?: FrontMatterProblem} {
  // The YAML starts on the line after the opening `---`.
  const valueStart = nextLineStart(source, node.position?.start.offset ?? 0)
  let value: unknown
  try {
    // logLevel 'silent': the YAML library must never write to stderr on a page's behalf.
    const document = parseDocument(node.value, {prettyErrors: false, uniqueKeys: false, logLevel: 'silent'})
    const error = document.errors[0]
    if (error) {
      const start = valueStart + error.pos[0]
      return {problem: {reason: `Invalid front matter: ${firstSentence(error.message)}`, range: {start, end: Math.max(start, valueStart + error.pos[1])}}}
    }
    // Alias expansion is bounded (a billion-laughs header is a finding, not a hang).
    value = document.toJS({maxAliasCount: maxAliasCount})
  } catch (error) {
    // The YAML library recurses: a header nested thousands deep overflows its stack.
    // Either way the header is unreadable, which is a finding on this page, not a failed run.
    const reason = isStackOverflow(error) ? 'nested too deeply to read' : firstSentence(error instanceof Error ? error.message : String(error))
    return {problem: {reason: `Invalid front matter: ${reason}`, range: {start: valueStart, end: valueStart}}}
  }
  if (value === null || value === undefined) return {frontMatter: {fields: {}}}
  if (typeof value !== 'object' || Array.isArray(value)) {
    return {problem: {reason: 'Invalid front matter: expected key/value pairs', range: {start: valueStart, end: valueStart}}}
  }
  return {frontMatter: toFrontMatter(value as Record<string, unknown>)}
}

function toFrontMatter(fields: Record<string, unknown>): FrontMatter {
  return {
    title: stringField(fields, 'title'),
    description: stringField(fields, 'description'),
    locale: stringField(fields, 'ms.contentlocale') ?? stringField(fields, 'locale'),
    docType: stringField(fields, 'doc_type'),
    translationType: stringField(fields, 'ms.translationtype'),
    sourceCommit: stringField(fields, 'ms.sourcegitcommit'),
    locFileId: stringField(fields, 'ms.locfileid'),
    fields
  }
}

function stringField(fields: Record<string, unknown>, key: string): string | undefined {
  const value = fields[key]
  if (typeof value === 'string') return value
  if (typeof value === 'number') return String(value)
  return undefined
}

function firstSentence(message: string): string {
  return message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '')
}
