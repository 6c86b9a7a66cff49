import type {Format} from './formats.js'

/**
 * The domain tree of seminar-report: what a set of minutes *means*.
 *
 * Every renderer (JSON, HTML, DOCX) is a pure function of a `Seminar`; none of
 * them sees Markdown. Every node that came from the source keeps its
 * `position` (1-based line and column, 0-based offset, as in unist).
 */

/** A place in the source text, e.g. `{line: 9, column: 1, offset: 140}`. */
export interface Point {
  readonly line: number
  readonly column: number
  readonly offset?: number
}

/** The span of source text a node came from. */
export interface Position {
  readonly start: Point
  readonly end: Point
}

// ---------------------------------------------------------------------------
// Inline content

/** Plain text, e.g. `{type: 'text', value: 'Cap Rural'}`. */
export interface Text {
  readonly type: 'text'
  readonly value: string
}

/** Strong importance: Markdown `**x**` or raw `<b>x</b>` / `<strong>x</strong>`. */
export interface Strong {
  readonly type: 'strong'
  readonly children: readonly Inline[]
}

/** Stress emphasis: Markdown `*x*` or raw `<i>x</i>` / `<em>x</em>`. */
export interface Emphasis {
  readonly type: 'emphasis'
  readonly children: readonly Inline[]
}

/** Struck-through text: GFM `~~x~~` or raw `<s>`, `<del>`, `<strike>`. */
export interface Delete {
  readonly type: 'delete'
  readonly children: readonly Inline[]
}

/** Underlined text, from raw `<u>x</u>` or `<ins>x</ins>`. */
export interface Underline {
  readonly type: 'underline'
  readonly children: readonly Inline[]
}

/** Subscript, from raw `<sub>x</sub>`, e.g. the 2 of CO2. */
export interface Subscript {
  readonly type: 'subscript'
  readonly children: readonly Inline[]
}

/** Superscript, from raw `<sup>x</sup>`, e.g. the `e` of 1`e`. */
export interface Superscript {
  readonly type: 'superscript'
  readonly children: readonly Inline[]
}

/**
 * A hyperlink, e.g. `<https://example.org/a.pdf>` or `[site](https://…)`.
 * `url` is what the author wrote; renderers decide whether it is safe to link.
 */
export interface Link {
  readonly type: 'link'
  readonly url: string
  readonly title?: string
  readonly children: readonly Inline[]
}

/** An image reference; only its alternative text and URL are kept. */
export interface Image {
  readonly type: 'image'
  readonly url: string
  readonly alt: string
  readonly title?: string
}

/** Code inside a sentence: Markdown `` `x` ``. */
export interface InlineCode {
  readonly type: 'inlineCode'
  readonly value: string
}

/** A hard line break: two trailing spaces, a backslash, or raw `<br>`. */
export interface Break {
  readonly type: 'break'
}

/**
 * Raw HTML the repair step could not map to formatting, e.g. `<span class=x>`.
 * Kept as source text; the HTML renderer sanitizes it, the DOCX renderer
 * writes only its text.
 */
export interface Html {
  readonly type: 'html'
  readonly value: string
}

/** Any piece of inline content. */
export type Inline =
  | Text
  | Strong
  | Emphasis
  | Delete
  | Underline
  | Subscript
  | Superscript
  | Link
  | Image
  | InlineCode
  | Break
  | Html

/** Inline nodes that hold other inline nodes. */
export type InlineParent = Extract<Inline, {children: readonly Inline[]}>

// ---------------------------------------------------------------------------
// Block content

/** A paragraph of inline content. */
export interface Paragraph {
  readonly type: 'paragraph'
  readonly children: readonly Inline[]
  /** Set when a register lists this paragraph as a decision or an action. */
  readonly mark?: RegisterMark
  readonly position?: Position
}

/**
 * A heading the extractor did not recognize as an atelier or a section
 * (e.g. `### Notes`); kept at its place with its source depth (1–6).
 */
