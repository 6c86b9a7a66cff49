/**
 * The cue state machine: walks the repaired mdast once, in document order,
 * and fills drafts of the seminar and its ateliers. Headings do not nest in
 * mdast, and their depth in real minutes says little, so structure comes
 * from cues (src/cues.ts), not from depth: an atelier lasts until the next
 * atelier, a section until the next section.
 */
import type {Heading, RootContent, Table as MdastTable} from 'mdast'
import type {VFile} from 'vfile'
import {toString} from 'mdast-util-to-string'
import {excerpt, inform, warn} from '../diagnostics.js'
import {type AttendanceCue, type SectionCue, isAgendaHeading, isDateLabel, isPlaceLabel, matchAtelier, matchAttendanceLabel, matchFacilitators, matchLabelledLine, matchSection} from '../cues.js'
import type {Language} from '../languages/index.js'
import type {Block, Facilitator, HeadCount, Inline, Position, RoleHolder, Table} from '../types.js'
import {type AttendanceDraft, attendanceFromList, attendanceFromTable, fromPeopleLine, type PeopleLine, readPeopleLine, splitLabelRun, withGroup} from './attendance.js'
import {type BlockContext, positionOf, toBlocks} from './blocks.js'
import {looksLikeImpossibleDate, type NumericReading} from './dates.js'
import {parseFacilitators} from './facilitators.js'
import type {Facts} from './front-matter.js'
import {type Definitions, toInlines} from './inline.js'
import {phrasingLines, type MeetingDate} from './meeting-date.js'
import {readHeadLine} from './metadata.js'
import {cueText, isAnnouncement, isPlainLine, isSectionTitle, isWrapped, italicContent} from './nodes.js'
import {agendaItems, labelledItem} from './agenda.js'
import {looksLikeParticipantsTable, participantFromPerson, readStatusLegend, type StatusLegend} from './participants.js'
import {readAttendanceSentence, readNames} from './people.js'
import type {TitleChoice} from './title.js'
import {isUnseen} from '../text/unseen-nodes.js'

/** A section being filled. */
export interface SectionDraft {
  number?: number
  label?: string
  marker?: string
  title: string
  prompt: Inline[][]
  blocks: Block[]
  position?: Position
  /** Depth of the heading that opened it; 0 for a bold paragraph. */
  depth: number
}

/** Something that holds attendance, sections and loose blocks: an atelier or the seminar itself. */
export interface ContainerDraft {
  intro: Block[]
  sections: SectionDraft[]
  attendance: AttendanceDraft[]
  roles: RoleHolder[]
}

/** An atelier being filled. */
export interface AtelierDraft extends ContainerDraft {
  number?: number
  title: string
  topic?: string
  round?: string
  question: Inline[][]
  facilitators: Facilitator[]
  facilitatorsText?: string
  position?: Position
}

/** What the walk needs besides the nodes. */
export interface WalkContext {
  readonly file: VFile
  readonly definitions: Definitions
  readonly language: Language
  readonly reading: NumericReading
  readonly title: TitleChoice
  readonly meetingDate?: MeetingDate
  /** Front matter gives the date: no line of the text is taken for it. */
  readonly dateFromFrontMatter: boolean
  /** Front matter was read (a `yaml` node left in the tree is malformed front matter). */
  readonly frontMatterRead: boolean
}

/** What the walk found. */
export interface WalkResult {
  readonly seminar: ContainerDraft
  readonly ateliers: AtelierDraft[]
  readonly facts: Facts
  readonly headCounts: readonly HeadCount[]
}

/** What the node just handled was, to read italic paragraphs that follow it. */
type Previous = 'atelier-title' | 'question' | 'section-title' | 'prompt' | 'attendance' | 'other'

/** A title over attendance ("## Attendance", "Présents :") and what was taken under it. */
interface UnderAttendance {
  readonly label: string
  readonly cue: AttendanceCue
  readonly node: RootContent
  taken: number
  /** The group a bold line over the next list names ("**Vorsitz**"), and that line. */
  group?: string
  groupNode?: RootContent
}

