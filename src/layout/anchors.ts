/**
 * Anchor ids for the report, unique, and valid in HTML (the DOCX writer
 * makes bookmark names of them).
 *
 * Ids from the tree (`atelier.id`, `section.id`) are stable slugs and win;
 * section anchors are prefixed with their atelier's id so "1. Vision" in two
 * ateliers does not collide; the page's own anchors (contents, summary…)
 * take a suffix if the minutes already use the name.
 */
import type {Atelier, Section, Seminar} from '../types.js'
import {Slugger} from '../text/slug.js'

/** Every anchor of one report. */
export interface Anchors {
  readonly atelier: ReadonlyMap<Atelier, string>
  readonly section: ReadonlyMap<Section, string>
  readonly page: Readonly<Record<PageAnchor, string>>
  /** The anchor of the place each register entry was written, by entry id (`decision-2`). */
  readonly entry: ReadonlyMap<string, string>
  /** Every id handed out, so that a link the author wrote to one (`#atelier-2`) can be an internal link. */
  readonly ids: ReadonlySet<string>
}

export type PageAnchor = 'contents' | 'summary' | 'registers' | 'introduction' | 'participants' | 'annex' | 'organizations' | 'links'

const pageAnchors: readonly PageAnchor[] = ['contents', 'summary', 'registers', 'introduction', 'participants', 'annex', 'organizations', 'links']

/** Allocates the anchors of a seminar's report. */
export function allocateAnchors(seminar: Seminar): Anchors {
  const slugger = new Slugger()
  const ids = new Set<string>()
  const claim = (wanted: string) => {
    const id = slugger.unique(validId(wanted))
    ids.add(id)
    return id
  }
  const atelier = new Map<Atelier, string>()
  const section = new Map<Section, string>()
  for (const node of seminar.sections) section.set(node, claim(node.id || `section-${node.number ?? ''}`))
  for (const [index, node] of seminar.ateliers.entries()) {
    const id = claim(node.id || `atelier-${index + 1}`)
    atelier.set(node, id)
    for (const child of node.sections) section.set(child, claim(`${id}-${child.id || 'section'}`))
  }
  const entry = new Map<string, string>()
  for (const {id} of [...seminar.decisions, ...seminar.actions]) entry.set(id, claim(id))
  const page = Object.fromEntries(pageAnchors.map((name) => [name, claim(name)])) as Record<PageAnchor, string>
  return {atelier, section, page, entry, ids}
}

/**
 * An id html-validate's strict `valid-id` rule and every CSS selector accept:
 * an ASCII letter, then letters, digits, `-` and `_`. Accents are folded
 * ("Écologie" → "ecologie") rather than dropped.
 */
function validId(wanted: string): string {
  if (/^[A-Za-z][\w-]*$/.test(wanted)) return wanted
  const folded = wanted
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z\d_-]+/g, '-')
    .replace(/^-+|-+$/g, '')
  return /^[a-z]/.test(folded) ? folded : `id-${folded || 'x'}`
}
