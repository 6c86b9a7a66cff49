import {describe, expect, test} from 'vitest'
import {wordLanguage} from '../../../src/render/docx/language.js'
import {htmlText, xmlSafe} from '../../../src/render/docx/text.js'

describe('xmlSafe', () => {
  test('replaces what XML forbids with a space, keeping words apart', () => {
    expect(xmlSafe('Texte\x01avec')).toBe('Texte avec')
    expect(xmlSafe('a\x00b\x1Fc\uFFFEd\uFFFFe')).toBe('a b c d e')
    expect(xmlSafe('x\uD800y\uDC00z')).toBe('x y z')
  })
  test('keeps tabs, line feeds and astral characters', () => {
    expect(xmlSafe('a\tb\nc 😀')).toBe('a\tb\nc 😀')
  })
})

describe('htmlText', () => {
  test('drops formatting tags inside words and separates at other tags', () => {
    expect(htmlText('H<sub>2</sub>O')).toBe('H2O')
    expect(htmlText('<summary>Détails</summary>contenu').trim().split(/\s+/)).toEqual(['Détails', 'contenu'])
  })
  test('decodes character references and keeps comment words', () => {
    expect(htmlText('&#106;ava &amp; &eacute;t&eacute; &unknown;')).toBe('java & été &unknown;')
    expect(htmlText('<!-- note -->').trim()).toBe('note')
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