export function walk(nodes: readonly RootContent[], context: WalkContext): WalkResult {
  const {file, language, reading, title, meetingDate} = context
  const blockContext: BlockContext = {file, definitions: context.definitions}
  const seminar: ContainerDraft = {intro: [], sections: [], attendance: [], roles: []}
  const ateliers: AtelierDraft[] = []
  const facts: Facts = {}
  const headCounts: HeadCount[] = []
  const above = headingsAboveTitle(nodes, title)
  const flat = ranksSayNothing(nodes, title, above)
  // Where ranks say nothing, the heading under the title is a section like the others.
  const titleLines = flat ? above : new Set([...above, ...subtitleOf(nodes, title)])
  let previous: Previous = 'other'
  let under: UnderAttendance | undefined
  const rounds = roundTitles(nodes, title.node)
  const agenda = agendaItems(nodes)
  // The title of the round of ateliers the next atelier opens.
  let round: string | undefined
  // "## Date" over the date line: the label goes with the line when the title block takes it.
  let factLabel: RootContent | undefined

  const container = (): ContainerDraft => ateliers.at(-1) ?? seminar
  const currentSection = (): SectionDraft | undefined => container().sections.at(-1)
  const inHead = () => ateliers.length === 0 && seminar.sections.length === 0
  const addBlocks = (blocks: Block[]) => {
    const section = currentSection()
    if (section) section.blocks.push(...blocks)
    else container().intro.push(...blocks)
  }
  // A table or list may be looked at as attendance before it is kept as
  // content: each node is converted once.
  const converted = new WeakMap<RootContent, Block[]>()
  const blocksOf = (node: RootContent): Block[] => {
    let blocks = converted.get(node)
    if (!blocks) converted.set(node, (blocks = toBlocks(node, blockContext)))
    return blocks
  }
  const addNode = (node: RootContent) => addBlocks(blocksOf(node))
  const addAttendance = (draft: AttendanceDraft, titleLabel?: string) =>
    container().attendance.push(titleLabel !== undefined && draft.label !== titleLabel ? {...draft, title: titleLabel} : draft)

  /**
   * Opens a section at a numbered title, or at any heading not deeper than
   * the section it would otherwise fall into. Whether it did.
   */
  const openSection = (node: RootContent, text: string | undefined): boolean => {
    const sectionCue = text === undefined ? undefined : isSectionTitle(node) ? matchSection(text) : agendaLine(node, text)
    const depth = node.type === 'heading' ? node.depth : 0
    const section = currentSection()
    if (!sectionCue && !(node.type === 'heading' && (flat || !(section && depth > section.depth)))) return false
    // "## Ordre du jour" over the list of items: it announces the sections, it is not one of them.
    if (!sectionCue && isAgendaHeading(text ?? '')) return false
    // "# Consulta dei Giovani" then "## Verbale della seduta ordinaria": lines of the title block.
    if (!sectionCue && titleLines.has(node)) return false
    pushSection(sectionCue ?? {title: text!.replace(/\s*:\s*$/, '')}, depth, node)
    return true
  }

  /** Starts a section in the current container: its number as written, its title, the depth of what opened it. */
  const pushSection = (cue: Partial<SectionCue> & {readonly title: string}, depth: number, node: RootContent) => {
    container().sections.push({
      ...(cue.number === undefined ? {} : {number: cue.number}),
      ...(cue.label ? {label: cue.label} : {}),
      ...(cue.marker ? {marker: cue.marker} : {}),
      title: cue.title,
      prompt: [],
      blocks: [],
      depth,
      ...positionOf(node),
    })
  }

  /** Takes what stands under an attendance title: a table, a list, lines of names or of groups. Whether it did. */
  const takeUnder = (node: RootContent, state: UnderAttendance, legend: StatusLegend | undefined, next: RootContent | undefined): boolean => {
    if (node.type === 'table') {
      const table = blocksOf(node)[0] as Table
      const hasHeader = (node.data as {hasHeader?: boolean} | undefined)?.hasHeader !== false
      addAttendance(attendanceFromTable(table, state.cue, state.label, hasHeader, file, legend))
      return true
    }
    if (node.type === 'list') {
      const block = blocksOf(node)[0]
      const group = state.group
      const groupNode = state.groupNode
      state.group = undefined
      state.groupNode = undefined
      const read = block?.type === 'list' ? attendanceFromList(block, state.cue, group ?? state.label) : undefined
      if (!read) {
        // The group's title goes back to the minutes with its list.
        if (groupNode) addNode(groupNode)
        return false
      }
      for (const draft of read.attendance) addAttendance(group === undefined ? draft : withGroup(draft, group), state.label)
      container().roles.push(...read.roles)
      if (block?.type === 'list') keepItems(block, read.unnamed)
      return true
    }
    if (node.type !== 'paragraph') return false
    // "**Vorsitz**" over a list: the group of the people listed next.
    const text = cueText(node)
    if (next?.type === 'list' && isWrapped(node, 'strong') && isPlainLine(node) && isGroupTitle(text)) {
      state.group = text.replace(/\s*[:：]\s*$/u, '')
      state.groupNode = node
      return true
    }
    // "**Gäste**": another attendance title ends this one.
    if (isAttendanceTitle(node, text)) return false
    const lines = phrasingLines(node.children).flatMap(splitLabelRun)
    const read = lines.map((line) => {
      const people = readPeopleLine(line, state.cue)
      if (people) return people.kind === 'unreadable' || people.kind === 'count' ? undefined : fromPeopleLine(people, node.position)
      const names = readNames(line, true)
      return names ? fromPeopleLine({kind: 'attendance', label: state.label, status: state.cue.status, ...(state.cue.group ? {group: state.label} : {}), people: names}, node.position) : undefined
    })
    if (lines.length === 0 || read.some((entry) => entry === undefined)) return false
    for (const entry of read) takeRead(entry!, state.label, node)
    return true
  }

  /** Adds the attendance and roles a line gave; the unnamed people it counted stay as text where they stood. */
  const takeRead = (read: ReturnType<typeof fromPeopleLine>, titleLabel: string | undefined, node: RootContent) => {
    if (read.attendance) addAttendance(read.attendance, titleLabel)
    container().roles.push(...read.roles)
    if (read.unnamed) addBlocks([{type: 'paragraph', children: [{type: 'text', value: read.unnamed.join(', ')}], ...positionOf(node)}])
  }

  /** The items of a list that were not taken as people, kept as a list where it stood. */
  const keepItems = (list: Extract<Block, {type: 'list'}>, indices: readonly number[]) => {
    if (indices.length > 0) addBlocks([{...list, children: indices.map((index) => list.children[index]!)}])
  }

  /** Records a head count; its line stays in the minutes. */
  const countHead = (line: Extract<PeopleLine, {kind: 'count'}>, node: RootContent) => {
    headCounts.push({type: 'head-count', label: line.label, status: line.status, count: line.count, text: line.text, ...positionOf(node)})
  }

  /**
   * Lines "Présents : A, B", "Secrétaire de séance : C": every line of the
   * node (a paragraph, a heading, or each item of a list) about people. A
   * list may mix them with other labelled items ("Fecha: …"), which stay as
   * a list; a head count ("Anwesend: 31 Mitglieder") stays as written.
   * Whether it took the node.
   */
  const takePeopleLines = (node: RootContent): boolean => {
    if (node.type !== 'paragraph' && node.type !== 'heading' && node.type !== 'list') return false
    const lines =
      node.type === 'list'
        ? node.children.map((item) => (item.children.length === 1 && item.children[0]!.type === 'paragraph' ? phrasingLines(item.children[0].children).join(' ') : ''))
        : phrasingLines(node.children).flatMap(splitLabelRun)
    const read = lines.map((line) => readPeopleLine(line))
    if (lines.length === 0) return false
    const unreadable = read.findIndex((entry) => entry?.kind === 'unreadable')
    if (unreadable >= 0) {
      inform(file, 'attendance-not-understood', `\`${excerpt(lines[unreadable]!)}\` is not read as a list of names; kept as text`, node)
      if (node.type !== 'list') return false
    }
    const people = read.filter((entry) => entry?.kind === 'attendance' || entry?.kind === 'role')
    const counts = read.filter((entry) => entry?.kind === 'count')
    if (node.type === 'list') {
      // Every item about people, or people among other labelled items ("Fecha: …", "Lugar: …").
      const labelled = lines.every((line, index) => read[index] !== undefined || matchLabelledLine(line) !== undefined)
      if ((people.length === 0 && counts.length === 0) || !labelled) return false
      for (const entry of counts) countHead(entry as Extract<PeopleLine, {kind: 'count'}>, node)
      if (people.length === 0) return false
      for (const entry of people) takeRead(fromPeopleLine(entry as Extract<PeopleLine, {kind: 'attendance' | 'role'}>, node.position), undefined, node)
      const block = blocksOf(node)[0]
      if (block?.type === 'list') keepItems(block, read.flatMap((entry, index) => (entry?.kind === 'attendance' || entry?.kind === 'role' ? [] : [index])))
      return true
    }
    if (read.some((entry) => entry === undefined)) return false
    if (counts.length > 0) {
      // A head count's line stays as written; people on other lines of it are not taken.
      if (counts.length === read.length) for (const entry of counts) countHead(entry as Extract<PeopleLine, {kind: 'count'}>, node)
      return false
    }
    for (const entry of read) takeRead(fromPeopleLine(entry as Extract<PeopleLine, {kind: 'attendance' | 'role'}>, node.position), undefined, node)
    return true
  }

  /**
   * A table of two columns read as "label: value" lines ("| Dabei | @jkoch,
   * @mel.s |", "| Protokoll | @mel.s |"): the rows about people are taken,
   * the header and the other rows stay as a table where it stood. The header
   * is the columns' titles ("Rolle | Wer"), never people. Whether it took
   * the node.
   */
  const takeLabelTable = (node: MdastTable): boolean => {
    const [header, ...rows] = node.children
    if (!header || rows.length === 0 || !node.children.every((row) => row.children.length === 2)) return false
    const lines = rows.map((row) => `${toString(row.children[0]!).trim().replace(/\s*[:：]$/u, '')}: ${toString(row.children[1]!).trim()}`)
    const read = lines.map((line) => readPeopleLine(line))
    if (!read.some((entry) => entry?.kind === 'attendance')) return false
    const unreadable = read.findIndex((entry) => entry?.kind === 'unreadable' || entry?.kind === 'count')
    if (unreadable >= 0) {
      inform(file, 'attendance-not-understood', `\`${excerpt(lines[unreadable]!)}\` is not read as a list of names; kept as text`, node)
      return false
    }
    const table = blocksOf(node)[0] as Table
    rows.forEach((row, index) => {
      const entry = read[index]
      if (entry?.kind === 'attendance' || entry?.kind === 'role') takeRead(fromPeopleLine(entry, row.position), undefined, node)
    })
    addBlocks([{...table, children: table.children.filter((_, index) => index === 0 || read[index - 1] === undefined)}])
    return true
  }

  /** A head line: date, place, schedule. Whether the title block takes its place. */
  const takeHeadLine = (node: RootContent, text: string): boolean => {
    const head = readHeadLine(text, language, reading)
    if (!head) {
      if (looksLikeImpossibleDate(text)) warn(file, 'date-not-understood', `Could not read a date in \`${text}\`; expected e.g. "24 octobre 2019"`, node)
      return false
    }
    const isDateNode = meetingDate?.node === node && !context.dateFromFrontMatter
    if (isDateNode && meetingDate.keep && facts.date === undefined) {
      facts.date = meetingDate.found.iso
      facts.dateText = meetingDate.found.text
      return false
    }
    // A line with a date that is not the meeting's stays where it is.
    if (head.date && !isDateNode) return false
    if (isDateNode && head.date && facts.date === undefined) {
      // The date the search chose: a line may name another before it ("prévue le 2 octobre…, s'est tenue le 15 octobre").
      facts.date = meetingDate.found.iso
      facts.dateText = meetingDate.found.text
    }
    const placeFree = head.place !== undefined && facts.place === undefined
    const scheduleFree = head.schedule !== undefined && facts.schedule === undefined
    if (placeFree) facts.place = head.place
    if (scheduleFree) facts.schedule = head.schedule
    const takesAll = (!head.place || placeFree) && (!head.schedule || scheduleFree)
    return head.complete && takesAll
  }

  for (const [index, node] of nodes.entries()) {
    // Only a table has a legend under it; reading one for every block would scan each paragraph twice.
    const legend = node.type === 'table' ? legendAfter(nodes[index + 1]) : undefined
    let kind = previous
    previous = 'other'

    if (under) {
      const state = under
      if (takeUnder(node, state, legend, nodes[index + 1])) {
        state.taken++
        previous = 'attendance'
        continue
      }
      under = undefined
      if (state.taken === 0) {
        // "Participants" over prose: an ordinary title.
        if (openSection(state.node, state.label)) kind = 'section-title'
        else addNode(state.node)
      }
    }

    if (factLabel) {
      const label = factLabel
      factLabel = undefined
      const text = node.type === 'paragraph' ? cueText(node) : undefined
      if (text !== undefined && inHead() && isPlainLine(node as never) && takeHeadLine(node, text)) continue
      addNode(label)
    }

    if (node.type === 'yaml') {
      // Front matter is read before the walk; only malformed front matter
      // reaches here, kept as text so that nothing is lost.
      if (!context.frontMatterRead) addBlocks([{type: 'code', lang: 'yaml', value: node.value, ...positionOf(node)}])
      continue
    }
    if (node === title.node) continue
    if (title.debris.has(node) && node.type === 'heading') {
      // Stray front matter: its text as a paragraph, where it stood.
      addBlocks([{type: 'paragraph', children: toInlines(node.children, context.definitions), ...positionOf(node)}])
      continue
    }

    const text = node.type === 'heading' || node.type === 'paragraph' ? cueText(node) : undefined

    if (rounds.has(node)) {
      round = text
      continue
    }

    const atelierCue = text !== undefined && isAnnouncement(node, text) ? matchAtelier(text) : undefined
    if (atelierCue) {
      const opens = round
      round = undefined
      ateliers.push({
        ...(opens === undefined ? {} : {round: opens}),
        ...(atelierCue.number === undefined ? {} : {number: atelierCue.number}),
        title: text!.replace(/\s*:\s*$/, ''),
        ...(atelierCue.topic ? {topic: atelierCue.topic.replace(/\s*:\s*$/, '')} : {}),
        question: [],
        facilitators: [],
        intro: [],
        sections: [],
        attendance: [],
        roles: [],
        ...positionOf(node),
      })
      previous = 'atelier-title'
      continue
    }

    const italic = node.type === 'paragraph' ? italicContent(node, context.definitions) : undefined
    if (italic && (kind === 'atelier-title' || kind === 'question')) {
      ateliers.at(-1)!.question.push(italic)
      previous = 'question'
      continue
    }
    if (italic && (kind === 'section-title' || kind === 'prompt')) {
      currentSection()!.prompt.push(italic)
      previous = 'prompt'
      continue
    }

    const atelier = ateliers.at(-1)
    if (atelier && node.type === 'paragraph' && atelier.facilitatorsText === undefined) {
      const names = matchFacilitators(text!)
      if (names) {
        atelier.facilitators = parseFacilitators(names)
        atelier.facilitatorsText = text!
        continue
      }
    }

    if (text !== undefined && isAttendanceTitle(node, text)) {
      under = {label: text.replace(/\s*[:：]\s*$/u, ''), cue: matchAttendanceLabel(text)!, node, taken: 0}
      continue
    }
    if (takePeopleLines(node)) {
      previous = 'attendance'
      continue
    }
    // "Assiste l'assessore …, Dario Ferrante.": beside the lists, a sentence adds one attendee; it stays as written.
    if (kind === 'attendance' && node.type === 'paragraph') {
      const sentences = phrasingLines(node.children).flatMap((line) => readAttendanceSentence(line) ?? [])
      if (sentences.length > 0) {
        for (const {verb, person} of sentences) addAttendance({label: verb, status: 'present', participants: [participantFromPerson(person, 'present', undefined, node.position)], ...positionOf(node)})
        addNode(node)
        previous = 'attendance'
        continue
      }
    }
    if (node.type === 'table') {
      const table = blocksOf(node)[0] as Table
      const participants = looksLikeParticipantsTable(table, legend)
      if (!participants && takeLabelTable(node)) continue
      if (participants) {
        const hasHeader = (node as MdastTable & {data?: {hasHeader?: boolean}}).data?.hasHeader !== false
        addAttendance(attendanceFromTable(table, {status: 'present'}, undefined, hasHeader, file, legend))
        continue
      }
    }

    if (inHead() && text !== undefined && (node.type === 'heading' || isPlainLine(node as never))) {
      if (node.type === 'heading' && (isDateLabel(text) || isPlaceLabel(text))) {
        factLabel = node
        continue
      }
      if (takeHeadLine(node, text)) continue
      // A heading that gives the date among other words ("Meeting
      // Date/Time: …") stays as written, without opening a section.
      if (node.type === 'heading' && meetingDate?.node === node && !meetingDate.keep) {
        addNode(node)
        continue
      }
    }

    // "**Punto 1.** Il verbale… è approvato": the item's label opens its section, titled by the agenda.
    const item = node.type === 'paragraph' ? labelledItem(node, agenda) : undefined
    if (item) {
      pushSection({...item, title: agenda.get(item.number) ?? ''}, 0, node)
      addNode(node)
      previous = 'other'
      continue
    }

    if (openSection(node, text)) {
      previous = 'section-title'
      continue
    }

    if (node.type === 'html') inform(file, 'raw-html', `Raw HTML block \`${excerpt(node.value)}\` kept as text`, node)
    addNode(node)
  }
  if (under && under.taken === 0) addNode(under.node)
  if (factLabel) addNode(factLabel)
  return {seminar, ateliers, facts, headCounts}
}

