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
  // Escapes (`\d`) and group names (`(?<for>`) are syntax: left alone; the
  // letters of a class (`[oa]`) gain their forms inside the class; a space
  // is any white space, and " ?" optional white space.
  return source.replace(/\\.|\(\?<[A-Za-z]+>|\[(?:\\.|[^\]])*\]| \?| |[aceinouy]/g, (token) => {
    if (token.startsWith('[')) return token.replace(/[aceinouy]/g, (letter) => letterForms[letter]!.slice(1, -1))
    if (token === ' ?') return '\\s*'
    if (token === ' ') return '\\s+'
    return letterForms[token] ?? token
  })
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
  `^(${accentInsensitive(union((language) => language.atelierWords))})\\s+(n°\\s*|no\\.?\\s*|#)?(\\d{1,4}|[A-Z])(?=$|[\\s:.\\-–—)])\\s*[:.\\-–—)]?\\s*(.*)$`,
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

/** "1. Vision :", "2) Contraintes", "3 - Opportunités", "4- Divers"; not "1.1 Détail" (a sub-item), "2.5 %" nor "1-2 points". */
const sectionPattern = /^(\d{1,2})\s*(?:\.(?!\d)|\)|\s[-–—]|[-–—](?=\s))\s*(\S.*?)\s*:?\s*$/u
/** "TOP 3: Haushalt", "Punto 2 – Bilancio", "Item 1: Budget": an agenda word before the number. */
const agendaPattern = new RegExp(
  `^(${accentInsensitive(union((language) => language.agendaWords))})\\s*(\\d{1,2})(?!\\d|\\.\\d)\\s*[:.)\\-–—]?\\s*(\\S.*?)\\s*:?\\s*$`,
  'iu',
)

const agendaHeadings = new RegExp(`^(?:${union((language) => language.agendaHeadings)})$`, 'u')

/** Whether a heading titles the agenda itself ("Ordre du jour", "Tagesordnung", "Orden del día"), not one of its items. */
export function isAgendaHeading(text: string): boolean {
  return agendaHeadings.test(foldLabel(text))
}

/** What a numbered section title says. */
export interface SectionCue {
  readonly number: number
  /** The number as written when it is not digits: "Primero", "B", "IV". */
  readonly marker?: string
  /** The agenda word before the number, as written: "TOP", "Punto", "Item". */
  readonly label?: string
  readonly title: string
}

/**
 * "Primero – Lectura del acta", "SECONDO PUNTO: …" (an ordinal word and a
 * separator: "Primero se lee el acta" is a sentence), "B. Tournoi", "IV.
 * NEW BUSINESS" (a capital letter or a Roman numeral and a full stop or a
 * parenthesis, then a capital or a digit: "A. Dupont" is a name, and reads
 * as one unless a heading or bold line says otherwise).
 */
const ordinalPattern = new RegExp(
  `^((${languages.map((language) => language.sectionOrdinals.map(accentInsensitive).join('|')).join('|')})(?:\\s+(?:punto|point|punkt|item))?)\\s*(?:\\.-|\\.|:|[-–—])\\s*(\\S.*?)\\s*[.:]?\\s*$`,
  'iu',
)
const letteredPattern = /^([A-HJ-Z]|[IVX]{1,4})\s*[.)]\s+(\p{Lu}.*?|\d.*?)\s*:?\s*$/u
/** Roman numerals up to twenty, written the one canonical way: a value is its index ("IIII" and "VX" are none). */
const romanNumerals = ['', 'I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII', 'XIII', 'XIV', 'XV', 'XVI', 'XVII', 'XVIII', 'XIX', 'XX']

/** Reads a numbered section title, or returns undefined. */
export function matchSection(text: string): SectionCue | undefined {
  const trimmed = text.trim()
  const plain = sectionPattern.exec(trimmed)
  if (plain) return {number: Number(plain[1]), title: plain[2]!}
  const agenda = agendaPattern.exec(trimmed)
  if (agenda) return {number: Number(agenda[2]), label: agenda[1]!, title: agenda[3]!}
  const ordinal = ordinalPattern.exec(trimmed)
  if (ordinal) {
    const folded = foldAccents(ordinal[2]!).toLowerCase()
    const number = Math.max(...languages.map((language) => language.sectionOrdinals.indexOf(folded) + 1))
    return {number, marker: ordinal[1]!, title: ordinal[3]!}
  }
  const lettered = letteredPattern.exec(trimmed)
  if (!lettered) return undefined
  const mark = lettered[1]!
  const title = lettered[2]!
  // One capital may be an initial ("J. Smith", "V. Hugo", "J. R. R. Tolkien"): a title of two words or more, not an initial again.
  if (mark.length === 1 && (!/\s/.test(title) || /^\p{Lu}\.\s/u.test(title))) return undefined
  // "I", "V" and "X" are numerals; other single capitals are letters (A = 1).
  const number = /^[IVX]+$/.test(mark) ? romanNumerals.indexOf(mark) : mark.charCodeAt(0) - 64
  return number > 0 ? {number, marker: mark, title} : undefined
}

