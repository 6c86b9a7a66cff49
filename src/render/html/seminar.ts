/**
 * The report's structure around the minutes' content: title block, key
 * figures, summary table, contents, ateliers, sections and annexes.
 */
import type {Element, ElementContent} from 'hast'
import {h} from 'hastscript'
import type {Atelier, Attendance, Facilitator, Inline, RoleHolder, Section, Seminar} from '../../types.js'
import {atelierHeading, formatDate, formatTimeSpan, joinNames, labelsFor, participantsLabel, splitWrittenLine, withColon, writtenSaysMore} from '../labels.js'
import {blocks} from './blocks.js'
import {under, type RenderContext} from './context.js'
import {allocateAnchors, type Anchors} from './ids.js'
import {inlines, relFor, text} from './inline.js'
import {safeHref} from './url.js'
import {isUnnamed, participantColumns} from '../participants-columns.js'
import {participantCount} from '../../attendance.js'
import {rolesByFunction} from '../people.js'

/** The page body (everything inside `<body>` but the template's own chrome). */
export function seminarBody(seminar: Seminar): ElementContent[] {
  const context: RenderContext = {
    lang: seminar.lang,
    labels: labelsFor(seminar.lang),
    headingLevel: 1,
    headingStack: [],
    inLink: false,
  }
  const anchors = allocateAnchors(seminar)
  return [
    titleBlock(seminar, context),
    h('main', [
      ...summary(seminar, anchors, context),
      contents(seminar, anchors, context),
      ...introduction(seminar, anchors, context),
      ...seminarParticipants(seminar, anchors, context),
      ...seminar.sections.map((node) => section(node, anchors, 2, context)),
      ...seminar.ateliers.map((node) => atelier(node, anchors, context)),
      ...annex(seminar, anchors, context),
    ]),
  ]
}

// ---------------------------------------------------------------------------
// Title block

function titleBlock(seminar: Seminar, context: RenderContext): Element {
  const {labels, lang} = context
  const facts: Element[] = []
  if (seminar.date || seminar.dateText) {
    const shown = seminar.date ? formatDate(seminar.date, lang) : seminar.dateText!
    const value: ElementContent[] = [seminar.date ? h('time', {dateTime: seminar.date}, [text(shown)]) : text(shown)]
    facts.push(fact(labels.date, [...value, ...asWritten(shown, seminar.dateText)]))
  }
  if (seminar.place) facts.push(fact(labels.place, [text(seminar.place.raw)]))
  if (seminar.schedule) {
    const {raw, label, start, end} = seminar.schedule
    const span = start || end ? formatTimeSpan(start, end, lang) : ''
    const shown = span ? [label, span, seminar.schedule.timeZone].filter(Boolean).join(' ') : raw
    facts.push(fact(labels.schedule, [text(shown), ...asWritten(shown, raw)]))
  }
  for (const [role, holders] of rolesByFunction(seminar.roles)) {
    facts.push(fact(role, [text(joinNames(holders.map((holder) => holder.name ?? labels.redacted), labels.and))]))
  }
  for (const [key, value] of Object.entries(seminar.meta)) facts.push(fact(key, metaValue(value)))
  return h('header.title-block', [
    h('h1', [text(seminar.title)]),
    facts.length > 0 ? h('dl.facts', facts) : undefined,
  ].filter((node): node is Element => node !== undefined))
}

function fact(term: string, value: ElementContent[]): Element {
  return h('div', [h('dt', [text(term)]), h('dd', value)])
}

/**
 * The source's wording in brackets when the written-out form lost some of its
 * words (e.g. "2019-10-24" shown as "24 octobre 2019"): nothing of the input
 * is dropped.
 */
function asWritten(shown: string, raw: string | undefined): ElementContent[] {
  return writtenSaysMore(shown, raw) ? [text(' '), h('span.as-written', [text(`(${raw})`)])] : []
}

