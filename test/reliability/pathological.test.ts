/**
 * Pathological Markdown (cmark's test/pathological_tests.py and the shapes
 * of bench/pathological.mjs) through the library: each converts to all three
 * formats with every word in each, and where micromark would have spent
 * seconds to minutes (100 KB of most of these took 10 s to several minutes
 * before the inline budget), the block is kept as plain text with a
 * `complex-markup` warning at its line. Times belong to the benchmark
 * (`node bench/pathological.mjs`); here the test's timeout is the guard.
 */
import {describe, expect, test} from 'vitest'
import {fixedSize, shapes} from '../../bench/pathological-shapes.mjs'
import {parseMinutes} from '../../src/index.js'
import type {Block, Inline} from '../../src/types.js'
import {contentWords, missingWords, wordsOf} from '../helpers/words.js'
import {convert} from './convert.js'

/** What each shape must give besides its words: the rule ids of its warnings. */
const expectedWarnings: Record<string, readonly string[]> = {
  'nested-strong': ['complex-markup'],
  'emph-closers': ['complex-markup'],
  'emph-openers': [],
  'link-closers': ['complex-markup'],
  'link-openers': [],
  'mismatched-emph': ['complex-markup'],
  'emph-multiple-of-3': ['complex-markup'],
  'link-openers-emph-closers': ['complex-markup'],
  'nested-brackets': ['complex-markup'],
  'nested-block-quotes': ['unsupported-node'],
  'deep-quote-lines': ['unsupported-node'],
  'deep-lists': ['unsupported-node'],
  'backticks-growing': ['complex-markup'],
  'backticks-cycling': [],
  'backticks-random': [],
  'unclosed-links-a': ['complex-markup'],
  'unclosed-links-b': ['complex-markup'],
  'many-references': ['complex-markup'],
  'emph-nested-unclosed': [],
  'emph-both-flanking': ['complex-markup'],
  'bold-words-one-paragraph': ['complex-markup'],
  'marked-lines-one-paragraph': ['complex-markup'],
  'unclosed-html-comment': ['complex-markup'],
  'inline-deep-5000': ['complex-markup'],
  'inline-deep-5000-mixed': ['complex-markup'],
  'inline-deep-5000-html': ['unsupported-node'],
  'inline-deep-5000-links': ['complex-markup'],
}

/** 100 KB: enough for every quadratic shape to have taken many seconds unbounded. */
const size = 100_000

function plainText(nodes: readonly (Block | Inline)[]): string {
  return nodes.map((node) => ('value' in node ? node.value : 'children' in node ? plainText(node.children as (Block | Inline)[]) : '')).join('')
}

describe('cmark pathological shapes and others, at 100 KB', () => {
  const names = Object.keys(shapes).filter((name) => name !== 'table-10k-rows')
  test('every shape has an expectation', () => {
    expect(names.sort()).toEqual(Object.keys(expectedWarnings).sort())
  })

  test.each(names)('%s converts, keeps every word, and warns as expected', async (name) => {
    const text = `# Pathologique\n\n${shapes[name]!(size)}\n`
    const converted = await convert(text)
    const words = contentWords(converted.text)
    expect(missingWords(words, wordsOf(converted.jsonText)), 'JSON').toEqual([])
    expect(missingWords(words, wordsOf(converted.htmlText)), 'HTML').toEqual([])
    expect(missingWords(words, wordsOf(converted.docxText)), 'DOCX').toEqual([])
    const warnings = converted.seminar.diagnostics.filter((diagnostic) => diagnostic.severity === 'warning')
    expect([...new Set(warnings.map((warning) => warning.ruleId))].sort()).toEqual([...expectedWarnings[name]!].sort())
    for (const warning of warnings) expect(warning.line).toBeGreaterThanOrEqual(3)
  }, 60_000)
})

