/**
 * The report's layout: everything the HTML and DOCX reports show, in reading
 * order, as a plain typed tree of generic nodes with no markup. The layout
 * stage (`layoutReport`) makes every content decision — what is shown, in
 * which order, with which words and labels; the writers only map nodes to
 * their markup, so the two reports cannot disagree.
 *
 * Nodes are generic (headings, paragraphs, fact lists, tables, lists…):
 * a writer never knows what a participant or an atelier is. Where a
 * writer needs a hook for its own look (a CSS class, a Word style), a node
 * carries a `role`, and each writer keeps one table from roles to its markup.
 *
 * Any block may carry an `anchor` (a unique id, valid in HTML); any run of
 * text may link to one (`LinkMark` with an `anchor` target). HTML writes
 * them as ids and `#fragment` links, DOCX as bookmarks and internal
 * hyperlinks.
 */

/** A heading level: 1 is the title, 2 a chapter (an atelier), 3 a section… */
export type Level = 1 | 2 | 3 | 4 | 5 | 6

// ---------------------------------------------------------------------------
// Inline content: flat runs of text, each with the marks it carries.

/**
 * Inline content is a flat sequence of runs, not a tree, so that no writer
 * recurses over the nesting of the minutes' formatting. Marks are compared
 * by identity: the runs of one `**bold**` span share one `Mark` object, so
 * a writer can rebuild the elements exactly, in linear time.
 */
export type Inline = TextRun | BreakRun

/** Text, e.g. `{type: 'text', value: 'Cap Rural', marks: []}`. It may hold tabs and line feeds (which read as spaces). */
export interface TextRun {
  readonly type: 'text'
  readonly value: string
  /** Outermost first. */
  readonly marks: readonly Mark[]
}

/** A hard line break inside a paragraph. */
export interface BreakRun {
  readonly type: 'break'
  readonly marks: readonly Mark[]
}

/** Formatting marks with no attributes. `highlight` is HTML `<mark>`; `small` is `<small>`. */
export interface FormatMark {
  readonly type: 'strong' | 'emphasis' | 'delete' | 'underline' | 'subscript' | 'superscript' | 'code' | 'highlight' | 'small'
}

/** An abbreviation with its expansion, from raw `<abbr title="…">`. */
export interface AbbreviationMark {
  readonly type: 'abbreviation'
  readonly title?: string
}

/** A date, machine-readable as `iso` (HTML `<time datetime>`). */
export interface DateMark {
  readonly type: 'date'
  readonly iso: string
}

/** Where a link leads. */
export type LinkTarget =
  /** A web address the reports may open: `http:`, `https:`, `//host`. */
  | {readonly kind: 'external'; readonly url: string}
  /** A mail address: `mailto:`. */
  | {readonly kind: 'mailto'; readonly url: string}
  /** A relative URL or a `#fragment` that names no anchor of the report. */
  | {readonly kind: 'local'; readonly url: string}
  /** An anchor of the report (a block's `anchor`). */
  | {readonly kind: 'anchor'; readonly id: string}

/** A live link; only safe targets ever become one (see url.ts). */
export interface LinkMark {
  readonly type: 'link'
  readonly target: LinkTarget
  /** The author's link title (a tooltip, not text). */
  readonly title?: string
  readonly role?: 'image' | 'url-shown'
}

/**
 * Words with a meaning the report's look follows, e.g. a facilitator's name
 * or a participant count. `label` is what assistive technology reads instead
 * of the text (the state of a task box).
 */
export interface SpanMark {
  readonly type: 'span'
  readonly role: SpanRole
  readonly label?: string
}

/** What a span of words is. */
export type SpanRole =
  | 'facilitator'
  | 'assistant'
  | 'count'
  | 'as-written'
  | 'variants'
  | 'url'
  | 'redacted'
  | 'section-number'
  | 'summary-question'
  | 'image'
  | 'image-label'
  | 'refused-url'
  | 'unsafe-link'
  | 'task-box'
  | 'register-mark'

/** Any mark. */
export type Mark = FormatMark | AbbreviationMark | DateMark | LinkMark | SpanMark

// ---------------------------------------------------------------------------
// Blocks

/** What every block may carry. */
interface BlockBase {
  /** A unique id other parts of the report (and readers) link to. */
  readonly anchor?: string
}

/** A heading; `newPage` hints that paged formats start a new page with it. */
export interface Heading extends BlockBase {
  readonly type: 'heading'
  readonly level: Level
  readonly content: readonly Inline[]
  readonly newPage?: boolean
}

/** A paragraph; `role` names what it is where the look depends on it. */
export interface Paragraph extends BlockBase {
  readonly type: 'paragraph'
  readonly role?: ParagraphRole
  readonly content: readonly Inline[]
}

/** What a paragraph is, where the look depends on it. */
export type ParagraphRole = 'facilitators' | 'question-label' | 'question' | 'prompt' | 'attendance-title' | 'roles' | 'round'

/**
 * Term–value facts, e.g. "Date : 24 octobre 2019". A fact's value is inline
 * content, then blocks (a list, nested facts) for structured values.
 * `separator` is what stands between term and value when a writer sets
 * them on one line, in the document's typography ("\u00A0: " in French).
 */