// ---------------------------------------------------------------------------
// Facilitators

/** "animé par …", "moderiert von …", "a cura di …": the phrases ending in a preposition need no colon. */
const facilitatorPhrases = languages.flatMap((language) => language.facilitatorPhrases)
const prepositionLast = /\s(?:par|by|von|da|di|por|de)$/
const facilitatorsAfterBy = new RegExp(
  `^(?:${accentInsensitive(facilitatorPhrases.filter((phrase) => prepositionLast.test(phrase)).join('|'))})\\s*:?\\s*(.+)$`,
  'iu',
)
/** "Animation : …", "Facilitators: …": the other phrases, before a colon. */
const facilitatorsLabelled = new RegExp(
  `^(?:${accentInsensitive(facilitatorPhrases.filter((phrase) => !prepositionLast.test(phrase)).join('|'))})\\s*:\\s*(.+)$`,
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

// The most particular statuses first: "Membres absents" is no "… présents",
// "Absents excusés" no plain absence.
const statusPriority: readonly AttendanceStatus[] = ['excused', 'absent', 'remote', 'in-person', 'present']
const attendanceLabels = languages
  .flatMap((language) => language.attendance.map((entry) => ({regex: new RegExp(`^(?:${entry.pattern})$`, 'u'), status: entry.status, group: entry.group})))
  .sort((a, b) => Number(Boolean(a.group)) - Number(Boolean(b.group)) || statusPriority.indexOf(a.status) - statusPriority.indexOf(b.status))

/** Labels a typing slip may reach ("Atendees", "Partcipants"): one letter off, in words of seven letters or more. */
const slipWords = languages.flatMap((language) => language.attendanceWords).filter((word) => word.length >= 7)

/**
 * Whether two words are one letter added or dropped apart ("Atendees",
 * "Partcipants"); a changed letter is not forgiven: "Presenter" is a word
 * of its own, not a slip for "Présentes".
 */
function oneEditApart(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) !== 1) return false
  let i = 0
  while (i < a.length && i < b.length && a[i] === b[i]) i++
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1)
}
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
  // "Présent·e·s / Anwesend": bilingual minutes write a label in each language.
  const parts = bilingualParts(folded)
  if (parts) {
    // Each part must say the same: "Excusés / Entschuldigt : Anne" is no title of a list.
    const cues = parts.map((part) => matchAttendanceLabel(part))
    const first = cues[0]
    return first && cues.every((cue) => cue?.status === first.status && cue.group === first.group) ? first : undefined
  }
  const modifier = /^(.*?)\s*\(([^()]+)\)$/.exec(folded)
  const base = modifier ? modifier[1]! : folded
  for (const entry of attendanceLabels) {
    if (!entry.regex.test(base)) continue
    const modified = modifier ? statusWord(modifier[2]!) : undefined
    return {status: modified ?? entry.status, ...(entry.group ? {group: true} : {})}
  }
  // "Schulleitung (als Gast)": a kind of attendee the parenthesis names as guests.
  const kind = modifier ? matchAttendanceLabel(modifier[2]!.replace(asWords, '')) : undefined
  if (kind?.group) return kind
  const slip = base.length >= 7 && !base.includes(' ') ? slipWords.find((word) => oneEditApart(base, word)) : undefined
  return slip ? matchAttendanceLabel(slip) : undefined
}

const asWords = new RegExp(`^(?:${union((language) => language.asWords)})(?:\\s+|(?<=['’]))`, 'u')

/** The parts of a label written in two languages, "date / datum" (folded), or undefined. */
function bilingualParts(folded: string): string[] | undefined {
  const parts = folded.split(/\s+\/\s+/)
  return parts.length > 1 && parts.every((part) => part !== '') ? parts : undefined
}

