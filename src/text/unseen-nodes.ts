import type {RootContent} from 'mdast'

/**
 * Blocks of the file a reader does not see as the minutes' text: front
 * matter, link definitions and HTML comments. Whatever "opens the file" or
 * "comes first" means, it means after these.
 */
export function isUnseen(node: RootContent): boolean {
  return node.type === 'yaml' || node.type === 'definition' || (node.type === 'html' && /^\s*<!--/.test(node.value))
}
