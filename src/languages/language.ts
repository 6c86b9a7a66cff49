/**
 * What seminar-report knows of one language, as data: the words minutes
 * written in it use for dates, attendance, ateliers and facilitators. One
 * module per language (`fr.ts`, `en.ts`, …) exports one `Language`; the
 * patterns the extractor matches are compiled from all of them (see
 * src/cues.ts and src/extract/dates.ts), since minutes mix languages.
 *
 * Words are written in lower case; accents are folded before matching, so
 * "fevrier" and "février" are one. Entries that are patterns say so.
 */
import type {AttendanceStatus} from '../types.js'

/** One attendance label and what it says of the people listed after it. */
export interface AttendanceLabel {
  /**
   * A regular expression source matched against the whole label, folded
   * (lower case, no accents, no "·", "." or "(e)" of inclusive writing):
   * `presente?s?` matches "Présent·es", "Présents", "Présent(e)s".
   */
  readonly pattern: string
  readonly status: AttendanceStatus
  /** Set for labels that name a kind of attendee rather than a status: "Invités", "Observers". */
  readonly group?: boolean
}

/** A language's words, as data. */
export interface Language {
  /** BCP 47 primary tag, e.g. `fr`. */
  readonly tag: string
  /** Frequent short words, to tell the language of a text. */
  readonly stopwords: readonly string[]
  /** Month names and abbreviations, January first, folded. */
  readonly months: readonly (readonly string[])[]
  /** Weekday names (and abbreviations), folded. */
  readonly weekdays: readonly string[]
  /** Words that may stand before a date and belong to it: "le", "the", "on". */
  readonly dateArticles: readonly string[]
  /** Suffixes of a day number: "er" of "1er", "st" of "1st". */
  readonly daySuffixes: readonly string[]
  /** Words between day, month and year: "de" of "12 de marzo de 2024", "of" of "3rd of March". */
  readonly dateConnectors: readonly string[]
  /**
   * Numbers in words, as the parts legal minutes write dates with ("il
   * giorno quattordici", "dos mil veinticuatro", "duemilaventitré"): folded
   * parts and their values; 1000 and 100 multiply what stands before them, 0
   * joins ("y", "und").
   */
  readonly numberWords: Readonly<Record<string, number>>
  /** Words between the parts of a date in words: "del mese di", "de", "du mois de" (folded). */
  readonly wordDateConnectors: readonly string[]
  /** Words before a year in words: "l'anno", "año", "year" (folded). */
  readonly yearWords: readonly string[]
  /**
   * How a numeric date such as 03/04/2021 is read: `day-first` (French),
   * `month-first`; `ambiguous-month-first` reads it month first but says so
   * in an info message when both readings are dates (English).
   */
  readonly numericDates: 'day-first' | 'month-first' | 'ambiguous-month-first'
  /** Words between the two times of a span: "à" of "9h à 12h", "to" of "9 to 11" (pattern sources). */
  readonly timeRangeWords: readonly string[]
  /** Labels of a line that gives the date: "date", "date/time", "meeting date" (pattern sources, folded). */
  readonly dateLabels: readonly string[]
  /** Words that mark a date as another meeting's: "prochaine réunion", "next meeting" (pattern sources, folded). */
  readonly otherMeeting: readonly string[]
  /**
   * Words that say the meeting took place, just before its date: "s'est
   * tenue le", "took place on", "si svolge il giorno" (pattern sources,
   * folded). In a sentence that also names the date first planned
   * ("Initialement prévue le 2 octobre…, la séance s'est tenue le 15
   * octobre 2025"), the date after them is the meeting's.
   */
  readonly meetingHeld: readonly string[]
  /** Words that say a line names the meeting, not a place: "reunion", "meeting" (pattern sources, folded). */
  readonly meetingWords: readonly string[]
  /** Labels of a line that gives the place: "lieu", "venue" (folded). */
  readonly placeLabels: readonly string[]
  /** Words after a time that name its time zone: "UTC", "Pacific", "heure de Paris" (pattern sources). */
  readonly timeZones: readonly string[]
  /** Words announcing a workshop: "atelier", "workshop", "breakout group" (pattern sources, folded). */
  readonly atelierWords: readonly string[]
  /**
   * Ordinal words that number agenda items in formal minutes, first to
   * tenth: "primero" of "**Primero – Lectura del acta anterior.**",
   * "premier" of "Premier point : …" (folded).
   */
  readonly sectionOrdinals: readonly string[]
  /** Words before the number of an agenda item, making it a section: "top" of "TOP 3:", "punto" of "Punto 2 –" (folded). */
  readonly agendaWords: readonly string[]
  /** Headings of the agenda itself: "ordre du jour", "agenda", "tagesordnung" (pattern sources, folded). They announce the sections; they are not one. */
  readonly agendaHeadings: readonly string[]
  /** Phrases before the names of who ran an atelier: "anime par", "facilitated by" (pattern sources, folded). */
  readonly facilitatorPhrases: readonly string[]
  /** Labels of attendance lists and the status each gives. */
  readonly attendance: readonly AttendanceLabel[]
  /**
   * Headers of a participants table's columns, by what they hold (pattern
   * sources matched against the whole header, folded). `name` holds whole
   * names; `lastName` and `firstName` their parts.
   */
  readonly participantColumns: {
    readonly number: readonly string[]
    readonly name: readonly string[]
    readonly lastName: readonly string[]
    readonly firstName: readonly string[]
    readonly organization: readonly string[]
    readonly handle: readonly string[]
    readonly role: readonly string[]
    readonly status: readonly string[]
  }
  /** Words that start a line about the next meeting: "prochaine", "next", "nachste" (pattern sources, folded). */
  readonly nextMeeting: readonly string[]
  /** Single-word attendance labels of seven letters or more, to forgive a typing slip ("Atendees", folded). */
  readonly attendanceWords: readonly string[]
  /** Labels of functions held at the meeting: "secretaire de seance", "chair", "scribe" (pattern sources, folded). */
  readonly roles: readonly string[]
  /** Words in parentheses after a name that say how the person attended: "remote", "excuse" (with the status). */
  readonly statusWords: readonly {readonly pattern: string; readonly status: AttendanceStatus}[]
  /** Words before a kind of attendee in parentheses: "als" of "Schulleitung (als Gast)", "as", "en tant que" (pattern sources, folded). */
  readonly asWords: readonly string[]
  /** Words that make a number of people rough: "ca." of "ca. 12 Einwohner", "about", "environ" (pattern sources, folded). */
  readonly roughly: readonly string[]
  /** Words joining the last two names of a list: "et", "and". */
  readonly and: readonly string[]
  /** Words that stand where names would and are none: "everyone", "none", "néant" (folded). */
  readonly notNames: readonly string[]
  /** Words written in lower case before a first name or a nickname, the name's own: "big" of "big Al", "la" of "la Nives", "el" of "el Rulo". */
  readonly nameArticles: readonly string[]
  /**
   * Verbs that open a sentence saying one more person attends, beside the
   * attendance lists: "Assiste l'assessore …, Dario Ferrante", "Asiste el
   * administrador de fincas, D. José Antonio Segura" (pattern sources).
   */
  readonly attendanceVerbs: readonly string[]
  /** Words that make a name an organization's, never a person's: "Gemeinde", "Services", "Mairie", "Srl" (folded, without final period). */
  readonly organizationWords: readonly string[]
  /** What the minutes say was decided, and what must be done (see `Registers`). */
  readonly registers: Registers
  /** The words the reports print in this language. */
  readonly report: ReportWords
}