/** Whether a folded label, or one of its bilingual parts ("Procès-verbal / Protokoll"), passes a test. */
function labelTest(folded: string, test: (label: string) => boolean): boolean {
  if (test(folded)) return true
  const parts = bilingualParts(folded)
  return parts !== undefined && parts.some(test)
}

/** The status a word next to a name gives ("remote", "en visio", "excusée"), if any. */
export function statusWord(text: string): AttendanceStatus | undefined {
  const folded = foldLabel(text)
  return statusWords.find((entry) => entry.regex.test(folded))?.status
}

const attendanceVerbs = new RegExp(`^(${accentInsensitive(union((language) => language.attendanceVerbs))})\\s+(?=\\S)`, 'iu')

/** The verb opening a sentence about one more attendee ("Assiste", "Partecipa", "Asiste"), as written, and where the rest starts. */
export function matchAttendanceVerb(text: string): {verb: string; rest: string} | undefined {
  const match = attendanceVerbs.exec(text)
  return match ? {verb: match[1]!, rest: text.slice(match[0].length)} : undefined
}

const roleLabels = new RegExp(`^(?:${union((language) => language.roles)})$`, 'u')

/** Whether a label names a function of the meeting: "Secrétaire de séance", "Chair", "Scribe". */
export function isRoleLabel(label: string): boolean {
  return labelTest(foldLabel(label), (part) => roleLabels.test(part))
}

const dateLabels = new RegExp(`^(?:${union((language) => language.dateLabels)})$`, 'u')
const placeLabels = new RegExp(`^(?:${union((language) => language.placeLabels)})$`, 'u')

/** Whether a label announces the date: "Date", "Date/Time", "Meeting date", "When". */
export function isDateLabel(label: string): boolean {
  return labelTest(foldLabel(label), (part) => dateLabels.test(part))
}

/** Whether a label announces the place: "Lieu", "Venue", "Location". */
export function isPlaceLabel(label: string): boolean {
  return labelTest(foldLabel(label), (part) => placeLabels.test(part))
}

const otherMeeting = new RegExp(`(?<!\\p{L})(?:${union((language) => language.otherMeeting)})(?!\\p{L})`, 'u')

/** Whether a text speaks of another meeting ("Prochaine réunion : …", "Next call"): its date is not this one's. */
export function mentionsOtherMeeting(text: string): boolean {
  return otherMeeting.test(foldAccents(text).toLowerCase())
}

const meetingHeld = new RegExp(`(?<!\\p{L})(?:${union((language) => language.meetingHeld)})(?!\\p{L})`, 'gu')

/**
 * Where the words that say the meeting took place end in a text ("… s'est
 * tenue le |mercredi 15 octobre 2025"), each one. Accents are folded one
 * letter for one, so the offsets are the text's.
 */
export function meetingHeldEnds(text: string): number[] {
  return [...foldAccents(text).toLowerCase().matchAll(meetingHeld)].map((match) => match.index + match[0].length)
}

// ---------------------------------------------------------------------------
// Registers: decisions and actions

const registerLabel = (pick: (registers: (typeof languages)[number]['registers']) => readonly string[]) =>
  new RegExp(`^(?:${union((language) => pick(language.registers))})$`, 'u')
const decisionLabels = registerLabel((registers) => registers.decisionLabels)
const decisionHeadings = registerLabel((registers) => registers.decisionHeadings)
const actionLabels = registerLabel((registers) => registers.actionLabels)
const actionHeadings = registerLabel((registers) => registers.actionHeadings)

/** Whether a label announces a decision: "Décision", "RESOLUTION", "Agreed", "Validé". */
export function isDecisionLabel(label: string): boolean {
  return labelTest(foldLabel(label), (part) => decisionLabels.test(part))
}

/** Whether a heading (or a label alone) stands over decisions: "Relevé de décisions", "Conclusion/Resolution", "Outcome". */
export function isDecisionHeading(text: string): boolean {
  return labelTest(foldLabel(text), (part) => decisionHeadings.test(part))
}

const decisionSummaries = registerLabel((registers) => registers.decisionSummaries)

/** Whether a heading stands over a summary of decisions written above: "Relevé de décisions", "Summary of decisions". */
export function isDecisionSummary(text: string): boolean {
  return labelTest(foldLabel(text), (part) => decisionSummaries.test(part))
}

/** Whether a label announces an action: "Action", "ACTION", "AI", "TODO", "À faire". */
export function isActionLabel(label: string): boolean {
  return labelTest(foldLabel(label), (part) => actionLabels.test(part))
}

