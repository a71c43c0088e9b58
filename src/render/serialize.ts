/**
 * Serialize a hast tree with rehype-stringify. Text in the tree is escaped
 * by construction; nothing here lets raw HTML through.
 */
import type {Root} from 'hast'
import rehypeStringify from 'rehype-stringify'
import {unified} from 'unified'

const serializer = unified().use(rehypeStringify).freeze()

export function serializeHtml(tree: Root): string {
  return `${serializer.stringify(tree)}\n`
}

/** Links and images from a page keep only schemes that cannot run code. */
export function isSafeUrl(url: string): boolean {
  const scheme = /^([a-z][a-z\d+.-]*):/i.exec(url.trim())
  return !scheme || ['http', 'https', 'mailto', 'file'].includes(scheme[1]!.toLowerCase())
}
