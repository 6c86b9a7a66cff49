/**
 * Calendar dates and times of day in the words of every supported language
 * (src/languages/): "24 octobre 2019", "le 1er mars 2021", "Monday, March
 * 4th, 2024", "Jun 4, 2024", "2019-10-24", "24/10/2019"; "15h00 - 16h30",
 * "14:00-15:30 UTC", "9am".
 */
import {languages, type Language} from '../languages/index.js'
import {foldAccents} from '../text/slug.js'

/** A calendar date found in text, with the words it was read from. */
export interface FoundDate {
  /** ISO 8601, e.g. `2019-10-24`. */
  readonly iso: string
  /** The text as written, e.g. "24 octobre 2019". */
  readonly text: string
  readonly index: number
  /** For a numeric date that reads two ways ("03/04/2021"): the other reading, ISO. */
  readonly otherReading?: string
}

/** How numeric dates are read (a language's `numericDates`). */
export type NumericReading = Language['numericDates']

/** Month numbers by folded name or abbreviation; a word two languages give different months is left out. */
const months = new Map<string, number>()
const ambiguousMonths = new Set<string>()
for (const language of languages) {
  language.months.forEach((names, index) => {
    for (const name of names) {
      const known = months.get(name)
      if (known !== undefined && known !== index + 1) ambiguousMonths.add(name)
      months.set(name, index + 1)
    }
  })
}
for (const name of ambiguousMonths) months.delete(name)

const accentForms: Record<string, string> = {a: '[aàáâä]', e: '[eéèêë]', i: '[iíìîï]', o: '[oóòôö]', u: '[uúùûü]', c: '[cç]', n: '[nñ]'}
const alternatives = (words: readonly string[]) =>
  [...new Set(words)]
    .sort((a, b) => b.length - a.length)
    .map((word) => word.replace(/[aeioucn]/g, (letter) => accentForms[letter]!).replace(/ /g, '\\s+'))
    .join('|')

/**
 * A letter of the Latin script, where dates are written with month names.
 * Not \p{L}: V8 compiles a case-insensitive \p{L} for a two-byte string (any
 * text with a curly quote or a dash in it) in 10–25 ms, and these patterns
 * are compiled in every process (measured: findDate took 55 ms of the
 * seed's cold conversion; with the Latin script the cold parse of the seed
 * went from 195 ms to 106 ms).
 */
const letter = '\\p{Script=Latin}'
const monthWord = `(${letter}{3,10})\\.?`
const day = `(\\d{1,2})(?:${alternatives(languages.flatMap((language) => language.daySuffixes))})?\\.?`
const year = '(\\d{4})'
const connector = `(?:\\s+(?:${alternatives(languages.flatMap((language) => language.dateConnectors))}))?`
// "le jeudi 24 octobre", "on Monday, October 24": the article and weekday
// belong to the date as written, so they stay in its text.
const article = `(?:(?<!${letter})(?:${alternatives(languages.flatMap((language) => language.dateArticles))})\\s+)?`
const weekday = `(?:(?<!${letter})(?:${alternatives(languages.flatMap((language) => language.weekdays))})\\.?,?\\s+)?`

interface DatePattern {
  readonly regex: RegExp
  /** [year, month, day] and, for numeric dates, the other reading. */
  readonly read: (match: RegExpExecArray, numeric: NumericReading) => {parts: [number, number, number]; other?: [number, number, number]} | undefined
}

