/**
 * A localized page as HTML: the span-stripped Markdown goes through the same
 * parser as the lint, then remark-rehype and rehype-stringify. Raw HTML from
 * the page is never passed through: `<br>` becomes a line break, a heading's
 * `<a name>` becomes its `id` (so links into the page still land), other
 * anchors become empty link targets, span tags and comments are dropped, and
 * anything else is shown as text.
 */
import type {Element, Root as HastRoot, RootContent} from 'hast'
import {h} from 'hastscript'
import type {Heading, Html, Parent, Root as MdastRoot, RootContent as MdastContent} from 'mdast'
import remarkRehype from 'remark-rehype'
import {unified} from 'unified'
import {visit} from 'unist-util-visit'
import {markdownParser} from '../lint/processor.js'
import {isSafeUrl, serializeHtml} from './serialize.js'
import {documentStyles} from './styles.js'

const toHast = unified().use(remarkRehype).freeze()

export function renderMarkdownToHtml(markdown: string, options: {title?: string; lang?: string} = {}): string {
  const mdast = markdownParser.parse(markdown)
  keepHeadingAnchors(mdast)
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

const anchorPattern = /^<a\s+(?:name|id)\s*=\s*["']([^"']+)["'][^>]*>(?:\s*<\/a\s*>)?$/i

/** `## <a name="members"></a>Members` → `<h2 id="members">`; the anchor node goes. */
function keepHeadingAnchors(tree: MdastRoot): void {
  visit(tree, 'heading', (heading: Heading) => {
    const index = heading.children.findIndex((child) => child.type === 'html' && anchorPattern.test(child.value.trim()))
    if (index === -1) return
    const id = anchorPattern.exec((heading.children[index] as Html).value.trim())![1]!
    heading.data = {...heading.data, hProperties: {...heading.data?.hProperties, id}}
    heading.children.splice(index, 1)
    // `<a name="x"></a>` may come as an open and a close node.
    const next = heading.children[index]
    if (next?.type === 'html' && /^<\/a\s*>$/i.test(next.value.trim())) heading.children.splice(index, 1)
  })
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
  const anchor = anchorPattern.exec(value.trim())
  // An anchor elsewhere stays a link target: an empty `<a id>`, no href.
  if (anchor) return {type: 'emphasis', children: [], data: {hName: 'a', hProperties: {id: anchor[1]}}}
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
