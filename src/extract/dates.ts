import {foldAccents} from '../text/slug.js'

/** A calendar date found in text, with the words it was read from. */
export interface FoundDate {
  /** ISO 8601, e.g. `2019-10-24`. */
  readonly iso: string
  /** The text as written, e.g. "24 octobre 2019". */
  readonly text: string
  readonly index: number
}

const months: Record<string, number> = {
  janvier: 1, janv: 1, jan: 1, january: 1,
  fevrier: 2, fevr: 2, fev: 2, february: 2, feb: 2,
  mars: 3, march: 3, mar: 3,
  avril: 4, avr: 4, april: 4, apr: 4,
  mai: 5, may: 5,
  juin: 6, june: 6, jun: 6,
  juillet: 7, juil: 7, july: 7, jul: 7,
  aout: 8, august: 8, aug: 8,
  septembre: 9, sept: 9, september: 9, sep: 9,
  octobre: 10, october: 10, oct: 10,
  novembre: 11, november: 11, nov: 11,
  decembre: 12, december: 12, dec: 12,
}

/**
 * A letter of the Latin script, where dates are written with month names.
 * Not \p{L}: V8 compiles a case-insensitive \p{L} for a two-byte string (any
 * text with a curly quote or a dash in it) in 10–25 ms, and these patterns
 * are compiled in every process (measured: findDate took 55 ms of the
 * seed's cold conversion; with the Latin script the cold parse of the seed
 * went from 195 ms to 106 ms).
 */
const letter = '\\p{Script=Latin}'
const monthWord = `(${letter}{3,9})\\.?`
const day = '(1er|\\d{1,2})(?:st|nd|rd|th)?'
const year = '(\\d{4})'
// "le jeudi 24 octobre", "on Monday, October 24": the article and weekday
// belong to the date as written, so they stay in its text.
const weekday = `(?:(?<!${letter})(?:le|the|on)\\s+)?(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|monday|tuesday|wednesday|thursday|friday|saturday|sunday),?\\s+)?`

const patterns: {regex: RegExp; read: (match: RegExpExecArray) => [number, number, number] | undefined}[] = [
  // 2019-10-24
  {regex: /(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)/u, read: (m) => [Number(m[1]), Number(m[2]), Number(m[3])]},
  // 24 octobre 2019, le 1er mars 2021, jeudi 24 octobre 2019, 24 October 2019
  {
    regex: new RegExp(`${weekday}(?<!\\d)${day}\\s+${monthWord}\\s+${year}(?!\\d)`, 'iu'),
    read: (m) => withMonth(m[2]!, Number(m[3]), Number.parseInt(m[1]!, 10)),
  },
  // October 24, 2019
  {
    regex: new RegExp(`${weekday}${monthWord}\\s+${day},?\\s+${year}(?!\\d)`, 'iu'),
    read: (m) => withMonth(m[1]!, Number(m[3]), Number.parseInt(m[2]!, 10)),
  },
  // 24/10/2019 or 24.10.2019: day first, as in French and most of Europe
  {
    regex: /(?<![\d/.])(\d{1,2})[/.](\d{1,2})[/.](\d{4})(?![\d/.])/u,
    read: (m) => [Number(m[3]), Number(m[2]), Number(m[1])],
  },
]

function withMonth(name: string, yearValue: number, dayValue: number): [number, number, number] | undefined {
  const month = months[foldAccents(name).toLowerCase()]
  return month === undefined ? undefined : [yearValue, month, dayValue]
}

/** The first calendar date in a text, if any; an impossible date (31 février) is not one. */
export function findDate(text: string): FoundDate | undefined {
  let best: FoundDate | undefined
  for (const {regex, read} of patterns) {
    const match = regex.exec(text)
    if (!match) continue
    const parts = read(match)
    if (!parts || !isValidDate(...parts)) continue
    const [y, m, d] = parts
    const found = {iso: `${y}-${pad(m)}-${pad(d)}`, text: match[0].trim(), index: match.index}
    if (!best || found.index < best.index) best = found
  }
  return best
}

/** Whether a text has the look of a date (a month name next to a year) that `findDate` could not read. */
export function looksLikeDate(text: string): boolean {
  return monthBeforeYear.test(text) && monthName.test(foldAccents(text))
}
const monthBeforeYear = new RegExp(`\\b${monthWord}\\s+${year}\\b`, 'iu')
const monthName = new RegExp(`(?<!${letter})(?:${Object.keys(months).join('|')})(?!${letter})`, 'iu')

function isValidDate(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false
  const date = new Date(Date.UTC(y, m - 1, d))
  return date.getUTCMonth() === m - 1 && date.getUTCDate() === d
}

function pad(value: number): string {
  return String(value).padStart(2, '0')
}

/** A span of time found in text: "15h00 - 16h30" → 15:00 to 16:30. */
export interface FoundTimes {
  readonly start: string
  readonly end?: string
  readonly text: string
  readonly index: number
}

const clock = '(\\d{1,2})\\s*(?:h\\s*(\\d{2})?|:(\\d{2}))\\s*(am|pm|a\\.m\\.|p\\.m\\.)?'
const timeSpan = new RegExp(`(?<![\\d:])${clock}(?:\\s*(?:-|–|—|à|to|until|jusqu'à)\\s*${clock})?(?![\\d:])`, 'iu')

/** The first time or span of time in a text: "15h00 - 16h30", "9h-12h30", "3:00–4:30 pm". */
export function findTimes(text: string): FoundTimes | undefined {
  const match = timeSpan.exec(text)
  if (!match) return undefined
  const endMeridiem = match[8]
  // "3:00–4:30 pm": a meridiem written once applies to both ends.
  const start = toClock(match[1]!, match[2] ?? match[3], match[4] ?? endMeridiem)
  const end = match[5] === undefined ? undefined : toClock(match[5], match[6] ?? match[7], endMeridiem)
  if (!start || (match[5] !== undefined && !end)) return undefined
  return {start, ...(end ? {end} : {}), text: match[0].trim(), index: match.index}
}

function toClock(hours: string, minutes: string | undefined, meridiem: string | undefined): string | undefined {
  let hour = Number(hours)
  const minute = Number(minutes ?? 0)
  if (meridiem) {
    const pm = meridiem.toLowerCase().startsWith('p')
    if (hour < 1 || hour > 12) return undefined
    if (pm && hour !== 12) hour += 12
    if (!pm && hour === 12) hour = 0
  }
  if (hour > 23 || minute > 59) return undefined
  return `${pad(hour)}:${pad(minute)}`
}
