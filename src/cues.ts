/**
 * The words that announce structure in real minutes, compiled once from the
 * languages' data (src/languages/). Kept together so that the repair and
 * extract steps agree on them. Every supported language's words are
 * recognized in every document: minutes mix languages.
 */
import {languages} from './languages/index.js'
import {foldAccents} from './text/slug.js'
import type {AttendanceStatus} from './types.js'

/**
 * A pattern source written with plain letters, made to accept their
 * accented forms too, so that "anime par" matches "animé par" in the text as
 * written (whose groups are then captured as written). Language data uses
 * only `(?:…)`, `|`, `?`, `\d`, `\s` and these letters, which are never
 * regex syntax there.
 */
function accentInsensitive(source: string): string {
  return source.replace(/[aceinouy]/g, (letter) => letterForms[letter]!)
}
const letterForms: Record<string, string> = {
  a: '[aàáâãäå]',
  c: '[cç]',
  e: '[eéèêë]',
  i: '[iíìîï]',
  n: '[nñ]',
  o: '[oóòôõöø]',
  u: '[uúùûü]',
  y: '[yýÿ]',
}

const union = (pick: (language: (typeof languages)[number]) => readonly string[]) =>
  [...new Set(languages.flatMap(pick))].sort((a, b) => b.length - a.length).join('|')

/**
 * A label as compared with the languages' labels: accents folded, lower
 * case, inclusive-writing marks gone ("Présent·es", "Présent(e)s",
 * "Présent.e.s" → "presentes"/"presents"), a count "(16)" and the colon gone.
 */
export function foldLabel(label: string): string {
  return foldAccents(label)
    .toLowerCase()
    .replace(/\(\s*\d+\s*\)/g, ' ')
    .replace(/[·•∙⋅]|\.(?=\p{L})/gu, '')
    .replace(/\((e|es|s|e?s)\)/g, '$1')
    .replace(/-(?=(?:e|es|s)\b)/g, '')
    .replace(/[\s:：.*_]+$/u, '')
    .replace(/\s+/g, ' ')
    .trim()
}

// ---------------------------------------------------------------------------
// Ateliers

/** "Atelier 2 :", "Workshop 1: Mobility", "Breakout group B", "Groupe 3 - …". */
const atelierPattern = new RegExp(
  `^(${accentInsensitive(union((language) => language.atelierWords)).replace(/ /g, '\\s+')})\\s+(n°\\s*|no\\.?\\s*|#)?(\\d{1,4}|[A-Z])(?=$|[\\s:.\\-–—)])\\s*[:.\\-–—)]?\\s*(.*)$`,
  'iu',
)

/** What an atelier announcement says. */
export interface AtelierCue {
  /** The keyword as written, e.g. "Atelier". */
  readonly keyword: string
  readonly number?: number
  /** The number or letter as written, e.g. "2" or "B". */
  readonly label: string
  /** Words after the separator, e.g. "Mobilité" in "Atelier 3 : Mobilité". */
  readonly topic: string
}

/** Reads an atelier announcement, or returns undefined. */
export function matchAtelier(text: string): AtelierCue | undefined {
  const match = atelierPattern.exec(text.trim())
  if (!match) return undefined
  const label = match[3]!
  const number = /^\d+$/.test(label)
    ? Number(label)
    : /^[A-Z]$/i.test(label)
      ? label.toUpperCase().charCodeAt(0) - 64
      : undefined
  return {keyword: match[1]!, label, topic: match[4]!.trim(), ...(number === undefined ? {} : {number})}
}

// ---------------------------------------------------------------------------
// Sections

/** "1. Vision :", "2) Contraintes", "3 - Opportunités"; not "1.1 Détail" (a sub-item) nor "2.5 %". */
const sectionPattern = /^(\d{1,2})\s*(?:\.(?!\d)|\)|\s[-–—])\s*(\S.*?)\s*:?\s*$/u

/** What a numbered section title says. */
export interface SectionCue {
  readonly number: number
  readonly title: string
}

/** Reads a numbered section title, or returns undefined. */
export function matchSection(text: string): SectionCue | undefined {
  const match = sectionPattern.exec(text.trim())
  if (!match) return undefined
  return {number: Number(match[1]), title: match[2]!}
}

// ---------------------------------------------------------------------------
// Facilitators