/** A front-matter value, kept verbatim: scalars as text, lists as lists, maps as nested definition lists. */
function metaValue(value: unknown): ElementContent[] {
  if (value === null || value === undefined) return []
  if (value instanceof Date) return [text(Number.isNaN(value.getTime()) ? String(value) : value.toISOString().replace(/T00:00:00\.000Z$/, ''))]
  if (Array.isArray(value)) return [h('ul.meta-list', value.map((item) => h('li', metaValue(item))))]
  if (typeof value === 'object') {
    return [h('dl.meta-map', Object.entries(value as Record<string, unknown>).map(([key, item]) => fact(key, metaValue(item))))]
  }
  return [text(String(value))]
}

// ---------------------------------------------------------------------------
// Summary and contents

function summary(seminar: Seminar, anchors: Anchors, context: RenderContext): Element[] {
  const {labels} = context
  const figures: [number, string][] = []
  if (seminar.ateliers.length > 0) figures.push([seminar.summary.ateliers, labels.ateliers])
  if (seminar.summary.participants > 0) figures.push([seminar.summary.participants, labels.participants])
  figures.push([seminar.summary.sections, labels.sections], [seminar.summary.items, labels.items])
  const content: ElementContent[] = [
    h('h2', {id: anchors.page.summary}, text(labels.summary)),
    h('ul.figures', figures.map(([count, label]) => h('li', [h('span.figure', [text(String(count))]), text(' '), h('span.figure-label', [text(label)])]))),
  ]
  if (seminar.ateliers.length > 0) content.push(summaryTable(seminar, anchors, context))
  return [h('section.summary', content)]
}

function summaryTable(seminar: Seminar, anchors: Anchors, context: RenderContext): Element {
  const {labels} = context
  const hasNumbers = seminar.ateliers.some((node) => node.number !== undefined)
  const head = [
    hasNumbers ? labels.number : undefined,
    labels.atelier,
    labels.facilitators,
    labels.participants,
    labels.sections,
  ].filter((label): label is string => label !== undefined)
  const rows = seminar.ateliers.map((node) =>
    h('tr', [
      hasNumbers ? h('td.num', [text(node.number === undefined ? '' : String(node.number))]) : undefined,
      h('th', {scope: 'row'}, [
        h('a', {href: `#${anchors.atelier.get(node)}`}, text(atelierHeading(node, context.lang))),
        ...questionPreview(node, context),
      ]),
      h('td', [text(names(node.facilitators.filter((person) => person.role === 'facilitator'), context))]),
      h('td.num', [text(String(participantCount(node.attendance)))]),
      h('td.num', [text(String(node.sections.length))]),
    ].filter((cell): cell is Element => cell !== undefined)),
  )
  return h('div.table-wrap', h('table.summary-table', [
    h('caption', [text(labels.ateliers)]),
    h('thead', h('tr', head.map((label, index) => h('th', {scope: 'col', className: index >= head.length - 2 ? ['num'] : undefined}, text(label))))),
    h('tbody', rows),
  ]))
}

/** The first paragraph of the atelier's question, in the summary table. */
function questionPreview(node: Atelier, context: RenderContext): ElementContent[] {
  const first = node.question[0]
  if (!first || first.length === 0) return []
  return [h('span.summary-question', inlines(withoutLinks(first), context))]
}

/** Inline content with links reduced to their content (the summary cell already links). */
function withoutLinks(nodes: readonly Inline[]): Inline[] {
  return nodes.flatMap((node): Inline[] => {
    if (node.type === 'link') return withoutLinks(node.children)
    if (node.type === 'html') return []
    if ('children' in node) return [{...node, children: withoutLinks(node.children)}]
    return [node]
  })
}

