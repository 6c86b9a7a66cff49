import {readFileSync} from 'node:fs'
import {afterEach, describe, expect, test, vi} from 'vitest'
import {parseMinutes} from '../../../src/index.js'
import {renderDocx} from '../../../src/render/docx/index.js'
import {parseXml, unzipDocx} from './helpers.js'

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'
const cerema = 'https://www.ecologique-solidaire.gouv.fr/sites/default/files/Themaaction-citoyenne.pdf'
const {seminar} = parseMinutes(readFileSync('fixtures/seed/input.md'), {name: 'input.md'})

describe('the seed minutes as DOCX', () => {
  const rendered = renderDocx(seminar).then(unzipDocx)
  const styleOf = (p: Element) => p.getElementsByTagNameNS(W, 'pStyle')[0]?.getAttributeNS(W, 'val')
  const text = (node: Element) => [...node.getElementsByTagNameNS(W, 't')].map((t) => t.textContent).join('')

  test('has the summary, one Heading 1 per atelier, then the annex', async () => {
    const doc = parseXml((await rendered)['word/document.xml']!)
    const body = doc.getElementsByTagNameNS(W, 'body')[0]!
    // Only paragraphs of the body itself, not the cached TOC entries.
    const headings = [...body.getElementsByTagNameNS(W, 'p')]
      .filter((p) => styleOf(p as unknown as Element) === 'Heading1')
      .map((p) => text(p as unknown as Element))
    expect(headings).toEqual(['Synthèse', 'Atelier 1', 'Atelier 2', 'Annexes'])
  })

  test('has the sections as Heading 2 with their prompts in italics', async () => {
    const parts = await rendered
    const doc = parseXml(parts['word/document.xml']!)
    const paragraphs = [...doc.getElementsByTagNameNS(W, 'p')] as unknown as Element[]
    const headings = paragraphs.filter((p) => styleOf(p) === 'Heading2').map(text)
    expect(headings).toEqual(expect.arrayContaining(['1. Vision', '2. Contraintes', '3. Opportunités', '4. Freins', '5. Ressources']))
    const prompt = paragraphs.find((p) => text(p).startsWith('Quels sont les freins'))!
    expect(styleOf(prompt)).toBe('Question')
    const question = ([...parseXml(parts['word/styles.xml']!).getElementsByTagNameNS(W, 'style')] as unknown as Element[])
      .find((style) => style.getAttributeNS(W, 'styleId') === 'Question')!
    expect(question.getElementsByTagNameNS(W, 'i').length).toBe(1)
  })

  test('lists participants in tables of 16 + 1 and 10 + 1 rows whose header repeats and rows do not split', async () => {
    const doc = parseXml((await rendered)['word/document.xml']!)
    const tables = ([...doc.getElementsByTagNameNS(W, 'tbl')] as unknown as Element[])
      .filter((table) => text(table.getElementsByTagNameNS(W, 'tr')[0]!).includes('Prénom'))
    expect(tables.map((table) => table.getElementsByTagNameNS(W, 'tr').length)).toEqual([17, 11])
    for (const table of tables) {
      const rows = [...table.getElementsByTagNameNS(W, 'tr')] as unknown as Element[]
      expect(rows[0]!.getElementsByTagNameNS(W, 'tblHeader').length).toBe(1)
      expect(rows.slice(1).every((row) => row.getElementsByTagNameNS(W, 'tblHeader').length === 0)).toBe(true)
      expect(rows.every((row) => row.getElementsByTagNameNS(W, 'cantSplit').length === 1)).toBe(true)
      expect(text(rows[0]!)).toBe('N°NomPrénomOrganisation')
    }
  })

  test('links the CEREMA PDF live', async () => {
    const parts = await rendered
    const rels = parseXml(parts['word/_rels/document.xml.rels']!)
    const link = ([...rels.getElementsByTagName('Relationship')] as unknown as Element[])
      .find((rel) => rel.getAttribute('Target') === cerema)
    expect(link?.getAttribute('TargetMode')).toBe('External')
    expect(parts['word/document.xml']).toContain(`r:id="${link!.getAttribute('Id')}"`)
  })

  test('sets the document language, the core properties, the running head and foot', async () => {
    const parts = await rendered
    expect(parts['word/styles.xml']).toMatch(/<w:rPrDefault><w:rPr>.*<w:lang w:val="fr-FR"\/><\/w:rPr><\/w:rPrDefault>/)
    const core = parts['docProps/core.xml']!
    const dc = 'http://purl.org/dc/elements/1.1/'
    expect(parseXml(core).getElementsByTagNameNS(dc, 'title')[0]?.textContent).toBe(seminar.title)
    expect(core).toContain('<dc:creator>seminar-report</dc:creator>')
    expect(core).toMatch(/<cp:keywords>[^<]+<\/cp:keywords>/)
    expect(core).toMatch(/<dc:description>[^<]+<\/dc:description>/)
    expect(core).toContain('2019-10-24T00:00:00Z')
    const header = Object.entries(parts).find(([name, xml]) => name.startsWith('word/header') && xml.includes('Politiques'))
    expect(header).toBeDefined()
    const footer = Object.entries(parts).find(([name]) => name.startsWith('word/footer'))![1]
    expect(footer).toContain('PAGE')
    expect(footer).toContain('NUMPAGES')
    expect(footer).toContain('page ')
  })

  test('writes a table of contents with its entries cached', async () => {
    const doc = parseXml((await rendered)['word/document.xml']!)
    const toc = doc.getElementsByTagNameNS(W, 'sdtContent')[0] as unknown as Element
    const entries = ([...toc.getElementsByTagNameNS(W, 'hyperlink')] as unknown as Element[]).map(text)
    // The entries of the HTML report's contents, each linked to a bookmark.
    expect(entries).toEqual([
      'Synthèse', 'Atelier 1', '1. Liste des projets proposés : rajouter/compléter', '2. Partenaires à associer', '3. Eléments de réflexion',
      "4. Ce qui est attendu des acteurs publics pour aller plus loin dans l'IS...", '5. Ressources',
      'Atelier 2', '1. Vision', '2. Contraintes', '3. Opportunités', '4. Freins', 'Annexes', 'Organisations représentées', 'Liens cités',
    ])
  })

  test('fills in the page numbers of the contents when asked to', async () => {
    const {seminar} = parseMinutes(readFileSync(new URL('../../../fixtures/seed/input.md', import.meta.url)))
    const parts = unzipDocx(await renderDocx(seminar, {pageNumbers: true}))
    const doc = parseXml(parts['word/document.xml']!)
    const toc = doc.getElementsByTagNameNS(W, 'sdtContent')[0] as unknown as Element
    const entries = ([...toc.getElementsByTagNameNS(W, 'hyperlink')] as unknown as Element[]).map(text)
    expect(entries[0]).toBe('Synthèse1')
    expect(entries[1]).toMatch(/^Atelier 1[2-9]$/)
    expect(entries.at(-1)).toMatch(/^Liens cités\d+$/)
  })
})

describe('determinism', () => {
  afterEach(() => {
    vi.useRealTimers()
  })

  test('two renderings at different times are byte-identical', async () => {
    vi.useFakeTimers({toFake: ['Date']})
    vi.setSystemTime(new Date('2024-01-02T03:04:05Z'))
    const first = await renderDocx(seminar)
    vi.setSystemTime(new Date('2031-07-08T09:10:11Z'))
    const second = await renderDocx(seminar)
    expect(Buffer.from(second).equals(Buffer.from(first))).toBe(true)
  }, 60_000)

  test('the timestamp option sets the dates, and changes nothing else', async () => {
    const stamped = unzipDocx(await renderDocx(seminar, {timestamp: new Date('2020-02-03T04:05:06Z')}))
    const plain = unzipDocx(await renderDocx(seminar))
    expect(stamped['docProps/core.xml']).toContain('<dcterms:created xsi:type="dcterms:W3CDTF">2020-02-03T04:05:06Z</dcterms:created>')
    expect(stamped['word/document.xml']).toBe(plain['word/document.xml'])
  }, 60_000)
})
