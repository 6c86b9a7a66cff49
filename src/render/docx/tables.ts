import {
  AlignmentType, BorderStyle, Paragraph, ShadingType, Table, TableCell, TableLayoutType, TableRow, WidthType,
  type ParagraphChild,
} from 'docx'
import type {Align} from '../../types.js'
import type {TableLook} from './styles.js'
import {runs} from './inlines.js'

/** A cell's content: plain text, or runs built by the caller. */
export type CellContent = string | readonly ParagraphChild[]

/** What a Word table is made of; the first row of `header` is the heading row. */
export interface TableSpec {
  readonly header: readonly CellContent[]
  readonly rows: readonly (readonly CellContent[])[]
  /** Relative column widths, scaled to `width`. */
  readonly widths: readonly number[]
  /** Total width in twentieths of a point. */
  readonly width: number
  readonly align?: readonly Align[]
  /** A last row set apart, such as totals. */
  readonly footer?: readonly CellContent[]
}

const alignments = {left: AlignmentType.LEFT, center: AlignmentType.CENTER, right: AlignmentType.RIGHT} as const

/**
 * A Word table whose heading row repeats on every page (`w:tblHeader`) and
 * whose rows never break across pages (`w:cantSplit`), with a shaded heading
 * and banded rows. The layout is fixed so Word and LibreOffice give the same
 * column widths.
 */
export function wordTable(spec: TableSpec, look: TableLook): Table {
  const total = spec.widths.reduce((sum, width) => sum + width, 0) || 1
  const columnWidths = spec.widths.map((width) => Math.round((spec.width * width) / total))
  const border = {style: BorderStyle.SINGLE, size: 4, color: look.borderColor}
  const cell = (content: CellContent, column: number, kind: 'header' | 'body' | 'band' | 'footer') => {
    const align = spec.align?.[column]
    const children = typeof content === 'string' ? runs(content, kind === 'footer' ? {bold: true} : {}) : [...content]
    return new TableCell({
      width: {size: columnWidths[column] ?? 0, type: WidthType.DXA},
      ...(kind === 'header' ? {shading: {type: ShadingType.CLEAR, color: 'auto', fill: look.headerFill}} : {}),
      ...(kind === 'band' ? {shading: {type: ShadingType.CLEAR, color: 'auto', fill: look.bandFill}} : {}),
      children: [new Paragraph({
        style: kind === 'header' ? 'TableHeading' : 'TableText',
        ...(align ? {alignment: alignments[align]} : {}),
        children,
      })],
    })
  }
  const row = (cells: readonly CellContent[], kind: 'header' | 'body' | 'band' | 'footer') =>
    new TableRow({
      cantSplit: true,
      ...(kind === 'header' ? {tableHeader: true} : {}),
      children: spec.widths.map((_, column) => cell(cells[column] ?? '', column, kind)),
    })
  return new Table({
    width: {size: spec.width, type: WidthType.DXA},
    columnWidths,
    layout: TableLayoutType.FIXED,
    // Cell margins once for the table (w:tblCellMar), not on every cell:
    // the same look, and a fifth of the elements docx must build and write.
    margins: look.cellMargin,
    borders: {top: border, bottom: border, left: border, right: border, insideHorizontal: border, insideVertical: border},
    rows: [
      row(spec.header, 'header'),
      ...spec.rows.map((cells, index) => row(cells, index % 2 === 1 ? 'band' : 'body')),
      ...(spec.footer ? [row(spec.footer, 'footer')] : []),
    ],
  })
}
