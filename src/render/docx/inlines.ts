import {ExternalHyperlink, Tab, TextRun, type IRunOptions, type ParagraphChild} from 'docx'
import type {Inline} from '../../types.js'
import {htmlText, xmlSafe} from './text.js'

/** Formatting inherited from the inline nodes around a run. */
export interface Format {
  readonly bold?: boolean
  readonly italics?: boolean
  readonly strike?: boolean
  readonly underline?: boolean
  readonly subScript?: boolean
  readonly superScript?: boolean
  readonly code?: boolean
  readonly color?: string
  /** A character style of the style sheet, e.g. `Label`. */
  readonly style?: string
  /** Inside a hyperlink: runs take the Hyperlink style and links cannot nest. */
  readonly link?: boolean
}

/** Runs for `text` in `format`. Tabs become `w:tab`; soft line breaks, spaces. */
export function runs(text: string, format: Format = {}): TextRun[] {
  const clean = xmlSafe(text).replace(/\r\n?|\n/g, ' ')
  if (clean === '') return []
  const parts = clean.split('\t')
  const children: (string | Tab)[] = []
  parts.forEach((part, index) => {
    if (index > 0) children.push(new Tab())
    if (part !== '') children.push(part)
  })
  return [new TextRun({...runOptions(format), children})]
}

function runOptions(format: Format): IRunOptions {
  return {
    ...(format.code ? {style: 'InlineCode'} : format.link ? {style: 'Hyperlink'} : format.style ? {style: format.style} : {}),
    ...(format.bold ? {bold: true} : {}),
    ...(format.italics ? {italics: true} : {}),
    ...(format.strike ? {strike: true} : {}),
    ...(format.underline ? {underline: {type: 'single'}} : {}),
    ...(format.subScript ? {subScript: true} : {}),
    ...(format.superScript ? {superScript: true} : {}),
    ...(format.color ? {color: format.color} : {}),
  }
}

/**
 * Whether Word may open `url` when clicked: web and mail addresses only.
 * Anything else (`javascript:`, `file:`, relative paths) is shown, not linked.
 */
export function isLinkable(url: string): boolean {
  return /^(?:https?:\/\/|mailto:)[^\s]+$/i.test(url)
}

/** A live hyperlink to `url` showing `children`. */
export function hyperlink(url: string, children: ParagraphChild[]): ExternalHyperlink {
  return new ExternalHyperlink({link: xmlSafe(url), children})
}

/** The paragraph content for inline nodes. */
export function renderInlines(nodes: readonly Inline[], format: Format = {}): ParagraphChild[] {
  return mergeBareText(nodes).flatMap((node) => renderInline(node, format))
}

/**
 * Text and raw HTML side by side become one text node of what a reader
 * sees: "<scr<script>ipt>" shows as "<script>", one run, one word, as in
 * the HTML report.
 */
function mergeBareText(nodes: readonly Inline[]): Inline[] {
  const merged: Inline[] = []
  for (const node of nodes) {
    const value = node.type === 'text' ? node.value : node.type === 'html' ? htmlText(node.value) : undefined
    const previous = merged.at(-1)
    if (value !== undefined && previous?.type === 'text') merged[merged.length - 1] = {type: 'text', value: previous.value + value}
    else merged.push(value === undefined ? node : {type: 'text', value})
  }
  return merged
}

function renderInline(node: Inline, format: Format): ParagraphChild[] {
  switch (node.type) {
    case 'text':
      return runs(node.value, format)
    case 'strong':
      return renderInlines(node.children, {...format, bold: true})
    case 'emphasis':
      return renderInlines(node.children, {...format, italics: true})
    case 'delete':
      return renderInlines(node.children, {...format, strike: true})
    case 'underline':
      return renderInlines(node.children, {...format, underline: true})
    case 'subscript':
      return renderInlines(node.children, {...format, subScript: true})
    case 'superscript':
      return renderInlines(node.children, {...format, superScript: true})
    case 'inlineCode':
      return runs(node.value, {...format, code: true})
    case 'break':
      return [new TextRun({break: 1})]
    case 'html':
      return runs(htmlText(node.value), format)
    case 'link':
      return [...renderLink(node.url, node.children, format), ...titleRuns(node.title, format)]
    case 'image':
      return [...renderImage(node.url, node.alt, format), ...titleRuns(node.title, format)]
  }
}

function renderLink(url: string, children: readonly Inline[], format: Format): ParagraphChild[] {
  if (format.link) return renderInlines(children, format)
  if (!isLinkable(url)) {
    const shown = renderInlines(children, format)
    return [...shown, ...runs(shown.length > 0 ? ` (${url})` : url, format)]
  }
  const inner = renderInlines(children, {...format, link: true})
  return [hyperlink(url, inner.length > 0 ? inner : runs(url, {...format, link: true}))]
}

/** A Word report does not fetch pictures: it names them and says where they are. */
function renderImage(url: string, alt: string, format: Format): ParagraphChild[] {
  const label = runs(alt ? `[${alt}] ` : '', {...format, italics: true})
  if (format.link || !isLinkable(url)) return [...label, ...runs(url, format)]
  return [...label, hyperlink(url, runs(url, {...format, link: true}))]
}

/** Word shows no link titles on paper; the report prints them after the link. */
function titleRuns(title: string | undefined, format: Format): ParagraphChild[] {
  return title ? runs(` (${title})`, {...format, link: false, color: '595959'}) : []
}
