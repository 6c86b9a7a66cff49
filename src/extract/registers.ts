/**
 * Decisions and actions: what minutes are read for. A register is an index
 * into the document, never a move: each entry marks the block it was
 * written in (`mark`), and the block stays where it stood.
 *
 * Cues (src/languages/, src/cues.ts): a labelled line or item ("Décision :",
 * "RESOLUTION:", "ACTION:", "À faire :"), the items under a heading or a
 * label alone ("Relevé de décisions", "Conclusion/Resolution", "Next
 * steps"), a vote ("adopté à l'unanimité", "approved 7–0–1"), a task-list
 * item (`- [ ]`, `- [x]`), a row of a Qui / Quoi / Quand table. A sentence
 * that only mentions a decision is none: precise before complete.
 */
import type {VFile} from 'vfile'
import {excerpt, inform} from '../diagnostics.js'
import {
  actionColumnOf,
  findDueStarts,
  findVote,
  isActionHeading,
  isActionLabel,
  isDecisionHeading,
  isDecisionLabel,
  isDoneWord,
  matchLabelledLine,
  matchOwnerLink,
} from '../cues.js'
import {participantsOf} from '../attendance.js'
import {languages} from '../languages/index.js'
import type {
  Action,
  Atelier,
  Attendance,
  Block,
  Decision,
  Due,
  Inline,
  ListItem,
  Owner,
  RegisterPlace,
  RoleHolder,
  Section,
  Table,
  TableRow,
  Vote,
} from '../types.js'
import {foldAccents, organizationKey} from '../text/slug.js'
import {findDateAfter, type NumericReading} from './dates.js'
import {inlineText, trimInlines} from './inline.js'
import {readNames} from './people.js'

/** What the registers need of the seminar. */
export interface RegisterInput {
  readonly intro: readonly Block[]
  readonly sections: readonly Section[]
  readonly ateliers: readonly Atelier[]
  readonly attendance: readonly Attendance[]
  readonly roles: readonly RoleHolder[]
  /** The meeting's date, ISO: a deadline without a year falls after it. */
  readonly date?: string
}

/** The registers, and the seminar's parts with their blocks marked. */
export interface Registers {
  readonly decisions: Decision[]
  readonly actions: Action[]
  readonly intro: Block[]
  readonly sections: Section[]
  readonly ateliers: Atelier[]
}

type Kind = 'decision' | 'action'

/** Reads the registers of a seminar; blocks that hold an entry come back marked. */
export function readRegisters(input: RegisterInput, file: VFile, reading: NumericReading): Registers {
  const people = new PeopleIndex([...participantsOf(input.attendance), ...input.ateliers.flatMap((atelier) => participantsOf(atelier.attendance))], [
    ...input.roles,
    ...input.ateliers.flatMap((atelier) => atelier.roles),
  ])
  const decisions: Decision[] = []
  const actions: Action[] = []
  const context: Context = {file, reading, people, date: input.date, decisions, actions}
  const sectionsOf = (sections: readonly Section[], atelier?: string) =>
    sections.map((section) => {
      const where: RegisterPlace = {...(atelier ? {atelier} : {}), section: section.id}
      const group = isDecisionHeading(section.title) ? 'decision' : isActionHeading(section.title) ? 'action' : undefined
      return {...section, blocks: visitBlocks(section.blocks, where, group, context)}
    })
  const intro = visitBlocks(input.intro, {}, undefined, context)
  const sections = sectionsOf(input.sections)
  const ateliers = input.ateliers.map((atelier) => ({
    ...atelier,
    intro: visitBlocks(atelier.intro, {atelier: atelier.id}, undefined, context),
    sections: sectionsOf(atelier.sections, atelier.id),
  }))
  return {decisions, actions, intro, sections, ateliers}
}

interface Context {
  readonly file: VFile
  readonly reading: NumericReading
  readonly people: PeopleIndex
  readonly date: string | undefined
  readonly decisions: Decision[]
  readonly actions: Action[]
}

/**
 * Visits a run of blocks: a heading or a label alone over decisions or
 * actions makes the items after it entries, until the next heading of its
 * depth or above (or the next label alone).
 */
function visitBlocks(blocks: readonly Block[], where: RegisterPlace, sectionGroup: Kind | undefined, context: Context): Block[] {
  let heading: {kind: Kind | undefined; depth: number} | undefined
  let labelGroup: Kind | undefined
  return blocks.map((block): Block => {
    const group = labelGroup ?? heading?.kind ?? sectionGroup
    switch (block.type) {
      case 'heading': {
        const text = inlineText(block.children).trim()
        const kind = headingKind(text)
        if (kind || !heading || block.depth <= heading.depth) heading = {kind, depth: block.depth}
        labelGroup = undefined
        return block
      }
      case 'paragraph': {
        const text = inlineText(block.children).trim()
        const alone = headingKind(text.replace(/\s*[:：]\s*$/u, ''))
        if (alone && text.split(/\s+/).length <= 5) {
          labelGroup = alone
          return block
        }
        const mark = readEntry(block.children, undefined, group, where, block.position, context)
        return mark ? {...block, mark} : block
      }
      case 'list':
        return {...block, children: block.children.map((item) => visitItem(item, group, where, context))}
      case 'table':
        return visitTable(block, where, context) ?? block
      case 'blockquote':
        return {...block, children: visitBlocks(block.children, where, group, context)}
      default:
        return block
    }
  })
}

