/**
 * The words the reports add around the minutes, in the document's language:
 * each language module (src/languages/) holds its labels, month names and
 * typography; the layout reads them here and hands the words to the
 * writers. A language the reports do not know gets English.
 */
import {english, languageOf, type Labels, type ReportWords} from '../languages/index.js'

export type {Labels} from '../languages/index.js'

function language(lang: string): ReportWords {
  return (languageOf(lang) ?? english).report
}

/** The labels for a BCP 47 language tag; English for any language we do not know. */
export function labelsFor(lang: string): Labels {
  return language(lang).labels
}

/**
 * An ISO date written out for a reader: "24 octobre 2019" in French,
 * "October 24, 2019" in English. Done by hand rather than with
 * `Intl.DateTimeFormat` because Node builds with small ICU would print
 * English for every locale, and the output must not depend on the build.
 */
export function formatDate(isoDate: string, lang: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate)
  const {months, date} = language(lang)
  const month = months[Number(match?.[2]) - 1]
  if (!match || month === undefined) return isoDate
  return date(Number(match[3]), month, match[1]!)
}

/**
 * Whether the minutes' own wording of a value (`dateText`, `schedule.raw`)
 * says more than the report's rendering of it: then both renderers print it
 * after, in parentheses, so that no word of the minutes is lost. "le 3 mars
 * 2021" says more than "3 mars 2021"; "24 octobre 2019" does not.
 */
export function writtenSaysMore(shown: string, written: string | undefined): written is string {
  if (!written) return false
  const words = (text: string) => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []
  const have = new Set(words(shown))
  return !words(written).every((word) => have.has(word))
}

/** A 24-hour `HH:MM` time span written out: "15h00 – 16h30" or "15:00–16:30". */
export function formatTimeSpan(start: string | undefined, end: string | undefined, lang: string): string {
  const {time, timeSpan} = language(lang)
  if (start && end) return `${time(start)}${timeSpan}${time(end)}`
  return time(start ?? end ?? '')
}

/** A share written as a whole percentage: "75\u00A0%" in French, "75%" in English. */
export function formatPercent(share: number, lang: string): string {
  return `${Math.round(share * 100)}${language(lang).percent}`
}

/** The primary subtag of a language tag, lower-cased: `fr` for `fr-CA`. */
export function primaryLanguage(lang: string): string {
  return lang.toLowerCase().split('-')[0] ?? ''
}

/** A label followed by a colon, French style ("Lieu :", with a no-break space) or English ("Place:"). */
export function withColon(label: string, lang: string): string {
  return `${label}${language(lang).colon}`
}

/** "Atelier 3 : Mobilité": the title, and the topic when the title does not already hold it. */
export function atelierHeading(atelier: {readonly title: string; readonly topic?: string}, lang: string): string {
  const topic = atelier.topic?.trim()
  if (!topic || atelier.title.includes(topic)) return atelier.title
  return `${withColon(atelier.title, lang)} ${topic}`
}

/** "A, B et C": names joined in the document's language (`and` is its word). */
export function joinNames(names: readonly string[], and: string): string {
  if (names.length <= 1) return names.join('')
  return `${names.slice(0, -1).join(', ')} ${and} ${names.at(-1)}`
}

/**
 * The facilitators line as the minutes wrote it ("animée par …"),
 * capitalized, cut where it names the people, in order, so that each
 * renderer can mark their roles and keep the author's words.
 */
export function splitWrittenLine<Person extends {readonly name: string; readonly role: string}>(
  written: string,
  people: readonly Person[],
): ({readonly text: string} | {readonly person: Person})[] {
  const line = written.charAt(0).toUpperCase() + written.slice(1)
  const pieces: ({readonly text: string} | {readonly person: Person})[] = []
  let at = 0
  for (const person of people) {
    const found = person.name === '' ? -1 : line.indexOf(person.name, at)
    if (found < 0) continue
    if (found > at) pieces.push({text: line.slice(at, found)})
    pieces.push({person})
    at = found + person.name.length
  }
  if (at < line.length) pieces.push({text: line.slice(at)})
  return pieces
}

/** The minutes' own word for the participants ("Présents :", "Attendees:") without its colon, else ours. */
export function participantsLabel(written: string | undefined, ours: string): string {
  return written?.replace(/[\s:：]+$/u, '').trim() || ours
}
