/**
 * The DOCX writer on hand-built seminars: lists, tables, inline formatting,
 * links and bookmarks, participants tables, reference styles.
 */
import {strToU8, zipSync} from 'fflate'
import {describe, expect, test} from 'vitest'
import {renderDocx, ReferenceDocxError} from '../../../src/render/docx/index.js'
import type {Block, Seminar} from '../../../src/types.js'
import {atelier, grenoble, li, list, ol, p, participant, person, section, seminar, t, ul, attendance} from '../../helpers/seminar.js'
import {documentText, dumpDocument, parseXml, unzipDocx} from './helpers.js'

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'
const render = async (value: Seminar, options = {}) => unzipDocx(await renderDocx(value, options))
const withBlocks = (blocks: Block[], lang = 'fr') => seminar({...grenoble, lang, ateliers: [atelier(1, {sections: [section(1, 'Vision', {blocks})]})]})

describe('participants table', () => {
  test('shows N° and Organisation only when the names were redacted', async () => {
    const node = atelier(1, {attendance: [attendance([
      {type: 'participant', number: 1, organization: 'Cap Rural', status: 'present'},
      {type: 'participant', number: 2, organization: 'CIEDEL', status: 'present'},
    ])]})
    const dump = dumpDocument(await render(seminar({ateliers: [node]})))
    expect(dump).toContain('|! N° | Organisation |')
    expect(dump).toContain('| 2 | CIEDEL |')
  })

  test('marks a missing name among named rows across both name columns, and keeps unplaced cells', async () => {
    const node = atelier(1, {attendance: [attendance([
      participant(1, 'GIRARD Anne', 'Cap Rural'),
      {type: 'participant', number: 2, organization: 'CIEDEL', extra: ['06 00 00 00 00'], status: 'present'},
    ])]})
    const parts = await render(seminar({ateliers: [node]}))
    const dump = dumpDocument(parts)
    expect(dump).toContain('{TableCaption} Participants (2)')
    expect(dump).toContain('|! N° | Nom | Prénom | Organisation | Autre |')
    expect(dump).toContain('| 2 | nom masqué | CIEDEL | 06 00 00 00 00 |')
    expect(parts['word/document.xml']).toContain('<w:gridSpan w:val="2"/>')
  })
})

