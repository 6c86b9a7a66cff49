/**
 * The layout on hand-built seminars: what both reports show, and in what
 * order, before any writer sees it.
 */
import {describe, expect, test} from 'vitest'
import {layout, type Block, type Inline, type Table} from '../../src/layout/index.js'
import {atelier, grenoble, p, participant, person, section, seminar, t, attendance} from '../helpers/seminar.js'

const text = (content: readonly Inline[]) => content.map((run) => (run.type === 'text' ? run.value : '\n')).join('')

/** Every block of a report, depth first. */
function blocks(from: readonly Block[]): Block[] {
  return from.flatMap((block) => [block, ...(block.type === 'group' ? blocks(block.children) : block.type === 'quote' ? blocks(block.children) : [])])
}

const tables = (from: readonly Block[]) => blocks(from).filter((block): block is Table => block.type === 'table')
const cellTexts = (table: Table) => [...table.head, ...table.body, ...table.foot].map((row) => row.cells.map((cell) => text(cell.content)))

describe('the summary table', () => {
  const value = seminar({...grenoble, ateliers: [
    atelier(1, {facilitators: [person('Ana Lee'), person('Bo Ray'), person('Cy Doe', 'assistant')], attendance: [attendance([participant(1, 'GIRARD Anne', 'Cap')])], sections: [section(1, 'Vision')]}),
    atelier(2, {attendance: [attendance([participant(1, 'THOU Mylène', 'CIEDEL'), participant(2, 'VINCENT Pascale', 'GAIA')])]}),
  ]})

  test('names who facilitated and who assisted, counts participants and sections, and totals them', () => {
    const summary = tables(layout(value).body).find((table) => table.role === 'summary')!
    expect(cellTexts(summary)).toEqual([
      ['N°', 'Atelier', 'Animation', 'Participants', 'Parties'],
      ['1', 'Atelier 1', 'Ana Lee et Bo Ray + Cy Doe', '1', '1'],
      ['2', 'Atelier 2', '', '2', '0'],
      ['Total', '', '3', '1'],
    ])
    expect(summary.foot[0]!.cells[0]).toMatchObject({header: 'row', span: 2})
    expect(summary.columns.map((column) => column.numeric ?? false)).toEqual([true, false, false, true, true])
  })

  test('links each atelier to its chapter by anchor', () => {
    const report = layout(value)
    const summary = tables(report.body).find((table) => table.role === 'summary')!
    const link = summary.body[0]!.cells[1]!.content[0]!.marks[0]
    expect(link).toEqual({type: 'link', target: {kind: 'anchor', id: 'atelier-1'}})
    expect(blocks(report.body).some((block) => block.anchor === 'atelier-1')).toBe(true)
  })
})

describe('an atelier', () => {
  test('puts its participants where the minutes put them among its introduction', () => {
    const at = (line: number) => ({start: {line, column: 1}, end: {line, column: 10}})
    const node = atelier(1, {
      intro: [{type: 'paragraph', children: [t('Avant.')], position: at(3)}, {type: 'paragraph', children: [t('Après.')], position: at(9)}],
      attendance: [attendance([{...participant(1, 'GIRARD Anne', 'Cap'), position: at(5)}])],
    })
    const chapter = blocks(layout(seminar({ateliers: [node]})).body).find((block) => block.type === 'group' && block.role === 'atelier')!
    const order = (chapter.type === 'group' ? chapter.children : []).map((block) => (block.type === 'paragraph' ? text(block.content) : block.type))
    expect(order).toEqual(['heading', 'Avant.', 'table', 'Après.'])
  })

  test('without positions, lists its participants before its introduction', () => {
    const node = atelier(1, {intro: [p(t('Document.'))], attendance: [attendance([participant(1, 'GIRARD Anne', 'Cap')])]})
    const chapter = blocks(layout(seminar({ateliers: [node]})).body).find((block) => block.type === 'group' && block.role === 'atelier')!
    expect((chapter.type === 'group' ? chapter.children : []).map((block) => block.type)).toEqual(['heading', 'table', 'paragraph'])
  })

  test('keeps the participants table generic: caption, columns, row headers', () => {
    const node = atelier(1, {attendance: [attendance([participant(1, 'GIRARD Anne', 'Cap'), {type: 'participant', number: 2, name: 'Inconnu', status: 'present'}], {label: 'Présents', columns: [{header: 'N°', holds: 'number'}, {header: 'Nom', holds: 'last-name'}, {header: 'Structure', holds: 'organization'}]})]})
    const table = tables(layout(seminar({ateliers: [node]})).body).find((one) => one.role === 'participants')!
    expect(text(table.caption!)).toBe('Présents (2)')
    expect(cellTexts(table)).toEqual([['N°', 'Nom', 'Prénom', 'Structure'], ['1', 'GIRARD', 'Anne', 'Cap'], ['2', 'Inconnu', '']])
    expect(table.body[1]!.cells[1]).toMatchObject({header: 'row', span: 2})
  })
})

describe('inline content', () => {
  test('flattens nesting into runs whose marks are shared by identity, without recursion', () => {
    let inline: import('../../src/types.js').Inline = t('fond')
    for (let depth = 0; depth < 20_000; depth++) inline = {type: 'strong', children: [inline]}
    const report = layout(seminar({intro: [p(t('a '), {type: 'emphasis', children: [t('b'), {type: 'strong', children: [t('c')]}]}), p(inline)]}))
    const paragraphs = blocks(report.body).filter((block) => block.type === 'paragraph')
    const [first, deep] = paragraphs.map((block) => (block.type === 'paragraph' ? block.content : []))
    expect(first!.map((run) => (run.type === 'text' ? run.value : ''))).toEqual(['a ', 'b', 'c'])
    expect(first![2]!.marks[0]).toBe(first![1]!.marks[0])
    // Formatting deeper than 64 levels keeps its text, not the deeper marks.
    expect(deep![0]!.marks).toHaveLength(64)
    expect(text(deep!)).toBe('fond')
  })

  test('never links a refused URL; shows it as text after the link text', () => {
    const report = layout(seminar({intro: [p({type: 'link', url: 'javascript:alert(1)', children: [t('piège')]})]}))
    const paragraph = blocks(report.body).find((block) => block.type === 'paragraph')!
    const content = paragraph.type === 'paragraph' ? paragraph.content : []
    expect(text(content)).toBe('piège javascript:alert(1)')
    expect(content.flatMap((run) => run.marks).some((mark) => mark.type === 'link')).toBe(false)
  })
})
