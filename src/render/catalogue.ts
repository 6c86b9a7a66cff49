/**
 * The catalogue of an archive (`seminar-report --index -o OUT <inputs…>`):
 * `OUT/index.json` and `OUT/index.html`, every seminar sorted by date with
 * links to its reports, and the organizations met across the seminars.
 *
 * Pure functions of the catalogue entries the batch collected; the page is a
 * hast tree serialized by hast-util-to-html inside the HTML report's shell
 * and stylesheet, under the same rules: no script, no request of its own,
 * and no link but relative paths inside the output folder.
 */
import type {Element, ElementContent, Root} from 'hast'
import {h} from 'hastscript'
import {toHtml} from 'hast-util-to-html'
import type {CatalogueEntry} from '../types.js'
import {type CatalogueRegisters, buildRegisters} from './catalogue-registers.js'
import {registersSections} from './catalogue-registers-html.js'
import {dateCell, relativeHref} from './catalogue-links.js'

export {relativeHref} from './catalogue-links.js'
import {type Format, allFormats} from '../formats.js'
import {text} from './html/inline.js'
import {cssSlot, defaultTemplate, fillTemplate, languageSlot, textSlot} from './html/template.js'
import {labelsFor, primaryLanguage, withColon} from '../layout/index.js'
import {compareCodePoints} from '../text/compare.js'

/** One seminar of the catalogue: its entry and where it came from. */
export interface CatalogueItem extends CatalogueEntry {
  /** Display path of the source, e.g. `2019/ess.md`. */
  readonly input: string
}

/** An organization across the seminars, grouped case- and accent-insensitively. */
export interface CatalogueOrganization {
  /** The most frequent spelling across seminars (first seen, in catalogue order, wins a tie). */
  readonly name: string
  /** Every spelling met, in catalogue order of first appearance. */
  readonly variants: readonly string[]
  /** How many distinct seminars it attended. */
  readonly seminars: number
  /** The `input` of each of those seminars, in catalogue order. */
  readonly inputs: readonly string[]
}

/** The catalogue: what `index.json` holds and `index.html` shows. */
export interface Catalogue {
  readonly type: 'catalogue'
  readonly schemaVersion: 1
  /** By date (undated last), then title, then input. */
  readonly seminars: readonly CatalogueItem[]
  /** By number of seminars (most first), then name. */
  readonly organizations: readonly CatalogueOrganization[]
  /** Open actions by owner, decisions by date, the attendance register. */
  readonly registers: CatalogueRegisters
}

/** Options of the catalogue page. */
export interface CatalogueHtmlOptions {
  /** BCP 47 tag of the page (default: `fr` when most seminars are French, else `en`). */
  readonly lang?: string
  /** The page's heading and `<title>` (default: the `catalogue` label). */
  readonly title?: string
  /** The page shell instead of templates/report.html (its text, not a path). */
  readonly template?: string
  /** The stylesheet instead of templates/report.css (its text). */
  readonly css?: string
  /** Written in `<meta name="generator">` (default "seminar-report"). */
  readonly generator?: string
}

/** The formats a seminar's row links to, in the order shown, with their link text. */
const linkedFormats: readonly (readonly [Format, string])[] = [
  ['html', 'HTML'],
  ['docx', 'DOCX'],
  ['json', 'JSON'],
]


// ---------------------------------------------------------------------------
// Model

/** Builds the catalogue; the result does not depend on the order of `items`' seminars (but for exact duplicates). */
export function buildCatalogue(items: readonly CatalogueItem[]): Catalogue {
  const seminars = items.map(normalizeItem).sort(compareItems)
  return {type: 'catalogue', schemaVersion: 1, seminars, organizations: organizationsOf(seminars), registers: buildRegisters(seminars)}
}

/** Undated seminars last; then by title; then by input; all by code points. */
function compareItems(a: CatalogueItem, b: CatalogueItem): number {
  if (a.date !== b.date) {
    if (a.date === undefined) return 1
    if (b.date === undefined) return -1
    return compareCodePoints(a.date, b.date)
  }
  return compareCodePoints(a.title, b.title) || compareCodePoints(a.input, b.input)
}

