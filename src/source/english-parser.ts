/**
 * The English page is parsed exactly as the lint parses pages (the same
 * extensions, the same tree), only cheaper. GFM's autolink-literal transform
 * visits every node of the tree to look for bare URLs and e-mail addresses
 * in text; here it runs only on the blocks whose source could hold one,
 * which on an API page is a few of them. It is a phrasing-local transform,
 * so running it block by block gives the tree it gives on the whole.
 */
import type {Nodes, Root} from 'mdast'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {markdownParser} from '../lint/processor.js'
import {walkTree} from '../extract/walk-tree.js'

type Transform = (tree: Root) => Root | undefined | void
interface Extension {
  transforms?: Transform[]
  [key: string]: unknown
}
type Extensions = Array<Extension | Extensions>

/** What each of the transform's patterns needs in a text node: `http`, `www` or `@`. */
const autolinkMarker = /http|www|@/i

/** Where mdast keeps text: every text node has one of these as its nearest block. */
const phrasingBlocks = new Set<Nodes['type']>(['paragraph', 'heading', 'tableCell'])

interface EnglishParser {
  parse(text: string): Root
}

export const englishParser: EnglishParser = createEnglishParser()

function createEnglishParser(): EnglishParser {
  const data = markdownParser.data()
  const transforms: Transform[] = []
  const withoutTransforms = (extensions: Extensions): Extensions =>
    extensions.map((extension) => {
      if (Array.isArray(extension)) return withoutTransforms(extension)
      const {transforms: own, ...rest} = extension
      transforms.push(...(own ?? []))
      return rest
    })
  const fromMarkdownExtensions = withoutTransforms((data.fromMarkdownExtensions ?? []) as unknown as Extensions)
  // Only the transform this file knows to be phrasing-local may run block by block; anything else, parse as the lint does.
  const autolinks = transforms.length === 1 && transforms[0]!.name === 'transformGfmAutolinkLiterals' ? transforms[0]! : undefined
  if (!autolinks) return markdownParser
  const parser = unified()
    .use(remarkParse)
    .data('micromarkExtensions', data.micromarkExtensions ?? [])
    .data('fromMarkdownExtensions', fromMarkdownExtensions as unknown as typeof data.fromMarkdownExtensions)
    .freeze()
  return {
    parse(text: string): Root {
      const tree = parser.parse(text)
      const blocks: Nodes[] = []
      let outside = false
      walkTree(tree, (node) => {
        if (phrasingBlocks.has(node.type)) {
          if (mayHoldAutolink(node)) blocks.push(node)
          return false
        }
        if (node.type === 'text') outside = true
      })
      // Text outside every known block (never seen from micromark): parse as the lint does.
      if (outside) return markdownParser.parse(text)
      for (const block of blocks) autolinks(block as unknown as Root)
      return tree
    }
  }
}

/** Whether a text node of `block` outside links holds what an autolink literal needs: the transform leaves links alone. */
function mayHoldAutolink(block: Nodes): boolean {
  let found = false
  walkTree(block, (node) => {
    if (found || node.type === 'link' || node.type === 'linkReference') return false
    if (node.type === 'text' && autolinkMarker.test(node.value)) found = true
  })
  return found
}
