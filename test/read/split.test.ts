import {readFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {parseMarkdown} from '../../src/read/parse.js'
import {splitForParsing} from '../../src/read/split.js'
import {root} from '../helpers/fixtures.js'

const seed = readFileSync(path.join(root, 'fixtures/seed/input.md'), 'utf8')
const messy = readFileSync(path.join(root, 'fixtures/messy/input.md'), 'utf8').replace(/^\[.*\]:.*$/gm, '')

/** The seed and other shapes repeated: many ateliers, fences, comments, tables. */
function largeMinutes(): string {
  const tricky = [
    '## Bloc de code',
    '',
    '```md',
    '',
    '## Pas un titre : dans du code',
    '',
    '```',
    '',
    '<!-- un commentaire',
    '',
    '## Pas un titre : dans un commentaire',
    '-->',
    '',
    '- une liste',
    '',
    '## 3. Après une liste',
    '',
  ].join('\n')
  return ['---', 'title: Grand séminaire', '---', '', ...Array.from({length: 6}, (_, index) => `${seed}\n\n${tricky}\n\n${messy}\n\n# Partie ${index}\n`)].join('\n')
}

describe('splitForParsing', () => {
  it('leaves a small document whole', () => {
    expect(splitForParsing(seed)).toEqual([{text: seed, line: 1, offset: 0}])
  })

  it('cuts only before a heading that follows a blank line (or in the blank lines before it), never in code, comments or front matter', () => {
    const text = largeMinutes()
    const pieces = splitForParsing(text, 2048)
    expect(pieces.length).toBeGreaterThan(10)
    expect(pieces.map((piece) => piece.text).join('\n')).toBe(text)
    for (const piece of pieces.slice(1)) {
      expect(piece.text).toMatch(/^\s*#{1,6} /)
      expect(piece.text.startsWith('## Pas un titre')).toBe(false)
      expect(text.slice(0, piece.offset).split('\n')).toHaveLength(piece.line)
    }
  })

  it('cuts long runs of blank lines that lead to a heading or the end, not those a list item or code goes on after', () => {
    const blanks = '\n'.repeat(5000)
    const text = `# Titre\n\n- un point${blanks}  suite du point, indentée\n${blanks}    code indenté${blanks}# Suite\n\ntexte${blanks}`
    const pieces = splitForParsing(text, 1024)
    expect(pieces.map((piece) => piece.text).join('\n')).toBe(text)
    const cutAt = pieces.slice(1).map((piece) => piece.line)
    const continued = text.split('\n').findIndex((line) => line.startsWith('    code'))
    // No cut before the indented lines that go on with the item and the code.
    expect(cutAt.every((line) => line > continued + 1)).toBe(true)
    expect(pieces.length).toBeGreaterThan(5)
    expect(parseMarkdown(text, 1024)).toEqual(parseMarkdown(text, Number.POSITIVE_INFINITY))
  })

  it('parses a million blank lines in pieces, to an empty tree', () => {
    const text = '\n'.repeat(1_000_000)
    expect(splitForParsing(text).length).toBeGreaterThan(10)
    expect(parseMarkdown(text).children).toEqual([])
  })

  it('keeps a document with link reference definitions whole', () => {
    const text = `${largeMinutes()}\n[ref]: https://example.org\n`
    expect(splitForParsing(text, 2048)).toHaveLength(1)
  })
})

describe('parseMarkdown in pieces', () => {
  it('gives the very tree, positions included, that a whole parse gives', () => {
    const text = largeMinutes()
    const pieces = parseMarkdown(text, 2048).children
    const whole = parseMarkdown(text, Number.POSITIVE_INFINITY).children
    const first = pieces.findIndex((node, index) => JSON.stringify(node) !== JSON.stringify(whole[index]))
    expect(first === -1 ? undefined : [JSON.stringify(pieces[first]).slice(0, 300), JSON.stringify(whole[first]).slice(0, 300)]).toBeUndefined()
    expect(pieces).toHaveLength(whole.length)
    expect(parseMarkdown(text, 2048)).toEqual(parseMarkdown(text, Number.POSITIVE_INFINITY))
  })
})
