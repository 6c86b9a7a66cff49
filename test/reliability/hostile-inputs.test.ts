/**
 * Hostile inputs through the library API (parseMinutes → renderJson,
 * renderHtml, renderDocx). Each either converts, with diagnostics, or is
 * refused with one `InputError`; nothing else may be thrown, nothing may
 * hang, the DOCX stays valid XML and the HTML stays free of scripts. Where
 * the input has words, every one of them is in every output.
 *
 * Sizes are chosen for a shared 2-core machine (the whole file runs in well
 * under two minutes); see the comments on the big cases.
 */
import {describe, expect, test} from 'vitest'
import {InputError, parseMinutes} from '../../src/index.js'
import {contentWords, missingWords, wordsOf} from '../helpers/words.js'
import {convert, convertOrRefuse, type Converted} from './convert.js'

const encoder = new TextEncoder()

/**
 * Every expected word is in the JSON, as often; and in the HTML and DOCX
 * text, except the cues those restate in their own labels (a participants
 * header "Nom, Prénom | Organisation" becomes the table's column names, as in
 * test/render/html/fixtures.test.ts).
 */
function expectWords(converted: Converted, expected: readonly string[]): void {
  expect(missingWords(expected, wordsOf(converted.jsonText)), 'JSON').toEqual([])
  const {seminar} = converted
  const headers = [...seminar.attendance, ...seminar.ateliers.flatMap((atelier) => atelier.attendance)].flatMap((list) => (list.columns ?? []).map((column) => column.header))
  const restated = new Set(wordsOf(headers.join(' ')))
  const shown = expected.filter((word) => !restated.has(word))
  expect(missingWords(shown, wordsOf(converted.htmlText)), 'HTML').toEqual([])
  expect(missingWords(shown, wordsOf(converted.docxText)), 'DOCX').toEqual([])
}

/** Converts, expects success, and checks that no content word of the decoded text is lost. */
async function expectConverts(input: string | Uint8Array): Promise<Converted> {
  const converted = await convert(input)
  expectWords(converted, contentWords(converted.text))
  return converted
}

function rules(converted: Converted): string[] {
  return converted.seminar.diagnostics.map((diagnostic) => diagnostic.ruleId)
}

describe('empty and blank input', () => {
  test('an empty file converts, with a missing-title warning', async () => {
    for (const input of ['', new Uint8Array(0)]) {
      const converted = await convert(input)
      expect(rules(converted)).toContain('title-missing')
      expect(converted.seminar.ateliers).toEqual([])
    }
  })

  test('white space only converts', async () => {
    const converted = await convert(encoder.encode(' \n\t\n   \r\n\u00A0\n'))
    expect(rules(converted)).toContain('title-missing')
  })
})

