import type {Seminar} from '../../types.js'
import {atelierHeading, labelsFor, type Labels} from '../labels.js'
import type {StyleSheet} from './styles.js'

/** What every builder may need besides the node it renders. */
export interface DocxContext {
  readonly seminar: Seminar
  readonly lang: string
  readonly labels: Labels
  readonly sheet: StyleSheet
  /** Atelier titles by id, for the annex's cross references. */
  readonly atelierTitles: ReadonlyMap<string, string>
  /**
   * A fresh docx numbering `instance`: each ordered list gets its own, so it
   * counts from its own start instead of continuing the previous list.
   */
  nextListInstance(): number
}

/** A context for one rendering; counters start again for each document. */
export function createContext(seminar: Seminar, sheet: StyleSheet): DocxContext {
  let instance = 0
  return {
    seminar,
    lang: seminar.lang,
    labels: labelsFor(seminar.lang),
    sheet,
    atelierTitles: new Map(seminar.ateliers.map((atelier) => [atelier.id, atelierHeading(atelier, seminar.lang)])),
    nextListInstance: () => ++instance,
  }
}

