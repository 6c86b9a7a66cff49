/**
 * The catalogue page's registers: open actions by owner, decisions by date,
 * the attendance register. Each entry links to the place it was written in
 * its seminar's HTML report.
 */
import type {Element, ElementContent} from 'hast'
import {h} from 'hastscript'
import {formatPercent, labelsFor} from '../layout/index.js'
import type {CatalogueRegisters, RegisterMeeting} from './catalogue-registers.js'
import {dateCell, relativeHref} from './catalogue-links.js'
import {text} from './html/inline.js'

/** The registers' tables, those with any line. */
export function registersSections(registers: CatalogueRegisters, lang: string): Element[] {
  const tables: Element[] = []
  if (registers.openActionsByOwner.length > 0) tables.push(openActionsTable(registers, lang))
  if (registers.decisionsByDate.length > 0) tables.push(decisionsTable(registers, lang))
  if (registers.attendance.length > 0) tables.push(attendanceTable(registers, lang))
  return tables
}

function caption(label: string, count: number): Element {
  return h('caption', [text(label), text(' '), h('span.count', [text(`(${count})`)])])
}

/** The meeting an entry comes from: its title, linked to the entry's place in the report when there is one. */
function meetingLink(meeting: RegisterMeeting, anchor: string): ElementContent {
  const href = meeting.report === undefined ? undefined : relativeHref(meeting.report)
  return href === undefined ? text(meeting.title) : h('a', {href: `${href}#${encodeURIComponent(anchor)}`}, [text(meeting.title)])
}

function openActionsTable(registers: CatalogueRegisters, lang: string): Element {
  const labels = labelsFor(lang)
  const count = registers.openActionsByOwner.reduce((sum, group) => sum + group.actions.length, 0)
  const rows = registers.openActionsByOwner.flatMap((group) =>
    group.actions.map((action, index) =>
      h('tr', [
        // The owner once, over all their lines.
        ...(index === 0
          ? [h('th', {scope: 'rowgroup', rowSpan: group.actions.length > 1 ? group.actions.length : undefined}, [text(group.owner === null ? labels.noOwner : group.owner === '' ? labels.redacted : group.owner)])]
          : []),
        h('td', [text(action.text)]),
        h('td', action.due ? [action.due.date ? h('time', {dateTime: action.due.date}, [text(action.due.text)]) : text(action.due.text)] : []),
        h('td', dateCell(action.date, lang)),
        h('td', [meetingLink(action, action.anchor)]),
      ]),
    ),
  )
  return h('div.table-wrap', h('table.register.open-actions', [
    caption(labels.openActionsByOwner, count),
    h('thead', h('tr', [labels.owner, labels.task, labels.due, labels.date, labels.meeting].map((label) => h('th', {scope: 'col'}, text(label))))),
    h('tbody', rows),
  ]))
}

function decisionsTable(registers: CatalogueRegisters, lang: string): Element {
  const labels = labelsFor(lang)
  return h('div.table-wrap', h('table.register.decisions-by-date', [
    caption(labels.decisionsByDate, registers.decisionsByDate.length),
    h('thead', h('tr', [labels.date, labels.decisions, labels.meeting].map((label) => h('th', {scope: 'col'}, text(label))))),
    h('tbody', registers.decisionsByDate.map((decision) =>
      h('tr', [
        h('td', dateCell(decision.date, lang)),
        h('td', [text(decision.text)]),
        h('td', [meetingLink(decision, decision.anchor)]),
      ]),
    )),
  ]))
}

function attendanceTable(registers: CatalogueRegisters, lang: string): Element {
  const labels = labelsFor(lang)
  const row = (line: CatalogueRegisters['attendance'][number]) =>
    h('tr', [
      h('th', {scope: 'row'}, [text(line.name)]),
      ...[line.meetings.length, line.attended, line.excused, line.absent].map((value) => h('td.num', [text(String(value))])),
      h('td.num', [text(formatPercent(line.rate, lang))]),
    ])
  const people = registers.attendance.filter((line) => line.kind === 'person')
  const organizations = registers.attendance.filter((line) => line.kind === 'organization')
  const bodies: Element[] = []
  if (people.length > 0) bodies.push(h('tbody', people.map(row)))
  if (organizations.length > 0) {
    bodies.push(h('tbody', [h('tr', [h('th.group', {scope: 'colgroup', colSpan: 6}, [text(labels.organizations)])]), ...organizations.map(row)]))
  }
  return h('div.table-wrap', h('table.register.attendance-register', [
    caption(labels.attendanceRegister, registers.attendance.length),
    h('thead', h('tr', [
      h('th', {scope: 'col'}, text(people.length > 0 ? labels.person : labels.organization)),
      ...[labels.meetings, labels.attended, labels.excused, labels.absent, labels.rate].map((label) => h('th.num', {scope: 'col'}, text(label))),
    ])),
    ...bodies,
  ]))
}
