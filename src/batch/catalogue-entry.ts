import type {CatalogueEntry, Seminar} from '../types.js'
import {attendedCount} from '../attendance.js'
import {organizationKey} from '../text/slug.js'
import type {Format} from '../formats.js'

/** The catalogue entry of a converted seminar. */
export function catalogueEntry(seminar: Seminar, outputBase: string, formats: readonly Format[]): CatalogueEntry {
  return {
    title: seminar.title,
    ...(seminar.date ? {date: seminar.date} : {}),
    ...(seminar.place ? {place: seminar.place.raw} : {}),
    lang: seminar.lang,
    ateliers: seminar.summary.ateliers,
    // Who attended: people listed as present, in person or remote, not those excused or absent.
    participants: attendedCount(seminar.summary),
    outputs: Object.fromEntries(formats.map((format) => [format, `${outputBase}.${format}`])),
    organizations: seminar.summary.organizations.map((organization) => ({
      name: organization.name,
      key: organizationKey(organization.name),
    })),
  }
}