/** What the reports need of one language: their labels and how they write dates, times and labels. */
export interface ReportWords {
  readonly labels: Labels
  /** Month names as the reports write them, January first. */
  readonly months: readonly string[]
  /** "24 octobre 2019", "October 24, 2019", "24. Oktober 2019". */
  readonly date: (day: number, month: string, year: string) => string
  /** What stands between a label and its value: "\u00A0:" of "Lieu\u00A0: Grenoble", ":" of "Place: Grenoble". */
  readonly colon: string
  /** "15h00", "15:00", "15.00". */
  readonly time: (hhmm: string) => string
  /** Between two times: " – " of "15h00 – 16h30", "–" of "15:00–16:30". */
  readonly timeSpan: string
  /** After a percentage: "\u00A0%" of "75\u00A0%", "%" of "75%". */
  readonly percent: string
}

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
  /** The registers' part, after the summary: "Décisions et actions". */
  readonly registers: string
  readonly decisions: string
  readonly actions: string
  /** The marks on the place an entry was written, before its number: "Décision 2", "Action 3". */
  readonly decisionMark: string
  readonly actionMark: string
  /** Columns of the actions table. */
  readonly owner: string
  readonly task: string
  readonly due: string
  readonly status: string
  /** Where an entry was written, in the register. */
  readonly where: string
  /** An action's status. */
  readonly open: string
  /** Key figure: actions still open. */
  readonly openActions: string
  /** The catalogue's registers across the archive (`--index`). */
  readonly openActionsByOwner: string
  readonly decisionsByDate: string
  readonly attendanceRegister: string
  /** Columns of the attendance register. */
  readonly person: string
  readonly meetings: string
  readonly attended: string
  readonly excused: string
  readonly absent: string
  readonly rate: string
  /** The minutes an entry of the catalogue's registers comes from. */
  readonly meeting: string
  /** An action with nobody to do it, in the catalogue. */
  readonly noOwner: string
}