export interface Heading {
  readonly type: 'heading'
  readonly depth: 1 | 2 | 3 | 4 | 5 | 6
  readonly children: readonly Inline[]
  readonly position?: Position
}

/** A bulleted (`ordered: false`) or numbered list; `start` is the first number. */
export interface List {
  readonly type: 'list'
  readonly ordered: boolean
  readonly start?: number
  readonly children: readonly ListItem[]
  readonly position?: Position
}

/** One item of a list; `checked` is set for GFM task items (`- [x] …`). */
export interface ListItem {
  readonly type: 'listItem'
  readonly checked?: boolean
  readonly children: readonly Block[]
  /** Set when a register lists this item as a decision or an action. */
  readonly mark?: RegisterMark
  readonly position?: Position
}

/** A table cell's alignment, as in GFM (`:--`, `:-:`, `--:`). */
export type Align = 'left' | 'center' | 'right' | null

/** A table that is not a participants list; the first row is the header. */
export interface Table {
  readonly type: 'table'
  readonly align: readonly Align[]
  readonly children: readonly TableRow[]
  readonly position?: Position
}

/** One row of a table. */
export interface TableRow {
  readonly type: 'tableRow'
  readonly children: readonly TableCell[]
  /** Set when a register lists this row as an action (a row of an actions table). */
  readonly mark?: RegisterMark
  readonly position?: Position
}

/** One cell of a table row. */
export interface TableCell {
  readonly type: 'tableCell'
  readonly children: readonly Inline[]
}

/** A block quote (`> …`). */
export interface Blockquote {
  readonly type: 'blockquote'
  readonly children: readonly Block[]
  readonly position?: Position
}

/** Fenced or indented code, kept verbatim. */
export interface Code {
  readonly type: 'code'
  readonly lang?: string
  readonly value: string
  readonly position?: Position
}

/** A thematic break (`---`, `***`). */
export interface ThematicBreak {
  readonly type: 'thematicBreak'
  readonly position?: Position
}

/** A raw HTML block (e.g. `<div>…</div>` on its own lines), kept as source. */
export interface HtmlBlock {
  readonly type: 'htmlBlock'
  readonly value: string
  readonly position?: Position
}

/** Any block of content that is not domain structure. */
export type Block =
  | Paragraph
  | Heading
  | List
  | Table
  | Blockquote
  | Code
  | ThematicBreak
  | HtmlBlock

// ---------------------------------------------------------------------------
// Domain

/**
 * A person named in the minutes, e.g. a facilitator:
 * `{name: 'Emilie Lanciano', firstName: 'Emilie', lastName: 'Lanciano', role: 'facilitator'}`.
 */
export interface Facilitator {
  readonly type: 'facilitator'
  /** The name as written. */
  readonly name: string
  readonly firstName?: string
  readonly lastName?: string
  /**
   * `facilitator` leads the atelier; `assistant` is named after a `+`
   * ("animé par A et B + C": C assists).
   */
  readonly role: 'facilitator' | 'assistant'
}

/**
 * How a person attended, from the label of the list that names them or a
 * word next to their name: `present` ("Présents", "Attendees"), `excused`
 * ("Excusés", "Regrets", "Apologies"), `absent` ("Absents"), `remote`
 * ("En visio", "Remote") or `in-person` ("Sur place", "In person").
 */
export type AttendanceStatus = 'present' | 'excused' | 'absent' | 'remote' | 'in-person'

/**
 * A column of a participants table the report has no field of its own for,
 * under the author's header: `{name: 'Abbreviation', value: 'ACME'}`.
 */
export interface ParticipantField {
  /** The column's header as written. */
  readonly name: string
  readonly value: string
}

/**
 * One person of an attendance list, e.g.
 * `{number: 1, name: 'GIRARD Anne Sophie', lastName: 'GIRARD', firstName: 'Anne Sophie',
 *   organization: 'Le Fait Tout / association TZCLD', status: 'present'}` or, from
 * "* Jane Doe @jdoe (voting member)", `{name: 'Jane Doe', handle: '@jdoe', role: 'voting member', …}`.
 * With `--redact`, `name`, `lastName`, `firstName`, `handle` and the fields are removed.
 */
