/**
 * The minutes' content blocks (paragraphs, lists, tables… that are not
 * domain structure) as layout blocks, one case per node type.
 */
import type {Block as SourceBlock, Heading as SourceHeading, List as SourceList, RegisterMark, Table as SourceTable} from '../types.js'
import type {Block, Cell, Column, Heading, Inline, Level, List, Table} from './types.js'
import {nestedHeadingLevel} from './heading-level.js'
import {inlineRuns, type InlineContext} from './inline.js'
import {rawBlock} from './raw-html.js'
import {Runs, spanMark} from './runs.js'
import {largest} from '../largest.js'

/** Where blocks stand: the level of the heading that owns them, and the headings open under it. */
export interface BlockContext extends InlineContext {
  readonly ownerLevel: number
  /**
   * Source depths of the headings met so far under that heading, so that
   * `### a` then `##### b` become levels n+1 then n+2: levels follow the
   * source's nesting but never skip one (see nestedHeadingLevel).
   */
  readonly headingStack: number[]
}

/** A context for blocks owned by a heading of `level`. */
export function under(context: InlineContext, level: number): BlockContext {
  return {lang: context.lang, labels: context.labels, anchors: context.anchors, ...(context.entries ? {entries: context.entries} : {}), ownerLevel: level, headingStack: []}
}

/**
 * The visible mark on the place a register entry was written ("Décision 2",
 * "Action 3"), and the anchor the register links to: nothing is moved, the
 * place is marked.
 */
function entryMark(mark: RegisterMark | undefined, context: InlineContext): {anchor: string; marker: Inline[]} | undefined {
  const anchor = mark && context.entries?.get(mark.id)
  if (!mark || !anchor) return undefined
  const label = mark.kind === 'decision' ? context.labels.decisionMark : context.labels.actionMark
  return {anchor, marker: new Runs().text(`${label} ${mark.id.replace(/^\D+-/, '')}`, [spanMark('register-mark')]).text(' ').done()}
}

/** A run of blocks. */
export function layoutBlocks(nodes: readonly SourceBlock[], context: BlockContext): Block[] {
  const out: Block[] = []
  for (const node of nodes) out.push(...layoutBlock(node, context))
  return out
}

function layoutBlock(node: SourceBlock, context: BlockContext): Block[] {
  switch (node.type) {
    case 'paragraph': {
      // Raw HTML that sanitized to nothing leaves no empty paragraph behind.
      const content = inlineRuns(node.children, context).done()
      const marked = entryMark(node.mark, context)
      if (marked) return [{type: 'paragraph', anchor: marked.anchor, content: [...marked.marker, ...content]}]
      return content.length > 0 ? [{type: 'paragraph', content}] : []
    }
    case 'heading':
      return [heading(node, context)]
    case 'list':
      return [list(node, context)]
    case 'table':
      return [table(node, context)]
    case 'blockquote':
      return [{type: 'quote', children: layoutBlocks(node.children, context)}]
    case 'code':
      return [{type: 'code', ...(node.lang ? {lang: node.lang} : {}), value: node.value}]
    case 'thematicBreak':
      return [{type: 'rule'}]
    case 'htmlBlock':
      return rawBlock(node.value, context.anchors)
    default:
      return unknown(node)
  }
}

/** A heading the extractor left as content, at the level where it stands (see nestedHeadingLevel). */
function heading(node: SourceHeading, context: BlockContext): Heading {
  const level = nestedHeadingLevel(context.headingStack, context.ownerLevel, node.depth) as Level
  return {type: 'heading', level, content: inlineRuns(node.children, context).done()}
}

/** A list; a task item gets its box, with its state spelled out for assistive technology. */
function list(node: SourceList, context: BlockContext): List {
  const items = node.children.map((item) => {
    const content = markFirst(layoutBlocks(item.children, context), entryMark(item.mark, context))
    if (item.checked === undefined) return {content}
    const label = item.checked ? context.labels.done : context.labels.notDone
    const marker = new Runs().text(item.checked ? '☑' : '☐', [spanMark('task-box', label)]).text(' ').done()
    return {checked: item.checked, marker, content}
  })
  return {type: 'list', ordered: node.ordered, ...(node.start !== undefined ? {start: node.start} : {}), items}
}

/** An item's blocks with the mark of its entry on its first paragraph (or on a paragraph of its own before them). */
function markFirst(blocks: Block[], marked: {anchor: string; marker: Inline[]} | undefined): Block[] {
  if (!marked) return blocks
  const [first, ...rest] = blocks
  if (first?.type === 'paragraph') return [{...first, anchor: marked.anchor, content: [...marked.marker, ...first.content]}, ...rest]
  return [{type: 'paragraph', anchor: marked.anchor, content: marked.marker}, ...blocks]
}

/** A table of the minutes: the first row is the header. */
function table(node: SourceTable, context: BlockContext): Table {
  const width = largest(node.children.map((row) => row.children.length), node.align.length)
  const columns: Column[] = Array.from({length: width}, (_, index) => {
    const align = node.align[index]
    return align ? {align} : {}
  })
  const [head, ...body] = node.children
  const row = (cells: SourceTable['children'][number], header: boolean) => {
    const marked = entryMark(cells.mark, context)
    return {
      cells: cells.children.map((cell, index): Cell => {
        const content = inlineRuns(cell.children, context).done()
        const shown = marked && index === 0 ? [...marked.marker, ...content] : content
        return header ? {content: shown, header: 'col'} : {content: shown}
      }),
      ...(marked ? {anchor: marked.anchor} : {}),
    }
  }
  return {type: 'table', columns, head: head ? [row(head, true)] : [], body: body.map((cells) => row(cells, false)), foot: []}
}

/** A node type this layout does not know (a newer tree): its text, if any, as a paragraph. */
function unknown(node: never): Block[] {
  const value = (node as {value?: unknown}).value
  return typeof value === 'string' ? [{type: 'paragraph', content: new Runs().text(value).done()}] : []
}
