import type {Nodes, Parent, PhrasingContent, Root, RootContent} from 'mdast'
import type {VFile} from 'vfile'
import {warn} from '../diagnostics.js'

/**
 * Block quotes and lists nested hundreds deep (over several lines, which the
 * read step's line limit does not see) or formatting nested as deep
 * (`<b><b>…`, `*****x*****`) make every later recursive step — the
 * extractor, the renderers, JSON.stringify — overflow the call stack, and
 * pretty-printed JSON grows with the square of the depth. No report needs
 * more than `maxDepth` levels: deeper containers are flattened into the
 * deepest kept one (their blocks follow one another), deeper formatting is
 * unwrapped to its text (a link keeps its URL as text). Every word stays.
 * The walks are iterative, since the tree they bound is arbitrarily deep.
 */
export const maxDepth = 32

export function limitNesting(tree: Root, file: VFile): void {
  let flattenedBlocks: Parent | undefined
  let unwrappedInlines: Parent | undefined
  const stack: {node: Parent; depth: number; inline: boolean}[] = [{node: tree, depth: 0, inline: false}]
  while (stack.length > 0) {
    const {node, depth, inline} = stack.pop()!
    if (inline) {
      if (depth >= maxDepth && node.children.some((child) => 'children' in child)) {
        unwrappedInlines ??= node
        node.children = node.children.flatMap((child) => inlineLeaves(child as PhrasingContent)) as typeof node.children
      }
      for (const child of node.children) if ('children' in child) stack.push({node: child, depth: depth + 1, inline: true})
      continue
    }
    const childDepth = depth + (isBlockContainer(node as Nodes) ? 1 : 0)
    if (childDepth >= maxDepth && node.type !== 'list' && node.children.some((child) => isBlockContainer(child as Nodes))) {
      flattenedBlocks ??= node
      node.children = node.children.flatMap((child) => blockLeaves(child as RootContent)) as typeof node.children
    }
    for (const child of node.children) {
      if (!('children' in child)) continue
      const phrasing = child.type === 'paragraph' || child.type === 'heading' || child.type === 'tableCell'
      stack.push({node: child, depth: phrasing ? 0 : childDepth, inline: phrasing})
    }
  }
  if (flattenedBlocks) {
    warn(file, 'unsupported-node', `Block quotes or lists nested deeper than ${maxDepth} levels were flattened; their text is kept`, flattenedBlocks)
  }
  if (unwrappedInlines) {
    warn(file, 'unsupported-node', `Formatting nested deeper than ${maxDepth} levels was removed; its text is kept`, unwrappedInlines)
  }
}

/** Containers that add a level of block nesting. */
function isBlockContainer(node: Nodes): boolean {
  return node.type === 'blockquote' || node.type === 'list'
}

/** The blocks inside nested block quotes and lists, in reading order, without the containers. */
function blockLeaves(node: RootContent): RootContent[] {
  const leaves: RootContent[] = []
  const stack: RootContent[] = [node]
  while (stack.length > 0) {
    const current = stack.pop()!
    if (current.type === 'blockquote' || current.type === 'list' || current.type === 'listItem') {
      for (let index = current.children.length - 1; index >= 0; index--) stack.push(current.children[index]!)
    } else {
      leaves.push(current)
    }
  }
  return leaves
}

/** The text-bearing inline nodes inside nested formatting, in reading order; a link leaves its URL as text. */
function inlineLeaves(node: PhrasingContent): PhrasingContent[] {
  const leaves: PhrasingContent[] = []
  const stack: PhrasingContent[] = [node]
  while (stack.length > 0) {
    const current = stack.pop()!
    if ('children' in current) {
      if (current.type === 'link') stack.push({type: 'text', value: ` <${current.url}>`})
      for (let index = current.children.length - 1; index >= 0; index--) stack.push(current.children[index] as PhrasingContent)
    } else {
      leaves.push(current)
    }
  }
  return leaves
}