export interface Participant {
  readonly type: 'participant'
  readonly number?: number
  /** The person's name as written (absent when redacted). */
  readonly name?: string
  readonly lastName?: string
  readonly firstName?: string
  /** A handle written with the name, e.g. `@jdoe`. */
  readonly handle?: string
  /** What the person is at the meeting, as written: "voting member", "présidente". */
  readonly role?: string
  readonly organization?: string
  readonly status: AttendanceStatus
  /** The kind of attendee the minutes group the person with, as written: "Council", "Observers", "Invités". */
  readonly group?: string
  /** What the minutes add after the person, as written: "arrivée à 18h40", "joined for the last 20 min". */
  readonly note?: string
  /** The table's other columns, under their headers as written, in the table's order. */
  readonly fields?: readonly ParticipantField[]
  /** Cells past the last column of the table, kept verbatim. */
  readonly extra?: readonly string[]
  readonly position?: Position
}

/** What a column of a participants table holds. */
export type ColumnContent = 'number' | 'name' | 'last-name' | 'first-name' | 'organization' | 'handle' | 'role' | 'status' | 'field'

/** A column of a participants table: its header as written and what it was read as, e.g. `{header: 'Structure', holds: 'organization'}`. */
export interface AttendanceColumn {
  readonly header: string
  readonly holds: ColumnContent
}

/**
 * One list of people as the minutes give it: "**Excusé·es :** Paul, Zoé",
 * "## Present" over a list, or a participants table. Each list keeps the
 * author's label and columns, so reports show it under the author's words.
 */
export interface Attendance {
  readonly type: 'attendance'
  /** The label as written, without its colon, e.g. "Excusé·es" or "Participants". */
  readonly label?: string
  /** What the label says of the people listed (a person's own status may differ). */
  readonly status: AttendanceStatus
  /** The group the label names, e.g. "Council" in "Council: Ana, Bo". */
  readonly group?: string
  /** The title the list stands under when it is not its own label, as written: "Attendance" above "Council: Ana, Bo". */
  readonly title?: string
  /** A table's columns, headers as written: `[{header: 'Nom, Prénom', holds: 'name'}, {header: 'Organisation', holds: 'organization'}]`. */
  readonly columns?: readonly AttendanceColumn[]
  readonly participants: readonly Participant[]
  readonly position?: Position
}

/**
 * People the minutes count without naming them: "**Anwesend:** 31
 * stimmberechtigte Mitglieder, 2 Gäste" is `{label: 'Anwesend', status:
 * 'present', count: 33}`. The line stays in the minutes as written; the
 * summary's counts include the number. A rough number ("ca. 50", "une
 * cinquantaine") is no head count.
 */
export interface HeadCount {
  readonly type: 'head-count'
  /** The label as written, without its colon. */
  readonly label: string
  readonly status: AttendanceStatus
  readonly count: number
  /** What follows the label, as written. */
  readonly text: string
  readonly position?: Position
}

/**
 * Someone named for a function of the meeting rather than as an attendee:
 * "Secrétaire de séance : Anne Durand", "Scribe: Bo".
 */
export interface RoleHolder {
  readonly type: 'role'
  /** The function as written, e.g. "Secrétaire de séance". */
  readonly role: string
  /** The name as written (absent when redacted). */
  readonly name?: string
  readonly lastName?: string
  readonly firstName?: string
  readonly handle?: string
  readonly position?: Position
}

/**
 * A numbered discussion section inside an atelier (or directly under the
 * seminar when the minutes have no atelier), e.g. "## 2. Contraintes" with the
 * italic prompt "Quels sont les freins… ?".
 */
