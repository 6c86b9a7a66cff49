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
import {VFile} from 'vfile'
import {excerpt, inform} from '../diagnostics.js'
import {
  actionColumnOf,
  findDuePhrase,
  findDueStarts,
  findVote,
  isActionHeading,
  isActionLabel,
  isCivility,
  isDateLabel,
  isDecisionHeading,
  isDecisionLabel,
  isDecisionSummary,
  isDoneWord,
  isOwnerFunction,
  isPlaceLabel,
  isRoleLabel,
  matchAttendanceLabel,
  matchLabelledLine,
  matchOwnerLink,
  recordsAction,
  recordsDecision,
  saysCommitment,
  saysUndecided,
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
  Participant,
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
  // The actions the minutes give by their cues, read first without
  // promises in sentences: a sentence that restates one of them ("Uwe stellt
  // den Förderantrag bis zum 15.03." over a Wer/Was table) is not listed twice.
  const explicit = visitAll(input, {file: new VFile(), reading, people, date: input.date, decisions: [], actions: []}).actions
  return visitAll(input, {file, reading, people, date: input.date, decisions: [], actions: [], explicit})
}

/** Visits every part of the seminar, in document order. */
function visitAll(input: RegisterInput, context: Context): Registers {
  const {decisions, actions} = context
  const sectionsOf = (sections: readonly Section[], atelier?: string) =>
    sections.map((section) => {
      const where: RegisterPlace = {...(atelier ? {atelier} : {}), section: section.id}
      const group = isDecisionHeading(section.title) ? 'decision' : isActionHeading(section.title) ? 'action' : undefined
      const inSummary: Context = isDecisionSummary(section.title) ? {...context, summary: true} : context
      return {...section, blocks: visitBlocks(section.blocks, where, group, inSummary)}
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
  /** The actions found by their cues alone; absent on that first reading, which takes no promises. */
  readonly explicit?: readonly Action[]
  /** Under a summary of decisions ("Relevé de décisions"): an item restating an earlier decision is none. */
  readonly summary?: true
}

/**
 * Visits a run of blocks: a heading or a label alone over decisions or
 * actions makes the items after it entries, until the next heading of its
 * depth or above (or the next label alone).
 */
function visitBlocks(blocks: readonly Block[], where: RegisterPlace, sectionGroup: Kind | undefined, context: Context): Block[] {
  let heading: {kind: Kind | undefined; depth: number} | undefined
  let labelGroup: Kind | undefined
  // A group's table or list gave its entries: the paragraphs after it
  // (a signature, "Se levanta la sesión") are entries only by their own cues.
  let groupDone = false
  // The decision just read, which a vote line after it completes ("*Abstimmungsergebnis:* einstimmig").
  let lastDecision: number | undefined
  /** Reads one paragraph (or one line of one) as an entry; a vote line after a decision goes with it. */
  const read = (paragraph: Extract<Block, {type: 'paragraph'}>, children: readonly Inline[], group: Kind | undefined): Block => {
    const withChildren = {...paragraph, children}
    if (lastDecision !== undefined && isVoteLine(inlineText(children))) {
      attachVote(context, lastDecision, inlineText(children))
      return withChildren
    }
    const mark = readEntry(children, undefined, group, where, paragraph.position, context)
    lastDecision = mark?.kind === 'decision' ? context.decisions.length - 1 : undefined
    return mark ? {...withChildren, mark} : withChildren
  }
  // "**Beschluss:**" alone on its line: the block after it is the entry.
  let pending: Kind | undefined
  return blocks.flatMap((block): Block[] => {
    const group = pending ?? (groupDone ? undefined : (labelGroup ?? heading?.kind ?? sectionGroup))
    pending = undefined
    if (block.type !== 'paragraph') lastDecision = undefined
    switch (block.type) {
      case 'heading': {
        const text = inlineText(block.children).trim()
        const kind = headingKind(text)
        if (kind || !heading || block.depth <= heading.depth) heading = {kind, depth: block.depth}
        labelGroup = undefined
        groupDone = false
        return [block]
      }
      case 'paragraph': {
        const text = inlineText(block.children).trim()
        const alone = headingKind(text.replace(/\s*[:：]\s*$/u, ''))
        if (alone && text.split(/\s+/).length <= 5) {
          labelGroup = alone
          groupDone = false
          lastDecision = undefined
          return [block]
        }
        const label = text.replace(/\s*[:：]\s*$/u, '')
        if (text !== label && label.split(/\s+/).length <= 3 && (isDecisionLabel(label) || isActionLabel(label))) {
          pending = isDecisionLabel(label) ? 'decision' : 'action'
          lastDecision = undefined
          return [block]
        }
        // Under "Suites", lines of one paragraph are one entry each
        // ("Marcel : …⏎Ginette : …"); elsewhere too when a line is an
        // entry of its own ("Diskussion …⏎Man einigt sich auf …").
        const lines = inlineLines(block.children)
        if (lines.length > 1 && (group || lines.some((line) => probeEntry(line, context)))) return lines.map((children) => read(block, children, group))
        return [read(block, block.children, group)]
      }
      case 'list':
        if (group) groupDone = true
        return [{...block, children: block.children.map((item) => visitItem(item, group, where, context))}]
      case 'table': {
        const table = visitTable(block, where, context) ?? (group === 'action' ? visitHeaderlessTable(block, where, context) : undefined)
        if (table && group) groupDone = true
        return [table ?? block]
      }
      case 'blockquote':
        return [{...block, children: visitBlocks(block.children, where, group, context)}]
      default:
        return [block]
    }
  })
}

/** Whether a line would be an entry of its own, read without a group (nothing is recorded). */
function probeEntry(line: readonly Inline[], context: Context): boolean {
  const probe: Context = {...context, file: new VFile(), decisions: [], actions: []}
  return readEntry(line, undefined, undefined, {}, undefined, probe) !== undefined
}

/** A line that only gives a vote's result: "*Abstimmungsergebnis:* 5 Ja-Stimmen, 0 Nein-Stimmen", "Einstimmig.", "(4 in favour, 1 abstention)". */
function isVoteLine(text: string): boolean {
  const vote = findVote(text)
  if (!vote) return false
  const labelled = matchLabelledLine(text)
  const rest = (labelled && labelled.label.split(/\s+/).length <= 2 ? labelled.value : text).replace(vote.text, ' ')
  return rest.replace(/[\s.,;:()[\]*_—–-]+/gu, '').length <= 3
}

/** Gives the decision read just before a vote line the vote, when it has none. */
function attachVote(context: Context, index: number, text: string): void {
  const decision = context.decisions[index]!
  const vote = voteOf(text)
  if (decision.vote || !vote) return
  context.decisions[index] = {...decision, vote}
}

/** Inline content cut at its line endings and hard breaks, empty lines left out. */
function inlineLines(nodes: readonly Inline[]): Inline[][] {
  const lines: Inline[][] = [[]]
  for (const node of nodes) {
    if (node.type === 'break') lines.push([])
    else if (node.type === 'text' && node.value.includes('\n')) {
      node.value.split('\n').forEach((part, index) => {
        if (index > 0) lines.push([])
        if (part !== '') lines.at(-1)!.push({type: 'text', value: part})
      })
    } else lines.at(-1)!.push(node)
  }
  return lines.map(trimInlines).filter((line) => inlineText(line).trim() !== '')
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
  // The label is found in the text as the inlines hold it, to cut them after it;
  // "Agreed — rehearsal on staging…" has a dash where a colon would be.
  const labelled = matchLabelledLine(raw) ?? matchDashLabel(raw) ?? matchCapitalLabel(raw)
  const label = labelled && (isDecisionLabel(labelled.label) ? 'decision' : isActionLabel(labelled.label) ? 'action' : undefined)
  // "Prochaine réunion : …", "Contact : …", "Date : …": not entries, whatever heading they stand under.
  if (!label && checked === undefined && (isOtherLine(text) || (labelled !== undefined && isFactLabel(labelled.label)))) return undefined
  const vote = findVote(text)
  const recorded = Boolean(vote) || recordsDecision(text) || labelInside(text)
  // "Toñi pedirá tres presupuestos antes del 31 de octubre": a person of the meeting who says they will do something.
  const promised = !label && !group && checked === undefined && !recorded && context.explicit ? promisedAction(text, context) : undefined
  const promise = promised && !restates(promised.sentence, promised.owner, context) ? promised : undefined
  let kind: Kind | undefined =
    checked !== undefined ? 'action' : (label ?? group ?? (recorded ? 'decision' : recordsAction(text) || promise ? 'action' : undefined))
  if (!kind) return undefined
  // "Pas de consensus, à reprendre" under "Conclusions": nothing was decided. After a
  // label ("**Conclusion :** pas de consensus sur l'outil, …") it must open the entry:
  // "Decision: accept the offer for one year, revisit in Feb 2022" decides.
  const undecidedText = label ? (raw.slice(labelled!.valueIndex).split(/[,;—–]/u)[0] ?? '') : text
  if (kind === 'decision' && !recorded && saysUndecided(undecidedText)) return undefined
  // Under "Conclusion/Resolution", "Sofia to circulate the wordings" is an action.
  if (kind === 'decision' && !label && !recorded && ownersOf(text, context, true).length > 0) kind = 'action'
  const body = label ? trimInlines(sliceInlines(inlines, labelled!.valueIndex)) : trimInlines(inlines)
  const bodyText = inlineText(body).replace(/\s+/g, ' ').trim()
  if (bodyText === '' || isNothing(bodyText)) return undefined
  if (kind === 'decision') {
    // "Relevé de décisions" repeating "Le compte rendu est approuvé…": listed once, where it was decided.
    if (context.summary && !label && context.decisions.some((decision) => sharesWords(inlineText(decision.children), bodyText))) return undefined
    const id = `decision-${context.decisions.length + 1}`
    const vote = voteOf(bodyText)
    context.decisions.push({type: 'decision', id, children: body, where, ...(vote ? {vote} : {}), ...(position ? {position} : {})})
    return {kind, id}
  }
  const id = `action-${context.actions.length + 1}`
  // A promise in a sentence: its person, and its deadline ("… entro fine mese"), not another sentence's date.
  const owners = promise ? [promise.owner] : ownersOf(bodyText, context)
  const due = dueOf(promise ? promise.sentence : bodyText, context)
  const status = checked === true || saysDone(bodyText) ? 'done' : 'open'
  if (owners.length === 0) inform(context.file, 'action-owner-missing', `Action \`${excerpt(bodyText)}\` names no owner`, position)
  context.actions.push({type: 'action', id, children: body, owners, ...(due ? {due} : {}), status, where, ...(position ? {position} : {})})
  return {kind, id}
}

const nothing = new Set(languages.flatMap((language) => language.notNames).concat(['aucune', 'aucune decision', 'no decision', 'no decisions', 'none', 'nothing', 'rien', 'neant', 'n/a', '-', '–', 'tbd']))

/** "Agreed — rehearsal on staging…": a cue label before a dash, as matchLabelledLine gives it for a colon. */
function matchDashLabel(text: string): {label: string; value: string; valueIndex: number} | undefined {
  const match = /^\s*([^\s—–-][^—–:]{0,30}?)\s+[—–-]\s+/u.exec(text)
  if (!match || !(isDecisionLabel(match[1]!) || isActionLabel(match[1]!))) return undefined
  return {label: match[1]!, value: text.slice(match[0].length), valueIndex: match[0].length}
}

/** Articles before a person's title or function at a sentence's start: "La Sra. Roig", "Il Geom. Lugli", "L'Assessore Cavazza". */
const leadingArticle = /^(?:la|il|lo|el|der|die|the|le|los|las|i|gli|l['’])\s*/iu

/**
 * A sentence opening a line with a person of the meeting who will do
 * something: their name (first name, whole name, or title and last name),
 * then a commitment or a future verb ("Ahmed si occupa di…", "Toñi
 * pedirá…"), or a verb and a deadline with its word ("Tommaso chiama
 * l'accordatore entro fine mese"). Reports ("Andrea begrüßt die
 * Anwesenden", "Luca informe que…", "Mei Lin: …") are none. The person, as
 * the attendance names them.
 */
function promisedAction(text: string, context: Context): Promise | undefined {
  // Each sentence of the line, and what follows a colon in it ("Il pianoforte va accordato: Tommaso chiama…").
  let rest = text
  while (rest.trim() !== '') {
    const sentence = firstSentence(rest)
    rest = rest.slice(sentence.length).trimStart()
    for (const part of [sentence, ...[...sentence.matchAll(/[:：]\s+(?=\p{Lu})/gu)].map((colon) => sentence.slice(colon.index + colon[0].length))]) {
      const owner = promiseIn(part, context)
      if (owner) return {owner, sentence: part}
    }
  }
  return undefined
}

/** A promise: who, and the sentence that says it. */
interface Promise {
  readonly owner: Owner
  readonly sentence: string
}

/** The person of the meeting (or the function) a sentence opens with, when they say they will do something. */
function promiseIn(sentence: string, context: Context): Owner | undefined {
  const bare = sentence.replace(leadingArticle, '')
  // "Der Ortsvorsteher sagt zu, …", "L'amministratore provvederà": a function, when it says so in words.
  const function_ = /^(\p{L}+(?:\s\p{L}+)?)\s+(.*)$/u.exec(bare)
  for (const words of function_ ? [function_[1]!.split(' ')[0]!, function_[1]!] : []) {
    const rest = bare.slice(words.length).trim()
    if (isOwnerFunction(words) && saysCommitment(rest) && !reportsThat.test(foldAccents(rest).toLowerCase())) return context.people.byFunction(words)
  }
  const words = bare.split(/\s+/)
  for (let skip = 0; skip <= 1; skip++) {
    for (let end = Math.min(words.length - 1, skip + 3); end > skip; end--) {
      // "Mei Lin: DNA extraction is ongoing…": a report under a name, however much of the name is known.
      if (words.slice(0, end + 1).some((word) => /[:：]$/u.test(word))) return undefined
      const written = words.slice(skip, end).join(' ')
      const head = written.replace(/[,:]$/, '')
      if (!/^[\p{Lu}@]/u.test(head)) continue
      const owner = context.people.owner(head)
      if (!owner.matched) continue
      const rest = words.slice(end).join(' ')
      // "Mei Lin: extraction is ongoing": a report under a name; "Luca informe que…": what someone says.
      if (written !== head || reportsThat.test(foldAccents(rest).toLowerCase())) return undefined
      // "Il Geom. Lugli precisa i tempi: gara entro luglio": a deadline after a colon is what was said, not promised.
      return saysCommitment(rest) || hasDeadline(rest.split(/[:：]/u)[0]!, context) ? owner : undefined
    }
  }
  return undefined
}

/**
 * Whether a promise in a sentence restates an action the minutes list: the
 * same owner, and the same due date or words in common (two of four
 * letters, or one of eight: "Förderantrag").
 */
function restates(text: string, owner: Owner, context: Context): boolean {
  const words = (value: string) => new Set(foldAccents(value).toLowerCase().match(/\p{L}{4,}/gu) ?? [])
  const own = words(text)
  const due = dueOf(text, context)?.date
  return (context.explicit ?? []).some((action) => {
    if (!action.owners.some((other) => other.name === owner.name)) return false
    if (due !== undefined && action.due?.date === due) return true
    const shared = [...words(inlineText(action.children))].filter((word) => own.has(word))
    return shared.length >= 2 || shared.some((word) => word.length >= 8)
  })
}

/** A text up to its first full stop; the dot of a title or an abbreviation ("La Sra. Roig", "Ing. Guidetti") is none. */
function firstSentence(text: string): string {
  for (const stop of text.matchAll(/[.!?;](?=\s|$)/gu)) {
    const word = /(\S+)$/u.exec(text.slice(0, stop.index))?.[1] ?? ''
    if (stop[0] === '.' && (isCivility(word) || /^\p{L}{1,3}$/u.test(word))) continue
    return text.slice(0, stop.index + 1)
  }
  return text
}

/** Whether two texts share two words of five letters or more ("compte rendu … approuvé"), or one of seven ("cotisation"). */
function sharesWords(a: string, b: string): boolean {
  const words = (value: string) => new Set(foldAccents(value).toLowerCase().match(/\p{L}{5,}/gu) ?? [])
  const first = words(a)
  const shared = [...words(b)].filter((word) => first.has(word))
  return shared.length >= 2 || shared.some((word) => word.length >= 7)
}

/** A verb of saying before what is said: "informe que", "ricorda che", "berichtet, dass", "notes that". */
const reportsThat = /^\S+(?:\s+\S+)?,?\s+(?:de\s+)?(?:que|qu['’]|che|dass|that)\b/u

/**
 * A deadline said with its words ("bis zum 15.03.", "entro fine mese",
 * "antes del 15 de abril", "by Friday"), not a span ("vom 29.07. bis
 * 03.08.") nor a date the sentence merely mentions.
 */
function hasDeadline(text: string, context: Context): boolean {
  if (/\d\.?\s*(?:bis|al|to|-|–)\s*\d/u.test(text)) return false
  return findDueStarts(text).some((start) => {
    const after = text.slice(start.index + start.length)
    return findDateAfter(after.slice(0, 40), context.date, context.reading) !== undefined || looksLikeWhen(after.slice(0, 30))
  })
}

/** "RESOLVED to approve…", "AGREED that…": a cue word in capitals opening the line, with no colon. */
function matchCapitalLabel(text: string): {label: string; value: string; valueIndex: number} | undefined {
  const match = /^\s*(\p{Lu}{4,})\s+(?=\S)/u.exec(text)
  if (!match || !(isDecisionLabel(match[1]!) || isActionLabel(match[1]!))) return undefined
  return {label: match[1]!, value: text.slice(match[0].length), valueIndex: match[0].length}
}

/** A decision label that opens a sentence inside a paragraph: "Nadia asks for a rehearsal. Agreed — rehearsal on Wednesday." */
function labelInside(text: string): boolean {
  for (const match of text.matchAll(/[.!?]\s+([\p{Lu}][\p{L} /]{1,30}?)\s*[:—–-]\s+\S/gu)) if (isDecisionLabel(match[1]!)) return true
  return false
}

const otherLine = new RegExp(
  `^(?:${[...new Set(languages.flatMap((language) => language.nextMeeting))].join('|')}|fin de (?:seance|reunion)|end of (?:meeting|call)|seance levee|meeting adjourned|adjourned|sitzungsende|ende der sitzung|fine (?:della )?(?:riunione|seduta)|fin de la (?:sesion|reunion)|se levanta la sesion)(?!\\p{L})`,
  'iu',
)

/** Lines about another meeting or the end of this one: "Prochaine réunion : …", "Next meeting: …", "Fin de séance : 22h". */
function isOtherLine(text: string): boolean {
  // Not "another meeting" at large: approving the last minutes is a decision of this one.
  return otherLine.test(foldAccents(text))
}

/** Labels of facts, not of entries: the date, the place, attendance, roles, a contact. */
function isFactLabel(label: string): boolean {
  return isDateLabel(label) || isPlaceLabel(label) || isRoleLabel(label) || matchAttendanceLabel(label) !== undefined || /^(?:contact|e-?mail|lien|link|url|site|horaires?|time|heure)s?$/iu.test(foldAccents(label).trim())
}

/**
 * "None", "Aucune", "N/A", "Aucune décision n'a été prise": under a heading
 * of decisions or actions, the words that say there were none.
 */
function isNothing(text: string): boolean {
  const folded = foldAccents(text).toLowerCase().replace(/^[(\[]+|[)\].!:]+$/g, '').trim()
  // "None this week — blocked on cost numbers": the word for none, a few words at most, then a break.
  if (nothing.has(folded) || /^(?:none|aucune?|rien|nothing|n\/a|neant|keine|nichts|nessun[ao]?|niente|ningun[ao]?|nada)(?!\s+(?:of|des?|du|der|di|del)\b)(?:\s+[^\s—–,;:(-]+){0,3}\s*(?:[—–,;:(-]|$)/u.test(folded)) return true
  return (
    /^(?:aucune?|none|no|nothing|rien|pas d[e'’]|keine|nessun[ao]?|ningun[ao]?|nada)\b/u.test(folded) &&
    /\b(?:decisions?|decide|resolutions?|actions?|votes?|taches?|beschlusse?|aufgaben|decision[ei]|azioni|compiti|decisiones|acuerdos?|acciones|tareas)\b|^\S+(?:\s\S+){0,2}$/u.test(folded)
  )
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
  return (first !== undefined && /^\p{Lu}+$|^[✓✔]$/u.test(first) && isDoneWord(first)) || (last !== undefined && isDoneWord(last) && /[([]|[—–/-]\s|[✓✔]$/u.test(text.slice(-last.length - 3)))
}

/**
 * The owners an action names at its start ("@jdoe to draft…", "Marie :
 * envoyer…", "Anne and Luc will…", "[Luc] …") or after an arrow at its end
 * ("… → Luc"). A single unknown word before a colon ("Budget : …") is not
 * an owner unless the attendance names such a person.
 */
function ownersOf(text: string, context: Context, linkedOnly = false): Owner[] {
  // Where owners stand, each with how sure its shape is: an owner link
  // ("to", "will"), brackets, a dash after a name and an arrow are cues of
  // their own; a colon or parentheses only when the names are known or
  // whole ("Marie Dupont : …").
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
  // "M. Fabre fera les virements…", "Anne et Luc : …": people of the meeting named first
  // (not when only a link would make a decision an action: "Francesca opened the meeting.").
  for (let end = linkedOnly ? 0 : Math.min(6, words.length - 1); end >= 1; end--) {
    const head = words.slice(0, end).join(' ').replace(/[,:;]$/, '')
    const named = readNames(head)
    if (named && named.every((person) => context.people.owner(person.handle ?? person.name).matched)) {
      candidates.push({text: head, strong: true})
      break
    }
  }
  // "Container bestellen – Renate – bis 30.03.", "locandina -> sara (entro il 10/3)":
  // a part between dashes or after an arrow that names people of the meeting,
  // before the words in front of a dash or an arrow are taken for a name.
  if (!linkedOnly) {
    for (const part of text.split(/\s+[—–-]\s+|\s*(?:→|->|=>)\s*/u).slice(1)) {
      const names = part.replace(/\s*\([^()]*\)\s*[.!]?$|,.*$/u, '').trim()
      const read = names === '' ? undefined : readNames(names)
      if (read && read.every((person) => context.people.owner(person.handle ?? person.name).matched)) {
        candidates.push({text: names, strong: true})
        break
      }
    }
  }
  // "Ollie -> review the PR": the owner before an arrow.
  const arrowFirst = /^([^→>]{1,40}?)\s*(?:→|->|=>)\s+\S/u.exec(text)
  if (arrowFirst) candidates.push({text: arrowFirst[1]!, strong: true})
  const dash = /^([^—–:]{1,60}?)\s+[—–-]\s+\S/u.exec(text)
  if (dash && dash[1]!.split(/\s+/).length <= 5) candidates.push({text: dash[1]!, strong: true})
  const labelled = matchLabelledLine(text)
  if (labelled) candidates.push({text: labelled.label, strong: false})
  if (linkedOnly) return pick(candidates, context, true)
  // "Lukas Perner verschickt …", "Herr Kühne prüft …": a whole name before a verb.
  const leading = /^((?:\p{Lu}[\p{L}.'’-]*\s+){1,3}\p{Lu}[\p{L}'’-]*)\s+\p{Ll}/u.exec(text)
  if (leading) candidates.push({text: leading[1]!, strong: false})
  const arrow = /(?:→|=>|->)\s*([^→]+?)\s*[.)]?$/u.exec(text)
  if (arrow) candidates.push({text: arrow[1]!, strong: true})
  const parenthesis = /\(([^()]+)\)\s*[.!]?$/u.exec(text)
  if (parenthesis) candidates.push({text: parenthesis[1]!, strong: false})
  return pick(candidates, context, false)
}

/**
 * The owners of the first candidate that reads as people and is sure
 * enough; with `sureOnly`, only names the meeting knows (or handles, or
 * whole names) count, whatever the cue.
 */
function pick(candidates: readonly {text: string; strong: boolean}[], context: Context, sureOnly: boolean): Owner[] {
  for (const candidate of candidates) {
    const names = readNames(candidate.text)?.map((person) => person.handle ?? person.name)
    if (!names) continue
    const owners = names.map((name) => context.people.owner(name))
    // Sure: people of the meeting, handles, or whole capitalized names ("Marie Dupont", not "this sprint").
    const sure = owners.every((owner) => owner.matched || (owner.name ?? '').startsWith('@') || /^\p{Lu}\S*(?:\s+\p{Lu}\S*)+$/u.test(owner.name ?? ''))
    if (sure || (candidate.strong && !sureOnly)) return owners
  }
  return []
}

/** "by 2024-03-01", "d'ici le 15 mars", "before next meeting": the due date as written, and as a date when it is one. */
function dueOf(text: string, context: Context): Due | undefined {
  const candidates = findDueStarts(text).flatMap((start) => {
    const clause = /^[^.;,)\]]*/.exec(text.slice(start.index))![0].trim()
    if (clause.length <= start.length - 1) return []
    const date = findDateAfter(clause.slice(start.length - 1), context.date, context.reading)
    // "by email", "pour la sortie": a word of time must follow, or a date.
    if (!date && !looksLikeWhen(clause.slice(start.length - 1))) return []
    return [{clause, date, weak: start.weak}]
  })
  // The one whose date comes right after its words ("avant le 30 septembre",
  // not "pour la sortie de mai avant le 30 septembre"); else the first that
  // is not a weak "pour la…".
  const dated = candidates.filter((candidate) => candidate.date).sort((a, b) => a.date!.index - b.date!.index)
  const chosen = dated[0] ?? candidates.find((candidate) => !candidate.weak)
  if (chosen) return {text: chosen.clause, ...(chosen.date ? {date: chosen.date.iso} : {})}
  // "(Jun 25)", "— 30 June", "(avant fin mars)": a date or a when at the end, in parentheses or after a dash.
  const tail = /(?:\(([^()]+)\)|\s[—–-]\s+([^—–]+?))\s*[.!]?$/u.exec(text)
  const end = tail ? (tail[1] ?? tail[2])!.trim() : undefined
  const endDate = end === undefined ? undefined : findDateAfter(end, context.date, context.reading)
  if (end !== undefined && endDate && endDate.index <= 2) return {text: end, date: endDate.iso}
  const phrase = findDuePhrase(text)
  if (phrase) {
    const date = findDateAfter(phrase.text, context.date, context.reading)
    return {text: phrase.text, ...(date ? {date: date.iso} : {})}
  }
  // A date after the meeting's, anywhere in the action: when it is to be done ("tenir le stand du 21 décembre").
  const inside = context.date === undefined ? undefined : findDateAfter(text, context.date, context.reading)
  if (inside && inside.iso > context.date!) return {text: inside.text, date: inside.iso}
  return undefined
}

const whenWords = new RegExp(
  `(?<![\\p{L}])(?:${[
    ...languages.flatMap((language) => [...language.weekdays, ...language.months.flat(), ...language.registers.whenWords]),
  ].join('|')})(?![\\p{L}])`,
  'iu',
)

/** Whether words say a time: a weekday, a month, "next meeting", "fin du mois". */
function looksLikeWhen(text: string): boolean {
  return whenWords.test(foldAccents(text)) || findDuePhrase(text) !== undefined
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
    // A due cell that says "erledigt" or "fait" is the action's status, not its deadline.
    const dueCell = cellText(row, due)
    const doneInDue = dueCell !== '' && isDoneWord(dueCell)
    const dueText = doneInDue ? '' : dueCell
    const date = dueText === '' ? undefined : findDateAfter(dueText, context.date, context.reading)
    const statusText = cellText(row, status)
    if (owners.length === 0) inform(context.file, 'action-owner-missing', `Action \`${excerpt(inlineText(body))}\` names no owner`, row.position)
    context.actions.push({
      type: 'action',
      id,
      children: body,
      owners,
      ...(dueText === '' ? {} : {due: {text: dueText, ...(date ? {date: date.iso} : {})}}),
      status: doneInDue || (statusText !== '' && isDoneWord(statusText)) ? 'done' : 'open',
      where,
      ...(row.position ? {position: row.position} : {}),
    })
    return {...row, mark: {kind: 'action', id}}
  })
  return {...table, children: [header, ...marked]}
}

/**
 * A table with no header under an actions title (tab-separated lines pasted
 * under "À faire :"): each row whose first cell names people of the meeting
 * is an action, its last cell the due date when it says one.
 */
function visitHeaderlessTable(table: Table, where: RegisterPlace, context: Context): Table | undefined {
  let found = false
  const rows = table.children.map((row): TableRow => {
    const cells = row.children.map((cell) => inlineText(cell.children).replace(/\s+/g, ' ').trim())
    if (cells.length < 2) return row
    const owners = readNames(cells[0]!)?.map((person) => context.people.owner(person.handle ?? person.name))
    if (!owners || !owners.every((owner) => owner.matched)) return row
    const last = cells.length > 2 ? cells.at(-1)! : ''
    const dueDate = last === '' ? undefined : findDateAfter(last, context.date, context.reading)
    const duePhrase = last === '' ? undefined : findDuePhrase(last)
    const hasDue = last !== '' && (dueDate !== undefined || duePhrase !== undefined || findDueStarts(last).length > 0)
    const whatCells = row.children.slice(1, hasDue ? -1 : undefined)
    const id = `action-${context.actions.length + 1}`
    context.actions.push({
      type: 'action',
      id,
      children: trimInlines(whatCells.flatMap((cell, index) => [...(index > 0 ? [{type: 'text' as const, value: ' '}] : []), ...cell.children])),
      owners,
      ...(hasDue ? {due: {text: last, ...(dueDate ? {date: dueDate.iso} : {})}} : {}),
      status: 'open',
      where,
      ...(row.position ? {position: row.position} : {}),
    })
    found = true
    return {...row, mark: {kind: 'action', id}}
  })
  return found ? {...table, children: rows} : undefined
}

/**
 * The people of the meeting, to match owners: by handle, by whole name in
 * either order, then by a first or last name that only one person has.
 */
class PeopleIndex {
  private readonly byKey = new Map<string, string | null>()
  /** Functions to the one person holding each: a role ("Clerk"), a role holder's label, a title before the name ("Ortsvorsteher Manfred Gerlach"). */
  private readonly byFunctionKey = new Map<string, string>()

  constructor(participants: readonly Participant[], roles: readonly RoleHolder[]) {
    for (const written of [...participants, ...roles]) {
      const name = written.name
      if (!name) continue
      // "Sr. Josep Miralles" is Josep to the minutes: titles are no part of the first name here.
      const firstName = withoutTitles(written.firstName)
      const person = {...written, name, firstName}
      const functions = [written.role, name.split(/\s+/)[0]].filter((value): value is string => value !== undefined && isOwnerFunction(value))
      for (const held of functions) {
        const key = organizationKey(held)
        if (!this.byFunctionKey.has(key)) this.byFunctionKey.set(key, name)
      }
      const keys = new Set([organizationKey(person.name)])
      // Initials and abbreviations the minutes gave in a column of their own ("Initiales", "Abbreviation").
      for (const field of 'fields' in person ? (person.fields ?? []) : []) {
        if (/initial|abbrev|sigle|trigram|acronym|short/iu.test(foldAccents(field.name))) keys.add(organizationKey(field.value))
      }
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
      // A nickname in quotes: Margaret "Peggy" Sullivan.
      for (const nickname of person.name.matchAll(/["“«]\s*([^"”»]+?)\s*["”»]/gu)) this.add(organizationKey(nickname[1]!), person.name, false)
      if (first) this.add(`@${first}`, person.name, false)
      if (last) this.add(`@${last}`, person.name, false)
      // Initials: "JP" for Jean-Pierre, "SB" for Sophie Bernard, "JMO" for Julien Moreau.
      const initials = initialsOf(person.firstName, person.lastName)
      for (const value of initials) this.add(value, person.name, false)
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

  /** The person who holds a function ("Ortsvorsteher Manfred Gerlach" for "Ortsvorsteher"), or the function as written. */
  byFunction(written: string): Owner {
    const key = organizationKey(written)
    const name = this.byFunctionKey.get(key)
    return name ? {name, written, matched: true} : {name: written, matched: false}
  }

  owner(written: string): Owner {
    const key = written.startsWith('@') ? written.toLowerCase() : organizationKey(written)
    // "M. Fabre" for the attendance's "Fabre".
    const [first, ...rest] = written.split(/\s+/)
    const withoutTitle = rest.length > 0 && isCivility(first!) ? organizationKey(rest.join(' ')) : undefined
    const name =
      this.byKey.get(key) ??
      (written.startsWith('@') ? this.byKey.get(`@${compact(written.slice(1))}`) : undefined) ??
      (withoutTitle === undefined ? undefined : this.byKey.get(withoutTitle))
    if (!name) return {name: written, matched: false}
    return name === written ? {name, matched: true} : {name, written, matched: true}
  }
}

/** A first name without the titles written before it: "Sr. D. Vicente" → "Vicente". */
function withoutTitles(firstName: string | undefined): string | undefined {
  if (firstName === undefined) return undefined
  const words = firstName.split(/\s+/)
  while (words.length > 1 && isCivility(words[0]!)) words.shift()
  return words.length === 1 && isCivility(words[0]!) ? undefined : words.join(' ')
}

/** The initials people sign with: first letters of each part of the first name, then of the last name ("jpb", "jp", "sb"). */
function initialsOf(firstName: string | undefined, lastName: string | undefined): string[] {
  if (!firstName || !lastName) return []
  const letters = (name: string) => foldAccents(name).toLowerCase().split(/[\s-]+/).filter(Boolean).map((part) => part[0]).join('')
  const first = letters(firstName)
  const last = letters(lastName)
  const lastTwo = foldAccents(lastName).toLowerCase().replace(/[^a-z]/g, '').slice(0, 2)
  return [...new Set([`${first}${last}`, `${first[0]}${last}`, `${first[0]}${lastTwo}`, first.length > 1 ? first : ''])].filter((value) => value.length >= 2)
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
