/**
 * Minutes exported from a word processor or a wiki come as raw HTML inside
 * the .md file: `<h2>1. Vision</h2>`, `<p><strong>Présents :</strong> …</p>`.
 * CommonMark keeps each such block as one `html` node (spec §4.6), which
 * the extractor cannot read. A block made only of document structure and
 * formatting (no script, style, embedded object, comment or unsafe link) is
 * sanitized with hast-util-sanitize and turned into mdast with
 * hast-util-to-mdast, so that it is understood exactly as the same Markdown
 * would be. Any other block stays raw HTML, for the renderers to sanitize.
 */
import type {Element, Nodes as HastNodes, Root as HastRoot} from 'hast'
import type {Nodes, PhrasingContent, Root, RootContent, Text} from 'mdast'
import type {Point} from 'unist'
import type {VFile} from 'vfile'
import {fromHtml} from 'hast-util-from-html'
import {sanitize, type Schema} from 'hast-util-sanitize'
import {toMdast, type Handle, type State} from 'hast-util-to-mdast'
import {phrasing} from 'mdast-util-phrasing'

/** Elements of document structure and formatting: what a block may hold to be converted. */
const structure = [
  'p', 'div', 'span', 'section', 'article', 'header', 'footer', 'main', 'aside', 'nav', 'center', 'font', 'details', 'summary',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'blockquote', 'pre', 'code', 'hr', 'br',
  'table', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td', 'caption', 'colgroup', 'col',
  'a', 'strong', 'b', 'em', 'i', 'cite', 'u', 'ins', 's', 'del', 'strike', 'sub', 'sup', 'small', 'mark', 'abbr', 'q', 'kbd', 'samp', 'var', 'tt',
]
const allowed = new Set(structure)

const schema: Schema = {
  tagNames: structure,
  attributes: {a: ['href', 'title'], ol: ['start'], td: ['align'], th: ['align'], abbr: ['title']},
  protocols: {href: ['http', 'https', 'mailto']},
  clobber: [],
  clobberPrefix: '',
  required: {},
  strip: [],
  allowComments: false,
  allowDoctypes: false,
}

/** Our extension nodes for formatting mdast has no type for (as the inline-html repair makes them). */
const extensionHandlers: Record<string, Handle> = Object.fromEntries(
  ([['u', 'underline'], ['ins', 'underline'], ['sub', 'subscript'], ['sup', 'superscript'], ['cite', 'emphasis']] as const).map(([tag, type]) => [
    tag,
    (state: State, node: Element) => {
      const result = {type, children: state.all(node)} as unknown as Nodes
      state.patch(node, result)
      return result
    },
  ]),
) as Record<string, Handle>

export function convertHtmlBlocks(tree: Root, file: VFile): void {
  void file
  if (!tree.children.some((node) => node.type === 'html')) return
  const children: RootContent[] = []
  for (const node of tree.children) {
    if (node.type !== 'html') {
      children.push(node)
      continue
    }
    const converted = convert(node.value, node.position?.start)
    if (converted) children.push(...converted)
    else children.push(node)
  }
  tree.children = children
}

/** The block as mdast, or undefined when it holds anything but structure and formatting. */
function convert(html: string, start: Point | undefined): RootContent[] | undefined {
  const hast = fromHtml(html, {fragment: true})
  if (!isStructureOnly(hast)) return undefined
  const clean = sanitize(hast, schema) as HastRoot
  const mdast = toMdast(clean, {handlers: extensionHandlers}) as Root
  // A lone `<br>` between paragraphs is spacing, not a word.
  const blocks = inParagraphs(mdast.children.filter((child) => child.type !== 'break'))
  if (start) for (const child of blocks) shift(child, start)
  return blocks
}

/**
 * Runs of phrasing content left at the top (`<b>ordre du jour</b> : …`
 * between two `<br>`) as paragraphs: text stands in a block in mdast.
 */
function inParagraphs(nodes: readonly RootContent[]): RootContent[] {
  const blocks: RootContent[] = []
  let run: PhrasingContent[] = []
  const close = () => {
    // Line ends and spaces around the run are the HTML's layout, not words.
    while (run[0]?.type === 'text' && run[0].value.trim() === '') run.shift()
    while (run.at(-1)?.type === 'text' && (run.at(-1) as Text).value.trim() === '') run.pop()
    const start = run[0]?.position?.start
    const end = run.at(-1)?.position?.end
    if (run.length > 0) blocks.push({type: 'paragraph', children: run, ...(start && end ? {position: {start: {...start}, end: {...end}}} : {})})
    run = []
  }
  for (const node of nodes) {
    if (phrasing(node)) run.push(node as PhrasingContent)
    else {
      close()
      blocks.push(node)
    }
  }
  close()
  return blocks
}

/** Whether a parsed block holds only allowed elements, text and safe links. */
function isStructureOnly(tree: HastRoot): boolean {
  const stack: HastNodes[] = [tree]
  let elements = 0
  while (stack.length > 0) {
    const node = stack.pop()!
    if (node.type === 'comment' || node.type === 'doctype') return false
    if (node.type === 'element') {
      if (!allowed.has(node.tagName)) return false
      elements++
      const href = node.tagName === 'a' ? node.properties.href : undefined
      if (href !== undefined && !isSafeHref(String(href))) return false
    }
    if ('children' in node) stack.push(...node.children)
  }
  return elements > 0
}

/** Web and mail links, or relative ones (no scheme before the first `/`, `?` or `#`). */
function isSafeHref(href: string): boolean {
  // eslint-disable-next-line no-control-regex
  const url = href.replace(/[\u0000-\u0020]/g, '')
  if (/^(?:https?|mailto):/i.test(url)) return true
  const colon = url.indexOf(':')
  const stop = url.search(/[/?#]/)
  return colon === -1 || (stop !== -1 && stop < colon)
}

/** Moves a converted subtree's positions from the HTML string to where the block stands in the file. */
function shift(node: Nodes, start: Point): void {
  const stack: Nodes[] = [node]
  const move = (point: Point): Point => ({
    line: point.line + start.line - 1,
    column: point.line === 1 ? point.column + start.column - 1 : point.column,
    ...(point.offset === undefined || start.offset === undefined ? {} : {offset: point.offset + start.offset}),
  })
  while (stack.length > 0) {
    const current = stack.pop()!
    if (current.position) current.position = {start: move(current.position.start), end: move(current.position.end)}
    if ('children' in current) stack.push(...(current.children as Nodes[]))
  }
}