export interface Section {
  readonly type: 'section'
  readonly id: string
  readonly number?: number
  /** The agenda word written before the number, e.g. "TOP" of "TOP 3: Haushalt", "Item" of "Item 1: Budget". */
  readonly label?: string
  /** The number as written when it is not digits, shown instead of it: "Primero", "B", "IV". */
  readonly marker?: string
  /** The heading text without its number, e.g. "Contraintes". */
  readonly title: string
  /** The guiding question(s) in italics right under the title, one entry per paragraph. */
  readonly prompt: readonly (readonly Inline[])[]
  readonly blocks: readonly Block[]
  readonly position?: Position
}

/**
 * One workshop / breakout group, e.g. "Atelier 1 :" or "Workshop 2: Mobility".
 */
export interface Atelier {
  readonly type: 'atelier'
  /** A stable slug for anchors, e.g. `atelier-1`. */
  readonly id: string
  readonly number?: number
  /** The announcement as written, without a trailing colon, e.g. "Atelier 1". */
  readonly title: string
  /** The words after "Atelier N :", if any, e.g. "Mobilité" in "Atelier 3 : Mobilité". */
  readonly topic?: string
  /**
   * The heading that opens a round of ateliers, on the round's first atelier,
   * as written: "Après-midi : seconde série d'ateliers". Numbers start again
   * in each round.
   */
  readonly round?: string
  /** The guiding question in italics under the title, one entry per paragraph. */
  readonly question: readonly (readonly Inline[])[]
  readonly facilitators: readonly Facilitator[]
  /** The facilitators line as written, e.g. "animé par Emilie Lanciano et … + Agnès …". */
  readonly facilitatorsText?: string
  /** Who took part, list by list, as the minutes give them. */
  readonly attendance: readonly Attendance[]
  /** People named for a function in the atelier: "Rapporteur : …". */
  readonly roles: readonly RoleHolder[]
  /** Blocks between the announcement and the first section (documents, tools used…). */
  readonly intro: readonly Block[]
  readonly sections: readonly Section[]
  readonly position?: Position
}

// ---------------------------------------------------------------------------
// Registers: what was decided, what must be done

/**
 * The mark a register puts on the block where a decision or an action was
 * written: nothing is moved, the register is an index into the document.
 * `{kind: 'decision', id: 'decision-2'}`.
 */
export interface RegisterMark {
  readonly kind: 'decision' | 'action'
  /** The entry's id, and the report's anchor to the block. */
  readonly id: string
}

/** Where an entry was written: its atelier and section, by id (absent for the meeting's own intro). */
export interface RegisterPlace {
  readonly atelier?: string
  readonly section?: string
}

/** A vote as written: "adopté à l'unanimité", "approved 7–0–1", "12 voix pour, 2 contre". */
export interface Vote {
  readonly text: string
  readonly for?: number
  readonly against?: number
  readonly abstentions?: number
  readonly unanimous?: true
  /** `rejected` when the vote went against ("rejeté", "failed 2–5"). */
  readonly outcome: 'adopted' | 'rejected'
}

/**
 * A decision the minutes record: "Décision : le budget est adopté",
 * "RESOLUTION: adopt the charter", an item under "Relevé de décisions".
 */
export interface Decision {
  readonly type: 'decision'
  /** `decision-1`, `decision-2`… in document order: stable for the same minutes. */
  readonly id: string
  /** What was decided, as written, its cue label ("Décision :") left out. */
  readonly children: readonly Inline[]
  readonly where: RegisterPlace
  readonly vote?: Vote
  readonly position?: Position
}

/** Someone an action is given to: `{name: 'Marie Dupont', written: 'Marie', matched: true}`. */
export interface Owner {
  /** The participant's name as the attendance wrote it when matched, else the owner as written. */
  readonly name?: string
  /** The owner as the action wrote it, when it differs from `name` ("Marie", "@mdupont"). */
  readonly written?: string
  /** Whether the owner is a person of the attendance (or a role holder). */
  readonly matched: boolean
}

/** When an action is due: "by 2024-03-01", "d'ici le 15 mars" (with its date), "before next meeting" (text only). */
export interface Due {
  readonly text: string
  /** ISO 8601, when the text is a date. */
  readonly date?: string
}

