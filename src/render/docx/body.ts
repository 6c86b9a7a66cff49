/**
 * The layout's blocks to the body of word/document.xml, one case per node
 * type, without recursion: a stack of blocks still to write, each with where
 * it stands (list level, quote). Anchors become bookmarks on the next
 * paragraph written; `newPage` a page break before it.
 */
import type {Block, Cell, Column, Contents, Facts, Inline, List, Table} from '../../layout/index.js'
import {inlineXml, type InlineTargets} from './inline.js'
import {Lists} from './registry.js'
import type {Bookmarks, Relationships} from './registry.js'
import type {StyleSheet} from './styles.js'
import {textWidth} from './styles.js'
import {
  bookmarkEnd, bookmarkStart, cell, fieldEnd, fieldStart, hyperlink, paragraph, rowEnd, rowStart, tabRun, tableEnd, tableStart,
  type ParagraphProperties,
} from './wml.js'
import type {XmlText} from './xml.js'

/** Where a block stands. */
interface Place {
  /** The list level of the enclosing item, -1 outside lists. */
  readonly listLevel: number
  readonly quote: boolean
}

const top: Place = {listLevel: -1, quote: false}

/** What the body writer needs and fills in. */
export interface BodyContext extends InlineTargets {
  readonly sheet: StyleSheet
  readonly lists: Lists
  /** Lay the contents out for page numbers (PAGEREF fields after each entry). */
  readonly pageNumbers: boolean
}

const paragraphStyles = {
  facilitators: 'Facilitators',
  'question-label': 'QuestionLabel',
  question: 'Question',
  prompt: 'Question',
  'attendance-title': 'TableCaption',
  roles: 'Facilitators',
  round: 'Subtitle',
} as const

/** Writes `blocks` into `out`. */
export function writeBody(blocks: readonly Block[], context: BodyContext, out: XmlText): void {
  const pending = {anchors: [] as string[], newPage: false}
  const {bookmarks} = context

  /** A paragraph, carrying the anchors and page break waiting for it. */
  const emit = (props: ParagraphProperties, content: string, anchor?: string) => {
    if (anchor) pending.anchors.push(anchor)
    let starts = ''
    let ends = ''
    for (const name of pending.anchors) {
      const id = bookmarks.id()
      starts += bookmarkStart(id, bookmarks.name(name))
      ends += bookmarkEnd(id)
    }
    const withBreak = pending.newPage ? {...props, pageBreakBefore: true} : props
    pending.anchors = []
    pending.newPage = false
    out.push(paragraph(withBreak, `${starts}${content}${ends}`))
  }
  const indent = (place: Place): number | undefined => {
    const step = context.sheet.lists.indent
    return place.listLevel >= 0 ? step * (place.listLevel + 1) + (place.quote ? step : 0) : undefined
  }
  const body = (place: Place, style?: string): ParagraphProperties => {
    const left = indent(place)
    return {...(place.quote ? {style: 'BlockQuote'} : style ? {style} : {}), ...(left === undefined ? {} : {indentLeft: left})}
  }

  const stack: Task[] = []
  const later = (tasks: readonly Task[]) => {
    for (let index = tasks.length - 1; index >= 0; index--) stack.push(tasks[index]!)
  }
  const blocksOf = (children: readonly Block[], place: Place): Task[] => children.map((block) => ({block, place}))
  later(blocksOf(blocks, top))
  while (stack.length > 0) {
    const task = stack.pop()!
    if ('props' in task) {
      emit(task.props, task.content, task.anchor)
      continue
    }
    const {block, place} = task
    switch (block.type) {
      case 'heading':
        if (block.newPage) pending.newPage = true
        emit({style: block.level === 1 ? 'Title' : `Heading${block.level - 1}`}, inlineXml(block.content, context), block.anchor)
        break
      case 'paragraph':
        emit(body(place, block.role ? paragraphStyles[block.role] : undefined), inlineXml(block.content, context), block.anchor)
        break
      case 'facts':
        later(facts(block, place, context))
        break
      case 'figures': {
        const content: Inline[] = []
        block.items.forEach((item, index) => {
          if (index > 0) content.push({type: 'text', value: '   ·   ', marks: []})
          content.push({type: 'text', value: item.value, marks: [{type: 'strong'}]}, {type: 'text', value: ` ${item.label}`, marks: []})
        })
        emit({style: 'KeyFigures'}, inlineXml(content, context), block.anchor)
        break
      }
      case 'table':
        table(block, place, emit, pending, context, out)
        break
      case 'list':
        later(listItems(block, place, context))
        break
      case 'quote':
        if (block.anchor) pending.anchors.push(block.anchor)
        later(blocksOf(block.children, {...place, quote: true}))
        break
      case 'code': {
        const lines = block.value.split(/\r\n?|\n/)
        const left = indent(place)
        lines.forEach((line, index) => {
          emit({
            style: 'SourceCode',
            ...(index === lines.length - 1 ? {spaceAfter: 160} : {}),
            ...(left === undefined ? {} : {indentLeft: left}),
          }, inlineXml([{type: 'text', value: line, marks: []}], context), index === 0 ? block.anchor : undefined)
        })
        break
      }
      case 'rule':
        emit({rule: true}, '', block.anchor)
        break
      case 'contents':
        contents(block, emit, context, out)
        break
      case 'group':
        if (block.anchor) pending.anchors.push(block.anchor)
        if (block.newPage) pending.newPage = true
        later(blocksOf(block.children, place))
        break
      default:
        unknown(block)
    }
  }
  // Anchors left with nothing after them still get their bookmark.
  if (pending.anchors.length > 0) emit({}, '')
}