function headingKind(text: string): Kind | undefined {
  return isDecisionHeading(text) ? 'decision' : isActionHeading(text) ? 'action' : undefined
}

/** A list item is an entry when its first paragraph is; a task item is always an action. */
function visitItem(item: ListItem, group: Kind | undefined, where: RegisterPlace, context: Context): ListItem {
  const [first, ...rest] = item.children
  const inlines = first?.type === 'paragraph' ? first.children : []
  const mark = readEntry(inlines, item.checked, group, where, item.position, context)
  const children = mark ? item.children : [...(first ? [first] : []), ...rest.map((child) => (child.type === 'list' ? {...child, children: child.children.map((inner) => visitItem(inner, group, where, context))} : child))]
  return mark ? {...item, mark} : {...item, children: children as Block[]}
}

/** Reads one item or paragraph as an entry of a register, if it is one; returns its mark. */
function readEntry(
  inlines: readonly Inline[],
  checked: boolean | undefined,
  group: Kind | undefined,
  where: RegisterPlace,
  position: Decision['position'],
  context: Context,
): {kind: Kind; id: string} | undefined {
  const raw = inlineText(inlines)
  const text = raw.replace(/\s+/g, ' ').trim()
  if (text === '') return undefined
  // The label is found in the text as the inlines hold it, to cut them after it.
  const labelled = matchLabelledLine(raw)
  const label = labelled && (isDecisionLabel(labelled.label) ? 'decision' : isActionLabel(labelled.label) ? 'action' : undefined)
  let kind: Kind | undefined = checked !== undefined ? 'action' : label ?? group ?? (findVote(text) ? 'decision' : undefined)
  if (!kind) return undefined
  // Under "Conclusion/Resolution", "Sofia to circulate the wordings" is an action.
  if (kind === 'decision' && !label && !findVote(text) && ownersOf(text, context, true).length > 0) kind = 'action'
  const body = label ? trimInlines(sliceInlines(inlines, labelled!.valueIndex)) : trimInlines(inlines)
  const bodyText = inlineText(body).replace(/\s+/g, ' ').trim()
  if (bodyText === '' || isNothing(bodyText)) return undefined
  if (kind === 'decision') {
    const id = `decision-${context.decisions.length + 1}`
    const vote = voteOf(bodyText)
    context.decisions.push({type: 'decision', id, children: body, where, ...(vote ? {vote} : {}), ...(position ? {position} : {})})
    return {kind, id}
  }
  const id = `action-${context.actions.length + 1}`
  const owners = ownersOf(bodyText, context)
  const due = dueOf(bodyText, context)
  const status = checked === true || saysDone(bodyText) ? 'done' : 'open'
  if (owners.length === 0) inform(context.file, 'action-owner-missing', `Action \`${excerpt(bodyText)}\` names no owner`, position)
  context.actions.push({type: 'action', id, children: body, owners, ...(due ? {due} : {}), status, where, ...(position ? {position} : {})})
  return {kind, id}
}

const nothing = new Set(languages.flatMap((language) => language.notNames).concat(['aucune', 'aucune decision', 'no decision', 'no decisions', 'none', 'nothing', 'rien', 'neant', 'n/a', '-', '–', 'tbd']))

/**
 * "None", "Aucune", "N/A", "Aucune décision n'a été prise": under a heading
 * of decisions or actions, the words that say there were none.
 */