/** The legend of a presence table's codes, when the node after the table is one ("*Legenda: P = presente, …*"). */
function legendAfter(node: RootContent | undefined): StatusLegend | undefined {
  if (node?.type !== 'paragraph') return undefined
  const text = toString(node).replace(/\s+/g, ' ').trim()
  return text.length <= 300 ? readStatusLegend(text) : undefined
}

/**
 * A line of its own that opens an agenda item with its word ("punto 1:
 * bilancio", "TOP 2 Kasse"): a section title written as a plain line, as
 * ateliers are announced. A bare "1. …" line is not: it is a sentence too often.
 */
function agendaLine(node: RootContent, text: string): ReturnType<typeof matchSection> {
  if (node.type !== 'paragraph' || !isPlainLine(node) || text.length > 80) return undefined
  const cue = matchSection(text)
  return cue?.label === undefined ? undefined : cue
}

/**
 * Whether the ranks of the headings say nothing of their nesting, as in
 * notes typed in a hurry: one heading two ranks or more below the one
 * before it ("# marché de noël" then "### tombola" then "## photos"), or
 * three or more headings each of its own rank ("# frühjahrskonzert",
 * "##kosten", "### neue mitglieder", "#### sonstiges"), none of them
 * numbered nor an atelier. Then every heading opens a section of its own.
 */
