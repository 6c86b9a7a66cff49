import type {Code, Paragraph, Root, RootContent, Table, TableCell, TableRow} from 'mdast'
import type {VFile} from 'vfile'
import {largest} from '../largest.js'

/**
 * Participants lists pasted from a spreadsheet are tab-separated lines. When
 * the header line starts with a tab, CommonMark reads it as an indented code
 * block (spec §4.4: a tab is four columns of indentation) and the rows as one
 * paragraph. Both become one GFM-shaped `table` node again, marked
 * `data.tabSeparated`. A tab-separated paragraph with no code header becomes
 * a table too, and so does an indented code block made only of such lines.
 */
export function tabTables(tree: Root, file: VFile): void {
  const children: RootContent[] = []
  const nodes = tree.children
  for (let index = 0; index < nodes.length; index++) {
    const node = nodes[index]!
    const next = nodes[index + 1]
    if (node.type === 'code' && isIndentedTabLines(node, file)) {
      const header = splitRow(node.value.split('\n')[0]!)
      const codeLine = node.position?.start.line
      const codeRows = node.value
        .split('\n')
        .map((text, index) => ({text, line: codeLine === undefined ? undefined : codeLine + index}))
        .slice(1)
        .filter((row) => row.text.trim() !== '')
      const paragraphRows = next?.type === 'paragraph' ? tabLinesOf(next) : undefined
      const rows = [...codeRows, ...(paragraphRows ?? [])]
      const lines = rows.map((row) => row.text)
      // The header lost its leading tab to the code indentation: when most
      // rows start with a number and the header does not, that tab stood for
      // an empty "number" header cell.
      const numbered = lines.filter((line) => /^\d+$/.test(splitRow(line)[0] ?? '')).length > lines.length / 2
      const cells = numbered && !/^\d+$/.test(header[0] ?? '') ? ['', ...header] : header
      const end = paragraphRows ? next!.position?.end : node.position?.end
      children.push(
        makeTable(
          [{cells, line: codeLine}, ...rows.map((row) => ({cells: splitRow(row.text), line: row.line}))],
          node.position && end && {start: node.position.start, end},
        ),
      )
      if (paragraphRows) index++
      continue
    }
    if (node.type === 'paragraph') {
      const lines = tabLinesOf(node)
      if (lines && lines.length >= 2) {
        const rows = lines.map((row) => ({cells: splitRow(row.text), line: row.line}))
        children.push(makeTable(rows, node.position, false))
        continue
      }
    }
    children.push(node)
  }
  tree.children = children
}

/** An indented (not fenced) code block whose every line holds a tab. */
function isIndentedTabLines(node: Code, file: VFile): boolean {
  if (node.lang || !node.value.includes('\t')) return false
  const offset = node.position?.start.offset
  const source = String(file.value)
  if (offset !== undefined && /^[`~]/.test(source.slice(offset, offset + 1))) return false
  return node.value.split('\n').every((line) => line.trim() === '' || line.includes('\t'))
}

/** A source line of tab-separated cells. */
interface TabLine {
  readonly text: string
  readonly line: number | undefined
}

/** The lines of a plain-text paragraph when each holds a tab, else undefined. */
function tabLinesOf(paragraph: Paragraph): TabLine[] | undefined {
  if (!paragraph.children.every((child) => child.type === 'text')) return undefined
  const text = paragraph.children.map((child) => (child.type === 'text' ? child.value : '')).join('')
  const lines = text.split('\n')
  if (!lines.every((line) => line.includes('\t'))) return undefined
  const first = paragraph.position?.start.line
  return lines.map((line, index) => ({text: line, line: first === undefined ? undefined : first + index}))
}

function splitRow(line: string): string[] {
  return line.split('\t').map((cell) => cell.trim())
}

function makeTable(
  rows: {cells: string[]; line: number | undefined}[],
  position: Table['position'],
  hasHeader = true,
): Table {
  const width = largest(rows.map((row) => row.cells.length))
  const tableRows: TableRow[] = rows.map(({cells, line}) => ({
    type: 'tableRow',
    ...(line === undefined
      ? {}
      : {position: {start: {line, column: 1}, end: {line, column: cells.join('\t').length + 1}}}),
    children: cells.map(
      (value): TableCell => ({type: 'tableCell', children: value === '' ? [] : [{type: 'text', value}]}),
    ),
  }))
  return {
    type: 'table',
    align: Array.from({length: width}, () => null),
    children: tableRows,
    position,
    data: {tabSeparated: true, hasHeader},
  } as Table
}
