/**
 * Tests on mdast nodes that the extractor's cues are read from: what a
 * heading or paragraph says, and what shape it has.
 */
import type {Paragraph, PhrasingContent, RootContent} from 'mdast'
import {toString} from 'mdast-util-to-string'
import type {Inline} from '../types.js'
import {type Definitions, toInlines, trimInlines} from './inline.js'

/** The text a cue is read from: the whole heading or paragraph, its emphasis unwrapped. */
export function cueText(node: RootContent & {children: PhrasingContent[]}): string {
  return toString(node).replace(/\s+/g, ' ').trim()
}

/** An atelier is announced by a heading, a bold paragraph, or a short line of its own. */
export function isAnnouncement(node: RootContent, text: string): boolean {
  if (node.type === 'heading') return true
  if (node.type !== 'paragraph') return false
  if (isWrapped(node, 'strong')) return true
  return isPlainLine(node) && text.length <= 120 && /^\S+\s+\S+\s*([:.\-–—)]|$)/u.test(text)
}

/** A section title is a heading or a paragraph that is all bold ("**5. Ressources**"). */
export function isSectionTitle(node: RootContent): boolean {
  return node.type === 'heading' || (node.type === 'paragraph' && isWrapped(node, 'strong'))
}

/** Whether a paragraph's only content (white space aside) is one node of the given type. */
export function isWrapped(node: Paragraph, type: 'strong' | 'emphasis'): boolean {
  const content = node.children.filter((child) => !(child.type === 'text' && child.value.trim() === ''))
  return content.length === 1 && content[0]!.type === type
}

/** A paragraph of one line of text (formatting allowed, no line break). */
export function isPlainLine(node: Paragraph): boolean {
  return !toString(node).trim().includes('\n') && !node.children.some((child) => child.type === 'break')
}

/** The content of an all-italic paragraph (a guiding question or prompt), else undefined. */
export function italicContent(node: Paragraph, definitions: Definitions): Inline[] | undefined {
  if (!isWrapped(node, 'emphasis')) return undefined
  const emphasis = node.children.find((child) => child.type === 'emphasis')!
  return trimInlines(toInlines(emphasis.children, definitions))
}
