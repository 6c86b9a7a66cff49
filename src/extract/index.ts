import type {Definition, Paragraph as MdastParagraph, PhrasingContent, Root, RootContent} from 'mdast'
import type {VFile} from 'vfile'
import {toString} from 'mdast-util-to-string'
import {diagnosticsOf, excerpt, inform, warn} from '../diagnostics.js'
import type {FrontMatter} from '../read/front-matter.js'
import type {
  Atelier,
  Block,
  Facilitator,
  Inline,
  Participant,
  Place,
  Position,
  Schedule,
  Section,
  Seminar,
  Source,
  Table,
} from '../types.js'
import {type BlockContext, positionOf, toBlocks} from './blocks.js'
import {isParticipantsCue, matchAtelier, matchFacilitators, matchSection} from '../cues.js'
import {findDate, looksLikeDate} from './dates.js'
import {parseFacilitators} from './facilitators.js'
import {type Definitions, inlineText, normalizeLabel, toInlines, trimInlines} from './inline.js'
import {detectLanguage} from './language.js'
import {readHeadLine, toPlace} from './metadata.js'
import {looksLikeParticipantsTable, participantsFromList, participantsFromTable} from './participants.js'
import {slug, Slugger} from '../text/slug.js'
import {summarize} from './summary.js'

/** What extraction needs besides the tree. */
export interface ExtractOptions {
  readonly source: Source
  /** Front matter already read, or undefined when the file has none or it is malformed. */
  readonly frontMatter?: FrontMatter
  /** Language to use instead of the detected one. */
  readonly lang?: string
}

/** A section being filled. */
interface SectionDraft {
  number?: number
  title: string
  prompt: Inline[][]
  blocks: Block[]
  position?: Position
  /** Depth of the heading that opened it; 0 for a bold paragraph. */
  depth: number
}

/** Something that holds participants, sections and loose blocks: an atelier or the seminar itself. */
interface ContainerDraft {
  intro: Block[]
  sections: SectionDraft[]
  participants: Participant[]
  participantsLabel?: string
  participantsColumns?: string[]
}

/** An atelier being filled. */
interface AtelierDraft extends ContainerDraft {
  number?: number
  title: string
  topic?: string
  question: Inline[][]
  facilitators: Facilitator[]
  facilitatorsText?: string
  position?: Position
}

/** What the node just handled was, to read italic paragraphs that follow it. */
type Previous = 'atelier-title' | 'question' | 'section-title' | 'prompt' | 'other'

/**
 * Walks the repaired mdast once, in document order, and builds the seminar.
 * Headings do not nest in mdast, and their depth in real minutes says little,
 * so structure comes from cues (see cues.ts), not from depth: an atelier
 * lasts until the next atelier, a section until the next section.
 */