/** Whether a heading (or a label alone) stands over actions: "Action items", "Next steps", "Prochaines étapes". */
export function isActionHeading(text: string): boolean {
  return labelTest(foldLabel(text), (part) => actionHeadings.test(part))
}

const votePatterns = languages.flatMap((language) => language.registers.votes).map(
  (source) => new RegExp(`(?<![\\p{L}\\d])${accentInsensitive(source)}(?![\\p{L}\\d])`, 'iu'),
)

/** A vote found in text, as written, with its numbers. */
export interface VoteCue {
  readonly text: string
  readonly for?: number
  readonly against?: number
  readonly abstentions?: number
  readonly unanimous: boolean
  readonly rejected: boolean
}

/** The first vote written in a text: "adopté à l'unanimité", "approved 7–0–1", "12 voix pour, 2 contre". */
export function findVote(text: string): VoteCue | undefined {
  let best: (RegExpExecArray & {index: number}) | undefined
  for (const pattern of votePatterns) {
    const match = pattern.exec(text)
    if (match && (!best || match.index < best.index || (match.index === best.index && match[0].length > best[0].length))) best = match
  }
  if (!best) return undefined
  const number = (name: string) => (best.groups?.[name] === undefined ? undefined : Number(best.groups[name]))
  const votes = {for: number('for'), against: number('against'), abstentions: number('abstentions')}
  return {
    text: best[0],
    ...(votes.for === undefined ? {} : {for: votes.for}),
    ...(votes.against === undefined ? {} : {against: votes.against}),
    ...(votes.abstentions === undefined ? {} : {abstentions: votes.abstentions}),
    unanimous: /unanim|consensus|einstimmig/iu.test(foldAccents(best[0])),
    rejected: best.groups?.rejected !== undefined,
  }
}

const phrases = (pick: (registers: (typeof languages)[number]['registers']) => readonly string[]) =>
  new RegExp(`(?<![\\p{L}\\d])(?:${languages.flatMap((language) => pick(language.registers)).join('|')})(?![\\p{L}\\d])`, 'u')
const decisionPhrases = phrases((registers) => registers.decisionPhrases)
const undecided = phrases((registers) => registers.undecided)
const outcomes = (pick: (registers: (typeof languages)[number]['registers']) => readonly string[]) =>
  new RegExp(`(?:[:—–→-]|->)\\s*(?:${languages.flatMap((language) => pick(language.registers)).join('|')})(?![\\p{L}\\d])`, 'u')
const decisionOutcomes = outcomes((registers) => registers.decisionOutcomes)
// An item ending in something to do, after a colon or not: "Tournoi : à organiser", "Court 1 : devis à demander".
const actionOutcomes = new RegExp(`(?:[:—–-]\\s*|\\s)(?:${languages.flatMap((language) => language.registers.actionOutcomes).join('|')})(?![\\p{L}\\d])[^.;]{0,30}[.!]?$`, 'u')

/**
 * Whether a sentence records a decision without a label: "Le compte rendu
 * est approuvé", "It was agreed to…", "The group agreed…", or an item
 * ending in what became of it ("Sortie du 28 mars : maintenue").
 */
export function recordsDecision(text: string): boolean {
  const folded = foldAccents(text).toLowerCase().replace(/\s+/g, ' ')
  return decisionPhrases.test(folded) || decisionOutcomes.test(folded)
}

/** Whether a text says nothing was decided: "pas de consensus", "not decided yet", "à reprendre". */
export function saysUndecided(text: string): boolean {
  return undecided.test(foldAccents(text).toLowerCase().replace(/\s+/g, ' '))
}

/** Whether an item ends in something to do: "Tournoi interne : à organiser en juin". */
export function recordsAction(text: string): boolean {
  return actionOutcomes.test(foldAccents(text).toLowerCase().replace(/\s+/g, ' '))
}

const duePhrases = new RegExp(`(?<![\\p{L}\\d])(?:${languages.flatMap((language) => language.registers.duePhrases).map(accentInsensitive).join('|')})(?![\\p{L}\\d])`, 'iu')

/** A when that needs no "by" before it: "this week", "aujourd'hui", "fin mars", "next meeting". */
export function findDuePhrase(text: string): {index: number; text: string} | undefined {
  const match = duePhrases.exec(text)
  return match ? {index: match.index, text: match[0]} : undefined
}

const civilities = new Set(languages.flatMap((language) => language.registers.civilities))