function contents(seminar: Seminar, anchors: Anchors, context: RenderContext): Element {
  const {labels} = context
  const entry = (href: string, label: ElementContent[], children: Element[] = []) =>
    h('li', [h('a', {href: `#${href}`}, label), children.length > 0 ? h('ol', children) : undefined].filter((n): n is Element => n !== undefined))
  const sectionEntry = (node: Section) => entry(anchors.section.get(node)!, sectionTitle(node))
  const items: Element[] = [entry(anchors.page.summary, [text(labels.summary)])]
  if (seminar.intro.length > 0) items.push(entry(anchors.page.introduction, [text(labels.introduction)]))
  if (seminar.attendance.length > 0) {
    items.push(entry(anchors.page.participants, [text(participantsCaption(seminar.attendance[0]!.title ?? seminar.attendance[0]!.label, context))]))
  }
  items.push(...seminar.sections.map(sectionEntry))
  items.push(...seminar.ateliers.map((node) => entry(anchors.atelier.get(node)!, [text(atelierHeading(node, context.lang))], node.sections.map(sectionEntry))))
  const annexes = annexParts(seminar)
  if (annexes.organizations || annexes.links) {
    items.push(entry(anchors.page.annex, [text(labels.annex)], [
      annexes.organizations ? entry(anchors.page.organizations, [text(labels.organizations)]) : undefined,
      annexes.links ? entry(anchors.page.links, [text(labels.links)]) : undefined,
    ].filter((n): n is Element => n !== undefined)))
  }
  return h('nav.toc', {ariaLabelledBy: anchors.page.contents}, [
    h('h2', {id: anchors.page.contents}, text(labels.contents)),
    h('ol', items),
  ])
}

function introduction(seminar: Seminar, anchors: Anchors, context: RenderContext): Element[] {
  if (seminar.intro.length === 0) return []
  return [h('section.introduction', [
    h('h2', {id: anchors.page.introduction}, text(context.labels.introduction)),
    ...blocks(seminar.intro, under(context, 2)),
  ])]
}

/** Participants of the whole seminar (minutes without ateliers, plenary lists). */
function seminarParticipants(seminar: Seminar, anchors: Anchors, context: RenderContext): Element[] {
  if (seminar.attendance.length === 0) return []
  return [h('section.seminar-participants', {id: anchors.page.participants}, attendanceTables(seminar.attendance, context))]
}

/** Every attendance list as a table, each title ("Attendance" over "Council", "Observers") once above its lists. */
function attendanceTables(lists: readonly Attendance[], context: RenderContext): ElementContent[] {
  const content: ElementContent[] = []
  let title: string | undefined
  for (const list of lists) {
    if (list.title !== undefined && list.title !== title) content.push(h('p.attendance-title', [text(list.title)]))
    title = list.title
    content.push(participantsTable(list, context))
  }
  return content
}

/** People named for a function: "Secrétaire de séance : Anne Durand". */
function rolesLine(roles: readonly RoleHolder[], context: RenderContext): Element[] {
  return rolesByFunction(roles).map(([role, holders]) =>
    h('p.roles', [h('span.role-label', [text(withColon(role, context.lang))]), text(` ${joinNames(holders.map((holder) => holder.name ?? context.labels.redacted), context.labels.and)}`)]),
  )
}

/** The participants table's caption: the title the minutes gave it ("Présents", "Attendees"), or ours. */
function participantsCaption(label: string | undefined, context: RenderContext): string {
  return participantsLabel(label, context.labels.participants)
}

// ---------------------------------------------------------------------------
// Ateliers and sections

function atelier(node: Atelier, anchors: Anchors, context: RenderContext): Element {
  const {labels} = context
  const content: ElementContent[] = [
    ...(node.round === undefined ? [] : [h('p.round', [text(node.round)])]),
    h('h2', [text(atelierHeading(node, context.lang))]),
  ]
  if (node.question.length > 0) {
    content.push(h('div.question', [
      h('p.question-label', [text(labels.question)]),
      ...node.question.map((paragraph) => h('p', inlines(paragraph, context))),
    ]))
  }
  const people = node.facilitatorsText
    ? writtenFacilitatorsLine(node.facilitatorsText, node.facilitators)
    : facilitatorsLine(node.facilitators, context)
  if (people) content.push(people)
  content.push(...rolesLine(node.roles, context))
  content.push(...attendanceTables(node.attendance, context))
  content.push(...blocks(node.intro, under(context, 2)))
  content.push(...node.sections.map((child) => section(child, anchors, 3, context)))
  return h('section.atelier', {id: anchors.atelier.get(node)}, content)
}

