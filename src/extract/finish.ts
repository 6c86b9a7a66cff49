/**
 * Drafts become domain nodes: stable ids, numbering checked, absent parts
 * noted.
 */
import type {VFile} from 'vfile'
import {inform, warn} from '../diagnostics.js'
import type {Atelier, Section} from '../types.js'
import {slug, Slugger} from '../text/slug.js'
import {finishAttendance} from './attendance.js'
import {numberingBreaks} from './numbering.js'
import type {AtelierDraft, SectionDraft} from './walk.js'

/** The ateliers, with ids unique in the seminar and their numbering checked. */
export function finishAteliers(drafts: readonly AtelierDraft[], file: VFile): Atelier[] {
  for (const {item, previous, expected} of numberingBreaks(drafts)) {
    warn(file, 'atelier-number', `\`${item.title}\` comes after atelier ${previous}; expected ${expected}, or 1 to start a new round`, item.position)
  }
  const slugs = new Slugger()
  return drafts.map((draft) => finishAtelier(draft, slugs, file))
}

function finishAtelier(draft: AtelierDraft, slugs: Slugger, file: VFile): Atelier {
  if (draft.facilitators.length === 0) {
    inform(file, 'facilitators-missing', `\`${draft.title}\` names no facilitator ("animé par …", "facilitated by …")`, draft.position)
  }
  return {
    type: 'atelier',
    id: slugs.unique(draft.number === undefined ? slug(draft.title) : `atelier-${draft.number}`),
    ...(draft.number === undefined ? {} : {number: draft.number}),
    title: draft.title,
    ...(draft.topic ? {topic: draft.topic} : {}),
    ...(draft.round === undefined ? {} : {round: draft.round}),
    question: draft.question,
    facilitators: draft.facilitators,
    ...(draft.facilitatorsText === undefined ? {} : {facilitatorsText: draft.facilitatorsText}),
    attendance: draft.attendance.map(finishAttendance),
    roles: draft.roles,
    intro: draft.intro,
    sections: finishSections(draft.sections, file),
    ...(draft.position ? {position: draft.position} : {}),
  }
}

/** The sections of one atelier (or of the seminar), with ids unique among them and their numbering checked. */
export function finishSections(drafts: readonly SectionDraft[], file: VFile): Section[] {
  for (const {item, previous, expected} of numberingBreaks(drafts)) {
    warn(file, 'section-number', `Section ${item.number} comes after section ${previous}; expected ${expected}, or 1 to start again`, item.position)
  }
  const slugs = new Slugger()
  return drafts.map((draft) => ({
    type: 'section',
    id: slugs.unique(draft.number === undefined ? slug(draft.title) : `section-${draft.number}`),
    ...(draft.number === undefined ? {} : {number: draft.number}),
    ...(draft.label === undefined ? {} : {label: draft.label}),
    ...(draft.marker === undefined ? {} : {marker: draft.marker}),
    title: draft.title,
    prompt: draft.prompt,
    blocks: draft.blocks,
    ...(draft.position ? {position: draft.position} : {}),
  }))
}
