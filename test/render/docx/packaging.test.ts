import {strToU8, unzipSync, zipSync} from 'fflate'
import {describe, expect, test} from 'vitest'
import {pinPackage, renumberBookmarks, setDefaultLanguage, w3cdtf} from '../../../src/render/docx/packaging.js'
import {parseXml} from './helpers.js'

const styles = (inner: string) => `<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">${inner}</w:styles>`

describe('setDefaultLanguage', () => {
  test('puts w:lang before the run properties that must follow it', () => {
    const xml = setDefaultLanguage(styles('<w:docDefaults><w:rPrDefault><w:rPr><w:sz w:val="2"/><w:lang w:val="en-US"/><w:eastAsianLayout/></w:rPr></w:rPrDefault></w:docDefaults>'), 'fr-FR')
    expect(xml).toContain('<w:rPr><w:sz w:val="2"/><w:lang w:val="fr-FR"/><w:eastAsianLayout/></w:rPr>')
  })
  test('creates the defaults a reference document lacks', () => {
    expect(setDefaultLanguage(styles('<w:style/>'), 'fr-FR')).toContain('<w:docDefaults><w:rPrDefault><w:rPr><w:lang w:val="fr-FR"/></w:rPr></w:rPrDefault></w:docDefaults><w:style/>')
    expect(setDefaultLanguage(styles('<w:docDefaults><w:pPrDefault/></w:docDefaults>'), 'de-DE')).toContain('<w:docDefaults><w:rPrDefault><w:rPr><w:lang w:val="de-DE"/></w:rPr></w:rPrDefault><w:pPrDefault/>')
    for (const inner of ['<w:style/>', '<w:docDefaults/>', '<w:docDefaults><w:rPrDefault/></w:docDefaults>']) {
      expect(() => parseXml(setDefaultLanguage(styles(inner), 'fr-FR'))).not.toThrow()
    }
  })
})

test('renumberBookmarks numbers ids and TOC names from 1 in order', () => {
  const xml = '<w:hyperlink w:anchor="_Toc17"/><w:bookmarkStart w:name="_Toc17" w:id="40"/><w:bookmarkEnd w:id="40"/><w:bookmarkStart w:name="_Toc18" w:id="41"/>'
  expect(renumberBookmarks(xml)).toBe('<w:hyperlink w:anchor="_Toc1"/><w:bookmarkStart w:name="_Toc1" w:id="1"/><w:bookmarkEnd w:id="1"/><w:bookmarkStart w:name="_Toc2" w:id="2"/>')
})

test('pinPackage pins dates and random relationship ids, whatever the clock', () => {
  const make = (id: string, now: string) => zipSync({
    'word/document.xml': [strToU8(`<w:document r:id="${id}"/>`), {mtime: new Date(now)}],
    'word/_rels/document.xml.rels': strToU8(`<Relationships><Relationship Id="${id}" Target="https://example.org"/></Relationships>`),
    'docProps/core.xml': strToU8('<cp:coreProperties><dcterms:created xsi:type="dcterms:W3CDTF">2030-01-01T00:00:00.000Z</dcterms:created></cp:coreProperties>'),
    '[Content_Types].xml': strToU8('<Types/>'),
  })
  const options = {timestamp: new Date('2019-10-24T00:00:00Z'), language: 'fr-FR'}
  const a = pinPackage(make('rIdabcdefghijklmnopqrstu', '2024-01-01'), options)
  const b = pinPackage(make('rIdzyxwvutsrqponmlkjihgf', '2025-06-01'), options)
  expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true)
  const files = unzipSync(a)
  expect(Object.keys(files)[0]).toBe('[Content_Types].xml')
  expect(new TextDecoder().decode(files['word/document.xml'])).toBe('<w:document r:id="rIdLink1"/>')
  expect(new TextDecoder().decode(files['docProps/core.xml'])).toContain('>2019-10-24T00:00:00Z<')
})

test('w3cdtf writes seconds in UTC', () => {
  expect(w3cdtf(new Date('2019-10-24T12:34:56.789Z'))).toBe('2019-10-24T12:34:56Z')
})
