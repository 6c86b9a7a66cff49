/**
 * The date of the meeting, looked for where minutes put it, in this order:
 * the title, a heading of its own, a labelled line ("Date :", "Date/Time:",
 * "Meeting date"), then the first lines. The first found wins; a date that
 * speaks of another meeting ("Prochaine réunion : …", "Next call") never
 * does. Front matter, read before, wins over all of them.
 */
import type {List, PhrasingContent, RootContent} from 'mdast'
import {isDateLabel, matchAtelier, matchLabelledLine, matchSection, meetingHeldEnds, mentionsOtherMeeting} from '../cues.js'
import {findDate, findTimes, type FoundDate, type NumericReading} from './dates.js'
import {cueText} from './nodes.js'
import type {TitleChoice} from './title.js'

/** Where the meeting date was read. */
export interface MeetingDate {
  readonly found: FoundDate
  /** The node it was read from. */
  readonly node: RootContent
  readonly from: 'title' | 'heading' | 'label' | 'line'
  /** The node stays as written even when the title block could take its place (one of several dated headings). */
  readonly keep?: true
}

/** How many top-level blocks the search looks at, and how many of them for a bare date in the first lines. */
const searchedBlocks = 40
const firstLinesBlocks = 15

/** A line of a block, with the node it belongs to. */
interface Line {
  readonly text: string
  readonly node: RootContent
  /** The heading just above, whose words may say it is another meeting's date. */
  readonly under?: string
}

export function findMeetingDate(nodes: readonly RootContent[], title: TitleChoice | undefined, reading: NumericReading): MeetingDate | undefined {
  if (title?.node && title.text !== undefined && !mentionsOtherMeeting(title.text)) {
    const found = findDate(title.text, reading)
    if (found) return {found, node: title.node, from: 'title'}
  }
  const lines: Line[] = []
  const headings: {text: string; node: RootContent}[] = []
  let heading: string | undefined
  let index = 0
  for (const node of nodes) {
    if (index++ >= searchedBlocks) break
    if (node === title?.node) continue
    if (node.type === 'heading') {
      const text = cueText(node)
      if (matchAtelier(text) || matchSection(text)) break
      headings.push({text, node})
      heading = text
      lines.push({text, node})
      continue
    }
    for (const text of blockLines(node)) lines.push({text, node, ...(heading ? {under: heading} : {})})
  }
  const usable = (line: Line) => !mentionsOtherMeeting(line.text) && !(line.under && mentionsOtherMeeting(line.under))

  // A heading of its own: "##### 12 June 2019", "## Jeudi 14 novembre 2019".
  // Several such headings make a log of meetings: the first one dates the
  // file, and each stays the heading of its part.
  const dated = headings.flatMap(({text, node}) => {
    const found = findDate(text, reading)
    return found && !mentionsOtherMeeting(text) && isDateAlone(text, found) ? [{found, node}] : []
  })
  if (dated.length > 0) return {found: dated[0]!.found, node: dated[0]!.node, from: 'heading', ...(dated.length > 1 ? {keep: true} : {})}
  // A labelled line, or a line under a "Date" heading.
  for (const line of lines) {
    if (!usable(line)) continue
    const labelled = matchLabelledLine(line.text)
    const value = labelled && isDateLabel(labelled.label) ? labelled.value : line.under && isDateLabel(line.under) ? line.text : undefined
    const found = value === undefined ? undefined : findDate(value, reading)
    if (found) return {found: {...found, index: found.index + (labelled && value === labelled.value ? labelled.valueIndex : 0)}, node: line.node, from: 'label'}
  }
  // The first lines: the date a sentence says the meeting was held on
  // ("…, la séance s'est tenue le mercredi 15 octobre 2025", which beats
  // the date first planned before it), else a date near the start of one
  // ("Le 3 mars 2021, le bureau s'est réuni…"), not one in the middle of a
  // paragraph's story.
  const early = new Set(nodes.slice(0, firstLinesBlocks))
  for (const line of lines) {
    if (!early.has(line.node) || !usable(line)) continue
    const held = heldDate(line.text.slice(0, 400), reading)
    if (held) return {found: held, node: line.node, from: 'line'}
    const found = findDate(line.text.slice(0, 200), reading)
    if (found && (line.text.length <= 120 || found.index <= 60)) return {found, node: line.node, from: 'line'}
  }
  return undefined
}

/** How far after the words that say the meeting took place its date may start ("se celebra en segunda convocatoria el jueves 3 de abril"). */
const heldDateReach = 40

/** The date right after words that say the meeting took place, in the same sentence. */
function heldDate(text: string, reading: NumericReading): FoundDate | undefined {
  for (const end of meetingHeldEnds(text)) {
    const found = findDate(text.slice(end, end + heldDateReach + 60), reading)
    if (!found || found.index > heldDateReach || /[.!?;]\s/.test(text.slice(end, end + found.index))) continue
    return {...found, index: end + found.index}
  }
  return undefined
}

/** Whether a heading is the date and little else (a weekday, times, a place after it). */
function isDateAlone(text: string, found: FoundDate): boolean {
  let rest = text.replace(found.text, ' ')
  const times = findTimes(rest)
  if (times) rest = rest.replace(times.text, ' ')
  return rest.replace(/[\s,;:–—\-|/()]+/g, ' ').trim().split(' ').filter(Boolean).length <= 3
}

/**
 * The text lines of a paragraph, of the first paragraphs of a list's items,
 * of a blockquote's paragraphs ("> 📅 2024-02-27 · 🕘 21:30"), and of a
 * table of two columns read as "label: value" ("| **Sitzungstermin** |
 * Montag, 11.11.2024 |").
 */
function blockLines(node: RootContent): string[] {
  if (node.type === 'paragraph') return phrasingLines(node.children)
  if (node.type === 'list') return (node as List).children.flatMap((item) => (item.children[0]?.type === 'paragraph' ? phrasingLines(item.children[0].children) : []))
  if (node.type === 'blockquote') return node.children.flatMap((child) => (child.type === 'paragraph' ? phrasingLines(child.children) : []))
  if (node.type === 'table' && node.children.every((row) => row.children.length === 2)) {
    return node.children.flatMap((row) => {
      const [label, value] = row.children.map((cell) => phrasingLines(cell.children).join(' '))
      return label && value ? [`${label.replace(/\s*[:：]$/u, '')}: ${value}`] : []
    })
  }
  return []
}

/** Phrasing content cut into lines at line endings and hard breaks, as text. */
export function phrasingLines(children: readonly PhrasingContent[]): string[] {
  const lines = ['']
  const visit = (nodes: readonly PhrasingContent[]) => {
    for (const child of nodes) {
      if (child.type === 'break') lines.push('')
      else if (child.type === 'text' || child.type === 'inlineCode') {
        const parts = child.value.split('\n')
        lines[lines.length - 1] += parts[0]!
        for (const part of parts.slice(1)) lines.push(part)
      } else if ('children' in child) visit(child.children as PhrasingContent[])
    }
  }
  visit(children)
  return lines.map((line) => line.replace(/\s+/g, ' ').trim()).filter((line) => line !== '')
}
