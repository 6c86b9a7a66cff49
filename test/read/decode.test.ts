import {describe, expect, it} from 'vitest'
import {decode, normalizeNewlines} from '../../src/read/decode.js'
import {replaceControlCharacters} from '../../src/text/control-characters.js'
import {InputError} from '../../src/errors.js'
import {strToU8, zipSync} from 'fflate'

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
    expect(decode(Uint8Array.of(0xef, 0xbb, 0xbf, 0x61, 0x80, 0x62))).toEqual({
      text: 'a\uFFFDb',
      encoding: 'utf-8-bom',
      repaired: {count: 1, line: 1, column: 2},
    })
  })

  it('refuses binary data with an InputError', () => {
    expect(() => decode(Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x00, 0x01))).toThrow(InputError)
    expect(() => decode(Uint8Array.of(1, 2, 3, 4, 5, 6, 7, 8, 14, 15))).toThrow(/binary data \(100 % NUL or control bytes\)/)
  })
})

describe('decode: UTF-8 with a few bad bytes', () => {
  const bytes = (...parts: (string | number[])[]) => Uint8Array.from(parts.flatMap((part) => (typeof part === 'string' ? [...utf8(part)] : part)))

  it('keeps every valid sequence and reads a stray Latin-1 letter as that letter', () => {
    // "é" written once as the single byte 0xE9 in an otherwise UTF-8 file.
    const decoded = decode(bytes('# Réunion été\n\nCaf', [0xe9], ' à Chambéry, déjà\n'))
    expect(decoded).toEqual({text: '# Réunion été\n\nCafé à Chambéry, déjà\n', encoding: 'utf-8', repaired: {count: 1, line: 3, column: 4}})
  })

  it('reads 0xFF and 0xFE as ÿ and þ, other stray bytes that are no letter as U+FFFD', () => {
    expect(decode(bytes('Été ', [0xff], ' ', [0xfe], ' ', [0x80], ' ', [0x92], ' ', [0xbf], '\n')).text).toBe('Été ÿ þ \uFFFD \uFFFD \uFFFD\n')
  })

  it('reads an overlong form, a CESU-8 surrogate or a code point past U+10FFFF as one U+FFFD each', () => {
    const decoded = decode(bytes('Écrit ', [0xc0, 0xaf], ' ', [0xe0, 0x80, 0xaf], ' ', [0xed, 0xa0, 0x80], ' ', [0xed, 0xa0, 0xbd, 0xed, 0xb8, 0x80], ' ', [0xf4, 0x90, 0x80, 0x80], ' fin\n'))
    expect(decoded.text).toBe('Écrit \uFFFD \uFFFD \uFFFD \uFFFD\uFFFD \uFFFD fin\n')
    expect(decoded.repaired).toEqual({count: 6, line: 1, column: 7})
  })

  it('counts lines as editors do (CRLF, CR) for the first repair', () => {
    expect(decode(bytes('Élu\r\nun\rdeux\n', [0xe9], '\n')).repaired).toEqual({count: 1, line: 4, column: 1})
  })

  it('reads a file with no valid multi-byte sequence, or far fewer than invalid ones, as Windows-1252', () => {
    // Every accent one byte: a legacy file.
    expect(decode(bytes('R', [0xe9], 'union d', [0xe9], 'j', [0xe0], ' pr', [0xe9], 'vue\n'))).toEqual({text: 'Réunion déjà prévue\n', encoding: 'windows-1252'})
    // Eleven single-byte accents and one pair that happens to be valid UTF-8 ("É" + no-break space).
    const legacy = bytes(...Array.from({length: 11}, () => ['caf', [0xe9], ' '] as (string | number[])[]).flat(), 'CAF', [0xc9, 0xa0], ':\n')
    expect(decode(legacy).encoding).toBe('windows-1252')
    expect(decode(legacy).text).toContain('CAFÉ\u00A0:')
  })
})

describe('decode: what is not text', () => {
  // ODF stores its `mimetype` entry first and uncompressed (ODF 1.2 part 3, §3.3).
  const zip = (entries: Record<string, string>) =>
    zipSync(Object.fromEntries(Object.entries(entries).map(([name, text]) => [name, [strToU8(text), {level: name === 'mimetype' ? 0 : 6}]])))

  it.each([
    ['a PNG image', Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d)],
    ['a JPEG image', Uint8Array.of(0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46)],
    ['a GIF image', utf8('GIF89a\u0001\u0000')],
    ['a PDF document', utf8('%PDF-1.7\n%âãÏÓ\n')],
    ['a Word document (ZIP)', zip({'[Content_Types].xml': '<Types/>', 'word/document.xml': '<w:document/>'})],
    ['an OpenDocument text (ZIP)', zip({mimetype: 'application/vnd.oasis.opendocument.text', 'content.xml': '<office:document-content/>'})],
    ['an Excel workbook (ZIP)', zip({'xl/workbook.xml': '<workbook/>'})],
    ['a ZIP archive', zip({'notes.md': '# Réunion'})],
    ['an Office 97–2003 document (OLE2, e.g. .doc)', Uint8Array.of(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0)],
    ['a Linux program (ELF)', Uint8Array.of(0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0)],
    ['a macOS program (Mach-O)', Uint8Array.of(0xcf, 0xfa, 0xed, 0xfe, 7, 0, 0, 1)],
    ['a Windows program (PE)', Uint8Array.from({length: 0x90}, (_, index) => [0x4d, 0x5a][index] ?? (index === 0x3c ? 0x80 : index === 0x80 ? 0x50 : index === 0x81 ? 0x45 : 0))],
  ])('refuses %s, saying so', (kind, input) => {
    expect(() => decode(input)).toThrow(new InputError('binary-input', `this is ${kind}, not Markdown minutes`))
  })

  it('reads text that merely starts like a signature ("MZ", "PK") as text', () => {
    expect(decode(utf8('MZ Conseil : réunion du 3 mars\n')).text).toBe('MZ Conseil : réunion du 3 mars\n')
    expect(decode(utf8('PK et moi\n')).encoding).toBe('utf-8')
  })

  it('reads text with a few NUL bytes as text (they become spaces later), and refuses mostly NUL', () => {
    expect(decode(utf8('# Réunion\n\nun\u0000deux\u0000trois\n')).text).toBe('# Réunion\n\nun\u0000deux\u0000trois\n')
    expect(() => decode(new Uint8Array(4096))).toThrow(/binary data \(100 % NUL or control bytes\)/)
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
