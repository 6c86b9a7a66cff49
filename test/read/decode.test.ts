import {describe, expect, it} from 'vitest'
import {decode, normalizeNewlines} from '../../src/read/decode.js'
import {replaceControlCharacters} from '../../src/text/control-characters.js'
import {InputError} from '../../src/errors.js'

const utf8 = (text: string) => new TextEncoder().encode(text)

describe('decode', () => {
  it('reads UTF-8', () => {
    expect(decode(utf8('Département Isère'))).toEqual({text: 'Département Isère', encoding: 'utf-8'})
  })

  it('drops a UTF-8 byte order mark and says so', () => {
    expect(decode(Uint8Array.of(0xef, 0xbb, 0xbf, ...utf8('Été')))).toEqual({text: 'Été', encoding: 'utf-8-bom'})
  })

  it('reads UTF-16 with either byte order mark', () => {
    const le = Buffer.concat([Buffer.of(0xff, 0xfe), Buffer.from('Sœur €', 'utf16le')])
    const be = Buffer.from(Buffer.concat([Buffer.of(0xfe, 0xff), Buffer.from('Sœur €', 'utf16le').swap16()]))
    expect(decode(le)).toEqual({text: 'Sœur €', encoding: 'utf-16le'})
    expect(decode(be)).toEqual({text: 'Sœur €', encoding: 'utf-16be'})
  })

  it('reads Windows-1252, including œ, € and curly quotes in 0x80–0x9F', () => {
    // "Sœur Thérèse – l’œuvre 5 €" in Windows-1252
    const bytes = Uint8Array.of(
      0x53, 0x9c, 0x75, 0x72, 0x20, 0x54, 0x68, 0xe9, 0x72, 0xe8, 0x73, 0x65, 0x20, 0x96, 0x20,
      0x6c, 0x92, 0x9c, 0x75, 0x76, 0x72, 0x65, 0x20, 0x35, 0x20, 0x80,
    )
    expect(decode(bytes)).toEqual({text: 'Sœur Thérèse – l’œuvre 5 €', encoding: 'windows-1252'})
  })

  it('keeps a BOM-marked file with a bad byte, marking the damage', () => {
    expect(decode(Uint8Array.of(0xef, 0xbb, 0xbf, 0x61, 0xff, 0x62)).text).toBe('a\uFFFDb')
  })

  it('refuses binary data with an InputError', () => {
    expect(() => decode(Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x00, 0x01))).toThrow(InputError)
    expect(() => decode(Uint8Array.of(1, 2, 3, 4, 5, 6, 7, 8, 14, 15))).toThrow(/binary/)
  })

  it('reads empty input as empty text', () => {
    expect(decode(new Uint8Array())).toEqual({text: '', encoding: 'utf-8'})
  })
})

describe('normalizeNewlines', () => {
  it('turns CRLF and lone CR into LF', () => {
    expect(normalizeNewlines('a\r\nb\rc\nd')).toBe('a\nb\nc\nd')
  })
})

describe('replaceControlCharacters', () => {
  it('replaces what XML 1.0 forbids with spaces, keeping offsets', () => {
    const result = replaceControlCharacters('Texte\u0001avec\u0000fin\uFFFF\uD800x')
    expect(result).toEqual({text: 'Texte avec fin  x', firstOffset: 5, count: 4})
  })

  it('leaves tabs, newlines and emoji alone', () => {
    expect(replaceControlCharacters('a\tb\nc 🎉')).toEqual({text: 'a\tb\nc 🎉', count: 0})
  })
})
