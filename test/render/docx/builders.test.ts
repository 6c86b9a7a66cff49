import {strToU8, zipSync} from 'fflate'
import {describe, expect, test} from 'vitest'
import {renderDocx, ReferenceDocxError} from '../../../src/render/docx/index.js'
import {participantsTitle} from '../../../src/render/docx/participants-table.js'
import {participantColumns} from '../../../src/render/participants-columns.js'
import {labelsFor} from '../../../src/render/labels.js'
import {dateLine} from '../../../src/render/docx/title-block.js'
import type {Block, Seminar} from '../../../src/types.js'
import {atelierOf, attendanceOf, documentText, dumpDocument, listOf, paragraphOf, parseXml, seminarOf, sectionOf, unzipDocx} from './helpers.js'

// Layout estimation is not what these tests are about; it keeps them fast.
const render = async (seminar: Seminar, options = {}) => unzipDocx(await renderDocx(seminar, {pageNumbers: false, ...options}))
const withBlocks = (blocks: Block[], lang = 'fr') => seminarOf({lang, ateliers: [atelierOf(1, {sections: [sectionOf(1, 'Vision', blocks)]})]})

describe('participants table', () => {
  test('shows N° and Organisation only when the names were redacted', async () => {
    const atelier = atelierOf(1, {attendance: [attendanceOf([
      {type: 'participant', number: 1, organization: 'Cap Rural', status: 'present'},
      {type: 'participant', number: 2, organization: 'CIEDEL', status: 'present'},
    ])]})
    const dump = dumpDocument(await render(seminarOf({ateliers: [atelier]})))
    expect(dump).toContain('|! N° | Organisation |')
    expect(dump).toContain('| 2 | CIEDEL |')
  })

  test('marks a single missing name among named rows', async () => {
    const atelier = atelierOf(1, {attendance: [attendanceOf([
      {type: 'participant', number: 1, name: 'GIRARD Anne', lastName: 'GIRARD', firstName: 'Anne', organization: 'Cap Rural', status: 'present'},
      {type: 'participant', number: 2, organization: 'CIEDEL', extra: ['06 00 00 00 00'], status: 'present'},
    ])]})
    const dump = dumpDocument(await render(seminarOf({ateliers: [atelier]})))
    expect(dump).toContain('|! N° | Nom | Prénom | Organisation | Autre |')
    expect(dump).toContain('| 2 | nom masqué |  | CIEDEL | 06 00 00 00 00 |')
  })

  test('takes the minutes\' own words for the title and the organization column', () => {
    expect(participantsTitle('Présents :', 'Participants', 2)).toBe('Présents (2)')
    expect(participantsTitle(undefined, 'Participants', 3)).toBe('Participants (3)')
    const headers = (list: Parameters<typeof participantColumns>[0]) => participantColumns(list, labelsFor('fr')).columns.map((column) => column.header)
    const person = {type: 'participant', number: 1, name: 'Anne Dupont', firstName: 'Anne', lastName: 'Dupont', organization: 'CIEDEL', role: 'trésorière', status: 'present', fields: [{name: 'Abbreviation', value: 'CIE'}]} as const
    expect(headers(attendanceOf([person], {columns: [
      {header: 'N°', holds: 'number'}, {header: 'Nom', holds: 'last-name'}, {header: 'Prénom', holds: 'first-name'},
      {header: 'Structure', holds: 'organization'}, {header: 'Rôle', holds: 'role'}, {header: 'Abbreviation', holds: 'field'},
    ]}))).toEqual(['N°', 'Nom', 'Prénom', 'Structure', 'Rôle', 'Abbreviation'])
    expect(headers(attendanceOf([person]))).toEqual(['N°', 'Nom', 'Prénom', 'Rôle', 'Organisation', 'Abbreviation'])
    expect(headers(attendanceOf([{...person, status: 'remote'}]))).toContain('Présence')
  })
})