describe('bytes that are not UTF-8 text', () => {
  test('binary data is refused with one InputError that says what it is', async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52])
    const random = Uint8Array.from({length: 4096}, (_, index) => (index * 2654435761) >>> 24)
    for (const [input, message] of [[png, /^this is a PNG image, not Markdown minutes$/], [random, /^this is binary data \(\d+ % NUL or control bytes\), not Markdown minutes$/]] as const) {
      const result = await convertOrRefuse(input)
      expect(result).toBeInstanceOf(InputError)
      expect((result as InputError).code).toBe('binary-input')
      expect((result as InputError).message).toMatch(message)
    }
  })

  test('NUL and other C0 controls inside text become spaces; the DOCX stays valid', async () => {
    const controls = Array.from({length: 32}, (_, code) => String.fromCharCode(code)).filter((c) => c !== '\t' && c !== '\n' && c !== '\r')
    const text = `# Séminaire\n\n${controls.map((control, index) => `mot${index}${control}suite${index}`).join(' ')}\n\n- puce\u0000cachée\u000B\n`
    const converted = await expectConverts(text)
    expect(rules(converted)).toContain('control-character')
    expect(converted.docxText).toContain('mot0 suite0')
    // As bytes, a few stray controls are still text: NUL too, reported where it is.
    const bytes = await expectConverts(encoder.encode('# Titre\n\nun\u0001deux\u001Btrois\n'))
    expect(rules(bytes)).toContain('control-character')
    const nul = await expectConverts(encoder.encode('# Réunion du conseil\n\nLe budget\u0000est voté.\n\nÀ suivre\u0000demain.\n'))
    const warning = nul.seminar.diagnostics.find((diagnostic) => diagnostic.ruleId === 'control-character')
    expect(warning).toMatchObject({severity: 'warning', line: 3, column: 10, message: '2 control characters replaced by spaces; documents cannot hold them'})
    expect(nul.docxText).toContain('Le budget est voté.')
  })

  test('UTF-8 with a few invalid sequences stays UTF-8: only those bytes are repaired, with one warning', async () => {
    // Stray Latin-1 é and Ã, 0xFF/0xFE, an overlong "/", a CESU-8 surrogate, in UTF-8 minutes.
    const bad = new Uint8Array([...encoder.encode('# Café élu\n\nmot '), 0xc3, 0x28, 0x20, 0xff, 0xfe, 0x20, 0xc0, 0xaf, 0x20, 0xed, 0xa0, 0x80, ...encoder.encode(' fin, déjà\n\nCaf'), 0xe9, ...encoder.encode('\n')])
    const repaired = await expectConverts(bad)
    expect(repaired.seminar.source.encoding).toBe('utf-8')
    expect(repaired.seminar.title).toBe('Café élu')
    expect(repaired.text).toBe('# Café élu\n\nmot Ã( ÿþ \uFFFD \uFFFD fin, déjà\n\nCafé\n')
    const warnings = repaired.seminar.diagnostics.filter((diagnostic) => diagnostic.ruleId === 'invalid-utf8')
    expect(warnings).toEqual([expect.objectContaining({severity: 'warning', line: 3, column: 5})])
    expect(warnings[0]!.message).toMatch(/^6 invalid UTF-8 byte sequences/)
    expect(rules(repaired)).not.toContain('legacy-encoding')
    // With a byte order mark, the same.
    const withBom = await expectConverts(new Uint8Array([0xef, 0xbb, 0xbf, ...bad]))
    expect(withBom.seminar.source.encoding).toBe('utf-8-bom')
    expect(withBom.text).toBe(repaired.text)
    // A U+FFFD the minutes wrote, in valid UTF-8, is no damage.
    const written = await expectConverts(encoder.encode('# T\n\nLe caractère \uFFFD est valide.\n'))
    expect(written.seminar.source.encoding).toBe('utf-8')
    expect(rules(written)).not.toContain('invalid-utf8')
  })

  test('lone surrogates in a string become spaces', async () => {
    const converted = await expectConverts('# Titre\uD800\n\navant\uDC00après \uD83D fin \uDE00\n')
    expect(rules(converted)).toContain('control-character')
    expect(converted.json).not.toMatch(/\\ud[89a-f]/i)
  })

  test('UTF-16 with a byte order mark, little and big endian', async () => {
    const text = '# Séminaire été\r\n\r\n### Atelier 1 :\r\n\r\nanimé par Émilie Lanciano\r\n\r\nŒuvre — « citation » 😀\r\n'
    const units = Uint16Array.from({length: text.length}, (_, index) => text.charCodeAt(index))
    const le = new Uint8Array([0xff, 0xfe, ...new Uint8Array(units.buffer)])
    const be = new Uint8Array(le.length)
    be[0] = 0xfe
    be[1] = 0xff
    for (let index = 2; index < le.length; index += 2) {
      be[index] = le[index + 1]!
      be[index + 1] = le[index]!
    }
    for (const [bytes, encoding] of [[le, 'utf-16le'], [be, 'utf-16be']] as const) {
      const converted = await expectConverts(bytes)
      expect(converted.seminar.source.encoding).toBe(encoding)
      expect(converted.seminar.ateliers).toHaveLength(1)
      expect(converted.seminar.title).toBe('Séminaire été')
    }
  })

  test('Windows-1252 without BOM', async () => {
    // "Séminaire – café œuvre 5 € ‘x’" in Windows-1252.
    const bytes = new Uint8Array([...encoder.encode('# S'), 0xe9, ...encoder.encode('minaire\n\n'), 0x96, 0x20, 0x63, 0x61, 0x66, 0xe9, 0x20, 0x9c, ...encoder.encode('uvre 5 '), 0x80, 0x20, 0x91, 0x78, 0x92, 0x0a])
    const converted = await expectConverts(bytes)
    expect(converted.seminar.source.encoding).toBe('windows-1252')
    expect(converted.seminar.title).toBe('Séminaire')
    expect(converted.docxText).toContain('– café œuvre 5 € ‘x’')
  })
})

describe('line endings', () => {
  const minutes = ['# Séminaire', '', '### Atelier 1 :', '', '*Question ?*', '', 'animé par Anne Martin', '', '- un', '- deux', '']
  test.each([['CRLF', '\r\n'], ['CR only', '\r']])('%s', async (_name, newline) => {
    const converted = await expectConverts(minutes.join(newline))
    expect(converted.seminar.ateliers).toHaveLength(1)
    expect(converted.seminar.ateliers[0]!.facilitators[0]?.name).toBe('Anne Martin')
    expect(converted.json).not.toContain('\\r')
  })
})

