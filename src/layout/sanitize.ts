/**
 * Raw HTML from the minutes (`Html` and `HtmlBlock` nodes), parsed as a
 * fragment and cleaned with hast-util-sanitize against a narrow allow-list.
 *
 * The repair step already turned b/strong/i/em/u/sub/sup/s/del/br into typed
 * nodes; what reaches us is whatever else an author pasted. Everything not
 * listed here is unwrapped (its text stays) or, for elements whose content is
 * code or markup rather than prose, removed with its content.
 */
import type {Element, ElementContent, Nodes, Root} from 'hast'
import {fromHtml} from 'hast-util-from-html'
import {sanitize, type Schema} from 'hast-util-sanitize'
import {classifyUrl} from './url.js'

/** Elements that stand on lines of their own: what is on either side is not one word. */
const blockElements = new Set([
  'address', 'article', 'aside', 'blockquote', 'br', 'button', 'caption', 'dd', 'details', 'dialog', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'iframe',
  'img', 'input', 'label', 'legend', 'li', 'main', 'nav', 'ol', 'option', 'p', 'pre', 'section', 'select', 'summary',
  'table', 'td', 'textarea', 'th', 'tr', 'ul',
])

const phrasing = ['a', 'b', 'strong', 'i', 'em', 'u', 's', 'del', 'ins', 'sub', 'sup', 'br', 'code', 'mark', 'small', 'abbr']
const blocks = ['p', 'ul', 'ol', 'li', 'blockquote', 'pre']

/**
 * Elements removed together with their content: embedded documents and
 * objects whose children are not text a reader could see. Every other
 * element that is not allowed, `<script>` and `<style>` included, is
 * unwrapped: its markup goes, its text stays as plain, escaped text, because
 * nothing of the minutes may be lost and text can run nowhere.
 */
const stripped = ['iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'select', 'head', 'meta', 'link', 'base']

function schema(tagNames: readonly string[]): Schema {
  return {
    tagNames: [...tagNames],
    // Only `href` and `title` on links and `title` on abbreviations: no
    // `id`/`name` (DOM clobbering), no `class`, no `style`, no `on*`.
    attributes: {a: ['href', 'title'], abbr: ['title']},
    protocols: {href: ['http', 'https', 'mailto']},
    strip: stripped,
    clobber: [],
    clobberPrefix: '',
    required: {},
    ancestors: {li: ['ul', 'ol']},
    allowComments: false,
    allowDoctypes: false,
  }
}

/** Phrasing content only: what may sit inside a paragraph. */
const inlineSchema: Schema = schema(phrasing)
/** Phrasing content inside a link: no nested `<a>` (HTML forbids interactive content in `a`). */
const inlineInLinkSchema: Schema = schema(phrasing.filter((name) => name !== 'a'))
/** A raw HTML block: phrasing plus paragraphs, lists and quotes. */
const blockSchema: Schema = schema([...phrasing, ...blocks])

/** Raw HTML as safe hast nodes; `inLink` forbids anchors. */
export function sanitizeHtml(value: string, context: 'inline' | 'inline-in-link' | 'block'): ElementContent[] {
  const tree = fromHtml(value, {fragment: true})
  commentsToText(tree)
  const schema = context === 'block' ? blockSchema : context === 'inline' ? inlineSchema : inlineInLinkSchema
  separateBlocks(tree, new Set(schema.tagNames ?? []))
  const clean = sanitize(tree, schema)
  const children = clean.type === 'root' ? clean.children : [clean]
  const root: Root = {type: 'root', children: children.filter((child) => child.type !== 'doctype')}
  hardenLinks(root)
  return root.children as ElementContent[]
}

/**
 * Unwrapping `<summary>Détails</summary>contenu` would glue "Détailscontenu":
 * a block-level element about to be unwrapped gets a line break on each side
 * of its content first (HTML shows it as a space).
 */
function separateBlocks(node: Nodes, allowed: ReadonlySet<string>): void {
  if (node.type !== 'element' && node.type !== 'root') return
  for (const child of node.children) separateBlocks(child, allowed)
  if (node.type === 'element' && blockElements.has(node.tagName) && !allowed.has(node.tagName) && node.children.length > 0) {
    node.children = [{type: 'text', value: '\n'}, ...node.children, {type: 'text', value: '\n'}]
  }
}

/**
 * An HTML comment in minutes is a note its author left; it is shown as text
 * rather than dropped, on a line of its own: its first and last words are
 * not part of the words around it.
 */
function commentsToText(node: Nodes): void {
  if (node.type !== 'element' && node.type !== 'root') return
  node.children = node.children.map((child) =>
    child.type === 'comment' ? {type: 'text', value: `\n${child.value}\n`} : (commentsToText(child), child),
  ) as typeof node.children
}

/**
 * Adds `rel="noopener noreferrer"` to links that leave the page, drops hrefs
 * our own URL check refuses, and unwraps links left without text (e.g. an
 * `<a>` around a removed `<img>`): an empty link is announced as nothing.
 */
function hardenLinks(node: Nodes): void {
  if (node.type !== 'element' && node.type !== 'root') return
  const children: ElementContent[] = []
  for (const child of node.children as ElementContent[]) {
    if (child.type !== 'element') {
      children.push(child)
      continue
    }
    hardenLinks(child)
    if (child.tagName === 'a') hardenLink(child)
    if (child.tagName === 'a' && !textOf(child).trim()) children.push(...child.children)
    else children.push(child)
  }
  node.children = children
}

function textOf(node: Nodes): string {
  if (node.type === 'text') return node.value
  return 'children' in node ? node.children.map(textOf).join('') : ''
}

function hardenLink(node: Element): void {
  const href = node.properties.href
  if (typeof href !== 'string') {
    delete node.properties.href
    return
  }
  const kind = classifyUrl(href)
  if (kind === 'unsafe') delete node.properties.href
  else if (kind === 'external') node.properties.rel = ['noopener', 'noreferrer']
}

