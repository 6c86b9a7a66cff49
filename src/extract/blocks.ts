import type {Nodes, RootContent, Table as MdastTable} from 'mdast'
import type {VFile} from 'vfile'
import {toString} from 'mdast-util-to-string'
import {warn} from '../diagnostics.js'
import type {Block, ListItem, Position, TableRow} from '../types.js'
import {type Definitions, toInlines} from './inline.js'

/** What block conversion needs besides the node. */
export interface BlockContext {
  readonly file: VFile
  readonly definitions: Definitions
}

/**
 * Converts one mdast block into domain blocks. Every node gives at least its
 * text: what has no place in a report (a footnote definition, front matter in
 * the middle of a file) becomes a paragraph, with a diagnostic.
 */
export function toBlocks(node: RootContent, context: BlockContext): Block[] {
  const position = positionOf(node)
  switch (node.type) {
    case 'paragraph':
      return [{type: 'paragraph', children: toInlines(node.children, context.definitions), ...position}]
    case 'heading':
      return [{type: 'heading', depth: node.depth, children: toInlines(node.children, context.definitions), ...position}]
    case 'list': {
      const start = node.ordered ? (node.start ?? 1) : undefined
      return [
        {
          type: 'list',
          ordered: Boolean(node.ordered),
          ...(start === undefined ? {} : {start}),
          children: node.children.map(
            (item): ListItem => ({
              type: 'listItem',
              ...(typeof item.checked === 'boolean' ? {checked: item.checked} : {}),
              children: item.children.flatMap((child) => toBlocks(child, context)),
              ...positionOf(item),
            }),
          ),
          ...position,
        },
      ]
    }
    case 'table':
      return [tableBlock(node, context)]
    case 'blockquote':
      return [{type: 'blockquote', children: node.children.flatMap((child) => toBlocks(child, context)), ...position}]
    case 'code':
      return [{type: 'code', ...(node.lang ? {lang: node.lang} : {}), value: node.value, ...position}]
    case 'thematicBreak':
      return [{type: 'thematicBreak', ...position}]
    case 'html':
      return [{type: 'htmlBlock', value: node.value, ...position}]
    case 'definition':
      // A link reference definition shows nowhere in rendered Markdown, yet
      // its URL is content of the minutes: keep it as a visible link.
      return [
        {
          type: 'paragraph',
          children: [
            {type: 'text', value: `[${node.label ?? node.identifier}]: `},
            {type: 'link', url: node.url, children: [{type: 'text', value: node.url}]},
            ...(node.title ? [{type: 'text' as const, value: ` "${node.title}"`}] : []),
          ],
          ...position,
        },
      ]
    case 'footnoteDefinition':
      return [
        {
          type: 'paragraph',
          children: [{type: 'superscript', children: [{type: 'text', value: `[${node.label ?? node.identifier}]`}]}],
          ...position,
        },
        ...node.children.flatMap((child) => toBlocks(child, context)),
      ]
    default: {
      const text = 'value' in node && typeof node.value === 'string' ? node.value : toString(node as Nodes)
      warn(context.file, 'unsupported-node', `Unexpected \`${node.type}\`, kept as a paragraph of its text`, node)
      return text.trim() === '' ? [] : [{type: 'paragraph', children: [{type: 'text', value: text}], ...position}]
    }
  }
}

function tableBlock(node: MdastTable, context: BlockContext): Block {
  const rows: TableRow[] = node.children.map((row) => ({
    type: 'tableRow',
    children: row.children.map((cell) => ({type: 'tableCell', children: toInlines(cell.children, context.definitions)})),
    ...positionOf(row),
  }))
  return {type: 'table', align: (node.align ?? []).map((align) => align ?? null), children: rows, ...positionOf(node)}
}

/** The node's position as a spreadable property, absent when the node has none. */
export function positionOf(node: {position?: Position | undefined}): {position?: Position} {
  const position = node.position
  if (!position) return {}
  return {
    position: {
      start: pointOf(position.start),
      end: pointOf(position.end),
    },
  }
}

function pointOf(point: Position['start']): Position['start'] {
  return point.offset === undefined
    ? {line: point.line, column: point.column}
    : {line: point.line, column: point.column, offset: point.offset}
}
