/**
 * "Décisions et actions", after the summary: the actions as a table (who,
 * what, by when, where it stands) and the decisions as a list, each entry
 * linked to the place it was written, which carries its mark (see
 * blocks.ts). The register is an index into the report: nothing is moved.
 */
import type {Action, Atelier, Decision, RegisterPlace, Section} from '../types.js'
import type {Block, Cell, Inline, ListItem, Row, Table} from './types.js'
import type {LayoutContext} from './context.js'
import {inlineRuns} from './inline.js'
import {atelierHeading, formatDate, joinNames, writtenSaysMore} from './labels.js'
import {plain, Runs, spanMark} from './runs.js'
import {sectionTitle} from './section.js'

export function registers(context: LayoutContext): Block[] {
  const {seminar, labels, ids} = context
  if (seminar.decisions.length === 0 && seminar.actions.length === 0) return []
  const children: Block[] = [{type: 'heading', level: 2, anchor: ids.page.registers, content: plain(labels.registers)}]
  if (seminar.actions.length > 0) children.push(actionsTable(seminar.actions, context))
  if (seminar.decisions.length > 0) {
    children.push({type: 'heading', level: 3, content: new Runs().text(`${labels.decisions} `).text(`(${seminar.decisions.length})`, [spanMark('count')]).done()})
    children.push({type: 'list', ordered: false, role: 'decisions', items: seminar.decisions.map((decision) => decisionItem(decision, context))})
  }
  return [{type: 'group', role: 'registers', children}]
}

function actionsTable(actions: readonly Action[], context: LayoutContext): Table {
  const {labels} = context
  const header = (text: string): Cell => ({content: plain(text), header: 'col'})
  const body = actions.map((action): Row => ({
    cells: [
      {content: entryLink(action.id, labels.actionMark, context), header: 'row'},
      {content: plain(action.owners.length > 0 ? joinNames(action.owners.map((owner) => owner.name ?? labels.redacted), labels.and) : '—')},
      {content: inlineRuns(action.children, context).done()},
      {content: plain(dueText(action, context))},
      {content: plain(action.status === 'done' ? labels.done : labels.open)},
      {content: placeLink(action.where, context)},
    ],
  }))
  return {
    type: 'table',
    role: 'actions',
    caption: new Runs().text(`${labels.actions} `).text(`(${actions.length})`, [spanMark('count')]).done(),
    columns: [{}, {}, {}, {}, {}, {}],
    head: [{cells: [header(labels.number), header(labels.owner), header(labels.task), header(labels.due), header(labels.status), header(labels.where)]}],
    body,
    foot: [],
  }
}

function decisionItem(decision: Decision, context: LayoutContext): ListItem {
  const content = new Runs().append(entryLink(decision.id, context.labels.decisionMark, context)).text(' ').append(inlineRuns(decision.children, context).done())
  const where = placeLink(decision.where, context)
  if (where.length > 0) content.text(' — ').append(where)
  return {content: [{type: 'paragraph', content: content.done()}]}
}

/** "Action 3", linked to the place the action was written. */
function entryLink(id: string, label: string, context: LayoutContext): Inline[] {
  const anchor = context.ids.entry.get(id)
  const text = `${label} ${id.replace(/^\D+-/, '')}`
  return anchor ? plain(text, {type: 'link', target: {kind: 'anchor', id: anchor}}) : plain(text)
}

/** A due date written out in the document's language, the words as written after it when they say more. */
function dueText(action: Action, context: LayoutContext): string {
  if (!action.due) return ''
  if (!action.due.date) return action.due.text
  const shown = formatDate(action.due.date, context.lang)
  return writtenSaysMore(shown, action.due.text) ? `${shown} (${action.due.text})` : shown
}

/** The section (or atelier) an entry was written in, linked to it. */
function placeLink(where: RegisterPlace, context: LayoutContext): Inline[] {
  const {seminar, ids} = context
  const atelier: Atelier | undefined = where.atelier === undefined ? undefined : seminar.ateliers.find((node) => node.id === where.atelier)
  const sections: readonly Section[] = atelier ? atelier.sections : seminar.sections
  const section = where.section === undefined ? undefined : sections.find((node) => node.id === where.section)
  const out = new Runs()
  if (atelier) out.text(atelierHeading(atelier, context.lang), [{type: 'link', target: {kind: 'anchor', id: ids.atelier.get(atelier)!}}])
  if (atelier && section) out.text(', ')
  if (section) out.append(sectionTitle(section), [{type: 'link', target: {kind: 'anchor', id: ids.section.get(section)!}}])
  return out.done()
}
