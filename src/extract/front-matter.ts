/**
 * Front matter fields over what the minutes' text says: `title`, `date`,
 * `place`, `lang`, `schedule` win; the other keys are kept in `meta`.
 */
import type {VFile} from 'vfile'
import {warn} from '../diagnostics.js'
import type {FrontMatter} from '../read/front-matter.js'
import type {Language} from '../languages/index.js'
import type {Place, Schedule} from '../types.js'
import {findDate} from './dates.js'
import {readHeadLine, toPlace} from './metadata.js'

/** The keys read into fields of their own; the others go to `meta`. */
export const frontMatterFields = new Set(['title', 'date', 'place', 'lang', 'schedule'])

/** Title-block facts, as the text gave them or as front matter overrides them. */
export interface Facts {
  date?: string
  dateText?: string
  place?: Place
  schedule?: Schedule
}

/** Front matter wins over what the title block said; wrong kinds are reported and ignored. */
export function applyFrontMatter(frontMatter: FrontMatter, file: VFile, inferred: Facts, language: Language): Facts {
  let {date, dateText, place, schedule} = inferred
  const dateValue = stringField(frontMatter, 'date', file)
  if (dateValue !== undefined) {
    const found = findDate(dateValue, language.numericDates)
    if (found) {
      date = found.iso
      dateText = dateValue
    } else {
      // Shown as written, so that the reports still say it.
      date = undefined
      dateText = dateValue
      warn(file, 'date-not-understood', `Could not read front matter date \`${dateValue}\`; expected e.g. "2019-10-24"`)
    }
  }
  const placeValue = stringField(frontMatter, 'place', file)
  if (placeValue !== undefined) place = toPlace(placeValue)
  const scheduleValue = stringField(frontMatter, 'schedule', file)
  if (scheduleValue !== undefined) schedule = readHeadLine(scheduleValue, language)?.schedule ?? {raw: scheduleValue}
  return {
    ...(date === undefined ? {} : {date}),
    ...(dateText === undefined ? {} : {dateText}),
    ...(place === undefined ? {} : {place}),
    ...(schedule === undefined ? {} : {schedule}),
  }
}

/** A front matter value as text: strings trimmed, numbers and dates written out; anything else is reported. */
export function stringField(frontMatter: FrontMatter, key: string, file: VFile): string | undefined {
  const value = frontMatter[key]
  if (value === undefined || value === null) return undefined
  if (typeof value === 'string') return value.trim() === '' ? undefined : value.trim()
  if (typeof value === 'number') return String(value)
  if (value instanceof Date) return value.toISOString().slice(0, 10)
  warn(file, 'front-matter-field', `Front matter \`${key}\` should be text, not ${Array.isArray(value) ? 'a list' : typeof value}`)
  return undefined
}
