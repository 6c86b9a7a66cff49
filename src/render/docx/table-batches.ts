import {randomUUID} from 'node:crypto'
import {Paragraph, Table, TextRun, type Document, type FileChild} from 'docx'

/** The package's parts by path, before zipping: what `Packer.pack` zips. */
export type Parts = Map<string, string | Uint8Array>

/**
 * Large documents are compiled in batches of tables. docx holds three copies
 * of a whole document while it writes one (its components, the objects they
 * are prepared into, and the elements those are resolved into), and tables
 * make most of the elements of minutes (participants: nine elements a cell).
 * A 10 MB file needed 2.9 GB of memory this way, most of it at once. Set
 * aside, each table stands in the body as a placeholder paragraph; the
 * tables are compiled `tablesPerBatch` at a time in documents of their own,
 * with the same page setup, and their XML is put in place of the
 * placeholders. Tables hold no headings, list numbers, bookmarks or notes,
 * so the body's table of contents and numbering are unaffected; the
 * hyperlinks in their cells bring their relationships along.
 */
export interface TablesAside {
  readonly children: FileChild[]
  readonly tables: (Table | undefined)[]
  readonly marker: string
}

/**
 * Replaces each table of the body by a placeholder naming it, when there are
 * more than `tablesAtATime`; else leaves the body as it is, with no table aside.
 */
export function setTablesAside(children: FileChild[], tablesAtATime: number): TablesAside {
  // Random, so that no text of the minutes can pose as a placeholder.
  const marker = `seminar-report-table-${randomUUID()}-`
  if (children.filter((child) => child instanceof Table).length <= tablesAtATime) return {children, tables: [], marker}
  const tables: Table[] = []
  const kept = children.map((child) => {
    if (!(child instanceof Table)) return child
    tables.push(child)
    return new Paragraph({children: [new TextRun(`${marker}${tables.length - 1}`)]})
  })
  return {children: kept, tables, marker}
}

/**
 * Compiles the tables set aside, `tablesPerBatch` at a time, each batch in a
 * document made by `documentOf`, and puts their XML and hyperlink
 * relationships into the main document's parts.
 */
export function compileTablesInto(
  parts: Parts,
  aside: TablesAside,
  tablesPerBatch: number,
  documentOf: (children: FileChild[]) => Document,
  compile: (document: Document) => Parts,
): void {
  if (aside.tables.length === 0) return
  const batchSize = Math.max(1, Math.floor(tablesPerBatch))
  const tableXml: string[] = []
  const relationships: string[] = []
  for (let start = 0; start < aside.tables.length; start += batchSize) {
    const count = Math.min(batchSize, aside.tables.length - start)
    const children: FileChild[] = []
    for (let index = start; index < start + count; index++) {
      children.push(aside.tables[index]!, new Paragraph({children: [new TextRun(`${aside.marker}${index}`)]}))
      // Let the components go once compiled.
      aside.tables[index] = undefined
    }
    const batch = compile(documentOf(children))
    const body = bodyOf(text(batch, 'word/document.xml'))
    let from = 0
    for (let index = start; index < start + count; index++) {
      const placeholder = placeholderAt(body, aside.marker, index, from)
      tableXml[index] = body.slice(from, placeholder.start)
      from = placeholder.end
    }
    relationships.push(...hyperlinkRelationships(text(batch, 'word/_rels/document.xml.rels')))
  }

  let placed = 0
  const document = text(parts, 'word/document.xml').replace(placeholderPattern(aside.marker), (_, index: string) => {
    placed++
    return tableXml[Number(index)]!
  })
  // A placeholder written otherwise than expected would leave its table out.
  if (placed !== aside.tables.length) throw new Error(`${aside.tables.length - placed} table(s) could not be put back in the document`)
  parts.set('word/document.xml', document)
  if (relationships.length > 0) {
    const rels = text(parts, 'word/_rels/document.xml.rels')
    parts.set('word/_rels/document.xml.rels', withHyperlinks(rels, relationships, text(parts, 'word/document.xml')))
  }
}

/**
 * The relationships with the tables' hyperlinks added, all hyperlinks in the
 * order the document uses them, where docx puts them (after the parts the
 * document refers to, before the font table): as docx would have written
 * them for the document in one piece, so the bytes do not depend on batching.
 */
function withHyperlinks(rels: string, added: readonly string[], document: string): string {
  const firstUse = new Map<string, number>()
  for (const match of document.matchAll(/\br:id="([^"]+)"/g)) if (!firstUse.has(match[1]!)) firstUse.set(match[1]!, match.index)
  const ordered = [...hyperlinkRelationships(rels), ...added]
    .map((entry, index) => ({entry, index, use: firstUse.get(/\bId="([^"]+)"/.exec(entry)?.[1] ?? '') ?? Number.POSITIVE_INFINITY}))
    .sort((a, b) => a.use - b.use || a.index - b.index)
    .map(({entry}) => entry)
  const first = rels.search(hyperlinkPattern)
  const fontTable = rels.search(/<Relationship\b[^>]*\/relationships\/fontTable"/)
  const at = first !== -1 ? first : fontTable !== -1 ? fontTable : rels.lastIndexOf('</Relationships>')
  const before = rels.slice(0, at).replace(hyperlinkPatternGlobal, '')
  const after = rels.slice(at).replace(hyperlinkPatternGlobal, '')
  const merged = `${before}${ordered.join('')}${after}`
  // docx numbers the font table's relationship after all the others.
  const count = merged.match(/<Relationship\b/g)?.length ?? 0
  return merged.replace(/(<Relationship\b[^>]*?\bId=")rId\d+("[^>]*\/relationships\/fontTable")/, `$1rId${count}$2`)
}

function text(parts: Parts, name: string): string {
  const data = parts.get(name)
  if (typeof data !== 'string') throw new Error(`docx did not write ${name} as text`)
  return data
}

/** What stands between `<w:body>` and the section properties that end it. */
function bodyOf(document: string): string {
  const start = document.indexOf('<w:body>') + '<w:body>'.length
  const end = document.lastIndexOf('<w:sectPr')
  return document.slice(start, end)
}

/** The placeholder paragraph as docx writes it: a run of plain text, nothing else. */
function placeholderPattern(marker: string): RegExp {
  return new RegExp(`<w:p><w:r><w:t xml:space="preserve">${marker}(\\d+)</w:t></w:r></w:p>`, 'g')
}

function placeholderAt(body: string, marker: string, index: number, from: number): {start: number; end: number} {
  const paragraph = `<w:p><w:r><w:t xml:space="preserve">${marker}${index}</w:t></w:r></w:p>`
  const start = body.indexOf(paragraph, from)
  if (start === -1) throw new Error(`the XML of table ${index} was not found`)
  return {start, end: start + paragraph.length}
}

const hyperlinkPattern = /<Relationship\b[^>]*\/relationships\/hyperlink"[^>]*\/>/
const hyperlinkPatternGlobal = new RegExp(hyperlinkPattern.source, 'g')

/** The hyperlink relationships of a part's relationships (the only kind a table brings). */
function hyperlinkRelationships(rels: string): string[] {
  return rels.match(hyperlinkPatternGlobal) ?? []
}
