import {Paragraph, type FileChild, type ParagraphChild} from 'docx'
import type {Block, Code, List, Table as TableNode} from '../../types.js'
import type {DocxContext} from './context.js'
import {renderInlines, runs} from './inlines.js'
import {orderedLevels, textWidth} from './styles.js'
import {wordTable} from './tables.js'
import {htmlText} from './text.js'
import {largest} from '../../largest.js'
import {nestedHeadingLevel} from '../heading-level.js'

/** Where blocks stand: below which heading, how deep in lists and quotes. */
export interface BlockScope {
  /** The level of the heading the blocks belong to (1 = chapter). */
  readonly headingLevel: number
  /** The list level of the enclosing item, -1 outside lists. */
  readonly listLevel: number
  readonly quote: boolean
  /** Source depths of the headings open under the owning heading (see nestedHeadingLevel). */
  readonly headingStack: number[]
}

export const topScope = (headingLevel: number): BlockScope => ({headingLevel, listLevel: -1, quote: false, headingStack: []})

/** Word elements for a run of blocks, in order. */
export function renderBlocks(blocks: readonly Block[], context: DocxContext, scope: BlockScope): FileChild[] {
  return blocks.flatMap((block) => renderBlock(block, context, scope))
}

function renderBlock(block: Block, context: DocxContext, scope: BlockScope): FileChild[] {
  switch (block.type) {
    case 'paragraph':
      return [paragraph(renderInlines(block.children), context, scope)]
    case 'heading': {
      const level = nestedHeadingLevel(scope.headingStack, scope.headingLevel, block.depth)
      return [new Paragraph({style: `Heading${level}`, children: renderInlines(block.children)})]
    }
    case 'list':
      return renderList(block, context, scope)
    case 'table':
      return [renderTable(block, context)]
    case 'blockquote':
      return renderBlocks(block.children, context, {...scope, quote: true})
    case 'code':
      return renderCode(block, context, scope)
    case 'thematicBreak':
      return [new Paragraph({thematicBreak: true, children: []})]
    case 'htmlBlock':
      return htmlText(block.value)
        .split('\n')
        .filter((line) => line.trim() !== '')
        .map((line) => paragraph(runs(line.trim()), context, scope))
  }
}

/** A body paragraph: quoted, or aligned under its list item's text. */
function paragraph(children: ParagraphChild[], context: DocxContext, scope: BlockScope): Paragraph {
  return new Paragraph({
    ...(scope.quote ? {style: 'BlockQuote'} : {}),
    ...(scope.listLevel >= 0 ? {indent: {left: indentOf(context, scope)}} : {}),
    children,
  })
}

/** The indent of a list item's text (as in styles.ts's levels), plus the quote's. */
function indentOf(context: DocxContext, scope: BlockScope): number {
  const step = context.sheet.lists.indent
  return step * (scope.listLevel + 1) + (scope.quote ? step : 0)
}

/**
 * A real Word list. Bullets share one definition; every ordered list gets a
 * definition keyed by its level and start, and an `instance` of its own, so it
 * counts from its own start number (OOXML `w:num` with `w:startOverride`).
 */
function renderList(list: List, context: DocxContext, scope: BlockScope): FileChild[] {
  const level = Math.min(8, scope.listLevel + 1)
  const look = context.sheet.lists
  const start = list.start ?? 1
  const numbering = list.ordered
    ? {
        reference: {reference: `ordered-${level}-${start}`, levels: orderedLevels(look, level, start)},
        level,
        instance: context.nextListInstance(),
      }
    : {reference: 'bullet', level}
  const inner: BlockScope = {...scope, listLevel: level}
  return list.children.flatMap((item) => {
    const [first, ...rest] = item.children
    const box = item.checked === undefined ? [] : runs(item.checked ? '☒ ' : '☐ ')
    const lead = first?.type === 'paragraph' ? renderInlines(first.children) : []
    const marked = new Paragraph({
      ...(scope.quote ? {style: 'BlockQuote'} : {}),
      numbering,
      children: [...box, ...lead],
    })
    const following = first?.type === 'paragraph' ? rest : item.children
    return [marked, ...renderBlocks(following, context, inner)]
  })
}

function renderTable(table: TableNode, context: DocxContext): FileChild {
  const [head, ...body] = table.children
  const columns = largest(table.children.map((row) => row.children.length), 1)
  const cells = (row: TableNode['children'][number] | undefined) =>
    Array.from({length: columns}, (_, index) => renderInlines(row?.children[index]?.children ?? []))
  return wordTable({
    header: cells(head),
    rows: body.map(cells),
    widths: Array.from({length: columns}, () => 1),
    width: textWidth(context.sheet),
    align: table.align,
  }, context.sheet.table)
}

/** Code keeps its lines and spaces: one paragraph per line, in a monospace style. */
function renderCode(code: Code, context: DocxContext, scope: BlockScope): FileChild[] {
  const language = code.lang ? [new Paragraph({style: 'CodeLanguage', children: runs(code.lang)})] : []
  const lines = code.value.split(/\r\n?|\n/)
  return [
    ...language,
    ...lines.map((line, index) => new Paragraph({
      style: 'SourceCode',
      ...(scope.listLevel >= 0 ? {indent: {left: indentOf(context, scope)}} : {}),
      ...(index === lines.length - 1 ? {spacing: {after: 160}} : {}),
      children: runs(line),
    })),
  ]
}