describe('blocks', () => {
  test('each numbered list restarts at its own start number', async () => {
    const parts = await render(withBlocks([ol(undefined, 'un', 'deux'), p(t('entre')), ol(3, 'trois'), ol(undefined, 'encore')]))
    const numbering = parseXml(parts['word/numbering.xml']!)
    const nums = [...numbering.getElementsByTagNameNS(W, 'num')]
    const listIds = [...dumpDocument(parts).matchAll(/\[list (\d+)\] (un|deux|trois|encore)/g)].map((match) => match[1]!)
    expect(listIds[0]).toBe(listIds[1])
    expect(new Set(listIds).size).toBe(3)
    const startOf = (id: string) => nums.find((num) => num.getAttributeNS(W, 'numId') === id)!
      .getElementsByTagNameNS(W, 'lvlOverride')[0]!.getElementsByTagNameNS(W, 'startOverride')[0]!.getAttributeNS(W, 'val')
    expect(listIds.map(startOf)).toEqual(['1', '1', '3', '1'])
  })

  test('nests lists by level, continuation blocks under their item', async () => {
    const nested = ul([p(t('parent')), ul('enfant'), p(t('suite'))])
    const parts = await render(withBlocks([nested]))
    const dump = dumpDocument(parts)
    expect(dump).toMatch(/\[list \d+\] parent/)
    expect(dump).toMatch(/ {2}\[list \d+\] enfant/)
    expect(parts['word/document.xml']).toMatch(/<w:ind w:left="567"\/><\/w:pPr><w:r><w:t xml:space="preserve">suite/)
  })

  test('renders quotes, code, tables, raw HTML, breaks and images as Word content', async () => {
    const blocks: Block[] = [
      {type: 'blockquote', children: [p(t('cité'))]},
      {type: 'code', lang: 'js', value: 'const a = 1\n\tindenté'},
      {type: 'table', align: ['left', 'right'], children: [
        {type: 'tableRow', children: [{type: 'tableCell', children: [t('Clé')]}, {type: 'tableCell', children: [t('Valeur')]}]},
        {type: 'tableRow', children: [{type: 'tableCell', children: [t('a')]}, {type: 'tableCell', children: [t('1')]}]},
      ]},
      {type: 'htmlBlock', value: '<div class="x">texte <b>brut</b></div><ul><li>puce</li></ul>'},
      {type: 'thematicBreak'},
      p(
        {type: 'strong', children: [t('gras')]}, {type: 'break'},
        {type: 'image', url: 'https://example.org/plan.png', alt: 'plan'},
        {type: 'inlineCode', value: 'x()'},
        {type: 'link', url: 'javascript:alert(1)', children: [t('piège')]},
      ),
    ]
    const parts = await render(withBlocks(blocks))
    const dump = dumpDocument(parts)
    expect(dump).toContain('{BlockQuote} cité')
    expect(dump).toContain('{SourceCode} →indenté')
    expect(dump).toContain('|! Clé | Valeur |')
    expect(dump).toContain('texte brut')
    expect(dump).toMatch(/\{ListParagraph\} \[list \d+\] puce/)
    expect(dump).toContain('gras↵[Image\u00A0: plan](https://example.org/plan.png) https://example.org/plan.pngx()piège javascript:alert(1)')
    // The javascript: URL is shown, never linked.
    expect(parts['word/_rels/document.xml.rels']).not.toContain('javascript:')
  })

  test('formats inline nodes as Word run properties, raw HTML formatting included', async () => {
    const parts = await render(withBlocks([p(
      {type: 'emphasis', children: [t('i')]},
      {type: 'delete', children: [t('s')]},
      {type: 'underline', children: [t('u')]},
      {type: 'subscript', children: [t('sub')]},
      {type: 'superscript', children: [t('sup')]},
      {type: 'html', value: '<mark>surligné</mark>'},
    )]))
    const xml = parts['word/document.xml']!
    for (const property of ['<w:i/>', '<w:strike/>', '<w:u w:val="single"/>', '<w:vertAlign w:val="subscript"/>', '<w:vertAlign w:val="superscript"/>', '<w:highlight w:val="yellow"/>']) {
      expect(xml).toContain(property)
    }
  })

  test('5,000 nested emphases and a 10,000-row table keep every word', async () => {
    let inline: import('../../../src/types.js').Inline = t('fond')
    for (let depth = 0; depth < 5000; depth++) inline = {type: depth % 2 ? 'strong' : 'emphasis', children: [inline, t(` ${depth}`)]}
    const rows = Array.from({length: 10_000}, (_, index) => ({type: 'tableRow' as const, children: [{type: 'tableCell' as const, children: [t(`r${index}`)]}]}))
    const parts = await render(withBlocks([p(inline), {type: 'table', align: [null], children: rows}]))
    const text = documentText(parts['word/document.xml']!)
    expect(text).toContain('fond 0 1 2')
    expect(text).toContain('r9999')
  })

  test('control characters become spaces instead of gluing words', async () => {
    const parts = await render(withBlocks([p(t('Texte\x01avec\x0Bdes\uFFFEcontrôles'))]))
    expect(documentText(parts['word/document.xml']!)).toContain('Texte avec des contrôles')
  })
})

describe('links and bookmarks', () => {
  test('the summary, contents and annex link to bookmarks on what they name; addresses get relationships', async () => {
    const value = seminar({...grenoble, ateliers: [atelier(1, {sections: [section(1, 'Vision', {blocks: [
      p({type: 'link', url: 'https://example.org/a', title: 'Titre', children: [t('site')]}, t(' et '), {type: 'link', url: '#atelier-1', children: [t('retour')]}),
    ]})]})]})
    const parts = await render({...value, summary: {...value.summary, links: [{url: 'https://example.org/a', text: 'site', atelier: 'atelier-1'}]}})
    const xml = parts['word/document.xml']!
    const document = parseXml(xml)
    const bookmarks = new Set([...document.getElementsByTagNameNS(W, 'bookmarkStart')].map((node) => node.getAttributeNS(W, 'name')))
    const anchors = [...document.getElementsByTagNameNS(W, 'hyperlink')].map((node) => node.getAttributeNS(W, 'anchor')).filter(Boolean)
    expect(anchors).toContain('_atelier_1')
    for (const anchor of anchors) expect(bookmarks).toContain(anchor)
    const ids = [...document.getElementsByTagNameNS(W, 'bookmarkStart')].map((node) => Number(node.getAttributeNS(W, 'id')))
    expect(ids).toEqual(ids.map((_, index) => index))
    expect(xml).toContain('w:tooltip="Titre"')
    expect(parts['word/_rels/document.xml.rels']).toContain('Target="https://example.org/a" TargetMode="External"')
  })
})