describe('a block over its budget', () => {
  test('is kept as plain text, every character as written, with its line', () => {
    const shape = shapes['emph-closers']!(size)
    const {seminar} = parseMinutes(`# T\n\nUn paragraphe *normal*.\n\n${shape}\n\nFin *normale*.\n`)
    expect(seminar.intro.map((block) => block.type)).toEqual(['paragraph', 'paragraph', 'paragraph'])
    // As a paragraph shows it: without the white space that ends it.
    expect(plainText([seminar.intro[1]!])).toBe(shape.trimEnd())
    expect(seminar.intro[1]!.type === 'paragraph' && seminar.intro[1]!.children.map((node) => node.type)).toEqual(['text'])
    // The blocks around it keep their formatting.
    expect(seminar.intro[0]!.type === 'paragraph' && seminar.intro[0]!.children.map((node) => node.type)).toEqual(['text', 'emphasis', 'text'])
    expect(seminar.intro[2]!.type === 'paragraph' && seminar.intro[2]!.children.map((node) => node.type)).toEqual(['text', 'emphasis', 'text'])
    const warning = seminar.diagnostics.find((diagnostic) => diagnostic.ruleId === 'complex-markup')
    expect(warning).toMatchObject({severity: 'warning', line: 5, column: 1})
  })

  test('keeps its block structure: a list item stays a list item, a table cell a cell', () => {
    const heavy = shapes['link-closers']!(size)
    const {seminar} = parseMinutes(`# T\n\n- ${heavy}\n- deux *items*\n\n| a | b |\n| - | - |\n| ${heavy} | *x* \\| &amp; |\n| *y* | z |\n`)
    const list = seminar.intro[0]!
    expect(list.type).toBe('list')
    expect(list.type === 'list' && list.children).toHaveLength(2)
    expect(plainText([list]).startsWith(heavy)).toBe(true)
    const table = seminar.intro[1]!
    expect(table.type === 'table' && table.children.map((row) => row.children.length)).toEqual([2, 2, 2])
    expect(table.type === 'table' && plainText(table.children[1]!.children[0]!.children)).toBe(heavy)
    // The costly row is plain text, cell by cell; the next row keeps its formatting.
    // An escaped pipe is still no cell divider (its backslash is table syntax); an entity stays as written.
    expect(table.type === 'table' && table.children[1]!.children[1]!.children).toEqual([{type: 'text', value: '*x* | &amp;'}])
    expect(table.type === 'table' && table.children[2]!.children[0]!.children.map((node) => node.type)).toEqual(['emphasis'])
    // The list's second item, a block of its own, too.
    expect(list.type === 'list' && plainText(list.children[1]!.children)).toBe('deux items')
    expect(seminar.diagnostics.filter((diagnostic) => diagnostic.ruleId === 'complex-markup').map((diagnostic) => diagnostic.line)).toEqual([3, 8])
  })

  test('is reported one by one up to ten, then counted', () => {
    const blocks = Array.from({length: 14}, () => shapes['emph-closers']!(30_000)).join('\n\n')
    const {seminar} = parseMinutes(`# T\n\n${blocks}\n`)
    const warnings = seminar.diagnostics.filter((diagnostic) => diagnostic.ruleId === 'complex-markup')
    expect(warnings).toHaveLength(11)
    expect(warnings.at(-1)!.message).toBe('4 more blocks kept as plain text for the same reason')
  })
})

describe('ordinary Markdown is never bounded', () => {
  test('a 2,000-row table with formatting in every row, a 3,000-item list, a long formatted paragraph', () => {
    const rows = Array.from({length: 2_000}, (_, index) => `| ${index} | **NOM${index}** Prénom | *Org* [site](https://example.org/${index}) \`c\` |`)
    const items = Array.from({length: 3_000}, (_, index) => `- **DUPONT${index}** Jean, *Cap Rural* <b>x</b>`)
    const paragraph = Array.from({length: 300}, (_, index) => `Le point **${index}** est *noté* avec [un lien](https://example.org/${index}) et \`code\`.`).join(' ')
    const text = ['# S', '', '| N° | Nom | Organisation |', '| --- | --- | --- |', ...rows, '', ...items, '', paragraph, ''].join('\n')
    const {seminar} = parseMinutes(text)
    expect(seminar.diagnostics.filter((diagnostic) => diagnostic.ruleId === 'complex-markup')).toEqual([])
    const json = JSON.stringify(seminar)
    expect(json.match(/"type":"strong"/g)?.length).toBeGreaterThanOrEqual(2_000 + 3_000 + 300)
  }, 60_000)
})

describe('many link reference definitions', () => {
  test('the first 1,000 are used, the rest kept as text with one warning', () => {
    const definitions = Array.from({length: 1_200}, (_, index) => `[ref${index}]: https://example.org/${index}`)
    const text = ['# S', '', 'Voir [ref0] et [ref1100].', '', ...definitions, ''].join('\n')
    const {seminar} = parseMinutes(text)
    const first = seminar.intro[0]!
    expect(first.type === 'paragraph' && first.children.map((node) => node.type)).toEqual(['text', 'link', 'text'])
    const warnings = seminar.diagnostics.filter((diagnostic) => diagnostic.ruleId === 'complex-markup')
    expect(warnings).toEqual([expect.objectContaining({line: 1_005, message: '200 link reference definitions past the first 1000 kept as plain text; resolving more takes too long'})])
    expect(plainText(seminar.intro)).toContain('[ref1199]: https://example.org/1199')
  })
})

test('fixed-size shapes are marked as such', () => {
  expect([...fixedSize].every((name) => name in shapes)).toBe(true)
})