/** A block to write where it stands, or a paragraph already made. */
type Task =
  | {readonly block: Block; readonly place: Place}
  | {readonly props: ParagraphProperties; readonly content: string; readonly anchor?: string}

type Emit = (props: ParagraphProperties, content: string, anchor?: string) => void

/**
 * Facts as "Term : value" lines in the Subtitle style, the term in the
 * Label character style, each followed by its blocks (a list, nested facts).
 */
function facts(block: Facts, place: Place, context: BodyContext): Task[] {
  const tasks: Task[] = []
  const left = block.role === 'nested' ? context.sheet.lists.indent : undefined
  block.items.forEach((fact, index) => {
    const term: Inline[] = [{type: 'text', value: `${textOf(fact.term)}${block.separator}`, marks: []}]
    tasks.push({
      props: {style: 'Subtitle', ...(left === undefined ? {} : {indentLeft: left})},
      content: `${inlineXml(term, context, {style: 'Label'})}${inlineXml(fact.value, context)}`,
      ...(index === 0 && block.anchor ? {anchor: block.anchor} : {}),
    })
    for (const child of fact.blocks ?? []) tasks.push({block: child, place})
  })
  return tasks
}

function textOf(content: readonly Inline[]): string {
  return content.map((run) => (run.type === 'text' ? run.value : ' ')).join('')
}

/**
 * A real Word list: each item's first paragraph numbered (bullets share one
 * numbering; each numbered list has its own, so it counts from its own
 * start), its other blocks one level deeper, aligned under its text.
 */
function listItems(block: List, place: Place, context: BodyContext): Task[] {
  const level = Math.min(8, place.listLevel + 1)
  const id = block.ordered ? context.lists.numbered(level, block.start ?? 1) : Lists.bullet
  const style = place.quote ? 'BlockQuote' : block.role === 'link-list' ? 'AnnexEntry' : 'ListParagraph'
  const inner: Place = {...place, listLevel: level}
  const tasks: Task[] = []
  block.items.forEach((item, index) => {
    const [first, ...rest] = item.content
    const lead = first?.type === 'paragraph' ? first.content : []
    tasks.push({
      props: {style, numbering: {level, id}},
      content: inlineXml([...(item.marker ?? []), ...lead], context),
      ...(index === 0 && block.anchor ? {anchor: block.anchor} : {}),
    })
    for (const child of first?.type === 'paragraph' ? rest : item.content) tasks.push({block: child, place: inner})
  })
  return tasks
}

function contents(block: Contents, emit: Emit, context: BodyContext, out: XmlText): void {
  emit({style: 'ContentsHeading'}, inlineXml(block.title, context), block.anchor)
  const entries: {entry: Contents['entries'][number]; depth: number}[] = []
  const stack = block.entries.map((entry) => ({entry, depth: 0})).reverse()
  while (stack.length > 0) {
    const next = stack.pop()!
    entries.push(next)
    for (let index = next.entry.children.length - 1; index >= 0; index--) stack.push({entry: next.entry.children[index]!, depth: next.depth + 1})
  }
  const deepest = entries.reduce((most, {depth}) => Math.max(most, depth), 0) + 1
  // TOC field switches (ECMA-376 §17.16.5.68): \o headings 1–n, \h entries
  // as hyperlinks; \n no page numbers, unless they are laid out.
  const instruction = `TOC \\o "1-${deepest}" \\h${context.pageNumbers ? '' : ` \\n "1-${deepest}"`}`
  let xml = '<w:sdt><w:sdtPr><w:docPartObj><w:docPartGallery w:val="Table of Contents"/><w:docPartUnique/></w:docPartObj></w:sdtPr><w:sdtContent>'
  const width = textWidth(context.sheet)
  entries.forEach(({entry, depth}, index) => {
    const bookmark = context.bookmarks.name(entry.target)
    let content = inlineXml(entry.content, context)
    if (context.pageNumbers) content += `${tabRun()}${fieldStart(`PAGEREF ${bookmark} \\h`)}${fieldEnd()}`
    xml += paragraph(
      {style: `TOC${depth + 1}`, ...(context.pageNumbers ? {rightTab: width} : {})},
      `${index === 0 ? fieldStart(instruction) : ''}${hyperlink({bookmark}, content)}`,
    )
  })
  if (entries.length === 0) xml += paragraph({}, fieldStart(instruction))
  xml += `${paragraph({}, fieldEnd())}</w:sdtContent></w:sdt>`
  out.push(xml)
}