/** "animé par …", "animée par : …", "facilitated by …": the phrases ending in "par"/"by" need no colon. */
const facilitatorPhrases = languages.flatMap((language) => language.facilitatorPhrases)
const facilitatorsAfterBy = new RegExp(
  `^(?:${accentInsensitive(facilitatorPhrases.filter((phrase) => /\s(?:par|by)$/.test(phrase)).join('|')).replace(/ /g, '\\s+')})\\s*:?\\s*(.+)$`,
  'iu',
)
/** "Animation : …", "Facilitators: …": the other phrases, before a colon. */
const facilitatorsLabelled = new RegExp(
  `^(?:${accentInsensitive(facilitatorPhrases.filter((phrase) => !/\s(?:par|by)$/.test(phrase)).join('|')).replace(/ /g, '\\s+')})\\s*:\\s*(.+)$`,
  'iu',
)

/** The list of names after a facilitators cue, or undefined. */
export function matchFacilitators(text: string): string | undefined {
  const trimmed = text.trim()
  const match = facilitatorsAfterBy.exec(trimmed) ?? facilitatorsLabelled.exec(trimmed)
  return match ? match[1]!.trim() : undefined
}

// ---------------------------------------------------------------------------
// Labelled lines: "Présents : A, B", "Regrets: C", "Secrétaire de séance : D"

/** A line that starts with a short label and a colon. */
export interface LabelledLine {
  /** The label as written, without its colon. */
  readonly label: string
  /** What follows the colon, trimmed. */
  readonly value: string
  /** Where the value starts in the line. */
  readonly valueIndex: number
}

// A label is at most six words and ends at the first colon (a French colon
// may follow a no-break space); "http://…" is not a label, nor "3:00".
const labelledLine = /^\s*([^\s:：][^:：]{0,60}?)\s*(?<!\d)[:：](?!\/\/)\s*/u

/** Splits "Label : value" (label of at most six words), or returns undefined. */
export function matchLabelledLine(text: string): LabelledLine | undefined {
  const match = labelledLine.exec(text)
  if (!match) return undefined
  const label = match[1]!.trim()
  if (label.split(/\s+/).length > 6) return undefined
  return {label, value: text.slice(match[0].length).trim(), valueIndex: match[0].length}
}

/** What an attendance label says. */
export interface AttendanceCue {
  readonly status: AttendanceStatus
  /** Set when the label names a kind of attendee ("Invités", "Observers"): the label itself is the group. */
  readonly group?: boolean
}

const attendanceLabels = languages.flatMap((language) =>
  language.attendance.map((entry) => ({regex: new RegExp(`^(?:${entry.pattern})$`, 'u'), status: entry.status, group: entry.group})),
)
const statusWords = languages.flatMap((language) =>
  language.statusWords.map((entry) => ({regex: new RegExp(`^(?:${entry.pattern})$`, 'u'), status: entry.status})),
)

/**
 * Reads an attendance label: "Présent·es", "Excusés", "Regrets", "Attendees",
 * "Présents (en visio)", "Liste des participants (16)". Undefined for any
 * other label.
 */
export function matchAttendanceLabel(label: string): AttendanceCue | undefined {
  const folded = foldLabel(label)
  const modifier = /^(.*?)\s*\(([^()]+)\)$/.exec(folded)
  const base = modifier ? modifier[1]! : folded
  for (const entry of attendanceLabels) {
    if (!entry.regex.test(base)) continue
    const modified = modifier ? statusWord(modifier[2]!) : undefined
    return {status: modified ?? entry.status, ...(entry.group ? {group: true} : {})}
  }
  return undefined
}

/** The status a word next to a name gives ("remote", "en visio", "excusée"), if any. */
export function statusWord(text: string): AttendanceStatus | undefined {
  const folded = foldLabel(text)
  return statusWords.find((entry) => entry.regex.test(folded))?.status
}

const roleLabels = new RegExp(`^(?:${union((language) => language.roles)})$`, 'u')

/** Whether a label names a function of the meeting: "Secrétaire de séance", "Chair", "Scribe". */
export function isRoleLabel(label: string): boolean {
  return roleLabels.test(foldLabel(label))
}

const dateLabels = new RegExp(`^(?:${union((language) => language.dateLabels)})$`, 'u')
const placeLabels = new RegExp(`^(?:${union((language) => language.placeLabels)})$`, 'u')

/** Whether a label announces the date: "Date", "Date/Time", "Meeting date", "When". */
export function isDateLabel(label: string): boolean {
  return dateLabels.test(foldLabel(label))
}

/** Whether a label announces the place: "Lieu", "Venue", "Location". */
export function isPlaceLabel(label: string): boolean {
  return placeLabels.test(foldLabel(label))
}

const otherMeeting = new RegExp(`(?<!\\p{L})(?:${union((language) => language.otherMeeting)})(?!\\p{L})`, 'u')

/** Whether a text speaks of another meeting ("Prochaine réunion : …", "Next call"): its date is not this one's. */
export function mentionsOtherMeeting(text: string): boolean {
  return otherMeeting.test(foldAccents(text).toLowerCase())
}