function ranksSayNothing(nodes: readonly RootContent[], title: TitleChoice | undefined, titleLines: ReadonlySet<RootContent>): boolean {
  const headings = nodes.filter((node): node is Heading => node.type === 'heading' && node !== title?.node && !titleLines.has(node))
  // Numbered sections and ateliers give the structure: then ranks below them are the author's nesting.
  if (!headings.every(isPlainHeading)) return false
  const depths = headings.map((heading) => heading.depth)
  if (depths.some((depth, index) => index > 0 && depth >= depths[index - 1]! + 2)) return true
  return depths.length >= 3 && new Set(depths).size === depths.length
}

/** A heading that may be a line of the title block: none that the extractor reads as a section, an atelier, attendance or the agenda. */
function isPlainHeading(node: RootContent | undefined): node is Heading {
  if (node?.type !== 'heading') return false
  const text = cueText(node)
  return !matchSection(text) && !matchAtelier(text) && matchAttendanceLabel(text) === undefined && !isAgendaHeading(text)
}

/**
 * The headings above a title heading chosen among the file's opening
 * headings ("# COMUNE DI …" over "## Verbale … del 27 maggio 2024"): lines
 * of the title block, kept as written, opening no section.
 */
function headingsAboveTitle(nodes: readonly RootContent[], title: TitleChoice | undefined): ReadonlySet<RootContent> {
  const titleNode = title?.node
  if (titleNode?.type !== 'heading') return new Set()
  const before = nodes.slice(0, nodes.indexOf(titleNode)).filter((node) => !isUnseen(node))
  return new Set(before.every(isPlainHeading) ? before : [])
}