/**
 * The cues of decisions and actions. Labels and headings are pattern
 * sources matched against the whole label, folded (like attendance labels);
 * phrases are pattern sources matched inside folded text.
 */
export interface Registers {
  /** Labels of a decision: "decision", "resolved", "valide" ("Décision : …", "RESOLUTION: …"). */
  readonly decisionLabels: readonly string[]
  /** Headings (or a label alone) over decisions: "decisions", "releve de decisions", "conclusion", "outcome". */
  readonly decisionHeadings: readonly string[]
  /**
   * Headings over a summary of the decisions already written above
   * ("Relevé de décisions", "Summary of decisions"): an item there that
   * restates an earlier decision is not listed twice (pattern sources, folded).
   */
  readonly decisionSummaries: readonly string[]
  /**
   * Phrases that record a vote, with named groups `for`, `against`,
   * `abstentions` where the numbers are written, and `rejected` when the
   * vote went against: "adopte a l'unanimite", "approved 7-0-1".
   */
  readonly votes: readonly string[]
  /**
   * Phrases that record a decision in a sentence (pattern sources matched in
   * the folded text): "est approuve", "il est decide", "the group agreed",
   * "approved as circulated"; and endings of an item after a colon that say
   * what became of it: ": maintenu", ": annule", ": valide".
   */
  readonly decisionPhrases: readonly string[]
  readonly decisionOutcomes: readonly string[]
  /** Phrases that say nothing was decided: "pas de consensus", "not decided yet", "a reprendre" (folded). */
  readonly undecided: readonly string[]
  /** Endings of an item after a colon that make it something to do: ": a organiser", ": a demander" (folded). */
  readonly actionOutcomes: readonly string[]
  /** Words that say when, on their own: "this week", "aujourd'hui", "fin mars" (pattern sources, folded). */
  readonly duePhrases: readonly string[]
  /** Labels of an action: "action", "ai", "todo", "a faire". */
  readonly actionLabels: readonly string[]
  /** Headings (or a label alone) over actions: "actions", "action items", "next steps", "prochaines etapes". */
  readonly actionHeadings: readonly string[]
  /** Titles written before a name: "M.", "Mme", "Dr" (folded, without the dot). */
  readonly civilities: readonly string[]
  /** Words between an owner and what they will do: "to" of "@jdoe to draft…", "will". */
  readonly ownerLinks: readonly string[]
  /**
   * What someone says they will do, after their name at a sentence's start:
   * "si occupa di", "se compromete a", "sagt zu", "takes care of" (pattern
   * sources, folded). "Ahmed si occupa di contattare…" is an action.
   */
  readonly commitments: readonly string[]
  /**
   * A verb in the future tense, as written after a name: "-rá" of "Toñi
   * pedirá…", "wird … klären" of "Herr Kühne wird das klären", "will send"
   * (a pattern source matched at the start of the words after the name, not folded).
   */
  readonly futureVerb: string
  /**
   * Functions that may own an action when they say they will do something:
   * "Verwaltung", "Ortsvorsteher", "amministratore", "Clerk" (pattern
   * sources, folded). "Der Ortsvorsteher sagt zu, …" is the Ortsvorsteher's action.
   */
  readonly ownerFunctions: readonly string[]
  /** Words that say a time after a due word: "fine mese" of "entro fine mese", "next week" (pattern sources, folded). */
  readonly whenWords: readonly string[]
  /** Words before a due date or time: "by", "before", "d'ici le", "avant le" (pattern sources, folded). */
  readonly dueWords: readonly string[]
  /** Words that say an action is done: "done", "fait", "termine" (folded). */
  readonly doneWords: readonly string[]
  /** Headers of an actions table's columns, folded. */
  readonly columns: {
    readonly owner: readonly string[]
    readonly what: readonly string[]
    readonly due: readonly string[]
    readonly status: readonly string[]
  }
}