export interface Facts extends BlockBase {
  readonly type: 'facts'
  readonly role?: 'nested'
  readonly separator: string
  readonly items: readonly Fact[]
}

/** One fact of a fact list. */
export interface Fact {
  readonly term: readonly Inline[]
  readonly value: readonly Inline[]
  readonly blocks?: readonly Block[]
}

/** Key figures, e.g. "26 Participants", "9 Parties". */
export interface Figures extends BlockBase {
  readonly type: 'figures'
  readonly items: readonly {readonly value: string; readonly label: string}[]
}

/** A column of a table: its alignment, and whether it holds numbers (narrow, right-aligned). */
export interface Column {
  readonly align?: 'left' | 'center' | 'right'
  readonly numeric?: boolean
}

/** One cell; `header` makes it a column or row header; `span` is how many columns it covers. */
export interface Cell {
  readonly content: readonly Inline[]
  readonly header?: 'col' | 'row'
  readonly span?: number
  readonly role?: 'last-name'
}

/** One row of cells; `anchor` lets other parts of the report link to the row (an action of an actions table). */
export interface Row {
  readonly cells: readonly Cell[]
  readonly anchor?: string
}

/**
 * A table: caption, header rows (repeated on every page of paged formats),
 * body rows, and footer rows (totals). Rows never split across pages.
 */
export interface Table extends BlockBase {
  readonly type: 'table'
  readonly role?: 'participants' | 'summary' | 'organizations' | 'actions'
  readonly caption?: readonly Inline[]
  readonly columns: readonly Column[]
  readonly head: readonly Row[]
  readonly body: readonly Row[]
  readonly foot: readonly Row[]
}

/** A list item; `marker` is shown before its content (a task box). */
export interface ListItem {
  readonly checked?: boolean
  readonly marker?: readonly Inline[]
  readonly content: readonly Block[]
}

/** A bulleted or numbered list; a numbered list counts from `start`, whatever came before. */
export interface List extends BlockBase {
  readonly type: 'list'
  readonly ordered: boolean
  readonly start?: number
  readonly role?: 'meta-list' | 'link-list' | 'decisions'
  readonly items: readonly ListItem[]
}

/** A block quote. */
export interface Quote extends BlockBase {
  readonly type: 'quote'
  readonly children: readonly Block[]
}

/** Code, verbatim; `lang` is the info string's first word, e.g. `js`. */
export interface CodeBlock extends BlockBase {
  readonly type: 'code'
  readonly lang?: string
  readonly value: string
}

/** A thematic break. */
export interface Rule extends BlockBase {
  readonly type: 'rule'
}

/** One entry of the contents, linking to an anchor. */
export interface ContentsEntry {
  readonly target: string
  readonly content: readonly Inline[]
  readonly children: readonly ContentsEntry[]
}

/** The table of contents: its title and entries, nested. `anchor` is the title's. */
export interface Contents extends BlockBase {
  readonly type: 'contents'
  readonly title: readonly Inline[]
  readonly entries: readonly ContentsEntry[]
}

/**
 * Blocks that belong together: a part of the report (an atelier, a section,
 * the annex…). Paged formats need nothing of it but its anchor and `newPage`.
 */
export interface Group extends BlockBase {
  readonly type: 'group'
  readonly role: GroupRole
  /** Paged formats start the group on a new page. */
  readonly newPage?: boolean
  readonly children: readonly Block[]
}

/** What a group of blocks is. */
export type GroupRole =
  | 'title-block'
  | 'main'
  | 'summary'
  | 'registers'
  | 'introduction'
  | 'participants'
  | 'atelier'
  | 'section'
  | 'question'
  | 'prompt'
  | 'annex'
  | 'organizations'
  | 'links'
  | 'raw-html'

/** Any block. */
export type Block = Heading | Paragraph | Facts | Figures | Table | List | Quote | CodeBlock | Rule | Contents | Group

// ---------------------------------------------------------------------------
// The report

/** What a document's properties say about it (DOCX core properties, HTML meta). */
export interface Properties {
  readonly title: string
  /** ISO date of the seminar, e.g. `2019-10-24`. */
  readonly date?: string
  /** When and where, e.g. "24 octobre 2019, Grenoble, Hôtel du Département". */
  readonly description: string
  /** When, where and how many, e.g. "24 octobre 2019, Grenoble — 2 ateliers, 26 participants". */
  readonly subject: string
  readonly keywords: readonly string[]
  /** Who made the report from what, e.g. "Rapport produit par seminar-report (a.md, sha256 …)". */
  readonly comments: string
}

/**
 * The words a format adds around the body, in the document's language: a
 * paged format's running head and "page X / Y" footer, a page's colophon.
 */
export interface Chrome {
  readonly runningHead: string
  /** "page" of "page 3 / 12". */
  readonly page: string
  /** "/" of "page 3 / 12". */
  readonly of: string
  readonly generatedBy: string
}

/** The whole report, in reading order. */
export interface Report {
  readonly type: 'report'
  /** BCP 47 tag of the document, e.g. `fr`. */
  readonly lang: string
  readonly properties: Properties
  readonly chrome: Chrome
  readonly body: readonly Block[]
}