export function extract(tree: Root, file: VFile, options: ExtractOptions): Seminar {
  const definitions = collectDefinitions(tree)
  const context: BlockContext = {file, definitions}
  const frontMatter = options.frontMatter ?? {}
  const seminar: ContainerDraft = {intro: [], sections: [], participants: []}
  const ateliers: AtelierDraft[] = []
  let title: string | undefined = stringField(frontMatter, 'title', file)
  let date: string | undefined
  let dateText: string | undefined
  let place: Place | undefined
  let schedule: Schedule | undefined
  let previous: Previous = 'other'
  let pendingParticipants: {label: string; node: RootContent} | undefined

  const container = (): ContainerDraft => ateliers.at(-1) ?? seminar
  const currentSection = (): SectionDraft | undefined => container().sections.at(-1)
  const inHead = () => ateliers.length === 0 && seminar.sections.length === 0
  const addBlocks = (blocks: Block[]) => {
    const section = currentSection()
    if (section) section.blocks.push(...blocks)
    else container().intro.push(...blocks)
  }
  // A table or list may be looked at as participants before it is kept as
  // content: each node is converted once.
  const converted = new WeakMap<RootContent, Block[]>()
  const blocksOf = (node: RootContent): Block[] => {
    let blocks = converted.get(node)
    if (!blocks) converted.set(node, (blocks = toBlocks(node, context)))
    return blocks
  }
  const addNode = (node: RootContent) => addBlocks(blocksOf(node))

  /**
   * Opens a section at a numbered title, or at any heading not deeper than
   * the section it would otherwise fall into. Whether it did.
   */
  const openSection = (node: RootContent, text: string | undefined): boolean => {
    const sectionCue = text !== undefined && isSectionTitle(node) ? matchSection(text) : undefined
    const depth = node.type === 'heading' ? node.depth : 0
    const section = currentSection()
    if (!sectionCue && !(node.type === 'heading' && !(section && depth > section.depth))) return false
    container().sections.push({
      ...(sectionCue ? {number: sectionCue.number} : {}),
      title: sectionCue ? sectionCue.title : text!.replace(/\s*:\s*$/, ''),
      prompt: [],
      blocks: [],
      depth,
      ...positionOf(node),
    })
    return true
  }

  for (const node of tree.children) {
    let kind = previous
    previous = 'other'

    if (pendingParticipants) {
      const {label, node: labelNode} = pendingParticipants
      pendingParticipants = undefined
      if (takeParticipants(node, blocksOf, container(), label, file)) continue
      // "Participants" followed by prose, not a list: an ordinary title.
      if (openSection(labelNode, label)) kind = 'section-title'
      else addNode(labelNode)
    }

    if (node.type === 'yaml') {
      // Front matter is read before the walk; only malformed front matter
      // reaches here, kept as text so that nothing is lost.
      if (options.frontMatter === undefined) addBlocks([{type: 'code', lang: 'yaml', value: node.value, ...positionOf(node)}])
      continue
    }

    const text = node.type === 'heading' || node.type === 'paragraph' ? cueText(node) : undefined

    if (node.type === 'heading' && inHead() && title === undefined && !matchAtelier(text!)) {
      title = text!
      continue
    }

    const atelierCue = text !== undefined && isAnnouncement(node, text) ? matchAtelier(text) : undefined
    if (atelierCue) {
      ateliers.push({
        ...(atelierCue.number === undefined ? {} : {number: atelierCue.number}),
        title: text!.replace(/\s*:\s*$/, ''),
        ...(atelierCue.topic ? {topic: atelierCue.topic.replace(/\s*:\s*$/, '')} : {}),
        question: [],
        facilitators: [],
        intro: [],
        sections: [],
        participants: [],
        ...positionOf(node),
      })
      previous = 'atelier-title'
      continue
    }

    const italic = node.type === 'paragraph' ? italicContent(node, definitions) : undefined
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

    if (text !== undefined && isParticipantsCue(text) && container().participants.length === 0) {
      pendingParticipants = {label: text, node}
      continue
    }
    if (node.type === 'table' && container().participants.length === 0) {
      const table = blocksOf(node)[0] as Table
      if (looksLikeParticipantsTable(table) && takeParticipants(node, blocksOf, container(), undefined, file)) continue
    }

    if (openSection(node, text)) {
      previous = 'section-title'
      continue
    }

    if (inHead() && node.type === 'paragraph' && isPlainLine(node)) {
      const head = readHeadLine(text!)
      if (head && !(head.date && date) && !(head.place && place) && !(head.schedule && schedule)) {
        if (head.date) {
          date = head.date.iso
          dateText = head.date.text
        }
        if (head.place) place = head.place
        if (head.schedule) schedule = head.schedule
        continue
      }
      if (looksLikeDate(text!) && !date) {
        warn(file, 'date-not-understood', `Could not read a date in \`${text}\`; expected e.g. "24 octobre 2019"`, node)
      }
    }

    if (node.type === 'html') inform(file, 'raw-html', `Raw HTML block \`${excerpt(node.value)}\` kept as text`, node)
    addNode(node)
  }
  if (pendingParticipants) addNode(pendingParticipants.node)

  const metadata = applyFrontMatter(frontMatter, file, {date, dateText, place, schedule})
  if (title === undefined) warn(file, 'title-missing', 'No title: expected a first heading or a `title` in front matter')
  checkNumbers(ateliers, file)

  const atelierSlugs = new Slugger()
  const finishedAteliers = ateliers.map((draft) => finishAtelier(draft, atelierSlugs, file))
  const seminarSections = finishSections(seminar.sections, file)
  const lang =
    options.lang ?? stringField(frontMatter, 'lang', file) ?? detectLanguage(toString(tree))
  const meta = Object.fromEntries(
    Object.entries(frontMatter).filter(([key]) => !frontMatterFields.has(key)),
  )
  return {
    type: 'seminar',
    schemaVersion: 1,
    title: title ?? '',
    lang,
    ...metadata,
    meta,
    intro: seminar.intro,
    participants: seminar.participants,
    ...(seminar.participantsLabel === undefined ? {} : {participantsLabel: seminar.participantsLabel}),
    ...(seminar.participantsColumns === undefined ? {} : {participantsColumns: seminar.participantsColumns}),
    sections: seminarSections,
    ateliers: finishedAteliers,
    summary: summarize(finishedAteliers, seminar.participants, seminar.intro, seminarSections),
    source: options.source,
    diagnostics: diagnosticsOf(file),
  }
}

