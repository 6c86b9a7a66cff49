import type {Root} from 'mdast'
import {toString} from 'mdast-util-to-string'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {parseMarkdown} from '../../src/read/parse.js'
import {unwrapCallouts} from '../../src/repair/callouts.js'
import {convertHtmlBlocks} from '../../src/repair/html-blocks.js'
import {mapInlineHtml} from '../../src/repair/inline-html.js'
import {limitNesting} from '../../src/repair/limit-nesting.js'
import {joinListContinuations} from '../../src/repair/list-continuation.js'
import {splitLines} from '../../src/repair/split-lines.js'
import {unspacedHeadings} from '../../src/repair/unspaced-headings.js'
import {tabTables} from '../../src/repair/tab-table.js'
import {repairs, type Repair} from '../../src/repair/index.js'

function run(markdown: string, ...steps: Repair[]): {tree: Root; file: VFile} {
  const file = new VFile({value: markdown})
  const tree = parseMarkdown(markdown)
  for (const step of steps) step(tree, file)
  return {tree, file}
}

/** The tree as `type(text)` lines, without positions: easy to read in a failing test. */
function shape(tree: Root): string[] {
  return tree.children.map((node) => `${node.type}(${toString(node).replace(/\n/g, '⏎')})`)
}

describe('repairs', () => {
  it('apply in this order', () => {
    expect(repairs).toEqual([convertHtmlBlocks, mapInlineHtml, limitNesting, unwrapCallouts, unspacedHeadings, splitLines, tabTables, joinListContinuations])
  })
})

describe('unspacedHeadings', () => {
  it('reads hashes glued to a numbered title as a heading', () => {
    const {tree} = run('##3- Kompost\n\n#TOP 4 Kasse\n\n#hashtag\n\n#2024 plans', unspacedHeadings)
    expect(shape(tree)).toEqual(['heading(3- Kompost)', 'heading(TOP 4 Kasse)', 'paragraph(#hashtag)', 'paragraph(#2024 plans)'])
    const heading = tree.children[0]
    expect(heading?.type === 'heading' && heading.depth).toBe(2)
  })

  it('keeps the lines joined to it as a paragraph', () => {
    const {tree} = run('##3- Kompost\nriecht *stark*.', unspacedHeadings)
    expect(shape(tree)).toEqual(['heading(3- Kompost)', 'paragraph(riecht stark.)'])
  })
})

describe('unwrapCallouts', () => {
  it('puts the blocks of a callout naming people in its place', () => {
    const {tree} = run('> [!info] Frame\n> Attendees: Ada Byrne, Cy Lund\n> Regrets: Dov Ek\n\nText', unwrapCallouts)
    expect(shape(tree)).toEqual(['paragraph([!info] Frame⏎Attendees: Ada Byrne, Cy Lund⏎Regrets: Dov Ek)', 'paragraph(Text)'])
  })

  it('leaves a callout of advice and a quotation alone', () => {
    const {tree} = run('> [!warning] Careful\n> Check the budget first.\n\n> Attendees: said nobody', unwrapCallouts)
    expect(shape(tree)).toEqual(['blockquote(Careful⏎Check the budget first.)', 'blockquote(Attendees: said nobody)'].map((line) => line.replace('Careful', '[!warning] Careful')))
  })
})

describe('unwrapCallouts, plain blockquotes', () => {
  it('puts the blocks of a blockquote under the title that lists attendance in its place', () => {
    const {tree} = run('# Weekly call\n\n> Jitsi, 18:00.\n> Attendees: @ada, @cy\n\n## Items', unwrapCallouts)
    expect(shape(tree)).toEqual(['heading(Weekly call)', 'paragraph(Jitsi, 18:00.⏎Attendees: @ada, @cy)', 'heading(Items)'])
  })

  it('leaves a blockquote in the body, or one saying no attendance, alone', () => {
    const {tree} = run('# Weekly call\n\n> Jitsi, 18:00.\n\n## Items\n\n> Attendees: Ada, Cy', unwrapCallouts)
    expect(shape(tree)).toEqual(['heading(Weekly call)', 'blockquote(Jitsi, 18:00.)', 'heading(Items)', 'blockquote(Attendees: Ada, Cy)'])
  })
})

describe('mapInlineHtml', () => {
  it('turns paired formatting tags into typed nodes, across siblings', () => {
    const {tree} = run('<b>Atelier 2 :</b> et <I>vite</I>, H<sub>2</sub>O<br/>fin <u>souligné</u>', mapInlineHtml)
    const paragraph = tree.children[0]!
    expect(paragraph.type === 'paragraph' && paragraph.children.map((node) => node.type)).toEqual([
      'strong', 'text', 'emphasis', 'text', 'subscript', 'text', 'break', 'text', 'underline',
    ])
  })

  it('leaves unknown or unbalanced tags as raw html', () => {
    const {tree} = run('a <span>b</span> <b>c', mapInlineHtml)
    const paragraph = tree.children[0]!
    expect(paragraph.type === 'paragraph' && paragraph.children.filter((node) => node.type === 'html').length).toBe(3)
  })

  it('nests pairs of the same tag correctly', () => {
    const {tree} = run('<b>a <b>b</b> c</b>', mapInlineHtml)
    const paragraph = tree.children[0]!
    expect(paragraph.type === 'paragraph' && paragraph.children.map((node) => node.type)).toEqual(['strong'])
  })
})