/** Whether a word is a title written before a name: "M.", "Mme", "Dr". */
export function isCivility(word: string): boolean {
  return civilities.has(foldAccents(word).toLowerCase().replace(/\.$/, ''))
}

const dueWords = new RegExp(`(?<![\\p{L}\\d])(?:${languages.flatMap((language) => language.registers.dueWords).map(accentInsensitive).join('|')})`, 'iu')

/** Where due dates or times may start in an action's text: "by 2024-03-01", "d'ici le 15 mars", "before next meeting". */
export function findDueStarts(text: string): {index: number; length: number; weak: boolean}[] {
  const all = new RegExp(dueWords.source, 'giu')
  // "pour le/la" says a deadline only when a date follows ("pour le 15 mars", not "pour la sortie").
  return [...text.matchAll(all)].map((match) => ({index: match.index, length: match[0].length, weak: /^pour\b/iu.test(match[0])}))
}

const doneWords = new Set(languages.flatMap((language) => language.registers.doneWords))

/** Whether a word or cell says an action is done: "done", "fait", "✓", "[x]". */
export function isDoneWord(text: string): boolean {
  const folded = foldLabel(text.replace(/[()[\]]/g, ''))
  return doneWords.has(folded) || /^[✓✔☑x]$/u.test(folded)
}

const ownerLinks = [...new Set(languages.flatMap((language) => language.registers.ownerLinks))].sort((a, b) => b.length - a.length)
const ownerLink = new RegExp(`^\\s+(?:${ownerLinks.map(accentInsensitive).join('|')})\\s+(?!be\\b|être\\b)`, 'iu')

/** The owner-to-task link at the start of a text (" to ", " will ", " se charge de "), if any, folded. */
export function matchOwnerLink(text: string): string | undefined {
  const match = ownerLink.exec(text)
  return match ? foldAccents(match[0]).trim().toLowerCase() : undefined
}

const commitments = new RegExp(`^\\s*(?:${languages.flatMap((language) => language.registers.commitments).join('|')})(?![\\p{L}\\d])`, 'u')
const futureVerb = new RegExp(`^\\s*(?:${languages.map((language) => language.registers.futureVerb).join('|')})(?![\\p{L}\\d])`, 'u')
const ownerFunctions = new RegExp(`^(?:${union((language) => language.registers.ownerFunctions)})$`, 'u')

/** Whether words name a function that may own an action: "Verwaltung", "Ortsvorsteher", "amministratore", "Clerk". */
export function isOwnerFunction(text: string): boolean {
  return ownerFunctions.test(foldLabel(text))
}

/**
 * Whether the words after a person's name say they will do something: a
 * commitment ("si occupa di", "se compromete a", "sagt zu", "takes care
 * of") or a verb in the future tense ("pedirá", "predisporrà").
 */
export function saysCommitment(text: string): boolean {
  return commitments.test(foldAccents(text).toLowerCase()) || futureVerb.test(text)
}

/** What a column of an actions table holds. */
export type ActionColumn = 'owner' | 'what' | 'due' | 'status'

const actionColumns = (['owner', 'what', 'due', 'status'] as const).map((column) => ({
  column,
  regex: new RegExp(`^(?:${union((language) => language.registers.columns[column])})$`, 'u'),
}))

/** The kind of an actions table's column by its header: "Qui" owner, "Quoi" what, "Quand" due, "Statut" status. */
export function actionColumnOf(header: string): ActionColumn | undefined {
  const folded = foldLabel(header)
  return actionColumns.find((entry) => entry.regex.test(folded))?.column
}

// ---------------------------------------------------------------------------
// Participants tables

/** What a column of a participants table holds, by its header; `field` is any other column. */
export type ParticipantColumn = keyof (typeof languages)[number]['participantColumns']

const participantColumnOrder: readonly ParticipantColumn[] = ['number', 'name', 'lastName', 'firstName', 'organization', 'handle', 'role', 'status']

const participantColumns = participantColumnOrder.map((column) => ({
  column,
  regex: new RegExp(`^(?:${union((language) => language.participantColumns[column])})$`, 'u'),
}))

/**
 * The kind of a participants table's column by its header ("Nom" last name,
 * "Prénom" first name, "Structure" organization, "Présent ?" status). Whole
 * names are tried before their parts: "Nom, Prénom" is one column of names.
 */
export function participantColumnOf(header: string): ParticipantColumn | undefined {
  const folded = foldLabel(header.replace(/[*_]/g, ''))
  return participantColumns.find((entry) => entry.regex.test(folded))?.column
}
