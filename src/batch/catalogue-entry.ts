import type {Seminar} from '../types.js'
import {organizationKey} from '../extract/summary.js'
import type {Format} from './format.js'

/** What the catalogue (`--index`) needs of one seminar: small, so it fits in the manifest. */
export interface CatalogueEntry {
  readonly title: string
  readonly date?: string
  readonly place?: string
  readonly lang: string
  readonly ateliers: number
  readonly participants: number
  /** Report paths relative to the output folder, by format. */
  readonly outputs: Readonly<Partial<Record<Format, string>>>
  /** Organizations' names and keys (case- and accent-folded) met in this seminar. */
  readonly organizations: readonly {readonly name: string; readonly key: string}[]
}

/** The catalogue entry of a converted seminar. */
export function catalogueEntry(seminar: Seminar, outputBase: string, formats: readonly Format[]): CatalogueEntry {
  return {
    title: seminar.title,
    ...(seminar.date ? {date: seminar.date} : {}),
    ...(seminar.place ? {place: seminar.place.raw} : {}),
    lang: seminar.lang,
    ateliers: seminar.summary.ateliers,
    participants: seminar.summary.participants,
    outputs: Object.fromEntries(formats.map((format) => [format, `${outputBase}.${format}`])),
    organizations: seminar.summary.organizations.map((organization) => ({
      name: organization.name,
      key: organizationKey(organization.name),
    })),
  }
}