/**
 * A Word table: caption paragraph, then a fixed grid whose widths follow
 * the columns' content, a header row that repeats on every page, banded
 * body rows, footer rows in bold; no row splits across pages.
 */
function table(block: Table, place: Place, emit: Emit, pending: {anchors: string[]; newPage: boolean}, context: BodyContext, out: XmlText): void {
  if (block.caption) emit({style: 'TableCaption', keepNext: true}, inlineXml(block.caption, context), block.anchor)
  else if (block.anchor || pending.anchors.length > 0 || pending.newPage) emit({}, '', block.anchor)
  const rows = [...block.head, ...block.body, ...block.foot]
  const count = rows.reduce((most, row) => Math.max(most, row.cells.reduce((sum, one) => sum + (one.span ?? 1), 0)), block.columns.length)
  const widths = columnWidths(block, count, textWidth(context.sheet) - (indentOf(place, context) ?? 0))
  const look = context.sheet.table
  out.push(tableStart(widths, look))
  const row = (cells: readonly Cell[], kind: 'head' | 'body' | 'band' | 'foot', anchor?: string) => {
    let xml = rowStart(kind === 'head')
    let column = 0
    // A row others link to: a bookmark around its first cell's text.
    let bookmark = anchor === undefined ? undefined : {id: context.bookmarks.id(), name: context.bookmarks.name(anchor)}
    const fill = kind === 'head' ? look.headerFill : kind === 'band' ? look.bandFill : undefined
    for (const one of cells) {
      const span = Math.min(one.span ?? 1, count - column)
      if (span <= 0) break
      // A cell over several columns takes none of their alignment (as in HTML).
      xml += cell(sum(widths, column, span), span, fill, cellParagraph(one, span === 1 ? block.columns[column] : undefined, kind, context, bookmark))
      bookmark = undefined
      column += span
    }
    for (; column < count; column++) xml += cell(widths[column]!, 1, fill, cellParagraph({content: []}, block.columns[column], kind, context))
    return `${xml}${rowEnd}`
  }
  for (const cells of block.head) out.push(row(cells.cells, 'head'))
  block.body.forEach((cells, index) => out.push(row(cells.cells, index % 2 === 1 ? 'band' : 'body', cells.anchor)))
  for (const cells of block.foot) out.push(row(cells.cells, 'foot'))
  out.push(tableEnd)
}

function indentOf(place: Place, context: BodyContext): number | undefined {
  const step = context.sheet.lists.indent
  return place.listLevel >= 0 ? step * (place.listLevel + 1) : undefined
}

function sum(widths: readonly number[], from: number, span: number): number {
  let total = 0
  for (let index = from; index < from + span; index++) total += widths[index] ?? 0
  return total
}

function cellParagraph(one: Cell, column: Column | undefined, kind: 'head' | 'body' | 'band' | 'foot', context: BodyContext, bookmark?: {id: number; name: string}): string {
  const align = column?.numeric ? 'right' : column?.align
  const content = inlineXml(one.content, context, kind === 'foot' ? {bold: true} : {})
  return paragraph(
    {style: kind === 'head' ? 'TableHeading' : 'TableText', ...(align ? {align} : {})},
    bookmark ? `${bookmarkStart(bookmark.id, bookmark.name)}${content}${bookmarkEnd(bookmark.id)}` : content,
  )
}

/**
 * Column widths in twentieths of a point, adding up to `total`: in
 * proportion to the longest text of each column (sampled over the first
 * rows; between 4 and 40 characters, header text counted a fifth wider as
 * it is bold, plus room for the cell's margins), so a number column stays
 * narrow but keeps its heading on one line, and an organization column
 * gets room.
 */
function columnWidths(block: Table, count: number, total: number): number[] {
  const longest = Array.from({length: count}, () => 4)
  const measure = (rows: readonly Table['body'][number][], scale: number) => {
    for (const row of rows) {
      let column = 0
      for (const one of row.cells) {
        const span = one.span ?? 1
        if (span === 1 && column < count) longest[column] = Math.max(longest[column]!, Math.min(40, Math.ceil(textOf(one.content).length * scale)))
        column += span
      }
    }
  }
  measure(block.head, 1.2)
  measure([...block.body.slice(0, 200), ...block.foot], 1)
  const weights = longest.map((value) => value + 2)
  const weight = weights.reduce((all, value) => all + value, 0)
  const widths = weights.map((value) => Math.floor((total * value) / weight))
  widths[widths.length - 1]! += total - widths.reduce((all, value) => all + value, 0)
  return widths
}

/** A block type this writer does not know (a newer layout): nothing is invented for it. */
function unknown(node: never): void {
  void node
}

