/**
 * Raw HTML from the minutes, read as an HTML parser reads it. Shared by the
 * renderers so that they agree on what its words are.
 */
import type {Nodes} from 'hast'
import {fromHtml} from 'hast-util-from-html'

/** Elements that stand on lines of their own: what is on either side is not one word. */
export const blockElements = new Set([
  'address', 'article', 'aside', 'blockquote', 'br', 'button', 'caption', 'dd', 'details', 'dialog', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'iframe',
  'img', 'input', 'label', 'legend', 'li', 'main', 'nav', 'ol', 'option', 'p', 'pre', 'section', 'select', 'summary',
  'table', 'td', 'textarea', 'th', 'tr', 'ul',
])

/**
 * The text a reader sees in a piece of raw HTML, as an HTML parser reads it
 * (character references decoded, attributes not text): a Word document
 * cannot show markup, and the tree keeps raw HTML verbatim, so this is where
 * it becomes words. Comments and the text of scripts are kept: nothing of the
 * minutes is dropped.
 */
export function htmlText(html: string): string {
  const visit = (node: Nodes): string => {
    if (node.type === 'text') return node.value
    if (node.type === 'comment') return `\n${node.value}\n`
    if (node.type !== 'element' && node.type !== 'root') return ''
    const inner = node.children.map(visit).join('') + (node.type === 'element' && node.content ? visit(node.content) : '')
    return node.type === 'element' && blockElements.has(node.tagName) ? `\n${inner}\n` : inner
  }
  return visit(fromHtml(html, {fragment: true}))
}