/**
 * The heading right under the title, deeper than it, when sections follow
 * (deeper or in bold) and no later heading matches its rank ("# Consulta
 * Comunale dei Giovani" then "## Verbale della seduta ordinaria" over "###"
 * sections): the title's second line, kept as written, opening no section.
 * A heading that a later one matches ("## Introduction" among "##"
 * sections), or that no section follows ("## Topics" over a list), is a
 * section.
 */
function subtitleOf(nodes: readonly RootContent[], title: TitleChoice | undefined): Heading[] {
  const titleNode = title?.node
  if (titleNode?.type !== 'heading') return []
  const index = nodes.indexOf(titleNode)
  const next = nodes[index + 1]
  if (!isPlainHeading(next) || next.depth <= titleNode.depth) return []
  const after = nodes.slice(index + 2)
  const sectionsFollow = after.some((node) => node.type === 'heading' || (node.type === 'paragraph' && isSectionTitle(node) && matchSection(cueText(node)) !== undefined))
  return sectionsFollow && !after.some((node) => node.type === 'heading' && node.depth <= next.depth) ? [next] : []
}

/**
 * Headings that open a round of ateliers: an unnumbered heading below the
 * document's level (not the title, not `#`) whose next heading (or bold
 * announcement) is an atelier's, deeper than it ("## Après-midi : seconde
 * série d'ateliers" over "### Atelier 1 : …").
 */