function isNothing(text: string): boolean {
  const folded = foldAccents(text).toLowerCase().replace(/[.!:]+$/, '').trim()
  if (nothing.has(folded)) return true
  return /^(?:aucune?|none|no|nothing|rien|pas d[e'’])\b/u.test(folded) && /\b(?:decisions?|decide|resolutions?|actions?|votes?|taches?)\b|^\S+(?:\s\S+){0,2}$/u.test(folded)
}

function voteOf(text: string): Vote | undefined {
  const found = findVote(text)
  if (!found) return undefined
  return {
    text: found.text,
    ...(found.for === undefined ? {} : {for: found.for}),
    ...(found.against === undefined ? {} : {against: found.against}),
    ...(found.abstentions === undefined ? {} : {abstentions: found.abstentions}),
    ...(found.unanimous ? {unanimous: true as const} : {}),
    outcome: found.rejected ? 'rejected' : 'adopted',
  }
}

/** "(done)", "[fait]", "— fait", "DONE:", "✓" at either end of an action. */
function saysDone(text: string): boolean {
  const first = /^\s*\[?([\p{L}✓✔]+)\]?\s*[:—–-]/u.exec(text)?.[1]
  const last = /(?:[([]\s*|[—–-]\s+|\s)([\p{L}✓✔]+)\s*[)\]]?\s*[.!]?\s*$/u.exec(text)?.[1]
  return (first !== undefined && /^\p{Lu}+$|^[✓✔]$/u.test(first) && isDoneWord(first)) || (last !== undefined && isDoneWord(last) && /[([]|[—–-]\s|[✓✔]$/u.test(text.slice(-last.length - 3)))
}

/**
 * The owners an action names at its start ("@jdoe to draft…", "Marie :
 * envoyer…", "Anne and Luc will…", "[Luc] …") or after an arrow at its end
 * ("… → Luc"). A single unknown word before a colon ("Budget : …") is not
 * an owner unless the attendance names such a person.
 */
function ownersOf(text: string, context: Context, linkedOnly = false): Owner[] {
  // Where owners stand, each with how sure its shape is: an owner link
  // ("to", "will"), brackets and an arrow are cues of their own; a colon is
  // only one when the name is known or whole ("Marie Dupont : …").
  const candidates: {text: string; strong: boolean}[] = []
  const bracket = /^\[([^\]]+)\]/.exec(text)
  if (bracket) candidates.push({text: bracket[1]!, strong: true})
  const handles = /^(@[\p{L}\d_.-]+(?:\s*(?:,|&|\band\b|\bet\b)\s*@[\p{L}\d_.-]+)*)/u.exec(text)
  if (handles) candidates.push({text: handles[1]!, strong: true})
  const words = text.split(/\s+/)
  for (let end = 1; end <= Math.min(6, words.length - 1); end++) {
    const head = words.slice(0, end).join(' ')
    const link = matchOwnerLink(text.slice(head.length))
    if (link !== undefined) {
      // "Write to the council": before a bare "to", one word may be a verb, not a person.
      candidates.push({text: head, strong: !(link === 'to' && end === 1)})
      break
    }
  }
  if (linkedOnly) return pick(candidates, context)
  const labelled = matchLabelledLine(text)
  if (labelled) candidates.push({text: labelled.label, strong: false})
  const arrow = /(?:→|=>|->)\s*([^→]+?)\s*[.)]?$/u.exec(text)
  if (arrow) candidates.push({text: arrow[1]!, strong: true})
  return pick(candidates, context)
}

/** The owners of the first candidate that reads as people and is sure enough. */
function pick(candidates: readonly {text: string; strong: boolean}[], context: Context): Owner[] {
  for (const candidate of candidates) {
    const names = readNames(candidate.text)?.map((person) => person.handle ?? person.name)
    if (!names) continue
    const owners = names.map((name) => context.people.owner(name))
    const sure = owners.every((owner) => owner.matched || (owner.name ?? '').startsWith('@') || (owner.name ?? '').includes(' '))
    if (sure || candidate.strong) return owners
  }
  return []
}

/** "by 2024-03-01", "d'ici le 15 mars", "before next meeting": the due date as written, and as a date when it is one. */
function dueOf(text: string, context: Context): Due | undefined {
  const candidates = findDueStarts(text).flatMap((start) => {
    const clause = /^[^.;,)\]]*/.exec(text.slice(start.index))![0].trim()
    if (clause.length <= start.length - 1) return []
    const date = findDateAfter(clause.slice(start.length - 1), context.date, context.reading)
    return [{clause, date, weak: start.weak}]
  })
  // The one whose date comes right after its words ("avant le 30 septembre",
  // not "pour la sortie de mai avant le 30 septembre"); else the first that
  // is not a weak "pour la…".
  const dated = candidates.filter((candidate) => candidate.date).sort((a, b) => a.date!.index - b.date!.index)
  const chosen = dated[0] ?? candidates.find((candidate) => !candidate.weak)
  if (!chosen) return undefined
  return {text: chosen.clause, ...(chosen.date ? {date: chosen.date.iso} : {})}
}

/**
 * An actions table (Qui / Quoi / Quand, Who / What / When / Owner / Due):
 * each row an action, marked; undefined for any other table.
 */
