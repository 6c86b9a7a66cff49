/**
 * A small typed WordprocessingML writer: one builder per element the report
 * uses, each writing its children in the order the schema's sequence
 * requires (ECMA-376 Part 1, §17; element order checked by the transitional
 * schemas in test/render/docx/schema.test.ts). Builders return XML text;
 * every value goes through `escapeXml`.
 */
import {escapeXml} from './xml.js'
import type {TableLook} from './styles.js'

/** Run properties (`w:rPr`, CT_RPr), in the schema's order. */
export interface RunProperties {
  readonly style?: string
  readonly bold?: boolean
  readonly italics?: boolean
  readonly strike?: boolean
  /** Hex RGB, e.g. `595959`. */
  readonly color?: string
  /** Half-points. */
  readonly size?: number
  readonly highlight?: 'yellow'
  readonly underline?: boolean
  readonly vertAlign?: 'superscript' | 'subscript'
}

/** `w:rPr`, or nothing when no property is set. */
export function runProperties(props: RunProperties): string {
  let xml = ''
  if (props.style) xml += `<w:rStyle w:val="${escapeXml(props.style)}"/>`
  if (props.bold) xml += '<w:b/><w:bCs/>'
  if (props.italics) xml += '<w:i/><w:iCs/>'
  if (props.strike) xml += '<w:strike/>'
  if (props.color) xml += `<w:color w:val="${props.color}"/>`
  if (props.size) xml += `<w:sz w:val="${props.size}"/><w:szCs w:val="${props.size}"/>`
  if (props.highlight) xml += `<w:highlight w:val="${props.highlight}"/>`
  if (props.underline) xml += '<w:u w:val="single"/>'
  if (props.vertAlign) xml += `<w:vertAlign w:val="${props.vertAlign}"/>`
  return xml === '' ? '' : `<w:rPr>${xml}</w:rPr>`
}

/**
 * The longest text one `w:t` holds, in UTF-16 code units: readers built on
 * libxml2 (python-docx, lxml) refuse huge text nodes, and Word copes badly
 * with very long runs. Longer text becomes several runs, cut on a space
 * where there is one near the limit.
 */
export const maxRunText = 32 * 1024

/** Where to cut `text` (longer than `max`) so the first piece stays under it: after a space, else between code points. */
function cutAt(text: string, from: number, max: number): number {
  const limit = from + max
  const space = text.lastIndexOf(' ', limit - 1)
  if (space >= from + max / 2) return space + 1
  // Never between the two halves of a surrogate pair.
  const code = text.charCodeAt(limit - 1)
  return code >= 0xd800 && code <= 0xdbff ? limit - 1 : limit
}

/**
 * Runs for `text` with `props` (`rPr` already written). Tabs become
 * `w:tab`; line feeds (soft line breaks in Markdown) read as spaces; text
 * longer than `maxRunText` is cut into several runs with the same
 * properties, so the document's text stays the same.
 */
export function textRuns(text: string, rPr: string, max = maxRunText): string {
  const value = text.includes('\n') || text.includes('\r') ? text.replace(/\r\n?|\n/g, ' ') : text
  if (value === '') return ''
  if (value.length <= max) return `<w:r>${rPr}${runContent(value)}</w:r>`
  let xml = ''
  for (let at = 0; at < value.length;) {
    const end = value.length - at <= max ? value.length : cutAt(value, at, max)
    xml += `<w:r>${rPr}${runContent(value.slice(at, end))}</w:r>`
    at = end
  }
  return xml
}

function runContent(value: string): string {
  if (!value.includes('\t')) return `<w:t xml:space="preserve">${escapeXml(value)}</w:t>`
  return value
    .split('\t')
    .map((part) => (part === '' ? '' : `<w:t xml:space="preserve">${escapeXml(part)}</w:t>`))
    .join('<w:tab/>')
}

/** A line break inside a paragraph. */
export function breakRun(rPr: string): string {
  return `<w:r>${rPr}<w:br/></w:r>`
}

/** A run holding only a tab (to a tab stop). */
export function tabRun(): string {
  return '<w:r><w:tab/></w:r>'
}

/**
 * A complex field (ECMA-376 §17.16.18): begin, instruction, separate, its
 * cached result (runs), end. Word and LibreOffice show the result until the
 * field is updated.
 */
export function field(instruction: string, result = ''): string {
  return `<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> ${escapeXml(instruction)} </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>${result}<w:r><w:fldChar w:fldCharType="end"/></w:r>`
}

/** The first half of a complex field whose result runs follow (see `fieldEnd`). */
export function fieldStart(instruction: string): string {
  return `<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> ${escapeXml(instruction)} </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>`
}

export function fieldEnd(): string {
  return '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
}

