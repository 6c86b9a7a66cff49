import {describe, expect, test} from 'vitest'
import {wordLanguage} from '../../../src/render/docx/language.js'
import {maxRunText, textRuns} from '../../../src/render/docx/wml.js'
import {escapeXml} from '../../../src/render/docx/xml.js'
import {documentText, parseXml} from './helpers.js'

describe('escapeXml', () => {
  test('escapes markup in content and attributes', () => {
    expect(escapeXml('a < b & "c" > d')).toBe('a &lt; b &amp; &quot;c&quot; &gt; d')
  })
  test('replaces what XML forbids with a space, keeping words apart', () => {
    expect(escapeXml('Texte\x01avec')).toBe('Texte avec')
    expect(escapeXml('a\x00b\x1Fc\uFFFEd\uFFFFe')).toBe('a b c d e')
    expect(escapeXml('x\uD800y\uDC00z')).toBe('x y z')
  })
  test('keeps tabs, line feeds and astral characters', () => {
    expect(escapeXml('a\tb\nc 😀')).toBe('a\tb\nc 😀')
  })
})

describe('text runs', () => {
  const document = (runs: string) => `<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p>${runs}</w:p></w:body></w:document>`

  test('cut long text into runs of at most 32 KB, on spaces, with the same text', () => {
    const text = Array.from({length: 20_000}, (_, index) => `mot${index}`).join(' ')
    const xml = textRuns(text, '<w:rPr><w:b/></w:rPr>')
    const pieces = [...xml.matchAll(/<w:t xml:space="preserve">([^<]*)<\/w:t>/g)].map((match) => match[1]!)
    expect(pieces.length).toBeGreaterThan(3)
    expect(pieces.every((piece) => piece.length <= maxRunText)).toBe(true)
    expect(pieces.slice(0, -1).every((piece) => piece.endsWith(' '))).toBe(true)
    expect(pieces.join('')).toBe(text)
    expect(xml.split('<w:rPr><w:b/></w:rPr>').length - 1).toBe(pieces.length)
    expect(documentText(document(xml))).toBe(text)
  })

  test('cut text without spaces between code points, never inside a surrogate pair', () => {
    const text = '😀'.repeat(maxRunText)
    const xml = textRuns(text, '')
    expect(() => parseXml(document(xml))).not.toThrow()
    expect(documentText(document(xml))).toBe(text)
  })

  test('write tabs as w:tab and line feeds as spaces', () => {
    expect(textRuns('a\tb\nc', '')).toBe('<w:r><w:t xml:space="preserve">a</w:t><w:tab/><w:t xml:space="preserve">b c</w:t></w:r>')
  })
})

describe('wordLanguage', () => {
  test('gives Word a language with its region', () => {
    expect(wordLanguage('fr')).toBe('fr-FR')
    expect(wordLanguage('en')).toBe('en-US')
    expect(wordLanguage('en-GB')).toBe('en-GB')
    expect(wordLanguage('fr_ca')).toBe('fr-CA')
  })
})