const patterns: readonly DatePattern[] = [
  // 2019-10-24, 2019/10/24, 2019.10.24 (year first is never ambiguous)
  {regex: /(?<![\d/.-])(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?![\d/-]|\.\d)/u, read: (m) => ({parts: [Number(m[1]), Number(m[3]), Number(m[4])]})},
  // 24 octobre 2019, le 1er mars 2021, jeudi 24 octobre 2019, 23rd of March 2021, 12. März 2024, 12 de marzo de 2024
  {
    regex: new RegExp(`${article}${weekday}(?<![\\d.])${day}${connector}\\s+${monthWord},?${connector}\\s+${year}(?!\\d)`, 'iu'),
    read: (m) => withMonth(m[2]!, Number(m[3]), Number(m[1])),
  },
  // October 24, 2019; Jun 4, 2024; Monday, March 4th 2024
  {
    regex: new RegExp(`${article}${weekday}${monthWord}\\s+${day},?\\s+${year}(?!\\d)`, 'iu'),
    read: (m) => withMonth(m[1]!, Number(m[3]), Number(m[2])),
  },
  // 24/10/2019, 24.10.2019, 24-10-2019, 24/10/19: read as the language reads them
  {
    regex: new RegExp(`${article}${weekday}(?<![\\d/.-])(\\d{1,2})([/.-])(\\d{1,2})\\2(\\d{4}|\\d{2})(?![\\d/-]|\\.\\d)`, 'iu'),
    read: (m, numeric) => {
      const first = Number(m[1])
      const second = Number(m[3])
      const y = fullYear(m[4]!)
      const dayFirst: [number, number, number] = [y, second, first]
      const monthFirst: [number, number, number] = [y, first, second]
      // A dot is how day-first countries write dates; only a slash or a dash reads month first.
      if (numeric === 'day-first' || m[2] === '.') return {parts: dayFirst}
      if (!isValidDate(...monthFirst)) return {parts: dayFirst}
      if (numeric === 'ambiguous-month-first' && first !== second && isValidDate(...dayFirst)) return {parts: monthFirst, other: dayFirst}
      return {parts: monthFirst}
    },
  },
]

/** A two-digit year as people mean it: "19" is 2019, "98" is 1998. */
function fullYear(written: string): number {
  const value = Number(written)
  if (written.length === 4) return value
  return value < 70 ? 2000 + value : 1900 + value
}

function withMonth(name: string, yearValue: number, dayValue: number): {parts: [number, number, number]} | undefined {
  const month = months.get(foldAccents(name).toLowerCase())
  return month === undefined ? undefined : {parts: [yearValue, month, dayValue]}
}

// ---------------------------------------------------------------------------
// Dates in words: "il giorno quattordici del mese di novembre" of "l'anno
// duemilaventitré", "el día ocho de mayo de dos mil veinticuatro"

/** The parts each language writes numbers with, folded, the longest first: a number is written in one language. */
const numberLanguages = languages.map((language) => ({
  values: new Map(Object.entries(language.numberWords)),
  parts: Object.keys(language.numberWords).sort((a, b) => b.length - a.length),
}))
const wordConnectors = new Set(languages.flatMap((language) => language.wordDateConnectors).flatMap((connector) => connector.split(/[\s.]+/)).filter(Boolean))
const yearWords = new Set(languages.flatMap((language) => language.yearWords).map((word) => word.replace(/^(?:l.|el |the |im |l )/, '')))
/** Full month names (not abbreviations: "mar" is no date in words), folded. */
const fullMonths = new Map<string, number>()
for (const language of languages) language.months.forEach((names, index) => {
  if (!ambiguousMonths.has(names[0]!)) fullMonths.set(names[0]!, index + 1)
})
const monthInWords = new RegExp(`(?<!${letter})(?:${alternatives([...fullMonths.keys()])})(?!${letter})`, 'iu')

/** The parts of one written number ("veinticuatro" → veinti + cuatro), in one language, or undefined. */
function numberPartsOf(word: string): number[] | undefined {
  for (const language of numberLanguages) {
    const parts = partsIn(word, language)
    if (parts && parts.length > 0) return parts
  }
  return undefined
}

function partsIn(word: string, language: (typeof numberLanguages)[number]): number[] | undefined {
  if (word === '') return []
  for (const part of language.parts) {
    if (!word.startsWith(part)) continue
    const rest = partsIn(word.slice(part.length), language)
    if (rest) return [language.values.get(part)!, ...rest]
  }
  return undefined
}

