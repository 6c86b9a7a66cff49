import type {Definition, Root} from 'mdast'
import {type Definitions, normalizeLabel} from './inline.js'

/**
 * Every link reference definition of the document, by normalized label; the
 * first definition of a label wins (CommonMark §4.7). Iterative: trees can
 * be deep.
 */
export function collectDefinitions(tree: Root): Definitions {
  const definitions = new Map<string, Definition>()
  const stack: {type: string; children?: unknown[]}[] = [tree]
  const found: Definition[] = []
  while (stack.length > 0) {
    const node = stack.pop()!
    if (node.type === 'definition') found.push(node as unknown as Definition)
    if (Array.isArray(node.children)) for (let index = node.children.length - 1; index >= 0; index--) stack.push(node.children[index] as typeof node)
  }
  for (const definition of found) {
    const key = normalizeLabel(definition.identifier)
    if (!definitions.has(key)) definitions.set(key, definition)
  }
  return definitions
}