/** A hyperlink to a relationship (an address outside) or to a bookmark. */
export function hyperlink(target: {readonly relationship: string} | {readonly bookmark: string}, content: string, tooltip?: string): string {
  const to = 'relationship' in target ? `r:id="${escapeXml(target.relationship)}"` : `w:anchor="${escapeXml(target.bookmark)}"`
  const tip = tooltip ? ` w:tooltip="${escapeXml(tooltip)}"` : ''
  return `<w:hyperlink ${to}${tip} w:history="1">${content}</w:hyperlink>`
}

export function bookmarkStart(id: number, name: string): string {
  return `<w:bookmarkStart w:id="${id}" w:name="${escapeXml(name)}"/>`
}

export function bookmarkEnd(id: number): string {
  return `<w:bookmarkEnd w:id="${id}"/>`
}

/** Paragraph properties (`w:pPr`, CT_PPr), in the schema's order. */
export interface ParagraphProperties {
  readonly style?: string
  readonly keepNext?: boolean
  readonly pageBreakBefore?: boolean
  readonly numbering?: {readonly level: number; readonly id: number}
  /** A bottom border: a thematic break. */
  readonly rule?: boolean
  /** A right tab stop with a dot leader, at this position (twentieths of a point). */
  readonly rightTab?: number
  readonly spaceAfter?: number
  readonly indentLeft?: number
  readonly align?: 'left' | 'center' | 'right'
}

export function paragraphProperties(props: ParagraphProperties): string {
  let xml = ''
  if (props.style) xml += `<w:pStyle w:val="${escapeXml(props.style)}"/>`
  if (props.keepNext) xml += '<w:keepNext/>'
  if (props.pageBreakBefore) xml += '<w:pageBreakBefore/>'
  if (props.numbering) xml += `<w:numPr><w:ilvl w:val="${props.numbering.level}"/><w:numId w:val="${props.numbering.id}"/></w:numPr>`
  if (props.rule) xml += '<w:pBdr><w:bottom w:val="single" w:sz="6" w:space="1" w:color="auto"/></w:pBdr>'
  if (props.rightTab !== undefined) xml += `<w:tabs><w:tab w:val="right" w:leader="dot" w:pos="${props.rightTab}"/></w:tabs>`
  if (props.spaceAfter !== undefined) xml += `<w:spacing w:after="${props.spaceAfter}"/>`
  if (props.indentLeft !== undefined) xml += `<w:ind w:left="${props.indentLeft}"/>`
  if (props.align) xml += `<w:jc w:val="${props.align}"/>`
  return xml === '' ? '' : `<w:pPr>${xml}</w:pPr>`
}

export function paragraph(props: ParagraphProperties, content: string): string {
  return `<w:p>${paragraphProperties(props)}${content}</w:p>`
}

/**
 * A table's start: properties and grid. Fixed layout, so that Word and
 * LibreOffice give the columns the same widths; cell margins once for the
 * table (`w:tblCellMar`), not on every cell.
 */
export function tableStart(widths: readonly number[], look: TableLook): string {
  const total = widths.reduce((sum, width) => sum + width, 0)
  const border = (side: string) => `<w:${side} w:val="single" w:sz="4" w:space="0" w:color="${look.borderColor}"/>`
  const margin = look.cellMargin
  return `<w:tbl><w:tblPr><w:tblW w:w="${total}" w:type="dxa"/><w:tblBorders>${['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map(border).join('')}</w:tblBorders><w:tblLayout w:type="fixed"/><w:tblCellMar><w:top w:w="${margin.top}" w:type="dxa"/><w:left w:w="${margin.left}" w:type="dxa"/><w:bottom w:w="${margin.bottom}" w:type="dxa"/><w:right w:w="${margin.right}" w:type="dxa"/></w:tblCellMar></w:tblPr><w:tblGrid>${widths.map((width) => `<w:gridCol w:w="${width}"/>`).join('')}</w:tblGrid>`
}

export const tableEnd = '</w:tbl>'

/** A row that never splits across pages (`w:cantSplit`); a header row repeats on every page (`w:tblHeader`). */
export function rowStart(header: boolean): string {
  return `<w:tr><w:trPr><w:cantSplit/>${header ? '<w:tblHeader/>' : ''}</w:trPr>`
}

export const rowEnd = '</w:tr>'

/** A cell: width, columns spanned, shading, then its paragraphs. */
export function cell(width: number, span: number, fill: string | undefined, paragraphs: string): string {
  const gridSpan = span > 1 ? `<w:gridSpan w:val="${span}"/>` : ''
  const shading = fill ? `<w:shd w:val="clear" w:color="auto" w:fill="${fill}"/>` : ''
  return `<w:tc><w:tcPr><w:tcW w:w="${width}" w:type="dxa"/>${gridSpan}${shading}</w:tcPr>${paragraphs}</w:tc>`
}