describe('blocks', () => {
  test('each ordered list restarts at its own start number', async () => {
    const parts = await render(withBlocks([listOf(true, ['un', 'deux']), paragraphOf('entre'), listOf(true, ['trois'], 3), listOf(true, ['encore'])]))
    const numbering = parseXml(parts['word/numbering.xml']!)
    const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'
    const nums = [...numbering.getElementsByTagNameNS(W, 'num')] as unknown as Element[]
    const starts = nums.map((num) => num.getElementsByTagNameNS(W, 'startOverride')[0]?.getAttributeNS(W, 'val'))
    const dump = dumpDocument(parts)
    const listIds = [...dump.matchAll(/\[list (\d+)\] (un|deux|trois|encore)/g)].map((match) => match[1])
    expect(listIds[0]).toBe(listIds[1])
    expect(new Set(listIds).size).toBe(3)
    const startOf = (id: string) => starts[nums.findIndex((num) => num.getAttributeNS(W, 'numId') === id)]
    expect(listIds.map((id) => startOf(id!))).toEqual(['1', '1', '3', '1'])
  })

  test('nests lists by level', async () => {
    const nested = listOf(false, [[paragraphOf('parent'), listOf(false, ['enfant'])]])
    const dump = dumpDocument(await render(withBlocks([nested])))
    expect(dump).toMatch(/\[list \d+\] parent/)
    expect(dump).toMatch(/ {2}\[list \d+\] enfant/)
  })

  test('renders quotes, code, tables, raw HTML, breaks and images as Word content', async () => {
    const blocks: Block[] = [
      {type: 'blockquote', children: [paragraphOf('cité')]},
      {type: 'code', lang: 'js', value: 'const a = 1\n\tindenté'},
      {type: 'table', align: ['left', 'right'], children: [
        {type: 'tableRow', children: [{type: 'tableCell', children: [{type: 'text', value: 'Clé'}]}, {type: 'tableCell', children: [{type: 'text', value: 'Valeur'}]}]},
        {type: 'tableRow', children: [{type: 'tableCell', children: [{type: 'text', value: 'a'}]}, {type: 'tableCell', children: [{type: 'text', value: '1'}]}]},
      ]},
      {type: 'htmlBlock', value: '<div class="x">texte <b>brut</b></div>'},
      {type: 'thematicBreak'},
      {type: 'paragraph', children: [
        {type: 'strong', children: [{type: 'text', value: 'gras'}]}, {type: 'break'},
        {type: 'image', url: 'https://example.org/plan.png', alt: 'plan'},
        {type: 'inlineCode', value: 'x()'},
        {type: 'link', url: 'javascript:alert(1)', children: [{type: 'text', value: 'piège'}]},
      ]},
    ]
    const parts = await render(withBlocks(blocks))
    const dump = dumpDocument(parts)
    expect(dump).toContain('{BlockQuote} cité')
    expect(dump).toContain('{CodeLanguage} js')
    expect(dump).toContain('{SourceCode} →indenté')
    expect(dump).toContain('|! Clé | Valeur |')
    expect(dump).toContain('texte brut')
    expect(dump).toContain('gras↵[plan] [https://example.org/plan.png](https://example.org/plan.png)x()piège (javascript:alert(1))')
    // The javascript: URL is shown, never linked.
    expect(parts['word/_rels/document.xml.rels']).not.toContain('javascript:')
  })

  test('formats inline nodes as Word run properties', async () => {
    const parts = await render(withBlocks([{type: 'paragraph', children: [
      {type: 'emphasis', children: [{type: 'text', value: 'i'}]},
      {type: 'delete', children: [{type: 'text', value: 's'}]},
      {type: 'underline', children: [{type: 'text', value: 'u'}]},
      {type: 'subscript', children: [{type: 'text', value: 'sub'}]},
      {type: 'superscript', children: [{type: 'text', value: 'sup'}]},
      {type: 'html', value: '<span>'},
    ]}]))
    const xml = parts['word/document.xml']!
    for (const property of ['<w:i/>', '<w:strike/>', '<w:u w:val="single"/>', '<w:vertAlign w:val="subscript"/>', '<w:vertAlign w:val="superscript"/>']) {
      expect(xml).toContain(property)
    }
  })

  test('control characters become spaces instead of gluing words', async () => {
    const parts = await render(withBlocks([paragraphOf('Texte\x01avec\x0Bdes\uFFFEcontrôles')]))
    expect(documentText(parts['word/document.xml']!)).toContain('Texte avec des contrôles')
  })
})

describe('document', () => {
  test('renders minutes without ateliers: intro and sections as chapters', async () => {
    const seminar = seminarOf({intro: [paragraphOf('Ordre du jour.')], sections: [sectionOf(1, 'Bilan', [paragraphOf('Hausse.')])]})
    const dump = dumpDocument(await render(seminar))
    expect(dump).toContain('⤓{Heading1} Introduction')
    expect(dump).toContain('{Heading1} 1. Bilan')
    expect(dump).not.toContain('|! N° | Atelier')
  })

  test('writes English labels and the front matter in the annex', async () => {
    const seminar = seminarOf({lang: 'en', meta: {organizer: 'Chambre', tags: ['ESS', 'coop']}, ateliers: [atelierOf(1, {facilitatorsText: 'moderated by Emilie Lanciano and Delphine Lorin + Agnès Bachelot'})]})
    const parts = await render(seminar)
    const dump = dumpDocument(parts)
    expect(dump).toContain('|! No. | Last name | First name | Organization |')
    expect(dump).toContain('{Subtitle} Date: October 24, 2019 (24 octobre 2019)')
    expect(dump).toContain('{AnnexEntry} organizer: Chambre')
    expect(dump).toContain('{AnnexEntry} tags: ESS, coop')
    expect(dump).toContain('{Facilitators} Moderated by Emilie Lanciano and Delphine Lorin + Agnès Bachelot')
    expect(parts['word/styles.xml']).toContain('<w:lang w:val="en-US"/>')
  })

  test('dateLine adds the date as written only when it says more', () => {
    expect(dateLine('2019-10-24', '24 octobre 2019', 'fr')).toBe('24 octobre 2019')
    expect(dateLine('2021-03-03', 'le 3 mars 2021', 'fr')).toBe('3 mars 2021 (le 3 mars 2021)')
    expect(dateLine(undefined, 'printemps 2020', 'fr')).toBe('printemps 2020')
  })

  test('takes the styles of a reference document, keeping our own style names defined', async () => {
    const referenceXml = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Garamond"/></w:rPr></w:rPrDefault></w:docDefaults><w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:rPr><w:color w:val="FF0000"/></w:rPr></w:style></w:styles>'
    const reference = zipSync({'word/styles.xml': strToU8(referenceXml)})
    const styles = (await render(withBlocks([]), {referenceDocx: reference}))['word/styles.xml']!
    expect(styles).toContain('Garamond')
    expect(styles).toContain('<w:color w:val="FF0000"/>')
    expect(styles).toContain('w:styleId="Question"')
    expect(styles).toContain('<w:lang w:val="fr-FR"/>')
    expect(() => parseXml(styles)).not.toThrow()
  })

  test('refuses a reference that is not a Word document', async () => {
    await expect(renderDocx(withBlocks([]), {referenceDocx: strToU8('not a zip')})).rejects.toThrow(ReferenceDocxError)
    await expect(renderDocx(withBlocks([]), {referenceDocx: zipSync({'a.txt': strToU8('x')})})).rejects.toThrow(/word\/styles.xml/)
  })
})