/**
 * Something to be done: "ACTION: @jdoe to draft the FAQ by 2024-03-01",
 * "- [ ] Marie : envoyer le devis", a row of a Qui / Quoi / Quand table.
 */
export interface Action {
  readonly type: 'action'
  /** `action-1`, `action-2`… in document order. */
  readonly id: string
  /** What is to be done, as written, its cue label left out. */
  readonly children: readonly Inline[]
  readonly owners: readonly Owner[]
  readonly due?: Due
  /** `done` from `[x]`, "done", "fait"; else `open`. */
  readonly status: 'open' | 'done'
  readonly where: RegisterPlace
  readonly position?: Position
}

/** Where the seminar took place, e.g. `{raw: 'Grenoble, Hôtel du Département', city: 'Grenoble', venue: 'Hôtel du Département'}`. */
export interface Place {
  readonly raw: string
  readonly city?: string
  readonly venue?: string
}

/** When the ateliers ran, e.g. `{raw: 'Ateliers 15h00 - 16h30', label: 'Ateliers', start: '15:00', end: '16:30'}`. */
export interface Schedule {
  readonly raw: string
  readonly label?: string
  /** 24-hour `HH:MM`. */
  readonly start?: string
  readonly end?: string
  /** The time zone as written after the times, e.g. "UTC", "Pacific". */
  readonly timeZone?: string
}

/** An organization across the whole seminar, grouped case- and accent-insensitively. */
export interface OrganizationSummary {
  /** The most frequent spelling (first seen wins a tie), e.g. "Département Isère". */
  readonly name: string
  /** Every spelling met, in order of first appearance. */
  readonly variants: readonly string[]
  readonly participants: number
  /** Ids of the ateliers its participants attended, in document order. */
  readonly ateliers: readonly string[]
}

/** A facilitator across the seminar, with the ateliers they led or assisted. */
export interface FacilitatorSummary {
  readonly name: string
  readonly role: 'facilitator' | 'assistant'
  readonly ateliers: readonly string[]
}

/** A hyperlink found anywhere in the minutes. */
export interface LinkSummary {
  readonly url: string
  readonly text: string
  /** Id of the atelier it appears in, if any. */
  readonly atelier?: string
}

/** Derived figures: what someone skimming the report wants first. */
export interface Summary {
  readonly ateliers: number
  /** Everyone listed in an attendance list, whatever their status, and everyone a head count counts. */
  readonly participants: number
  /** How many of them per status. */
  readonly attendance: Readonly<Record<AttendanceStatus, number>>
  readonly sections: number
  /** Decisions recorded. */
  readonly decisions: number
  /** Actions, open and done, and per owner (owners' names as in `Action.owners`; "" for actions with none). */
  readonly actions: {
    readonly open: number
    readonly done: number
    readonly byOwner: readonly {readonly owner: string; readonly open: number; readonly done: number}[]
  }
  /** List items in sections and intros, at every depth. */
  readonly items: number
  readonly organizations: readonly OrganizationSummary[]
  readonly facilitators: readonly FacilitatorSummary[]
  readonly links: readonly LinkSummary[]
}

/** Where the minutes came from and how their bytes were read. */
export interface Source {
  /** The file name as given (no folders), absent for standard input or strings. */
  readonly name?: string
  /** `utf-8`, `utf-8-bom`, `utf-16le`, `utf-16be`, `windows-1252`, or `string` for text given directly. */
  readonly encoding: string
  /** Hex SHA-256 of the input bytes (of the UTF-8 text for strings). */
  readonly sha256: string
  readonly bytes: number
}

/** What the catalogue (`--index`) needs of one seminar: small, so it fits in the manifest. */
export interface CatalogueEntry {
  readonly title: string
  readonly date?: string
  readonly place?: string
  readonly lang: string
  readonly ateliers: number
  readonly participants: number
  /** Report paths relative to the output folder, by format. */
  readonly outputs: Readonly<Partial<Record<Format, string>>>
  /** Organizations' names and keys (case- and accent-folded) met in this seminar. */
  readonly organizations: readonly {readonly name: string; readonly key: string}[]
  /** The decisions, for the catalogue's decisions by date (absent in entries written before registers). */
  readonly decisions?: readonly CatalogueDecision[]
  /** The actions still open, for the open actions by owner and `--actions`. */
  readonly openActions?: readonly CatalogueAction[]
  /** Who was listed and how, for the attendance register. */
  readonly attendees?: readonly CatalogueAttendee[]
}

