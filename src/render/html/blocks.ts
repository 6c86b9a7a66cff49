/**
 * Blocks of the layout to hast, one case per node type, without recursion:
 * a stack of blocks still to write, each with the children array of the
 * element it goes into.
 */
import type {Element, ElementContent, Properties} from 'hast'
import type {Block, Cell, Column, ContentsEntry, Row, Table} from '../../layout/index.js'
import {inlines, text} from './inline.js'
import {groupElements, listClasses, paragraphClasses, tableClasses} from './roles.js'

function element(tagName: string, properties: Properties, children: ElementContent[] = []): Element {
  return {type: 'element', tagName, properties, children}
}

type Task = {readonly block: Block; readonly into: ElementContent[]} | {readonly element: Element; readonly into: ElementContent[]}

/** Blocks as hast nodes, in order. */
export function blocks(nodes: readonly Block[]): ElementContent[] {
  const root: ElementContent[] = []
  const stack: Task[] = []
  const later = (children: readonly Block[], into: ElementContent[]) => {
    for (let index = children.length - 1; index >= 0; index--) stack.push({block: children[index]!, into})
  }
  later(nodes, root)
  while (stack.length > 0) {
    const task = stack.pop()!
    if ('element' in task) {
      task.into.push(task.element)
      continue
    }
    const {block, into} = task
    switch (block.type) {
      case 'heading':
        into.push(element(`h${block.level}`, anchored(block.anchor), inlines(block.content)))
        break
      case 'paragraph': {
        const className = block.role ? paragraphClasses[block.role] : undefined
        into.push(element('p', {...anchored(block.anchor), ...(className ? {className: [...className]} : {})}, inlines(block.content)))
        break
      }
      case 'facts': {
        const list = element('dl', {...anchored(block.anchor), className: [block.role === 'nested' ? 'meta-map' : 'facts']})
        into.push(list)
        const pending: Task[] = []
        for (const fact of block.items) {
          const value = element('dd', {}, inlines(fact.value))
          list.children.push(element('div', {}, [element('dt', {}, inlines(fact.term)), value]))
          for (const child of fact.blocks ?? []) pending.push({block: child, into: value.children})
        }
        for (let index = pending.length - 1; index >= 0; index--) stack.push(pending[index]!)
        break
      }
      case 'figures':
        into.push(element('ul', {...anchored(block.anchor), className: ['figures']}, block.items.map((item) =>
          element('li', {}, [element('span', {className: ['figure']}, [text(item.value)]), text(' '), element('span', {className: ['figure-label']}, [text(item.label)])]),
        )))
        break
      case 'table':
        into.push(element('div', {...anchored(block.anchor), className: ['table-wrap']}, [table(block)]))
        break
      case 'list': {
        const className = block.role ? [listClasses[block.role]] : undefined
        const properties: Properties = {...anchored(block.anchor), ...(className ? {className} : {})}
        if (block.ordered && block.start !== undefined && block.start !== 1) properties.start = block.start
        const list = element(block.ordered ? 'ol' : 'ul', properties)
        into.push(list)
        const pending: Task[] = []
        for (const item of block.items) {
          // A lone leading paragraph is unwrapped, as in a tight Markdown
          // list, so items read as one line and not as spaced paragraphs;
          // its anchor goes to the item.
          const [first, ...rest] = item.content
          const tight = first?.type === 'paragraph' && !rest.some((child) => child.type === 'paragraph')
          const li = element('li', {...(tight ? anchored(first.anchor) : {}), ...(item.checked === undefined ? {} : {className: item.checked ? ['task', 'done'] : ['task']})}, inlines(item.marker ?? []))
          list.children.push(li)
          if (tight) li.children.push(...inlines(first.content))
          for (const child of tight ? rest : item.content) pending.push({block: child, into: li.children})
        }
        for (let index = pending.length - 1; index >= 0; index--) stack.push(pending[index]!)
        break
      }
      case 'quote': {
        const quote = element('blockquote', anchored(block.anchor))
        into.push(quote)
        later(block.children, quote.children)
        break
      }
      case 'code':
        into.push(element('pre', anchored(block.anchor), [element('code', codeClass(block.lang), [text(block.value)])]))
        break
      case 'rule':
        into.push(element('hr', anchored(block.anchor)))
        break
      case 'contents':
        into.push(element('nav', {className: ['toc'], ariaLabelledBy: block.anchor}, [
          element('h2', anchored(block.anchor), inlines(block.title)),
          element('ol', {}, contentsItems(block.entries)),
        ]))
        break
      case 'group': {
        const [tag, className] = groupElements[block.role]
        const properties: Properties = className ? {className: [className]} : {}
        if (block.anchor) properties.id = block.anchor
        const group = element(tag, properties)
        into.push(group)
        later(block.children, group.children)
        break
      }
      default:
        unknown(block)
    }
  }
  return root
}

function anchored(anchor: string | undefined): Properties {
  return anchor ? {id: anchor} : {}
}

/** The contents' nested lists of links, without recursion. */
function contentsItems(entries: readonly ContentsEntry[]): ElementContent[] {
  const root: ElementContent[] = []
  const stack: {entry: ContentsEntry; into: ElementContent[]}[] = entries.map((entry) => ({entry, into: root})).reverse()
  while (stack.length > 0) {
    const {entry, into} = stack.pop()!
    const item = element('li', {}, [element('a', {href: `#${entry.target}`}, inlines(entry.content))])
    into.push(item)
    if (entry.children.length > 0) {
      const nested = element('ol', {})
      item.children.push(nested)
      for (let index = entry.children.length - 1; index >= 0; index--) stack.push({entry: entry.children[index]!, into: nested.children})
    }
  }
  return root
}

function table(node: Table): Element {
  const rows = (list: readonly Row[]) => list.map((row) => element('tr', row.anchor ? {id: row.anchor} : {}, cells(row, node.columns)))
  const children: ElementContent[] = []
  if (node.caption) children.push(element('caption', {}, inlines(node.caption)))
  if (node.head.length > 0) children.push(element('thead', {}, rows(node.head)))
  if (node.body.length > 0) children.push(element('tbody', {}, rows(node.body)))
  if (node.foot.length > 0) children.push(element('tfoot', {}, rows(node.foot)))
  return element('table', node.role ? {className: [tableClasses[node.role]]} : {}, children)
}

/** A row's cells: `th` with its scope for headers; the column's class (`num`, `align-…`) on cells that cover one column. */
function cells(row: Row, columns: readonly Column[]): ElementContent[] {
  let column = 0
  return row.cells.map((cell: Cell) => {
    const span = cell.span ?? 1
    const look = span === 1 ? columns[column] : undefined
    column += span
    const className = [
      ...(cell.role ? [cell.role] : []),
      ...(look?.numeric ? ['num'] : []),
      ...(look?.align ? [`align-${look.align}`] : []),
    ]
    const properties: Properties = className.length > 0 ? {className} : {}
    if (cell.header) properties.scope = cell.header
    if (span > 1) properties.colSpan = span
    return element(cell.header ? 'th' : 'td', properties, inlines(cell.content))
  })
}

/** `language-x` as CommonMark suggests (§4.5), restricted to a safe class token. */
function codeClass(lang: string | undefined): Properties {
  const token = lang?.replace(/[^\w+-]/g, '')
  return token ? {className: [`language-${token}`]} : {}
}

/** A node type this writer does not know (a newer layout): nothing is invented for it. */
function unknown(node: never): void {
  void node
}