/** "Animé par A et B, avec l'appui de C": assistants (named after a "+") set apart. */
function facilitatorsLine(people: readonly Facilitator[], context: RenderContext): Element | undefined {
  const {labels} = context
  const leads = people.filter((person) => person.role === 'facilitator')
  const assistants = people.filter((person) => person.role === 'assistant')
  if (leads.length === 0 && assistants.length === 0) return undefined
  const parts: ElementContent[] = []
  if (leads.length > 0) parts.push(text(`${labels.facilitatedBy} `), ...personList(leads, 'facilitator', context))
  if (assistants.length > 0) {
    const prefix = leads.length > 0 ? `, ${labels.assistedBy} ` : `${capitalize(labels.assistedBy)} `
    parts.push(text(prefix), ...personList(assistants, 'assistant', context))
  }
  return h('p.facilitators', parts)
}

/**
 * The facilitators line as the minutes wrote it ("animée par …", "moderated
 * by …"), capitalized, each name marked with its role: the author's words
 * stay (nothing is lost) and the roles still show. Same reading as the DOCX
 * report's.
 */
function writtenFacilitatorsLine(written: string, people: readonly Facilitator[]): Element {
  return h(
    'p.facilitators',
    splitWrittenLine(written, people).map((piece) =>
      'person' in piece ? h('span', {className: ['person', piece.person.role]}, text(piece.person.name)) : text(piece.text),
    ),
  )
}

function personList(people: readonly Facilitator[], role: string, context: RenderContext): ElementContent[] {
  return people.flatMap((person, index) => [
    ...(index === 0 ? [] : [text(index === people.length - 1 ? ` ${context.labels.and} ` : ', ')]),
    h('span', {className: ['person', role]}, text(person.name)),
  ])
}

function names(people: readonly Facilitator[], context: RenderContext): string {
  return joinNames(people.map((person) => person.name), context.labels.and)
}

function capitalize(value: string): string {
  return value.charAt(0).toUpperCase() + value.slice(1)
}

/**
 * An attendance list as a table: its columns come from participantColumns
 * (shared with the DOCX report); a redacted row among named ones shows a
 * placeholder.
 */
function participantsTable(list: Attendance, context: RenderContext): Element {
  const {labels} = context
  const {columns, names} = participantColumns(list, labels)
  const head = columns.map((column) => h(column.numeric ? 'th.num' : 'th', {scope: 'col'}, text(column.header)))
  const rows = list.participants.map((person) => {
    const cells: ElementContent[] = []
    for (const column of columns) {
      if (column.rowHeader && isUnnamed(person)) {
        if (column.key === 'first-name') continue
        cells.push(h('td', {colSpan: names === 'split' ? 2 : undefined}, h('span.redacted', [text(labels.redacted)])))
        continue
      }
      if (column.key === 'last-name' && !person.lastName && !person.firstName) {
        // A name the extractor could not split, in a table where others were.
        cells.push(h('th', {scope: 'row', colSpan: 2}, text(person.name ?? '')))
        continue
      }
      if (column.key === 'first-name' && !person.lastName && !person.firstName) continue
      const value = text(column.cell(person))
      cells.push(column.rowHeader ? h(column.key === 'last-name' ? 'th.last-name' : 'th', {scope: 'row'}, value) : h(column.numeric ? 'td.num' : 'td', [value]))
    }
    return h('tr', cells)
  })
  return h('div.table-wrap', h('table.participants', [
    h('caption', [text(participantsCaption(list.label, context)), text(' '), h('span.count', [text(`(${list.participants.length})`)])]),
    h('thead', h('tr', head)),
    h('tbody', rows),
  ]))
}