describe('size', () => {
  // remark-parse reads about 1 MB a second here; 10 MB of one line takes
  // 15–20 s to parse alone, and three renderers on top exceed this file's
  // budget. 2 MB exercises the same code paths.
  test('a 2 MB single line', async () => {
    const words = Array.from({length: 200_000}, (_, index) => `mot${index}`)
    const line = `${words.join(' ')} `.padEnd(2_000_000, 'x')
    const converted = await convert(line)
    for (const word of ['mot0', 'mot99999', 'mot199999']) {
      expect(converted.jsonText).toContain(word)
      expect(converted.docxText).toContain(word)
      expect(converted.htmlText).toContain(word)
    }
  }, 120_000)

  test('200,000 short lines in one paragraph', async () => {
    const text = Array.from({length: 200_000}, (_, index) => `ligne ${index}`).join('\n')
    // Linear: 200,000 lines took minutes before GFM autolinks were left to
    // the mdast transform (see src/read/parse.ts); the test's timeout is the
    // guard, timings belong to the benchmark.
    const {seminar} = parseMinutes(text)
    const converted = await convert(text)
    expect(seminar.intro).toHaveLength(1)
    for (const word of ['ligne', '0', '100000', '199999']) {
      expect(wordsOf(converted.docxText)).toContain(word)
      expect(wordsOf(converted.htmlText)).toContain(word)
      expect(wordsOf(converted.jsonText)).toContain(word)
    }
  }, 120_000)

  test('a table with 10,000 rows', async () => {
    const rows = Array.from({length: 10_000}, (_, index) => `| ${index + 1} | NOM${index} Prénom | Organisation ${index % 97} |`)
    const text = ['# Séminaire', '', '| N° | Nom | Organisation |', '| --- | --- | --- |', ...rows, ''].join('\n')
    const converted = await convert(text)
    const table = converted.seminar.intro.find((block) => block.type === 'table')
    const participants = converted.seminar.attendance.reduce((sum, list) => sum + list.participants.length, 0)
    expect(table?.type === 'table' ? table.children.length : participants + 1).toBe(10_001)
    for (const word of ['nom0', 'nom9999', 'organisation']) expect(wordsOf(converted.docxText)).toContain(word)
  }, 120_000)

  test('a table with 300 columns', async () => {
    const header = `| ${Array.from({length: 300}, (_, index) => `col${index}`).join(' | ')} |`
    const rule = `|${' --- |'.repeat(300)}`
    const row = (r: number) => `| ${Array.from({length: 300}, (_, index) => `c${r}x${index}`).join(' | ')} |`
    const converted = await expectConverts(['# Large', '', header, rule, row(1), row(2), ''].join('\n'))
    expect(converted.docxText).toContain('c2x299')
  }, 60_000)

  test('very long words', async () => {
    const word = 'a'.repeat(100_000)
    const url = `https://example.org/${'b'.repeat(50_000)}`
    const converted = await expectConverts(`# ${'T'.repeat(5_000)}\n\n${word} ${url}\n\n| ${word} |\n| --- |\n| x |\n`)
    expect(converted.docxText).toContain(word)
  }, 60_000)
})

describe('nesting', () => {
  test('5,000 nested block quotes: no stack overflow, text kept, a diagnostic', async () => {
    const converted = await expectConverts(`# Citations\n\n${'> '.repeat(5_000)}profond\n\n${'>'.repeat(5_000)} encore\n`)
    expect(rules(converted)).toContain('unsupported-node')
  }, 60_000)

  test('5,000 nested lists, bulleted and numbered', async () => {
    const converted = await expectConverts(`# Listes\n\n${'- '.repeat(5_000)}puces\n\n${'1. '.repeat(5_000)}numéros\n\n${'* + '.repeat(2_500)}mêlés\n`)
    expect(rules(converted)).toContain('unsupported-node')
  }, 60_000)

  test('lists nested 150 deep over 150 lines are flattened past 32 levels', async () => {
    // Indentation grows with depth, so the text grows with its square.
    const text = Array.from({length: 150}, (_, index) => `${'  '.repeat(index)}- niveau${index}`).join('\n')
    const converted = await expectConverts(`# Listes\n\n${text}\n`)
    expect(converted.seminar.diagnostics.some((d) => d.ruleId === 'unsupported-node' && /nested deeper/.test(d.message))).toBe(true)
  }, 60_000)

  test('formatting nested 2,000 deep (raw <b> and Markdown emphasis)', async () => {
    const converted = await expectConverts(`# Gras\n\n${'<b>'.repeat(2_000)}fond${'</b>'.repeat(2_000)}\n\n${'*'.repeat(2_000)}étoiles${'*'.repeat(2_000)}\n`)
    expect(rules(converted)).toContain('unsupported-node')
  }, 60_000)

  test('8,000 nested raw <b> tags and 20,000 unclosed ones (a pasted web page)', async () => {
    // Tags were paired by a recursive scan: the first overflowed the stack, the second took 30 s.
    await expectConverts(`# Gras\n\n${'<b>'.repeat(8_000)}fond${'</b>'.repeat(8_000)}\n`)
    await expectConverts(`# Ouvert\n\n${'<b>mot '.repeat(20_000)}\n`)
  }, 120_000)
})