function visitTable(table: Table, where: RegisterPlace, context: Context): Table | undefined {
  const [header, ...rows] = table.children
  if (!header) return undefined
  const columns = header.children.map((cell) => actionColumnOf(inlineText(cell.children)))
  const what = columns.indexOf('what')
  const owner = columns.indexOf('owner')
  const due = columns.indexOf('due')
  const status = columns.indexOf('status')
  if (what < 0 || (owner < 0 && due < 0)) return undefined
  const cellText = (row: TableRow, index: number) => (index < 0 ? '' : inlineText(row.children[index]?.children ?? []).replace(/\s+/g, ' ').trim())
  const marked = rows.map((row): TableRow => {
    const body = trimInlines(row.children[what]?.children ?? [])
    if (inlineText(body).trim() === '') return row
    const id = `action-${context.actions.length + 1}`
    const ownerText = cellText(row, owner)
    const owners = ownerText === '' ? [] : (readNames(ownerText)?.map((person) => context.people.owner(person.handle ?? person.name)) ?? [{name: ownerText, matched: false}])
    const dueText = cellText(row, due)
    const date = dueText === '' ? undefined : findDateAfter(dueText, context.date, context.reading)
    const statusText = cellText(row, status)
    if (owners.length === 0) inform(context.file, 'action-owner-missing', `Action \`${excerpt(inlineText(body))}\` names no owner`, row.position)
    context.actions.push({
      type: 'action',
      id,
      children: body,
      owners,
      ...(dueText === '' ? {} : {due: {text: dueText, ...(date ? {date: date.iso} : {})}}),
      status: statusText !== '' && isDoneWord(statusText) ? 'done' : 'open',
      where,
      ...(row.position ? {position: row.position} : {}),
    })
    return {...row, mark: {kind: 'action', id}}
  })
  return {...table, children: [header, ...marked]}
}

/**
 * The people of the meeting, to match owners: by handle, by whole name in
 * either order, then by a first or last name that only one person has.
 */
class PeopleIndex {
  private readonly byKey = new Map<string, string | null>()

  constructor(participants: readonly {name?: string; firstName?: string; lastName?: string; handle?: string}[], roles: readonly RoleHolder[]) {
    for (const person of [...participants, ...roles]) {
      if (!person.name) continue
      const keys = new Set([organizationKey(person.name)])
      if (person.firstName && person.lastName) {
        keys.add(organizationKey(`${person.firstName} ${person.lastName}`))
        keys.add(organizationKey(`${person.lastName} ${person.firstName}`))
      }
      if (person.handle) keys.add(person.handle.toLowerCase())
      for (const key of keys) this.add(key, person.name, true)
      // The handles people make of their names: @lmartin, @luc, @lucm, @luc-martin.
      const first = compact(person.firstName)
      const last = compact(person.lastName)
      if (first && last) {
        for (const handle of [`${first[0]}${last}`, `${first}${last}`, `${first}${last[0]}`, `${last}${first[0]}`, `${last}${first}`]) this.add(`@${handle}`, person.name, false)
      }
      if (first) this.add(`@${first}`, person.name, false)
      if (last) this.add(`@${last}`, person.name, false)
      if (person.firstName) this.add(organizationKey(person.firstName), person.name, false)
      if (person.lastName) this.add(organizationKey(person.lastName), person.name, false)
    }
  }

  /** Whole names and handles win; a part of a name two people share matches nobody. */
  private add(key: string, name: string, whole: boolean): void {
    if (key === '') return
    const known = this.byKey.get(key)
    if (known === undefined) this.byKey.set(key, name)
    else if (known !== name && !whole) this.byKey.set(key, null)
    else if (whole) this.byKey.set(key, name)
  }

  owner(written: string): Owner {
    const key = written.startsWith('@') ? written.toLowerCase() : organizationKey(written)
    const name = this.byKey.get(key) ?? (written.startsWith('@') ? this.byKey.get(`@${compact(written.slice(1))}`) : undefined)
    if (!name) return {name: written, matched: false}
    return name === written ? {name, matched: true} : {name, written, matched: true}
  }
}

/** A name as handles write it: lower case, no accents, no spaces or punctuation ("Lorin-Etuy" → "lorinetuy"). */
function compact(name: string | undefined): string | undefined {
  const value = name === undefined ? '' : foldAccents(name).toLowerCase().replace(/[^a-z\d]/g, '')
  return value === '' ? undefined : value
}

/**
 * Inline content from a character offset of its text on (the text after a
 * cue label): formatting and links around the rest are kept.
 */
function sliceInlines(nodes: readonly Inline[], from: number): Inline[] {
  let skip = from
  const slice = (list: readonly Inline[]): Inline[] => {
    const result: Inline[] = []
    for (const node of list) {
      if (skip <= 0) {
        result.push(node)
        continue
      }
      const length = inlineText([node]).length
      if (length <= skip) {
        skip -= length
        continue
      }
      if (node.type === 'text' || node.type === 'inlineCode') {
        result.push({...node, value: node.value.slice(skip)})
        skip = 0
      } else if ('children' in node) {
        result.push({...node, children: slice(node.children)} as Inline)
      } else {
        result.push(node)
        skip = 0
      }
    }
    return result
  }
  return slice(nodes)
}
