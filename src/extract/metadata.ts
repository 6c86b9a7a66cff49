import type {Place, Schedule} from '../types.js'
import {findDate, findTimes, type FoundDate} from './dates.js'

/** What a line of the title block says: a date, a place, a schedule. */
export interface HeadLine {
  readonly date?: FoundDate
  readonly place?: Place
  readonly schedule?: Schedule
}

const placeCue = /^(?:lieu|place|venue|location|adresse|address)\s*:\s*(.+)$/iu
const dateCue = /^(?:date)\s*:\s*(.+)$/iu
const venueWords =
  /(?<!\p{L})(h[ôo]tel|salle|centre|center|maison|universit[ée]|university|campus|mairie|hall|room|building|b[âa]timent|amphi(th[ée][âa]tre)?|auditorium|espace|palais|site|si[èe]ge|locaux|pavillon)(?!\p{L})/iu

/**
 * Reads one short line of the title block. "Grenoble, Hôtel du Département,
 * 24 octobre 2019" gives a place and a date; "Ateliers 15h00 - 16h30" a
 * schedule. Returns undefined when the line is none of these, so it stays
 * content.
 */
export function readHeadLine(text: string): HeadLine | undefined {
  const line = text.replace(/\s+/g, ' ').trim()
  if (line === '' || line.length > 160) return undefined
  const placeMatch = placeCue.exec(line)
  if (placeMatch) return {place: toPlace(placeMatch[1]!)}
  const dateMatch = dateCue.exec(line)
  const date = findDate(dateMatch ? dateMatch[1]! : line)
  const times = findTimes(line)
  if (date) {
    const rest = cleanPlace(line.replace(dateMatch ? line : date.text, ' '))
    const timesInRest = times && rest.includes(times.text)
    const placeText = timesInRest ? cleanPlace(rest.replace(times.text, ' ')) : rest
    return {
      date,
      ...(placeText && !/\d{1,2}\s*h|:\d{2}/.test(placeText) ? {place: toPlace(placeText)} : {}),
      ...(times ? {schedule: toSchedule(line, times)} : {}),
    }
  }
  if (times) return {schedule: toSchedule(line, times)}
  return undefined
}

function toSchedule(line: string, times: NonNullable<ReturnType<typeof findTimes>>): Schedule {
  const label = cleanPlace(line.slice(0, times.index)).replace(/\b(de|from)$/i, '').trim()
  return {
    raw: line,
    ...(label ? {label} : {}),
    start: times.start,
    ...(times.end ? {end: times.end} : {}),
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
