/**
 * A preorder walk of an mdast tree with an explicit stack. Markdown nests as
 * deep as its author likes (`- ` two thousand times is a 4 KB page); micromark
 * parses that without recursion, so locdoc must read it the same way.
 */
import type {Nodes} from 'mdast'

/**
 * Visit `tree` and its descendants in document order. `enter` returns `false`
 * to skip a node's children.
 */
export function walkTree(tree: Nodes, enter: (node: Nodes) => boolean | void): void {
  const stack: Nodes[] = [tree]
  while (stack.length > 0) {
    const node = stack.pop()!
    if (enter(node) === false || !('children' in node)) continue
    for (let index = node.children.length - 1; index >= 0; index--) stack.push(node.children[index] as Nodes)
  }
}

/** The text and inline code of a node and its descendants, concatenated. */
export function plainText(node: Nodes): string {
  let text = ''
  walkTree(node, (child) => {
    if (child.type === 'text' || child.type === 'inlineCode') text += child.value
  })
  return text
}