/** The value of number words ("dos mil veinticuatro" → 2024), or undefined. */
function numberValue(words: readonly string[]): number | undefined {
  let total = 0
  let current = 0
  let any = false
  for (const word of words) {
    const parts = numberPartsOf(word.replace(/[-'’]/g, ''))
    if (!parts) return undefined
    for (const part of parts) {
      any = true
      if (part === 1000) {
        total += (current || 1) * 1000
        current = 0
      } else if (part === 100) current = (current || 1) * 100
      else current += part
    }
  }
  return any ? total + current : undefined
}

interface Word {
  readonly text: string
  readonly folded: string
  readonly index: number
}

/** A date written in words (day, month, year; the year may be digits or stand before: "l'anno duemilaventitré, il giorno…"). */
function findWordDate(text: string): FoundDate | undefined {
  if (!monthInWords.test(text)) return undefined
  const words: Word[] = [...text.matchAll(/[\p{L}\d][\p{L}\d'’-]*/gu)].map((match) => ({text: match[0], folded: foldAccents(match[0]).toLowerCase(), index: match.index}))
  const isNumber = (word: Word | undefined) => word !== undefined && /^\p{L}+(?:-\p{L}+)*$/u.test(word.folded) && numberPartsOf(word.folded.replace(/-/g, '')) !== undefined
  for (const [at, word] of words.entries()) {
    const month = fullMonths.get(word.folded)
    if (month === undefined) continue
    // The day: number words before the month, across "del mese di", "de".
    let before = at - 1
    while (before >= 0 && wordConnectors.has(words[before]!.folded)) before--
    let dayStart = before
    while (dayStart > 0 && before - dayStart < 2 && isNumber(words[dayStart - 1])) dayStart--
    if (!isNumber(words[before]) || !isNumber(words[dayStart])) continue
    const dayValue = numberValue(words.slice(dayStart, before + 1).map((entry) => entry.folded))
    if (dayValue === undefined || dayValue < 1 || dayValue > 31) continue
    // The year: after the month ("de dos mil veinticuatro", "2024"), or before with its word ("l'anno duemilaventitré").
    let after = at + 1
    while (after < words.length && wordConnectors.has(words[after]!.folded)) after++
    let end = after
    while (end < words.length && end - after < 6 && isNumber(words[end])) end++
    let yearValue = end > after ? numberValue(words.slice(after, end).map((entry) => entry.folded)) : /^\d{4}$/.test(words[after]?.text ?? '') ? Number(words[after]!.text) : undefined
    let first = dayStart
    let last = yearValue === undefined ? at : end > after ? end - 1 : after
    if (yearValue === undefined || yearValue < 1900 || yearValue > 2100) {
      yearValue = undefined
      last = at
      for (let back = dayStart - 1; back >= Math.max(0, dayStart - 12); back--) {
        if (!yearWords.has(words[back]!.folded.replace(/^\p{L}['’]/u, ''))) continue
        let yearEnd = back + 1
        while (yearEnd < dayStart && yearEnd - back <= 6 && isNumber(words[yearEnd])) yearEnd++
        const value = numberValue(words.slice(back + 1, yearEnd).map((entry) => entry.folded))
        if (value !== undefined && value >= 1900 && value <= 2100) {
          yearValue = value
          first = back
        }
        break
      }
    }
    if (yearValue === undefined || !isValidDate(yearValue, month, dayValue)) continue
    const start = words[first]!.index
    const stop = words[last]!.index + words[last]!.text.length
    return {iso: isoOf([yearValue, month, dayValue]), text: text.slice(start, stop), index: start}
  }
  return undefined
}

/**
 * The first calendar date in a text, if any; an impossible date (31 février)
 * is not one. `numeric` says how "03/04/2021" reads (default: day first).
 */
export function findDate(text: string, numeric: NumericReading = 'day-first'): FoundDate | undefined {
  let best: FoundDate | undefined = findWordDate(text)
  for (const {regex, read} of patterns) {
    const match = regex.exec(text)
    if (!match) continue
    const reading = read(match, numeric)
    if (!reading || !isValidDate(...reading.parts)) continue
    const found: FoundDate = {
      iso: isoOf(reading.parts),
      text: match[0].trim(),
      index: match.index + (match[0].length - match[0].trimStart().length),
      ...(reading.other ? {otherReading: isoOf(reading.other)} : {}),
    }
    if (!best || found.index < best.index) best = found
  }
  return best
}

/**
 * Whether a text holds a day, month and year that make no date ("le 32
 * octobre 2019", "31/02/2020", "2019-13-01"): what the author should fix. A
 * month and a year alone ("octobre 2019") are a fine way to date minutes,
 * not a mistake.
 */
export function looksLikeImpossibleDate(text: string): boolean {
  if (findDate(text)) return false
  return patterns.some(({regex, read}) => {
    const match = regex.exec(text)
    const reading = match ? read(match, 'day-first') : undefined
    return reading !== undefined && !isValidDate(...reading.parts)
  })
}

function isValidDate(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1 || y < 1000) return false
  const date = new Date(Date.UTC(y, m - 1, d))
  return date.getUTCMonth() === m - 1 && date.getUTCDate() === d
}

function isoOf([y, m, d]: [number, number, number]): string {
  return `${y}-${pad(m)}-${pad(d)}`
}

function pad(value: number): string {
  return String(value).padStart(2, '0')
}

// ---------------------------------------------------------------------------
// Times of day

/** A span of time found in text: "15h00 - 16h30" → 15:00 to 16:30. */
export interface FoundTimes {
  readonly start: string
  readonly end?: string
  /** The time zone as written after the times: "UTC", "Pacific", "CEST". */
  readonly timeZone?: string
  readonly text: string
  readonly index: number
}

const meridiem = '(am|pm|a\\.m\\.|p\\.m\\.)'
// 15h, 15h30, 15 h 30, 15:30, 15.30 Uhr, 9am, 9:30 a.m., 14 Uhr (a dot only with
// "h" or "Uhr" after it: "version 2.10" is no time)
const clock = `(\\d{1,2})(?:\\s*h\\s*(\\d{2})?(?![\\p{L}\\d])|(?::(\\d{2})|\\.(\\d{2})(?=\\s*(?:h|uhr)(?!\\p{L})))(?:\\s*(?:h|uhr)(?!\\p{L}))?|\\s*uhr(?!\\p{L})|(?=\\s*${meridiem}))\\s*${meridiem}?`
const rangeWords = [...new Set(languages.flatMap((language) => language.timeRangeWords))].join('|')
const timeSpan = new RegExp(`(?<![\\d:.])${clock}(?:\\s*(?:-|–|—|${rangeWords})\\s*${clock})?(?![\\d:])`, 'iu')
// Abbreviations (UTC, PT, CEST) count only in capitals: "et" is French for
// "and", not Eastern Time. Longer names ("Pacific", "heure de Paris") in any case.
const zoneSources = [...new Set(languages.flatMap((language) => language.timeZones))]
const abbreviations = zoneSources.filter((source) => /^[a-z]{1,4}(?:\(|$)/.test(source))
const names = zoneSources.filter((source) => !abbreviations.includes(source))
const timeZoneAbbreviation = new RegExp(`^\\s*\\(?\\s*((?:${abbreviations.map((source) => source.toUpperCase().replace(/\\D/g, '\\d')).join('|')}))(?![\\p{L}\\d])\\s*\\)?`, 'u')
const timeZoneName = new RegExp(`^\\s*\\(?\\s*((?:${names.join('|')}))(?!\\p{L})\\s*\\)?`, 'iu')

/** The first time or span of time in a text: "15h00 - 16h30", "9h-12h30", "3:00–4:30 pm", "14:00-15:30 UTC". */
export function findTimes(text: string): FoundTimes | undefined {
  const match = timeSpan.exec(text)
  if (!match) return undefined
  // Each clock has six groups: hours, then minutes after "h", ":" or ".",
  // then the meridiem (looked ahead at, or written).
  const read = (at: number) => ({hours: match[at], minutes: match[at + 1] ?? match[at + 2] ?? match[at + 3], meridiem: match[at + 5] ?? match[at + 4]})
  const first = read(1)
  const second = read(7)
  // "3:00–4:30 pm": a meridiem written once applies to both ends.
  const start = toClock(first.hours!, first.minutes, first.meridiem ?? second.meridiem)
  const end = second.hours === undefined ? undefined : toClock(second.hours, second.minutes, second.meridiem)
  if (!start || (second.hours !== undefined && !end)) return undefined
  const after = text.slice(match.index + match[0].length)
  const zone = timeZoneAbbreviation.exec(after) ?? timeZoneName.exec(after)
  const written = match[0] + (zone ? zone[0].trimEnd() : '')
  return {
    start,
    ...(end ? {end} : {}),
    ...(zone ? {timeZone: zone[1]!} : {}),
    text: written.trim(),
    index: match.index,
  }
}

function toClock(hours: string, minutes: string | undefined, meridiemText: string | undefined): string | undefined {
  let hour = Number(hours)
  const minute = Number(minutes ?? 0)
  if (meridiemText) {
    const pm = meridiemText.toLowerCase().startsWith('p')
    if (hour < 1 || hour > 12) return undefined
    if (pm && hour !== 12) hour += 12
    if (!pm && hour === 12) hour = 0
  }
  if (hour > 23 || minute > 59) return undefined
  return `${pad(hour)}:${pad(minute)}`
}

// ---------------------------------------------------------------------------
// Dates without a year: "15 mars", "March 1", "15/03"

const dayMonthPatterns: readonly {regex: RegExp; read: (match: RegExpExecArray, numeric: NumericReading) => [number, number] | undefined}[] = [
  {regex: new RegExp(`${article}${weekday}(?<![\\d.])${day}${connector}\\s+${monthWord}(?!\\s*\\d)`, 'iu'), read: (m) => monthDay(m[2]!, Number(m[1]))},
  {regex: new RegExp(`${article}${weekday}${monthWord}\\s+${day}(?![\\d,]*\\s*\\d{4})(?!\\d)`, 'iu'), read: (m) => monthDay(m[1]!, Number(m[2]))},
  {
    // "15.05.": German writes a day and month with a closing dot.
    regex: /(?<![\d/.-])(\d{1,2})[/.](\d{1,2})(?=\.?(?![\d/.-]))/u,
    read: (m, numeric) => (numeric === 'day-first' || m[0].includes('.') ? [Number(m[2]), Number(m[1])] : [Number(m[1]), Number(m[2])]),
  },
]

function monthDay(name: string, dayValue: number): [number, number] | undefined {
  const month = months.get(foldAccents(name).toLowerCase())
  return month === undefined ? undefined : [month, dayValue]
}

/**
 * A date in a text that may leave its year out ("d'ici le 15 mars",
 * "by March 1"): the year is the one that puts it on or after `after` (an
 * ISO date, the meeting's), so a deadline is never in the past of the
 * meeting that set it. Dates with a year are read as `findDate` reads them.
 */
export function findDateAfter(text: string, after: string | undefined, numeric: NumericReading = 'day-first'): FoundDate | undefined {
  const full = findDate(text, numeric)
  if (full) return full
  const meeting = after === undefined ? undefined : /^(\d{4})-(\d{2})-(\d{2})$/.exec(after)
  if (!meeting) return undefined
  for (const {regex, read} of dayMonthPatterns) {
    const match = regex.exec(text)
    const parts = match ? read(match, numeric) : undefined
    if (!match || !parts) continue
    const [month, dayValue] = parts
    let yearValue = Number(meeting[1])
    if (isoOf([yearValue, month, dayValue]) < after!) yearValue++
    if (!isValidDate(yearValue, month, dayValue)) continue
    return {iso: isoOf([yearValue, month, dayValue]), text: match[0].trim(), index: match.index}
  }
  return undefined
}
