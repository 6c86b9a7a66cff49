/**
 * "Synthèse": the key figures, then one row per atelier — number, title
 * (linked to its chapter) with the start of its question, who ran it, how
 * many took part, how many sections — and the totals.
 */
import {attendedCount, participantCount} from '../attendance.js'
import type {Atelier} from '../types.js'
import type {Block, Cell, Column, Inline, Row, Table} from './types.js'
import type {LayoutContext} from './context.js'
import {facilitatorsCell} from './facilitators.js'
import {atelierHeading} from './labels.js'
import {inlineRuns} from './inline.js'
import {plain, Runs, spanMark, withoutLinks} from './runs.js'

export function summary(context: LayoutContext): Block {
  const {seminar, labels} = context
  const figures: {value: string; label: string}[] = []
  if (seminar.ateliers.length > 0) figures.push({value: String(seminar.summary.ateliers), label: labels.ateliers})
  // Who was there; those excused or absent are counted apart.
  const {attendance} = seminar.summary
  if (seminar.summary.participants > 0) figures.push({value: String(attendedCount(seminar.summary)), label: labels.participants})
  if (attendance.excused > 0) figures.push({value: String(attendance.excused), label: labels.excusedCount})
  if (attendance.absent > 0) figures.push({value: String(attendance.absent), label: labels.absentCount})
  figures.push({value: String(seminar.summary.sections), label: labels.sections}, {value: String(seminar.summary.items), label: labels.items})
  if (seminar.summary.decisions > 0) figures.push({value: String(seminar.summary.decisions), label: labels.decisions})
  if (seminar.summary.actions.open > 0) figures.push({value: String(seminar.summary.actions.open), label: labels.openActions})
  const children: Block[] = [
    {type: 'heading', level: 2, anchor: context.ids.page.summary, content: plain(labels.summary)},
    {type: 'figures', items: figures},
  ]
  if (seminar.ateliers.length > 0) children.push(summaryTable(context))
  return {type: 'group', role: 'summary', children}
}

function summaryTable(context: LayoutContext): Table {
  const {seminar, labels} = context
  const hasNumbers = seminar.ateliers.some((node) => node.number !== undefined)
  const header = (text: string): Cell => ({content: plain(text), header: 'col'})
  const columns: Column[] = [...(hasNumbers ? [{numeric: true}] : []), {}, {}, {numeric: true}, {numeric: true}]
  const head: Cell[] = [
    ...(hasNumbers ? [header(labels.number)] : []),
    header(labels.atelier),
    header(labels.facilitators),
    header(labels.participants),
    header(labels.sections),
  ]
  const body = seminar.ateliers.map((node): Row => ({
    cells: [
      ...(hasNumbers ? [{content: plain(node.number === undefined ? '' : String(node.number))}] : []),
      {content: titleCell(node, context), header: 'row'},
      {content: facilitatorsCell(node.facilitators, context)},
      {content: plain(String(participantCount(node.attendance)))},
      {content: plain(String(node.sections.length))},
    ],
  }))
  const sum = (count: (node: Atelier) => number) => String(seminar.ateliers.reduce((total, node) => total + count(node), 0))
  const total: Cell[] = [
    {content: plain(labels.total), header: 'row', ...(hasNumbers ? {span: 2} : {})},
    {content: []},
    {content: plain(sum((node) => participantCount(node.attendance)))},
    {content: plain(sum((node) => node.sections.length))},
  ]
  return {type: 'table', role: 'summary', caption: plain(labels.ateliers), columns, head: [{cells: head}], body, foot: [{cells: total}]}
}

/** The atelier's title linked to its chapter, then the first paragraph of its question on a line of its own. */
function titleCell(node: Atelier, context: LayoutContext): Inline[] {
  const out = new Runs().text(atelierHeading(node, context.lang), [{type: 'link', target: {kind: 'anchor', id: context.ids.atelier.get(node)!}}])
  const first = node.question[0]
  if (first && first.length > 0) {
    // Links reduced to their text: the cell already links to the atelier.
    const question = withoutLinks(inlineRuns(first, context).done())
    if (question.length > 0) out.break().append(question, [spanMark('summary-question')])
  }
  return out.done()
}