describe('document', () => {
  test('renders minutes without ateliers: intro and sections as chapters, the first on a new page', async () => {
    const value = seminar({intro: [p(t('Ordre du jour.'))], sections: [section(1, 'Bilan', {blocks: [p(t('Hausse.'))]})]})
    const dump = dumpDocument(await render(value))
    expect(dump).toContain('⤓{Heading1} Introduction')
    expect(dump).toContain('\n{Heading1} 1. Bilan')
    expect(dump).not.toContain('|! N° | Atelier')
  })

  test('writes English labels, the front matter with the title facts, the language in the styles', async () => {
    const value = seminar({...grenoble, lang: 'en', meta: {organizer: 'Chambre', tags: ['ESS', 'coop']}, ateliers: [atelier(1, {
      facilitators: [person('Emilie Lanciano'), person('Delphine Lorin'), person('Agnès Bachelot', 'assistant')],
      facilitatorsText: 'moderated by Emilie Lanciano and Delphine Lorin + Agnès Bachelot',
      attendance: [attendance([participant(1, 'GIRARD Anne', 'Cap Rural')])],
    })]})
    const parts = await render(value)
    const dump = dumpDocument(parts)
    expect(dump).toContain('|! No. | Last name | First name | Organization |')
    expect(dump).toContain('{Subtitle} Date: October 24, 2019 (24 octobre 2019)')
    expect(dump).toContain('{Subtitle} organizer: Chambre')
    expect(dump).toMatch(/\{ListParagraph\} \[list \d+\] ESS/)
    expect(dump).toContain('{Facilitators} Moderated by Emilie Lanciano and Delphine Lorin + Agnès Bachelot')
    expect(parts['word/styles.xml']).toContain('<w:lang w:val="en-US"/>')
  })

  test('takes the styles of a reference document, keeping our own style names defined', async () => {
    const referenceXml = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Garamond"/><w:lang w:val="de-DE"/><w:eastAsianLayout/></w:rPr></w:rPrDefault></w:docDefaults><w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:rPr><w:color w:val="FF0000"/></w:rPr></w:style></w:styles>'
    const reference = zipSync({'word/styles.xml': strToU8(referenceXml)})
    const styles = (await render(withBlocks([]), {referenceDocx: reference}))['word/styles.xml']!
    const document = parseXml(styles)
    const ids = [...document.getElementsByTagNameNS(W, 'style')].map((style) => style.getAttributeNS(W, 'styleId'))
    expect(ids.filter((id) => id === 'Heading1')).toHaveLength(1)
    expect(ids).toContain('Question')
    expect(styles).toContain('Garamond')
    expect(styles).toContain('<w:color w:val="FF0000"/>')
    expect(styles).toContain('<w:lang w:val="fr-FR"/><w:eastAsianLayout/>')
    expect(styles).not.toContain('de-DE')
    expect(document.getElementsByTagNameNS(W, 'docDefaults')).toHaveLength(1)
  })

  test('a reference without run defaults gets them, with the language', async () => {
    const reference = zipSync({'word/styles.xml': strToU8('<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:style w:type="paragraph" w:styleId="Normal"/></w:styles>')})
    const styles = (await render(withBlocks([]), {referenceDocx: reference}))['word/styles.xml']!
    expect(styles).toMatch(/^(<\?xml[^>]*>)?<w:styles[^>]*><w:docDefaults><w:rPrDefault><w:rPr><w:lang w:val="fr-FR"\/><\/w:rPr><\/w:rPrDefault><\/w:docDefaults>/)
  })

  test('refuses a reference that is not a Word document', async () => {
    await expect(renderDocx(withBlocks([]), {referenceDocx: strToU8('not a zip')})).rejects.toThrow(ReferenceDocxError)
    await expect(renderDocx(withBlocks([]), {referenceDocx: zipSync({'a.txt': strToU8('x')})})).rejects.toThrow(/word\/styles.xml/)
    await expect(renderDocx(withBlocks([]), {referenceDocx: zipSync({'word/styles.xml': strToU8('<w:styles')})})).rejects.toThrow(ReferenceDocxError)
  })
})

void li
void list
