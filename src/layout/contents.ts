/**
 * The table of contents: the summary, the seminar's own parts, each atelier
 * with its sections, the annexes. Both reports list exactly these entries.
 */
import type {Section} from '../types.js'
import type {Contents, ContentsEntry, Inline} from './types.js'
import type {LayoutContext} from './context.js'
import {annexParts} from './annex.js'
import {atelierHeading, participantsLabel} from './labels.js'
import {plain} from './runs.js'
import {sectionTitle} from './section.js'

export function contents(context: LayoutContext): Contents {
  const {seminar, labels, ids} = context
  const entry = (target: string, content: Inline[], children: ContentsEntry[] = []): ContentsEntry => ({target, content, children})
  const sectionEntry = (node: Section) => entry(ids.section.get(node)!, sectionTitle(node))
  const entries: ContentsEntry[] = [entry(ids.page.summary, plain(labels.summary))]
  if (seminar.decisions.length > 0 || seminar.actions.length > 0) entries.push(entry(ids.page.registers, plain(labels.registers)))
  if (seminar.intro.length > 0) entries.push(entry(ids.page.introduction, plain(labels.introduction)))
  const firstList = seminar.attendance[0]
  if (firstList) entries.push(entry(ids.page.participants, plain(participantsLabel(firstList.title ?? firstList.label, labels.participants))))
  entries.push(...seminar.sections.map(sectionEntry))
  for (const node of seminar.ateliers) {
    entries.push(entry(ids.atelier.get(node)!, plain(atelierHeading(node, context.lang)), node.sections.map(sectionEntry)))
  }
  const annex = annexParts(seminar)
  if (annex.organizations || annex.links) {
    entries.push(entry(ids.page.annex, plain(labels.annex), [
      ...(annex.organizations ? [entry(ids.page.organizations, plain(labels.organizations))] : []),
      ...(annex.links ? [entry(ids.page.links, plain(labels.links))] : []),
    ]))
  }
  return {type: 'contents', anchor: ids.page.contents, title: plain(labels.contents), entries}
}
