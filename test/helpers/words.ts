import type {Nodes} from 'mdast'
import {parseMarkdown} from '../../src/read/parse.js'

/** Words: maximal runs of letters and digits, compared case-insensitively. */
export function wordsOf(text: string): string[] {
  return (text.normalize('NFC').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [])
}

/** Counts of each word. */
export function countWords(words: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>()
  for (const word of words) counts.set(word, (counts.get(word) ?? 0) + 1)
  return counts
}

/**
 * The words of a Markdown document's content: what its text, code, raw HTML,
 * URLs, alternative texts and front matter say, as a plain parse (no repair)
 * reads them. Markup (list numbers, `#`, `|`) is not content.
 */
export function contentWords(markdown: string): string[] {
  const parts: string[] = []
  const visit = (node: Nodes) => {
    // Raw HTML's content is the text between its tags; tag and attribute
    // names are markup.
    if (node.type === 'html') parts.push(node.value.replace(/<[^>]*>/g, ' '))
    else if ('value' in node && typeof node.value === 'string') parts.push(node.value)
    if ('url' in node && typeof node.url === 'string') parts.push(node.url)
    if ('title' in node && typeof node.title === 'string') parts.push(node.title)
    if ('alt' in node && typeof node.alt === 'string') parts.push(node.alt)
    if (node.type === 'footnoteReference' || node.type === 'footnoteDefinition') parts.push(node.label ?? node.identifier)
    if (node.type === 'definition') parts.push(node.label ?? node.identifier)
    if ('children' in node) for (const child of node.children) visit(child as Nodes)
  }
  visit(parseMarkdown(markdown.replace(/\r\n?/g, '\n')))
  return wordsOf(parts.join('\n'))
}

/** The words of `expected` missing from `actual`, counting repeats: empty when nothing is lost. */
export function missingWords(expected: readonly string[], actual: readonly string[]): string[] {
  const available = countWords(actual)
  const missing: string[] = []
  for (const [word, count] of countWords(expected)) {
    const have = available.get(word) ?? 0
    if (have < count) missing.push(`${word} ×${count - have}`)
  }
  return missing
}
