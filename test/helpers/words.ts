import type {Nodes} from 'mdast'
import type {Nodes as HastNodes} from 'hast'
import {fromHtml} from 'hast-util-from-html'
import {parseMarkdown} from '../../src/read/parse.js'

/** The text and comments of an HTML fragment, parsed as browsers do (attributes are not text). */
export function htmlText(html: string): string {
  const parts: string[] = []
  const visit = (node: HastNodes) => {
    if (node.type === 'text' || node.type === 'comment') parts.push(node.value)
    if ('children' in node) for (const child of node.children) visit(child)
    // <template> keeps its children in a separate fragment.
    if (node.type === 'element' && node.content) visit(node.content)
  }
  visit(fromHtml(html, {fragment: true}))
  return parts.join(' ')
}

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
  // Inline siblings are joined as they are shown, without a separator, so
  // that text split around a removed tag ("<scr<script>ipt>") reads as the
  // page reads it; blocks are separated by line breaks.
  const textOf = (node: Nodes): string => {
    const parts: string[] = []
    if (node.type === 'html') parts.push(htmlText(node.value))
    else if ('value' in node && typeof node.value === 'string') parts.push(node.value)
    if ('url' in node && typeof node.url === 'string') parts.push(` ${node.url} `)
    if ('title' in node && typeof node.title === 'string') parts.push(` ${node.title} `)
    if ('alt' in node && typeof node.alt === 'string') parts.push(` ${node.alt} `)
    if (node.type === 'footnoteReference' || node.type === 'footnoteDefinition') parts.push(` ${node.label ?? node.identifier} `)
    if (node.type === 'definition') parts.push(` ${node.label ?? node.identifier} `)
    if ('children' in node) {
      // A root's children are blocks, raw HTML blocks included.
      const inline = node.type !== 'root' && node.children.every((child) => phrasing.has(child.type))
      let joined = ''
      node.children.forEach((child, index) => {
        const previous = node.children[index - 1]
        const glued = previous && inline && isBareText(previous as Nodes) && isBareText(child as Nodes)
        joined += (index === 0 ? '' : glued ? '' : inline ? ' ' : '\n') + textOf(child as Nodes)
      })
      parts.push(joined)
    }
    return parts.join('')
  }
  return wordsOf(textOf(parseMarkdown(markdown.replace(/\r\n?/g, '\n'))))
}

/**
 * Text, or a raw tag that a renderer removes without a trace (`<script>`,
 * `<span>`): what stands on either side is shown side by side. Formatting
 * tags (`<b>`, `<sub>`…) become elements, whose boundaries split words in
 * the outputs' text.
 */
function isBareText(node: Nodes): boolean {
  if (node.type === 'text') return true
  return node.type === 'html' && !/^<\/?(b|strong|i|em|cite|s|del|strike|u|ins|sub|sup|br)\b/i.test(node.value.trim())
}

const phrasing = new Set([
  'text', 'emphasis', 'strong', 'delete', 'inlineCode', 'break', 'html', 'link', 'linkReference',
  'image', 'imageReference', 'footnoteReference',
])

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
