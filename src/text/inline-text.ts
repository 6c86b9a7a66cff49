import type {Inline} from '../types.js'

/** The plain text of inline content: what a reader sees, without markup. */
export function inlineText(nodes: readonly Inline[]): string {
  let text = ''
  for (const node of nodes) {
    if (node.type === 'text' || node.type === 'inlineCode') text += node.value
    else if (node.type === 'break') text += '\n'
    else if (node.type === 'image') text += node.alt
    else if (node.type === 'html') text += ''
    else text += inlineText(node.children)
  }
  return text
}
