/**
 * Reading .docx packages back in the tests: parts as text, a strict XML
 * parse, the document's words, and the golden structure dump.
 */
import {DOMParser, type Document as XmlDocument, type Element, type Node} from '@xmldom/xmldom'
import {strFromU8, unzipSync} from 'fflate'

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'

/** The parts of a .docx, as text. */
export function unzipDocx(bytes: Uint8Array): Record<string, string> {
  const files = unzipSync(bytes)
  return Object.fromEntries(Object.entries(files).map(([name, data]) => [name, strFromU8(data)]))
}

/** Parses XML with a real parser that throws on any error or warning. */
export function parseXml(text: string, name = 'part'): XmlDocument {
  return new DOMParser({
    onError: (level, message) => {
      throw new Error(`${name}: XML ${level}: ${message}`)
    },
  }).parseFromString(text, 'text/xml')
}

function elements(node: Node): Element[] {
  const out: Element[] = []
  for (let child = node.firstChild; child; child = child.nextSibling) if (child.nodeType === 1) out.push(child as Element)
  return out
}

function descendants(node: Node, local: string): Element[] {
  return [...(node as Element).getElementsByTagNameNS(W, local)]
}

/** The visible text of a paragraph or run container: w:t, tabs as tabs, breaks as line feeds. */
function textOf(node: Node): string {
  let out = ''
  const walk = (current: Node) => {
    for (const child of elements(current)) {
      if (child.namespaceURI === W && child.localName === 't') out += child.textContent ?? ''
      else if (child.namespaceURI === W && child.localName === 'tab' && current.localName === 'r') out += '\t'
      else if (child.namespaceURI === W && child.localName === 'br') out += '\n'
      else if (child.namespaceURI === W && child.localName === 'instrText') continue
      else walk(child)
    }
  }
  walk(node)
  return out
}

/** All text of document.xml, a paragraph per line. */
export function documentText(documentXml: string): string {
  const doc = parseXml(documentXml, 'word/document.xml')
  return descendants(doc, 'p').map(textOf).join('\n')
}

/**
 * The words of document.xml, run by run (each `w:t` on its own), so a change
 * of formatting inside a word ("H" "2" "O") splits it as the Markdown's own
 * node boundaries do; plus the hyperlinks' tooltips, which carry the
 * authors' link titles as HTML's `title` attributes do.
 */
export function runWords(documentXml: string): string[] {
  const doc = parseXml(documentXml, 'word/document.xml')
  const words = (text: string | null | undefined) => text?.normalize('NFC').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []
  return [
    ...descendants(doc, 't').flatMap((t) => words(t.textContent)),
    ...descendants(doc, 'hyperlink').flatMap((link) => words(link.getAttributeNS(W, 'tooltip'))),
  ]
}

/**
 * A normalized dump of document.xml for golden files: one line per paragraph
 * with its style and list level, tables as `|` rows (`|!` for repeated header
 * rows), hyperlinks with their targets, the TOC as it is cached.
 */
export function dumpDocument(parts: Record<string, string>): string {
  const doc = parseXml(parts['word/document.xml']!, 'word/document.xml')
  const rels = parseXml(parts['word/_rels/document.xml.rels']!, 'rels')
  const targets = new Map<string, string>()
  for (const rel of [...rels.getElementsByTagName('Relationship')]) targets.set(rel.getAttribute('Id') ?? '', rel.getAttribute('Target') ?? '')
  const lines: string[] = []
  const inline = (node: Node): string => {
    let out = ''
    for (const child of elements(node)) {
      if (child.localName === 'hyperlink') {
        const id = child.getAttributeNS(R, 'id')
        const target = id ? targets.get(id) : `#${child.getAttributeNS(W, 'anchor')}`
        out += `[${inline(child)}](${target})`
      } else if (child.localName === 't') out += child.textContent ?? ''
      else if (child.localName === 'tab' && node.localName === 'r') out += '→'
      else if (child.localName === 'br') out += '↵'
      else if (child.localName === 'instrText' || child.localName === 'pPr') continue
      else out += inline(child)
    }
    return out
  }
  const paragraph = (p: Element, indent: string) => {
    const pPr = elements(p).find((child) => child.localName === 'pPr')
    const style = pPr ? descendants(pPr, 'pStyle')[0]?.getAttributeNS(W, 'val') : undefined
    const numPr = pPr ? descendants(pPr, 'numPr')[0] : undefined
    const level = numPr ? descendants(numPr, 'ilvl')[0]?.getAttributeNS(W, 'val') : undefined
    const numId = numPr ? descendants(numPr, 'numId')[0]?.getAttributeNS(W, 'val') : undefined
    const breakBefore = pPr && descendants(pPr, 'pageBreakBefore').length > 0 ? '⤓' : ''
    const marker = numPr ? `${'  '.repeat(Number(level ?? 0))}[list ${numId}] ` : ''
    lines.push(`${indent}${breakBefore}${style ? `{${style}} ` : ''}${marker}${inline(p)}`.trimEnd())
  }
  const block = (node: Element, indent: string) => {
    for (const child of elements(node)) {
      if (child.localName === 'p') paragraph(child, indent)
      else if (child.localName === 'tbl') {
        lines.push(`${indent}<table>`)
        for (const row of elements(child).filter((element) => element.localName === 'tr')) {
          const trPr = elements(row).find((element) => element.localName === 'trPr')
          const header = trPr && descendants(trPr, 'tblHeader').length > 0
          const cells = elements(row).filter((element) => element.localName === 'tc')
            .map((cell) => elements(cell).filter((element) => element.localName === 'p').map(inline).join(' / '))
          lines.push(`${indent}|${header ? '!' : ''} ${cells.join(' | ')} |`)
        }
        lines.push(`${indent}</table>`)
      } else if (child.localName === 'sdt') {
        lines.push(`${indent}<toc>`)
        const content = elements(child).find((element) => element.localName === 'sdtContent')
        if (content) block(content, `${indent}  `)
        lines.push(`${indent}</toc>`)
      } else if (child.localName === 'sectPr') continue
      else block(child, indent)
    }
  }
  block(descendants(doc, 'body')[0]!, '')
  return `${lines.join('\n')}\n`
}
