/**
 * The lines of a title block: "Grenoble, Hôtel du Département, 24 octobre
 * 2019", "Ateliers 15h00 - 16h30", "Date : 12 mars 2021", "Lieu : Mairie".
 */
import {isDateLabel, isPlaceLabel, matchLabelledLine} from '../cues.js'
import type {Language} from '../languages/index.js'
import {languages} from '../languages/index.js'
import {foldAccents} from '../text/slug.js'
import type {Place, Schedule} from '../types.js'
import {findDate, findTimes, type FoundDate, type FoundTimes, type NumericReading} from './dates.js'

/** What a line of the title block says: a date, a place, a schedule. */
export interface HeadLine {
  readonly date?: FoundDate
  readonly place?: Place
  readonly schedule?: Schedule
  /**
   * Whether the line says nothing but these, so that the title block can
   * show it in their place without losing a word of it.
   */
  readonly complete: boolean
}

const venueWords =
  /(?<!\p{L})(h[ôo]tel|salle|centre|center|maison|universit[ée]|university|campus|mairie|hall|room|building|b[âa]timent|amphi(th[ée][âa]tre)?|auditorium|espace|palais|site|si[èe]ge|locaux|pavillon)(?!\p{L})/iu

const meetingWords = new RegExp(`(?<!\\p{L})(?:${languages.flatMap((language) => language.meetingWords).join('|')})(?!\\p{L})`, 'iu')

/**
 * Reads one short line of the title block. Returns undefined when the line
 * is none of these, so it stays content; a line that gives a date among
 * other words comes back with `complete: false`, so it stays content too.
 */
export function readHeadLine(text: string, language: Language, reading: NumericReading = language.numericDates): HeadLine | undefined {
  const line = text.replace(/\s+/g, ' ').trim()
  if (line === '' || line.length > 160) return undefined
  const labelled = matchLabelledLine(line)
  if (labelled && isPlaceLabel(labelled.label)) return {place: toPlace(labelled.value), complete: false}
  const dateLabelled = labelled && isDateLabel(labelled.label) ? labelled : undefined
  if (labelled && !dateLabelled) return undefined
  const value = dateLabelled ? dateLabelled.value : line
  const date = findDate(value, reading)
  const times = findTimes(value)
  if (date) {
    let rest = cleanPlace(value.replace(date.text, ' '))
    if (times && rest.includes(times.text)) rest = cleanPlace(rest.replace(times.text, ' '))
    const place = rest !== '' && isPlausiblePlace(rest) ? toPlace(rest) : undefined
    return {
      date,
      ...(place ? {place} : {}),
      // The date is the date's: the schedule is the times alone.
      ...(times ? {schedule: toSchedule(times.text, {...times, index: 0})} : {}),
      complete: saysNoMore(line, [date.text, times?.text, place?.raw]),
    }
  }
  if (times && !dateLabelled && isScheduleLine(line, times)) return {schedule: toSchedule(line, times), complete: true}
  if (times && dateLabelled) return {schedule: toSchedule(times.text, {...times, index: 0}), complete: false}
  return undefined
}

/**
 * Whether the pieces a line was read into hold every word of it: then the
 * title block can show them in its place. A label ("Date :") or a linking
 * word ("à Valence") they leave out keeps the line as written.
 */
function saysNoMore(line: string, pieces: readonly (string | undefined)[]): boolean {
  let rest = line
  for (const piece of pieces) if (piece) rest = rest.replace(piece, ' ')
  return !/[\p{L}\p{N}]/u.test(rest)
}

/** "Ateliers 15h00 - 16h30", "de 9h à 12h": a few words, then the times; not a sentence with an hour in it. */
function isScheduleLine(line: string, times: FoundTimes): boolean {
  const before = line.slice(0, times.index).trim().split(/\s+/).filter(Boolean)
  const after = line.slice(times.index + times.text.length).trim().split(/\s+/).filter(Boolean)
  return before.length <= 4 && after.length <= 3 && !/[.!?]$/.test(line)
}

/**
 * What is left of a date line is a place when it reads like one: a few
 * capitalized words or an address, not the name of the meeting ("Compte
 * rendu de la réunion") nor a remark in parentheses.
 */
function isPlausiblePlace(text: string): boolean {
  if (/[()[\]:"«»?!]/.test(text) || text.split(/\s+/).length > 8 || meetingWords.test(foldAccents(text))) return false
  return text.split(/\s*[,–—]\s*/).every((part) => /^[\p{Lu}\d]/u.test(part) || venueWords.test(part))
}

function toSchedule(line: string, times: FoundTimes): Schedule {
  const label = cleanPlace(line.slice(0, times.index)).replace(/\b(de|from)$/i, '').trim()
  return {
    raw: line,
    ...(label ? {label} : {}),
    start: times.start,
    ...(times.end ? {end: times.end} : {}),
    ...(times.timeZone ? {timeZone: times.timeZone} : {}),
  }
}

/** Splits "Grenoble, Hôtel du Département" into city and venue. */
export function toPlace(raw: string): Place {
  const text = raw.trim()
  const parts = text.split(/\s*[,–—]\s*/).filter(Boolean)
  if (parts.length < 2) {
    return venueWords.test(text) ? {raw: text, venue: text} : {raw: text, city: text}
  }
  const venueIndex = parts.findIndex((part) => venueWords.test(part))
  if (venueIndex > 0) {
    return {raw: text, city: parts.slice(0, venueIndex).join(', '), venue: parts.slice(venueIndex).join(', ')}
  }
  if (venueIndex === 0) {
    return {raw: text, venue: parts.slice(0, -1).join(', '), city: parts.at(-1)!}
  }
  return {raw: text, city: parts[0]!, venue: parts.slice(1).join(', ')}
}

/** Trims the separators and linking words a date or time leaves behind. */
function cleanPlace(text: string): string {
  let value = text.replace(/\s+/g, ' ').trim()
  let previous = ''
  while (value !== previous) {
    previous = value
    value = value
      .replace(/^[\s,;:–—\-|/]+|[\s,;:–—\-|/]+$/g, '')
      .replace(/^(le|la|à|a|au|on|at|in|en)\s+/i, '')
      .replace(/\s+(le|à|on|at|in|en)$/i, '')
      .trim()
  }
  return value
}