/** A copy with keys in a fixed order and only the known formats, so the JSON is stable. */
function normalizeItem(item: CatalogueItem): CatalogueItem {
  const outputs: Partial<Record<Format, string>> = {}
  for (const format of allFormats) {
    const value = item.outputs?.[format]
    if (typeof value === 'string') outputs[format] = value
  }
  return {
    input: item.input,
    title: item.title,
    ...(item.date === undefined ? {} : {date: item.date}),
    ...(item.place === undefined ? {} : {place: item.place}),
    lang: item.lang,
    ateliers: item.ateliers,
    participants: item.participants,
    outputs,
    organizations: (item.organizations ?? []).map((organization) => ({name: organization.name, key: organization.key})),
    // Entries written before registers have none.
    decisions: (item.decisions ?? []).map((decision) => ({id: decision.id, text: decision.text, anchor: decision.anchor, ...(decision.vote === undefined ? {} : {vote: decision.vote})})),
    openActions: (item.openActions ?? []).map((action) => ({
      id: action.id,
      text: action.text,
      owners: [...action.owners],
      ...(action.ownersWritten === undefined ? {} : {ownersWritten: [...action.ownersWritten]}),
      ...(action.due === undefined ? {} : {due: {text: action.due.text, ...(action.due.date === undefined ? {} : {date: action.due.date})}}),
      anchor: action.anchor,
      ...(action.line === undefined ? {} : {line: action.line}),
    })),
    attendees: (item.attendees ?? []).map((attendee) => ({kind: attendee.kind, name: attendee.name, key: attendee.key, status: attendee.status})),
  }
}

function organizationsOf(seminars: readonly CatalogueItem[]): CatalogueOrganization[] {
  interface Group {
    /** Spellings in order of first appearance, with how many seminars wrote each. */
    readonly spellings: Map<string, number>
    readonly seminars: Set<CatalogueItem>
    readonly inputs: string[]
  }
  const groups = new Map<string, Group>()
  for (const seminar of seminars) {
    // A spelling counts once per seminar, however often the seminar wrote it.
    const seen = new Set<string>()
    for (const organization of seminar.organizations) {
      const name = organization.name.trim()
      const key = organization.key || name
      if (!name || !key) continue
      let group = groups.get(key)
      if (!group) groups.set(key, (group = {spellings: new Map(), seminars: new Set(), inputs: []}))
      if (!group.seminars.has(seminar)) {
        group.seminars.add(seminar)
        group.inputs.push(seminar.input)
      }
      if (!seen.has(`${key}\u0000${name}`)) {
        seen.add(`${key}\u0000${name}`)
        group.spellings.set(name, (group.spellings.get(name) ?? 0) + 1)
      }
    }
  }
  const result = [...groups.entries()].map(([key, group]) => {
    let name = ''
    let best = 0
    // Map order is first appearance, so a strict `>` lets the first seen win a tie.
    for (const [spelling, count] of group.spellings) {
      if (count > best) [name, best] = [spelling, count]
    }
    return {key, organization: {name, variants: [...group.spellings.keys()], seminars: group.seminars.size, inputs: group.inputs}}
  })
  result.sort((a, b) =>
    b.organization.seminars - a.organization.seminars || compareCodePoints(a.organization.name, b.organization.name) || compareCodePoints(a.key, b.key),
  )
  return result.map(({organization}) => organization)
}

// ---------------------------------------------------------------------------
// JSON

/** `index.json`: the catalogue as pretty JSON with a final newline, keys in a fixed order. */
export function renderCatalogueJson(catalogue: Catalogue): string {
  const stable = {
    type: 'catalogue',
    schemaVersion: 1,
    // Each seminar's decisions, actions and attendees are in the registers; the seminar says how many.
    seminars: catalogue.seminars.map((item) => {
      const {decisions, openActions, attendees, ...rest} = normalizeItem(item)
      void attendees
      return {...rest, decisionCount: decisions!.length, openActionCount: openActions!.length}
    }),
    organizations: catalogue.organizations.map((organization) => ({
      name: organization.name,
      variants: [...organization.variants],
      seminars: organization.seminars,
      inputs: [...organization.inputs],
    })),
    registers: catalogue.registers,
  }
  return `${JSON.stringify(stable, null, 2)}\n`
}

// ---------------------------------------------------------------------------
// HTML

/** The page's language: `fr` when most seminars are French, else `en`. */
export function catalogueLang(catalogue: Catalogue): string {
  const french = catalogue.seminars.filter((seminar) => primaryLanguage(seminar.lang) === 'fr').length
  return french * 2 > catalogue.seminars.length ? 'fr' : 'en'
}