describe('splitLines', () => {
  it('cuts an atelier announcement into one paragraph per line, with positions', () => {
    const markdown = '<b>Atelier 2 :</b>\n<i>Pourquoi ?</i>\nanimé par A et B'
    const {tree} = run(markdown, mapInlineHtml, splitLines)
    expect(shape(tree)).toEqual(['paragraph(Atelier 2 :)', 'paragraph(Pourquoi ?)', 'paragraph(animé par A et B)'])
    expect(tree.children.map((node) => node.position?.start.line)).toEqual([1, 2, 3])
    expect(tree.children[2]!.position?.start.offset).toBe(markdown.indexOf('animé'))
  })

  it('leaves other multi-line paragraphs alone', () => {
    const {tree} = run('Une phrase\nsur deux lignes', splitLines)
    expect(shape(tree)).toEqual(['paragraph(Une phrase⏎sur deux lignes)'])
  })
})

describe('tabTables', () => {
  it('joins a tab-led header (an indented code block) and its rows into one table', () => {
    const {tree} = run('\tNom, Prénom\tOrganisation\n1\tGIRARD Anne\tCap Rural\n2\tTHOU Mylène\tCIEDEL\n', tabTables)
    expect(tree.children).toHaveLength(1)
    const table = tree.children[0]!
    expect(table.type).toBe('table')
    if (table.type !== 'table') return
    expect(table.children.map((row) => row.children.map((cell) => toString(cell)))).toEqual([
      ['', 'Nom, Prénom', 'Organisation'],
      ['1', 'GIRARD Anne', 'Cap Rural'],
      ['2', 'THOU Mylène', 'CIEDEL'],
    ])
    expect(table.children.map((row) => row.position?.start.line)).toEqual([1, 2, 3])
  })

  it('reads a tab-separated paragraph as a table without header', () => {
    const {tree} = run('GIRARD Anne\tCap Rural\nTHOU Mylène\tCIEDEL', tabTables)
    expect(tree.children[0]!.type).toBe('table')
    expect(tree.children[0]!.data).toMatchObject({hasHeader: false})
  })

  it('leaves fenced code with tabs alone', () => {
    const {tree} = run('```\na\tb\n```', tabTables)
    expect(tree.children[0]!.type).toBe('code')
  })
})

describe('joinListContinuations', () => {
  it('joins a lower-case paragraph to the unfinished item before it and reunites the list', () => {
    const {tree, file} = run('- un item pour\n\ninventer ensemble.\n\n- suivant\n', joinListContinuations)
    expect(shape(tree)).toEqual(['list(un item pour inventer ensemble.suivant)'])
    expect(tree.children[0]!.type === 'list' && tree.children[0]!.children).toHaveLength(2)
    expect(file.messages.map((message) => [message.ruleId, message.line])).toEqual([['list-continuation', 3]])
  })

  it('does not join after a finished item, nor a capitalized paragraph', () => {
    expect(shape(run('- fini.\n\nsuite en minuscule', joinListContinuations).tree)).toHaveLength(2)
    expect(shape(run('- pas fini\n\nSuite', joinListContinuations).tree)).toHaveLength(2)
  })

  it('joins a numbered line that continues "1. …" inside an item', () => {
    const {tree} = run('- Difficultés : 1. peu visibles  \n2. refus\n- autre\n', joinListContinuations)
    expect(tree.children).toHaveLength(1)
    const list = tree.children[0]!
    const paragraph = list.type === 'list' ? list.children[0]!.children[0]! : undefined
    expect(paragraph?.type === 'paragraph' && paragraph.children.map((node) => (node.type === 'text' ? node.value : node.type))).toEqual([
      'Difficultés : 1. peu visibles',
      'break',
      '2. ',
      'refus',
    ])
  })

  it('keeps two lists the author separated apart', () => {
    expect(run('- a\n\n* b\n', joinListContinuations).tree.children).toHaveLength(2)
  })
})

describe('convertHtmlBlocks', () => {
  it('puts formatting left at the top of a block between `<br>` lines in a paragraph, where it stood', () => {
    const {tree, file} = run('# T\n\n<br>\n<b>ordre du jour</b> : marché, tombola\n<br>\n\nSuite', convertHtmlBlocks)
    expect(shape(tree)).toEqual(['heading(T)', 'paragraph(ordre du jour : marché, tombola)', 'paragraph(Suite)'])
    expect(tree.children[1]!.position?.start.line).toBe(4)
    expect(file.messages).toEqual([])
  })
})
