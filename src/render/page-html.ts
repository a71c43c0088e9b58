/**
 * A localized page as HTML: the span-stripped Markdown goes through the same
 * parser as the lint, then remark-rehype and rehype-stringify. Raw HTML from
 * the page is never passed through: `<br>` becomes a line break, anchor and
 * span tags and comments are dropped, anything else is shown as text.
 */
import type {Element, Root as HastRoot, RootContent} from 'hast'
import {h} from 'hastscript'
import type {Html, Parent, Root as MdastRoot, RootContent as MdastContent} from 'mdast'
import remarkRehype from 'remark-rehype'
import {unified} from 'unified'
import {visit} from 'unist-util-visit'
import {markdownParser} from '../lint/processor.js'
import {isSafeUrl, serializeHtml} from './serialize.js'
import {documentStyles} from './styles.js'

const toHast = unified().use(remarkRehype).freeze()

export function renderMarkdownToHtml(markdown: string, options: {title?: string; lang?: string} = {}): string {
  const mdast = markdownParser.parse(markdown)
  neutralizeHtml(mdast)
  const body = toHast.runSync(mdast) as HastRoot
  dropUnsafeUrls(body)
  const document: HastRoot = {
    type: 'root',
    children: [
      {type: 'doctype'},
      h('html', {lang: options.lang}, [
        h('head', [h('meta', {charset: 'utf-8'}), h('title', options.title ?? 'locdoc'), h('style', documentStyles)]),
        h('body', [h('main', body.children as RootContent[] as Element[])])
      ])
    ]
  }
  return serializeHtml(document)
}

function neutralizeHtml(tree: MdastRoot): void {
  visit(tree, 'html', (node: Html, index, parent: Parent | undefined) => {
    if (!parent || index === undefined) return
    const replacement = replaceHtml(node.value)
    if (replacement) parent.children.splice(index, 1, replacement as MdastContent as never)
    else parent.children.splice(index, 1)
    return index
  })
}

function replaceHtml(value: string): MdastContent | undefined {
  if (/^<br\s*\/?>$/i.test(value.trim())) return {type: 'break'}
  if (/^<\/?(?:a|span)\b[^>]*>$/i.test(value.trim()) || /^<!--[\s\S]*-->$/.test(value.trim())) return undefined
  return {type: 'text', value}
}

function dropUnsafeUrls(tree: HastRoot): void {
  visit(tree, 'element', (node: Element) => {
    for (const key of ['href', 'src'] as const) {
      const value = node.properties[key]
      if (typeof value === 'string' && !isSafeUrl(value)) delete node.properties[key]
    }
  })
}
