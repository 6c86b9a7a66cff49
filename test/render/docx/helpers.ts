import {DOMParser, type Document as XmlDocument, type Element, type Node} from '@xmldom/xmldom'
import {Document, Packer, type FileChild} from 'docx'
import {strFromU8, unzipSync} from 'fflate'
import type {Atelier, Attendance, Block, Participant, Section, Seminar} from '../../../src/types.js'

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'

/** A seminar built by hand, for tests that must not depend on the parser. */
export function seminarOf(overrides: Partial<Seminar> = {}): Seminar {
  return {
    type: 'seminar',
    schemaVersion: 2,
    title: 'Séminaire de test',
    lang: 'fr',
    date: '2019-10-24',
    dateText: '24 octobre 2019',
    place: {raw: 'Grenoble, Hôtel du Département', city: 'Grenoble', venue: 'Hôtel du Département'},
    schedule: {raw: 'Ateliers 15h00 - 16h30', label: 'Ateliers', start: '15:00', end: '16:30'},
    meta: {},
    intro: [],
    attendance: [],
    roles: [],
    sections: [],
    ateliers: [],
    decisions: [],
    actions: [],
    summary: {ateliers: 0, participants: 0, attendance: {present: 0, 'in-person': 0, remote: 0, excused: 0, absent: 0}, sections: 0, decisions: 0, actions: {open: 0, done: 0, byOwner: []}, items: 0, organizations: [], facilitators: [], links: []},
    source: {encoding: 'string', sha256: '0'.repeat(64), bytes: 0},
    diagnostics: [],
    ...overrides,
  }
}

export function atelierOf(number: number, overrides: Partial<Atelier> = {}): Atelier {
  return {
    type: 'atelier',
    id: `atelier-${number}`,
    number,
    title: `Atelier ${number}`,
    question: [[{type: 'text', value: `Question de l'atelier ${number} ?`}]],
    facilitators: [
      {type: 'facilitator', name: 'Emilie Lanciano', firstName: 'Emilie', lastName: 'Lanciano', role: 'facilitator'},
      {type: 'facilitator', name: 'Delphine Lorin', firstName: 'Delphine', lastName: 'Lorin', role: 'facilitator'},
      {type: 'facilitator', name: 'Agnès Bachelot', firstName: 'Agnès', lastName: 'Bachelot', role: 'assistant'},
    ],
    attendance: [attendanceOf([
      participantOf(1, 'GIRARD', 'Anne Sophie', 'Cap Rural'),
      participantOf(2, 'THOU', 'Mylène', 'CIEDEL'),
    ])],
    roles: [],
    intro: [paragraphOf('Document présenté aux participants.')],
    sections: [sectionOf(1, 'Vision', [listOf(false, ['Encourager', 'Intégrer'])])],
    ...overrides,
  }
}

export function participantOf(number: number, lastName: string, firstName: string, organization: string): Participant {
  return {type: 'participant', number, name: `${lastName} ${firstName}`, lastName, firstName, organization, status: 'present'}
}

/** A list of participants under the label "Participants". */
export function attendanceOf(participants: Participant[], fields: Partial<Attendance> = {}): Attendance {
  return {type: 'attendance', label: 'Participants', status: 'present', participants, ...fields}
}

export function sectionOf(number: number, title: string, blocks: Block[], prompt = 'Quels sont les freins ?'): Section {
  return {type: 'section', id: `s-${number}`, number, title, prompt: [[{type: 'text', value: prompt}]], blocks}
}

export function paragraphOf(text: string): Block {
  return {type: 'paragraph', children: [{type: 'text', value: text}]}
}

export function listOf(ordered: boolean, items: (string | Block[])[], start?: number): Block {
  return {
    type: 'list',
    ordered,
    ...(start === undefined ? {} : {start}),
    children: items.map((item) => ({
      type: 'listItem',
      children: typeof item === 'string' ? [paragraphOf(item)] : item,
    })),
  }
}

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
 * node boundaries do.
 */
export function runWords(documentXml: string): string[] {
  const doc = parseXml(documentXml, 'word/document.xml')
  return descendants(doc, 't').flatMap((t) => t.textContent?.normalize('NFC').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [])
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

/** document.xml of a document holding only `children`, to test one builder. */
export async function xmlOfChildren(children: FileChild[]): Promise<string> {
  const doc = new Document({sections: [{children}]})
  return unzipDocx(new Uint8Array(await Packer.toBuffer(doc)))['word/document.xml']!
}
