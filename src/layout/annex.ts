/**
 * The annexes: the organizations represented (their other spellings and
 * the ateliers they attended) and every link the minutes cite, so that a
 * paper copy keeps every address.
 */
import type {Seminar} from '../types.js'
import type {Block, Cell, Column, Inline, ListItem} from './types.js'
import type {LayoutContext} from './context.js'
import {atelierHeading, withColon} from './labels.js'
import {linkTarget} from './links.js'
import {plain, Runs, spanMark} from './runs.js'

/** Which parts of the annex a seminar has. */
export function annexParts(seminar: Seminar): {readonly organizations: boolean; readonly links: boolean} {
  return {organizations: seminar.summary.organizations.length > 0, links: seminar.summary.links.length > 0}
}

export function annex(context: LayoutContext): Block[] {
  const {labels, ids} = context
  const parts = annexParts(context.seminar)
  if (!parts.organizations && !parts.links) return []
  const children: Block[] = [{type: 'heading', level: 2, anchor: ids.page.annex, content: plain(labels.annex)}]
  if (parts.organizations) children.push(organizations(context))
  if (parts.links) children.push(links(context))
  return [{type: 'group', role: 'annex', newPage: true, children}]
}

/** Links to the ateliers with these ids, by their headings: "Atelier 1, Atelier 3". */
function atelierLinks(out: Runs, atelierIds: readonly string[], context: LayoutContext): Runs {
  atelierIds.forEach((id, index) => {
    if (index > 0) out.text(', ')
    const node = context.seminar.ateliers.find((atelier) => atelier.id === id)
    const anchor = node && context.ids.atelier.get(node)
    if (node && anchor) out.text(atelierHeading(node, context.lang), [{type: 'link', target: {kind: 'anchor', id: anchor}}])
    else out.text(id)
  })
  return out
}

function organizations(context: LayoutContext): Block {
  const {seminar, labels, lang} = context
  const hasAteliers = seminar.ateliers.length > 0
  const header = (text: string): Cell => ({content: plain(text), header: 'col'})
  const columns: Column[] = [{}, {numeric: true}, ...(hasAteliers ? [{}] : [])]
  const head = [header(labels.organization), header(labels.participants), ...(hasAteliers ? [header(labels.ateliers)] : [])]
  const body = seminar.summary.organizations.map((organization) => {
    const others = organization.variants.filter((variant) => variant !== organization.name)
    const name = new Runs().text(organization.name)
    if (others.length > 0) name.break().text(`${withColon(labels.alsoWritten, lang)} ${others.join(' ; ')}`, [spanMark('variants')])
    const cells: Cell[] = [{content: name.done(), header: 'row'}, {content: plain(String(organization.participants))}]
    if (hasAteliers) cells.push({content: atelierLinks(new Runs(), organization.ateliers, context).done()})
    return {cells}
  })
  return {
    type: 'group',
    role: 'organizations',
    anchor: context.ids.page.organizations,
    children: [
      {type: 'heading', level: 3, content: plain(labels.organizations)},
      {type: 'table', role: 'organizations', columns, head: [{cells: head}], body, foot: []},
    ],
  }
}

/** "label url — Atelier 1": the link's text, linked when it may be, its address, where it was cited. */
function links(context: LayoutContext): Block {
  const items = context.seminar.summary.links.map((entry): ListItem => {
    const target = linkTarget(entry.url, context.anchors)
    const label = entry.text || entry.url
    const showUrl = label !== entry.url
    const out = new Runs()
    if (target === undefined) out.text(label, [spanMark('unsafe-link')])
    else out.text(label, [showUrl ? {type: 'link', target, role: 'url-shown'} : {type: 'link', target}])
    if (showUrl) out.text(' ').text(entry.url, [spanMark('url')])
    if (entry.atelier) atelierLinks(out.text(' — '), [entry.atelier], context)
    return {content: [{type: 'paragraph', content: out.done() as Inline[]}]}
  })
  return {
    type: 'group',
    role: 'links',
    anchor: context.ids.page.links,
    children: [
      {type: 'heading', level: 3, content: plain(context.labels.links)},
      {type: 'list', ordered: true, role: 'link-list', items},
    ],
  }
}