function roundTitles(nodes: readonly RootContent[], titleNode: RootContent | undefined): Set<RootContent> {
  const titles = new Set<RootContent>()
  let candidate: Heading | undefined
  for (const node of nodes) {
    const isHeading = node.type === 'heading'
    const text = isHeading || node.type === 'paragraph' ? cueText(node) : undefined
    const atelier = text !== undefined && isAnnouncement(node, text) && matchAtelier(text) !== undefined
    if (atelier && candidate && (!isHeading || node.depth > candidate.depth)) titles.add(candidate)
    if (isHeading || atelier) {
      const eligible = isHeading && node !== titleNode && node.depth > 1 && !atelier && !matchSection(text!) && matchAttendanceLabel(text!) === undefined
      candidate = eligible ? node : undefined
    }
  }
  return titles
}

/** A group's title over a list of people: a few words, capitalized, no number ("Vorsitz", "Mitglieder", "Verwaltung"). */
function isGroupTitle(text: string): boolean {
  const label = text.replace(/\s*[:：]\s*$/u, '')
  return label.split(/\s+/).length <= 4 && /^\p{Lu}/u.test(label) && !/\d/.test(label) && matchAttendanceLabel(label) === undefined
}

/** A heading or a line that is an attendance label alone: "## Present", "**Excusés :**", "Liste des participants (16)". */
function isAttendanceTitle(node: RootContent, text: string): boolean {
  if (node.type !== 'heading' && node.type !== 'paragraph') return false
  if (node.type === 'paragraph' && !isPlainLine(node)) return false
  return text.split(/\s+/).length <= 6 && matchAttendanceLabel(text.replace(/\s*[:：]\s*$/u, '')) !== undefined
}
