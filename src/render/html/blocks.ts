/**
 * Block nodes of the domain tree to hast, one handler per node type.
 */
import type {ElementContent} from 'hast'
import {h} from 'hastscript'
import type {Align, Block, Heading, List, ListItem, Table} from '../../types.js'
import type {RenderContext} from './context.js'
import {inlines, text} from './inline.js'
import {sanitizeHtml} from './sanitize.js'
import {nestedHeadingLevel} from '../heading-level.js'

/** Renders a run of blocks. */
export function blocks(nodes: readonly Block[], context: RenderContext): ElementContent[] {
  return nodes.flatMap((node) => block(node, context))
}

/** Renders one block. */
export function block(node: Block, context: RenderContext): ElementContent[] {
  switch (node.type) {
    case 'paragraph': {
      // Raw HTML that sanitized to nothing leaves no empty paragraph behind.
      const content = inlines(node.children, context)
      return content.length > 0 ? [h('p', content)] : []
    }
    case 'heading':
      return [heading(node, context)]
    case 'list':
      return [list(node, context)]
    case 'table':
      return [table(node, context)]
    case 'blockquote':
      return [h('blockquote', blocks(node.children, context))]
    case 'code':
      return [h('pre', h('code', {className: codeClass(node.lang)}, text(node.value)))]
    case 'thematicBreak':
      return [h('hr')]
    case 'htmlBlock': {
      const content = sanitizeHtml(node.value, 'block')
      return content.length > 0 ? [h('div.raw-html', content)] : []
    }
    default:
      return unknown(node)
  }
}

/** A heading the extractor left as content, at the level where it stands (see nestedHeadingLevel). */
function heading(node: Heading, context: RenderContext): ElementContent {
  const level = nestedHeadingLevel(context.headingStack, context.headingLevel, node.depth)
  return h(`h${level}`, inlines(node.children, context))
}

function list(node: List, context: RenderContext): ElementContent {
  const items = node.children.map((item) => listItem(item, context))
  if (!node.ordered) return h('ul', items)
  const start = node.start !== undefined && node.start !== 1 ? node.start : undefined
  return h('ol', {start}, items)
}

/**
 * A list item. A lone leading paragraph is unwrapped, as in a tight Markdown
 * list, so items read as one line and not as spaced paragraphs.
 */
function listItem(node: ListItem, context: RenderContext): ElementContent {
  const [first, ...rest] = node.children
  const content: ElementContent[] =
    first?.type === 'paragraph' && !rest.some((child) => child.type === 'paragraph')
      ? [...inlines(first.children, context), ...blocks(rest, context)]
      : blocks(node.children, context)
  if (node.checked === undefined) return h('li', content)
  // A glyph, not a disabled `<input>`: the state is read, never edited.
  const box = h(
    'span.task-box',
    {role: 'img', ariaLabel: node.checked ? context.labels.done : context.labels.notDone},
    node.checked ? '☑' : '☐',
  )
  return h('li.task', {className: node.checked ? ['done'] : undefined}, [box, text(' '), ...content])
}

function table(node: Table, context: RenderContext): ElementContent {
  const [head, ...body] = node.children
  const cell = (tag: 'th' | 'td', index: number, children: ElementContent[]) =>
    h(tag, {scope: tag === 'th' ? 'col' : undefined, className: alignClass(node.align[index])}, children)
  const rows: ElementContent[] = []
  if (head) {
    rows.push(h('thead', h('tr', head.children.map((c, i) => cell('th', i, inlines(c.children, context))))))
  }
  if (body.length > 0) {
    rows.push(h('tbody', body.map((row) => h('tr', row.children.map((c, i) => cell('td', i, inlines(c.children, context)))))))
  }
  return h('div.table-wrap', h('table', rows))
}

function alignClass(align: Align | undefined): string[] | undefined {
  return align ? [`align-${align}`] : undefined
}

/** `language-x` as CommonMark suggests (§4.5), restricted to a safe class token. */
function codeClass(lang: string | undefined): string[] | undefined {
  const token = lang?.replace(/[^\w+-]/g, '')
  return token ? [`language-${token}`] : undefined
}

function unknown(node: never): ElementContent[] {
  const value = (node as {value?: unknown}).value
  return typeof value === 'string' ? [h('p', [text(value)])] : []
}