const frontMatterFields = new Set(['title', 'date', 'place', 'lang', 'schedule'])

/**
 * Reads a participants table or list into the container. Returns false
 * (and takes nothing) when the node is neither.
 */
function takeParticipants(
  node: RootContent,
  blocksOf: (node: RootContent) => Block[],
  container: ContainerDraft,
  label: string | undefined,
  file: VFile,
): boolean {
  if (node.type !== 'table' && node.type !== 'list') return false
  const block = blocksOf(node)[0]!
  if (block.type === 'table') {
    const data = node.data as {hasHeader?: boolean} | undefined
    container.participants = participantsFromTable(block, file)
    if (data?.hasHeader !== false) {
      container.participantsColumns = block.children[0]!.children.map((cell) => inlineText(cell.children))
    }
  } else if (block.type === 'list') {
    const participants = participantsFromList(block, file)
    if (!participants) return false
    container.participants = participants
  } else {
    return false
  }
  if (label !== undefined) container.participantsLabel = label
  return true
}

function finishAtelier(draft: AtelierDraft, slugs: Slugger, file: VFile): Atelier {
  if (draft.facilitators.length === 0) {
    warn(file, 'facilitators-missing', `\`${draft.title}\` names no facilitator; expected a line "animé par …"`, draft.position)
  }
  return {
    type: 'atelier',
    id: slugs.unique(draft.number === undefined ? slug(draft.title) : `atelier-${draft.number}`),
    ...(draft.number === undefined ? {} : {number: draft.number}),
    title: draft.title,
    ...(draft.topic ? {topic: draft.topic} : {}),
    question: draft.question,
    facilitators: draft.facilitators,
    ...(draft.facilitatorsText === undefined ? {} : {facilitatorsText: draft.facilitatorsText}),
    participants: draft.participants,
    ...(draft.participantsLabel === undefined ? {} : {participantsLabel: draft.participantsLabel}),
    ...(draft.participantsColumns === undefined ? {} : {participantsColumns: draft.participantsColumns}),
    intro: draft.intro,
    sections: finishSections(draft.sections, file),
    ...(draft.position ? {position: draft.position} : {}),
  }
}

function finishSections(drafts: SectionDraft[], file: VFile): Section[] {
  const slugs = new Slugger()
  let last: number | undefined
  return drafts.map((draft) => {
    if (draft.number !== undefined) {
      if (last !== undefined && draft.number <= last) {
        warn(file, 'section-number', `Section ${draft.number} comes after section ${last}; expected ${last + 1}`, draft.position)
      }
      last = draft.number
    }
    return {
      type: 'section',
      id: slugs.unique(draft.number === undefined ? slug(draft.title) : `section-${draft.number}`),
      ...(draft.number === undefined ? {} : {number: draft.number}),
      title: draft.title,
      prompt: draft.prompt,
      blocks: draft.blocks,
      ...(draft.position ? {position: draft.position} : {}),
    }
  })
}

function checkNumbers(ateliers: AtelierDraft[], file: VFile): void {
  let last: number | undefined
  for (const atelier of ateliers) {
    if (atelier.number === undefined) continue
    if (last !== undefined && atelier.number <= last) {
      warn(file, 'atelier-number', `\`${atelier.title}\` comes after atelier ${last}; expected ${last + 1}`, atelier.position)
    }
    last = atelier.number
  }
}