/** `index.html`: one standalone page in the HTML report's shell and style. */
export function renderCatalogueHtml(catalogue: Catalogue, options: CatalogueHtmlOptions = {}): string {
  const shell = defaultTemplate()
  const lang = languageSlot(options.lang ?? catalogueLang(catalogue))
  const labels = labelsFor(lang)
  const title = options.title ?? labels.catalogue
  const body: Root = {type: 'root', children: catalogueBody(catalogue, title, lang)}
  return fillTemplate(options.template ?? shell.template, {
    lang,
    title: textSlot(title),
    head: toHtml(h('meta', {name: 'generator', content: options.generator ?? 'seminar-report'})),
    css: cssSlot(options.css ?? shell.css),
    body: toHtml(body),
    generator: textSlot(labels.catalogueGeneratedBy),
  })
}

function catalogueBody(catalogue: Catalogue, title: string, lang: string): ElementContent[] {
  const content: Element[] = [seminarsTable(catalogue, lang), ...registersSections(catalogue.registers, lang)]
  if (catalogue.organizations.length > 0) content.push(organizationsTable(catalogue, lang))
  return [h('header.title-block', [h('h1', [text(title)])]), h('main', content)]
}

function seminarsTable(catalogue: Catalogue, lang: string): Element {
  const labels = labelsFor(lang)
  const head = h('tr', [
    h('th', {scope: 'col'}, text(labels.date)),
    h('th', {scope: 'col'}, text(labels.title)),
    h('th', {scope: 'col'}, text(labels.place)),
    h('th.num', {scope: 'col'}, text(labels.ateliers)),
    h('th.num', {scope: 'col'}, text(labels.participants)),
    h('th.num', {scope: 'col'}, text(labels.decisions)),
    h('th.num', {scope: 'col'}, text(labels.openActions)),
    h('th', {scope: 'col'}, text(labels.reports)),
  ])
  const rows = catalogue.seminars.map((seminar) => {
    // The title in its own language when it is not the page's (WCAG 3.1.2).
    const titleLang = languageSlot(seminar.lang)
    const ownLang = titleLang !== 'und' && primaryLanguage(titleLang) !== primaryLanguage(lang) ? titleLang : undefined
    return h('tr', [
      h('td', dateCell(seminar.date, lang)),
      h('th', {scope: 'row', lang: ownLang}, text(seminar.title)),
      h('td', seminar.place ? [text(seminar.place)] : []),
      h('td.num', [text(String(seminar.ateliers))]),
      h('td.num', [text(String(seminar.participants))]),
      h('td.num', [text(String(seminar.decisions?.length ?? 0))]),
      h('td.num', [text(String(seminar.openActions?.length ?? 0))]),
      h('td', outputLinks(seminar.outputs)),
    ])
  })
  return h('div.table-wrap', h('table.catalogue', [
    h('caption', [text(labels.seminars), text(' '), h('span.count', [text(`(${catalogue.seminars.length})`)])]),
    h('thead', head),
    h('tbody', rows),
  ]))
}

/** Links to the reports that exist, by format; a path that is not safely inside the folder is not linked. */
function outputLinks(outputs: CatalogueItem['outputs']): ElementContent[] {
  const links: ElementContent[] = []
  for (const [format, label] of linkedFormats) {
    const value = outputs[format]
    const href = typeof value === 'string' ? relativeHref(value) : undefined
    if (href === undefined) continue
    // The separator is decoration: screen readers announce the links apart anyway.
    if (links.length > 0) links.push(h('span', {ariaHidden: 'true'}, [text(' · ')]))
    links.push(h('a', {href}, [text(label)]))
  }
  return links
}

function organizationsTable(catalogue: Catalogue, lang: string): Element {
  const labels = labelsFor(lang)
  return h('div.table-wrap', h('table.organizations-table', [
    h('caption', [text(labels.organizationsAcross), text(' '), h('span.count', [text(`(${catalogue.organizations.length})`)])]),
    h('thead', h('tr', [
      h('th', {scope: 'col'}, text(labels.organization)),
      h('th.num', {scope: 'col'}, text(labels.seminars)),
    ])),
    h('tbody', catalogue.organizations.map((organization) => {
      const others = organization.variants.filter((variant) => variant !== organization.name)
      return h('tr', [
        h('th', {scope: 'row'}, [
          text(organization.name),
          ...(others.length > 0 ? [h('span.variants', [text(`${withColon(labels.alsoWritten, lang)} ${others.join(' ; ')}`)])] : []),
        ]),
        h('td.num', [text(String(organization.seminars))]),
      ])
    })),
  ]))
}

