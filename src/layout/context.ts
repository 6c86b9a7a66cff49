/**
 * What every part of the layout needs besides the node it lays out.
 */
import type {Seminar} from '../types.js'
import {allocateAnchors, type Anchors} from './anchors.js'
import type {InlineContext} from './inline.js'
import {labelsFor} from './labels.js'

export interface LayoutContext extends InlineContext {
  readonly seminar: Seminar
  readonly ids: Anchors
}

/** The context of one report. */
export function createContext(seminar: Seminar): LayoutContext {
  const ids = allocateAnchors(seminar)
  return {seminar, lang: seminar.lang, labels: labelsFor(seminar.lang), ids, anchors: ids.ids, entries: ids.entry}
}