function sectionTitle(node: Section): ElementContent[] {
  const title = text(node.title)
  if (node.number === undefined) return [title]
  return [h('span.section-number', [text(node.label ? `${node.label} ${node.number}` : `${node.number}.`)]), text(' '), title]
}

function section(node: Section, anchors: Anchors, level: number, context: RenderContext): Element {
  const content: ElementContent[] = [h(`h${level}`, sectionTitle(node))]
  if (node.prompt.length > 0) {
    content.push(h('div.prompt', node.prompt.map((paragraph) => h('p', inlines(paragraph, context)))))
  }
  content.push(...blocks(node.blocks, under(context, level)))
  return h('section.section', {id: anchors.section.get(node)}, content)
}

// ---------------------------------------------------------------------------
// Annexes

function annexParts(seminar: Seminar) {
  return {organizations: seminar.summary.organizations.length > 0, links: seminar.summary.links.length > 0}
}

function annex(seminar: Seminar, anchors: Anchors, context: RenderContext): Element[] {
  const {labels} = context
  const parts = annexParts(seminar)
  if (!parts.organizations && !parts.links) return []
  const titleOf = new Map(seminar.ateliers.map((node) => [node.id, node]))
  const atelierRef = (id: string): ElementContent => {
    const node = titleOf.get(id)
    return node ? h('a', {href: `#${anchors.atelier.get(node)}`}, text(atelierHeading(node, context.lang))) : text(id)
  }
  const joined = (ids: readonly string[]) => ids.flatMap((id, index) => [...(index > 0 ? [text(', ')] : []), atelierRef(id)])

  const content: ElementContent[] = [h('h2', {id: anchors.page.annex}, text(labels.annex))]
  if (parts.organizations) {
    const hasAteliers = seminar.ateliers.length > 0
    content.push(h('section.organizations', {id: anchors.page.organizations}, [
      h('h3', [text(labels.organizations)]),
      h('div.table-wrap', h('table.organizations-table', [
        h('thead', h('tr', [
          h('th', {scope: 'col'}, text(labels.organization)),
          h('th.num', {scope: 'col'}, text(labels.participants)),
          hasAteliers ? h('th', {scope: 'col'}, text(labels.ateliers)) : undefined,
        ].filter((n): n is Element => n !== undefined))),
        h('tbody', seminar.summary.organizations.map((org) => {
          const others = org.variants.filter((variant) => variant !== org.name)
          return h('tr', [
            h('th', {scope: 'row'}, [
              text(org.name),
              ...(others.length > 0 ? [h('span.variants', [text(`${withColon(labels.alsoWritten, context.lang)} ${others.join(' ; ')}`)])] : []),
            ]),
            h('td.num', [text(String(org.participants))]),
            hasAteliers ? h('td', joined(org.ateliers)) : undefined,
          ].filter((n): n is Element => n !== undefined))
        })),
      ])),
    ]))
  }
  if (parts.links) {
    content.push(h('section.links', {id: anchors.page.links}, [
      h('h3', [text(labels.links)]),
      h('ol.link-list', seminar.summary.links.map((entry) => {
        const href = safeHref(entry.url)
        const label = entry.text || entry.url
        const item: ElementContent[] = []
        if (href === undefined) item.push(h('span.unsafe-link', [text(label)]))
        else {
          const showUrl = label !== entry.url
          item.push(h('a', {href, rel: relFor(entry.url), className: showUrl ? ['url-shown'] : undefined}, text(label)))
          if (showUrl) item.push(text(' '), h('span.url', [text(entry.url)]))
        }
        if (entry.atelier) item.push(text(' — '), atelierRef(entry.atelier))
        return h('li', item)
      })),
    ]))
  }
  return [h('section.annex', content)]
}