/** The text a cue is read from: the whole heading or paragraph, its emphasis unwrapped. */
function cueText(node: RootContent & {children: PhrasingContent[]}): string {
  return toString(node).replace(/\s+/g, ' ').trim()
}

/** An atelier is announced by a heading, a bold paragraph, or a short line of its own. */
function isAnnouncement(node: RootContent, text: string): boolean {
  if (node.type === 'heading') return true
  if (node.type !== 'paragraph') return false
  if (isWrapped(node, 'strong')) return true
  return isPlainLine(node) && text.length <= 120 && /^\S+\s+\S+\s*([:.\-–—)]|$)/u.test(text)
}

/** A section title is a heading or a paragraph that is all bold ("**5. Ressources**"). */
function isSectionTitle(node: RootContent): boolean {
  return node.type === 'heading' || (node.type === 'paragraph' && isWrapped(node, 'strong'))
}

/** Whether a paragraph's only content (white space aside) is one node of the given type. */
function isWrapped(node: MdastParagraph, type: 'strong' | 'emphasis'): boolean {
  const content = node.children.filter((child) => !(child.type === 'text' && child.value.trim() === ''))
  return content.length === 1 && content[0]!.type === type
}

/** A paragraph of one line of text (formatting allowed, no line break). */
function isPlainLine(node: MdastParagraph): boolean {
  return !toString(node).trim().includes('\n') && !node.children.some((child) => child.type === 'break')
}

/** The content of an all-italic paragraph (a guiding question or prompt), else undefined. */
function italicContent(node: MdastParagraph, definitions: Definitions): Inline[] | undefined {
  if (!isWrapped(node, 'emphasis')) return undefined
  const emphasis = node.children.find((child) => child.type === 'emphasis')!
  return trimInlines(toInlines(emphasis.children, definitions))
}

function collectDefinitions(tree: Root): Definitions {
  const definitions = new Map<string, Definition>()
  const visit = (node: {type: string; children?: unknown[]}) => {
    if (node.type === 'definition') {
      const definition = node as Definition
      const key = normalizeLabel(definition.identifier)
      if (!definitions.has(key)) definitions.set(key, definition)
    }
    if (Array.isArray(node.children)) for (const child of node.children) visit(child as typeof node)
  }
  visit(tree)
  return definitions
}

/** Front matter wins over what the title block said; wrong kinds are reported and ignored. */
function applyFrontMatter(
  frontMatter: FrontMatter,
  file: VFile,
  inferred: {date?: string; dateText?: string; place?: Place; schedule?: Schedule},
): {date?: string; dateText?: string; place?: Place; schedule?: Schedule} {
  let {date, dateText, place, schedule} = inferred
  const dateValue = stringField(frontMatter, 'date', file)
  if (dateValue !== undefined) {
    const found = findDate(dateValue)
    if (found) {
      date = found.iso
      dateText = dateValue
    } else {
      // Shown as written, so that the reports still say it.
      dateText = dateValue
      warn(file, 'date-not-understood', `Could not read front matter date \`${dateValue}\`; expected e.g. "2019-10-24"`)
    }
  }
  const placeValue = stringField(frontMatter, 'place', file)
  if (placeValue !== undefined) place = toPlace(placeValue)
  const scheduleValue = stringField(frontMatter, 'schedule', file)
  if (scheduleValue !== undefined) {
    const head = readHeadLine(scheduleValue)
    schedule = head?.schedule ?? {raw: scheduleValue}
  }
  return {
    ...(date === undefined ? {} : {date}),
    ...(dateText === undefined ? {} : {dateText}),
    ...(place === undefined ? {} : {place}),
    ...(schedule === undefined ? {} : {schedule}),
  }
}

function stringField(frontMatter: FrontMatter, key: string, file: VFile): string | undefined {
  const value = frontMatter[key]
  if (value === undefined || value === null) return undefined
  if (typeof value === 'string') return value.trim() === '' ? undefined : value.trim()
  if (typeof value === 'number') return String(value)
  if (value instanceof Date) return value.toISOString().slice(0, 10)
  warn(file, 'front-matter-field', `Front matter \`${key}\` should be text, not ${Array.isArray(value) ? 'a list' : typeof value}`)
  return undefined
}
