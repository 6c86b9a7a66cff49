/**
 * The words the reports add around the minutes, in the document's language:
 * one record of data per language (labels, month names, typography), read
 * only by the layout, which hands the words to the writers. A language the
 * reports do not know gets English.
 */
import type {AttendanceStatus} from '../types.js'

/** Every label a renderer may print. */
export interface Labels {
  readonly contents: string
  readonly summary: string
  readonly atelier: string
  readonly ateliers: string
  readonly number: string
  readonly title: string
  readonly facilitators: string
  /** Prefix of the facilitators line, e.g. "Animé par". */
  readonly facilitatedBy: string
  /** Prefix of the assistants named after a "+", e.g. "avec l'appui de". */
  readonly assistedBy: string
  readonly participants: string
  readonly participantCount: string
  readonly lastName: string
  readonly firstName: string
  readonly organization: string
  readonly question: string
  readonly organizations: string
  readonly links: string
  readonly annex: string
  readonly date: string
  readonly place: string
  readonly schedule: string
  readonly page: string
  /** Between the page number and the page count: "page 3 / 12". */
  readonly of: string
  readonly sections: string
  readonly redacted: string
  readonly and: string
  readonly introduction: string
  readonly seminars: string
  readonly generatedBy: string
  /** Heading of columns holding source cells the extractor could not place. */
  readonly other: string
  /** Key figure: list items noted in sections and intros. */
  readonly items: string
  /** Before the other spellings of an organization: "aussi écrit". */
  readonly alsoWritten: string
  /** Prefix of an image shown as a link, e.g. "Image : plan du site". */
  readonly image: string
  /** Spoken state of a task-list item. */
  readonly done: string
  readonly notDone: string
  /** Last row of a summary table. */
  readonly total: string
  /** Title of the catalogue page (`--index`). */
  readonly catalogue: string
  /** Heading of the catalogue's organizations table: organizations across all seminars. */
  readonly organizationsAcross: string
  /** Heading of the catalogue's column of links to each seminar's reports. */
  readonly reports: string
  /** Shown in the catalogue's date column for a seminar without a date. */
  readonly undated: string
  /** Footer of the catalogue page. */
  readonly catalogueGeneratedBy: string
  /** Column of a handle written with a name ("@jdoe"). */
  readonly handle: string
  /** Column of what a person is at the meeting ("voting member"). */
  readonly role: string
  /** Column of the group a person is listed with, when a list mixes groups. */
  readonly group: string
  /** Column of what the minutes add after a person ("arrivée à 18h40"). */
  readonly note: string
  /** Column of how a person attended, when it differs from their list's. */
  readonly attendance: string
  /** How a person attended, as a table shows it. */
  readonly statuses: Readonly<Record<AttendanceStatus, string>>
  /** Key figures of those excused and absent: "Excusés", "Absents". */
  readonly excusedCount: string
  readonly absentCount: string
}

const french: Labels = {
  contents: 'Sommaire',
  summary: 'Synthèse',
  atelier: 'Atelier',
  ateliers: 'Ateliers',
  number: 'N°',
  title: 'Titre',
  facilitators: 'Animation',
  facilitatedBy: 'Animé par',
  assistedBy: "avec l'appui de",
  participants: 'Participants',
  participantCount: 'Nombre de participants',
  lastName: 'Nom',
  firstName: 'Prénom',
  organization: 'Organisation',
  question: 'Question',
  organizations: 'Organisations représentées',
  links: 'Liens cités',
  annex: 'Annexes',
  date: 'Date',
  place: 'Lieu',
  schedule: 'Horaires',
  page: 'page',
  of: '/',
  sections: 'Parties',
  redacted: 'nom masqué',
  and: 'et',
  introduction: 'Introduction',
  seminars: 'Séminaires',
  generatedBy: 'Rapport produit par seminar-report',
  other: 'Autre',
  items: 'Points notés',
  alsoWritten: 'aussi écrit',
  image: 'Image',
  done: 'fait',
  notDone: 'à faire',
  total: 'Total',
  catalogue: 'Catalogue des séminaires',
  organizationsAcross: 'Organisations présentes dans les séminaires',
  reports: 'Rapports',
  undated: 'non daté',
  catalogueGeneratedBy: 'Catalogue produit par seminar-report',
  handle: 'Identifiant',
  role: 'Rôle',
  group: 'Groupe',
  note: 'Remarque',
  attendance: 'Présence',
  statuses: {present: 'présent', 'in-person': 'sur place', remote: 'à distance', excused: 'excusé', absent: 'absent'},
  excusedCount: 'Excusés',
  absentCount: 'Absents',
}

const english: Labels = {
  contents: 'Contents',
  summary: 'Summary',
  atelier: 'Workshop',
  ateliers: 'Workshops',
  number: 'No.',
  title: 'Title',
  facilitators: 'Facilitators',
  facilitatedBy: 'Facilitated by',
  assistedBy: 'assisted by',
  participants: 'Participants',
  participantCount: 'Participants',
  lastName: 'Last name',
  firstName: 'First name',
  organization: 'Organization',
  question: 'Question',
  organizations: 'Organizations represented',
  links: 'Links',
  annex: 'Annex',
  date: 'Date',
  place: 'Place',
  schedule: 'Schedule',
  page: 'page',
  of: '/',
  sections: 'Sections',
  redacted: 'name withheld',
  and: 'and',
  introduction: 'Introduction',
  seminars: 'Seminars',
  generatedBy: 'Report made by seminar-report',
  other: 'Other',
  items: 'Points noted',
  alsoWritten: 'also written',
  image: 'Image',
  done: 'done',
  notDone: 'to do',
  total: 'Total',
  catalogue: 'Seminar catalogue',
  organizationsAcross: 'Organizations across the seminars',
  reports: 'Reports',
  undated: 'undated',
  catalogueGeneratedBy: 'Catalogue made by seminar-report',
  handle: 'Handle',
  role: 'Role',
  group: 'Group',
  note: 'Note',
  attendance: 'Attendance',
  statuses: {present: 'present', 'in-person': 'in person', remote: 'remote', excused: 'excused', absent: 'absent'},
  excusedCount: 'Excused',
  absentCount: 'Absent',
}

/** What the reports need of one language. */
interface Language {
  readonly labels: Labels
  readonly months: readonly string[]
  /** "24 octobre 2019" or "October 24, 2019". */
  readonly date: (day: number, month: string, year: string) => string
  /** What stands between a label and its value: "Lieu\u00A0: Grenoble", "Place: Grenoble". */
  readonly colon: string
  /** "15h00" or "15:00". */
  readonly time: (hhmm: string) => string
  /** Between two times: "15h00 – 16h30", "15:00–16:30". */
  readonly timeSpan: string
}

const languages: Readonly<Record<string, Language>> = {
  fr: {
    labels: french,
    months: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
    date: (day, month, year) => `${day === 1 ? '1er' : day} ${month} ${year}`,
    colon: '\u00A0:',
    time: (hhmm) => hhmm.replace(':', 'h'),
    timeSpan: ' – ',
  },
  en: {
    labels: english,
    months: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
    date: (day, month, year) => `${month} ${day}, ${year}`,
    colon: ':',
    time: (hhmm) => hhmm,
    timeSpan: '–',
  },
}

function language(lang: string): Language {
  return languages[primaryLanguage(lang)] ?? languages.en!
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