/** A decision as the catalogue lists it: its words as plain text and the anchor of the place it was written in the HTML report. */
export interface CatalogueDecision {
  readonly id: string
  readonly text: string
  readonly anchor: string
  /** The vote as written ("adopté à l'unanimité"), when there is one. */
  readonly vote?: string
}

/** An open action as the catalogue and `--actions` list it. */
export interface CatalogueAction {
  readonly id: string
  readonly text: string
  /** Owners' names as the attendance wrote them when matched, else as written; "" for one left out by `--redact`. */
  readonly owners: readonly string[]
  /** The owners as the action wrote them ("@mdupont", "Marie"), when that differs from `owners`. */
  readonly ownersWritten?: readonly string[]
  readonly due?: Due
  readonly anchor: string
  /** Line of the minutes where it was written. */
  readonly line?: number
}

/**
 * One person or organization in one seminar's attendance, for the register:
 * `attended` for present, in the room or remote. An organization attended
 * when one of its people did, was excused when one was excused and none
 * attended, else absent.
 */
export interface CatalogueAttendee {
  readonly kind: 'person' | 'organization'
  readonly name: string
  /** The name folded (case, accents, spaces), so that spellings meet. */
  readonly key: string
  readonly status: 'attended' | 'excused' | 'absent'
}

/** A problem found in the minutes, as reported by vfile (1-based line and column). */
export interface Diagnostic {
  readonly ruleId: string
  readonly severity: 'error' | 'warning' | 'info'
  readonly message: string
  readonly line?: number
  readonly column?: number
  readonly endLine?: number
  readonly endColumn?: number
}

/** The version of the JSON report's shape (`Seminar.schemaVersion`), raised when it changes incompatibly. */
export const seminarSchemaVersion = 2

/**
 * A whole set of minutes: one seminar or meeting, as understood.
 * `schemaVersion` changes only when the JSON shape changes incompatibly.
 */
export interface Seminar {
  readonly type: 'seminar'
  readonly schemaVersion: typeof seminarSchemaVersion
  /** The first heading (or front matter `title`), e.g. "Séminaire : Politiques de l'innovation…". */
  readonly title: string
  /** BCP 47 language tag, e.g. `fr`; from front matter, or detected. */
  readonly lang: string
  /** ISO 8601 date, e.g. `2019-10-24`. */
  readonly date?: string
  /** The date as written, e.g. "24 octobre 2019". */
  readonly dateText?: string
  readonly place?: Place
  readonly schedule?: Schedule
  /** Front matter fields other than title, date, place, lang, schedule; kept verbatim. */
  readonly meta: Readonly<Record<string, unknown>>
  /** Blocks before the first atelier or section that are not metadata. */
  readonly intro: readonly Block[]
  /** Who attended the whole meeting, list by list ("Présents", "Excusés"…; plenary lists). */
  readonly attendance: readonly Attendance[]
  /** People named for a function of the meeting: secretary, chair, scribe. */
  readonly roles: readonly RoleHolder[]
  /** People counted without names, when the minutes give only a number (absent otherwise). */
  readonly headCounts?: readonly HeadCount[]
  /** Sections that stand directly under the seminar (minutes with no atelier). */
  readonly sections: readonly Section[]
  readonly ateliers: readonly Atelier[]
  /** Every decision of the minutes, in document order (each also marks its block). */
  readonly decisions: readonly Decision[]
  /** Every action of the minutes, in document order (each also marks its block). */
  readonly actions: readonly Action[]
  readonly summary: Summary
  readonly source: Source
  readonly diagnostics: readonly Diagnostic[]
}