describe('participants and ateliers', () => {
  test('ragged tab-separated participant rows', async () => {
    const text = [
      '# Séminaire', '', '### Atelier 1 :', '', 'animé par Anne Martin', '', '### Participants :', '',
      '\tNom, Prénom\tOrganisation',
      '1\tGIRARD Anne\tCap Rural\tEn trop\tEncore',
      '2\tTHOU Mylène',
      '3\t',
      '\t\t\tDécalé',
      '4\tDUPONT Jean\tCIEDEL',
      '',
    ].join('\n')
    const converted = await expectConverts(text)
    const participants = converted.seminar.ateliers[0]!.attendance.flatMap((list) => list.participants)
    // The rows become participants (the short ones with a diagnostic) or stay a paragraph; words are kept either way.
    if (participants.length > 0) expect(rules(converted)).toContain('participant-row')
  })

  test('participant rows missing cells (pipe table)', async () => {
    const text = ['# S', '', '## Atelier 1 : Eau', '', 'Participants :', '', '| Nom | Organisation |', '| --- | --- |', '| MARTIN Anne |', '| | Sans nom |', '| DUPONT Jean | CIEDEL |', ''].join('\n')
    await expectConverts(text)
  })

  test('malformed YAML front matter is kept as text', async () => {
    const converted = await expectConverts('---\ntitle: "non fermé\ndate: [2019, \n  - : :\n---\n\n# Titre\n\ncorps\n')
    expect(rules(converted)).toContain('front-matter-invalid')
  })

  test('a YAML alias bomb is refused quickly and kept as text', async () => {
    const levels = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for (let level = 1; level < 10; level++) {
      const previous = String.fromCharCode(96 + level)
      const name = String.fromCharCode(97 + level)
      levels.push(`${name}: &${name} [${Array(9).fill(`*${previous}`).join(',')}]`)
    }
    const converted = await convert(`---\n${levels.join('\n')}\n---\n\n# Rires\n`)
    expect(rules(converted)).toContain('front-matter-invalid')
    expect(converted.json.length).toBeLessThan(100_000)
  })

  test('right-to-left text, emoji, combining characters', async () => {
    const text = '# مؤتمر الابتكار\n\n### Atelier 1 : שלום עולם\n\nanimé par أحمد علي et Zoë Ça\u0327a\n\n- 👩🏽‍💻 équipe 🇫🇷 e\u0301te\u0301 \u202Eevil\u202C\n- क्षत्रिय 한국어 日本語\n'
    const converted = await expectConverts(text)
    expect(converted.seminar.ateliers).toHaveLength(1)
  })

  test('minutes with 50 ateliers', async () => {
    const ateliers = Array.from({length: 50}, (_, index) => [
      `### Atelier ${index + 1} : Thème ${index + 1}`, '', `*Question ${index + 1} ?*`, '', `animé par Anne Martin${index} et Paul Durand + Zoé Roux`, '',
      'Participants :', '', '\tNom, Prénom\tOrganisation', `1\tGIRARD Anne${index}\tCap Rural`, `2\tTHOU Mylène\tOrg ${index % 7}`, '',
      `## 1. Vision`, '', `- idée ${index}`, '',
    ].join('\n'))
    const converted = await expectConverts(`# Séminaire\n\n${ateliers.join('\n')}`)
    expect(converted.seminar.ateliers).toHaveLength(50)
    expect(converted.seminar.summary.participants).toBe(100)
  }, 60_000)

  test('duplicate atelier numbers', async () => {
    const text = ['# S', '', '### Atelier 1 :', '', 'un', '', '### Atelier 1 :', '', 'deux', '', '### Atelier 1 :', '', 'trois', ''].join('\n')
    const converted = await expectConverts(text)
    expect(rules(converted)).toContain('atelier-number')
    const ids = converted.seminar.ateliers.map((atelier) => atelier.id)
    expect(new Set(ids).size).toBe(ids.length)
    expect(new Set([...converted.html.matchAll(/\sid="([^"]+)"/g)].map((match) => match[1])).size).toBe([...converted.html.matchAll(/\sid="([^"]+)"/g)].length)
  })
})
