/**
 * The title a reader would pick: the first heading of the highest rank near
 * the top, or a fully bold first paragraph when no heading comes before it,
 * or else a short first line that reads as a title (with an info message).
 */
import type {Heading, RootContent} from 'mdast'
import type {VFile} from 'vfile'
import {excerpt, inform} from '../diagnostics.js'
import {isActionLabel, isDateLabel, isDecisionLabel, isPlaceLabel, isRoleLabel, matchAtelier, matchAttendanceLabel, matchFacilitators, matchLabelledLine, matchSection} from '../cues.js'
import {findDate} from './dates.js'
import {cueText, isWrapped} from './nodes.js'
import {isUnseen} from '../text/unseen-nodes.js'

/** The node chosen as title and its text, and the headings that were set aside as debris. */
export interface TitleChoice {
  readonly node?: RootContent
  readonly text?: string
  /** Setext headings that look like stray front matter: kept as paragraphs. */
  readonly debris: ReadonlySet<RootContent>
}

/** How many top-level blocks count as "near the top". */
const topBlocks = 12

/**
 * Chooses the title among the first blocks, before any atelier or numbered
 * section. A setext heading whose text looks like front-matter debris
 * ("tags: [notes]", "x---") is not a title: it stays content, with an info
 * message.
 */
export function chooseTitle(nodes: readonly RootContent[], file: VFile): TitleChoice {
  const source = String(file.value)
  const debris = new Set<RootContent>()
  const candidates: {node: Heading; text: string}[] = []
  let seen = 0
  for (const node of nodes) {
    if (isUnseen(node)) continue
    if (seen++ >= topBlocks) break
    if (node.type === 'paragraph' && candidates.length === 0 && seen === 1 && isWrapped(node, 'strong')) {
      const text = cueText(node)
      if (isTitleText(text) && text.length <= 200) return {node, text, debris}
    }
    if (node.type !== 'heading') continue
    const text = cueText(node)
    if (matchAtelier(text) || matchSection(text)) break
    if (!isTitleText(text)) continue
    if (isSetext(node, source) && looksLikeDebris(String(node.children.map((child) => ('value' in child ? child.value : '')).join('')))) {
      inform(file, 'heading-not-title', `Setext heading \`${excerpt(text)}\` looks like stray front matter, not a title; kept as text`, node)
      debris.add(node)
      continue
    }
    candidates.push({node, text})
  }
  const dated = datedOpeningHeading(nodes, candidates)
  if (dated) return {...dated, debris}
  let best: {node: Heading; text: string} | undefined
  for (const candidate of candidates) if (!best || candidate.node.depth < best.node.depth) best = candidate
  if (best) return {...best, debris}
  const first = nodes.find((node) => !isUnseen(node))
  if (first?.type === 'paragraph') {
    const text = cueText(first)
    if (looksLikeTitleLine(text, first, source)) {
      inform(file, 'title-from-first-line', `No heading names the minutes; the first line \`${excerpt(text)}\` is taken for the title`, first)
      return {node: first, text, debris}
    }
  }
  return {debris}
}

/**
 * Among the headings that open the file, before any other block, the first
 * that names the meeting with its date ("## orgarunde chor – 28.1.2025"
 * over a later "# frühjahrskonzert"; "## Verbale n. 4/2024 – seduta del 27
 * maggio 2024" under "# COMUNE DI …"): that is the title a reader sees,
 * whatever the ranks; the heading above it (an organization's name) stays
 * as written. A heading that is only a date ("## 12 June 2019") dates a log
 * of meetings, and a labelled one ("Meeting Date/Time: …") is a fact:
 * neither is the title.
 */
function datedOpeningHeading(nodes: readonly RootContent[], candidates: readonly {node: Heading; text: string}[]): {node: Heading; text: string} | undefined {
  for (const node of nodes) {
    if (isUnseen(node)) continue
    if (node.type !== 'heading') return undefined
    const candidate = candidates.find((entry) => entry.node === node)
    if (!candidate || matchLabelledLine(candidate.text)) continue
    const date = findDate(candidate.text, 'day-first')
    const words = date ? candidate.text.replace(date.text, ' ').split(/[^\p{L}]+/u).filter((word) => word.length > 1) : []
    if (words.length >= 2) return candidate
  }
  return undefined
}

/**
 * A first paragraph that a reader takes for the title although nothing marks
 * it: one short line, not a sentence (no closing full stop), not a labelled
 * fact ("Date : …", "Présents : …") nor an atelier or numbered section.
 */
function looksLikeTitleLine(text: string, node: RootContent, source: string): boolean {
  const start = node.position?.start.offset
  const end = node.position?.end.offset
  if (start === undefined || end === undefined || source.slice(start, end).trim().includes('\n')) return false
  // Only words: a link's address or an image would be lost in a title string.
  if (node.type !== 'paragraph' || !node.children.every((child) => child.type === 'text')) return false
  if (!isTitleText(text) || text.length > 120 || /[.,;:!?…]$/u.test(text) || !/\p{L}{2}/u.test(text)) return false
  if (matchAtelier(text) || matchSection(text) || matchFacilitators(text) !== undefined) return false
  const labelled = matchLabelledLine(text)
  if (!labelled) return true
  const {label} = labelled
  return !(isDateLabel(label) || isPlaceLabel(label) || isRoleLabel(label) || matchAttendanceLabel(label) !== undefined || isDecisionLabel(label) || isActionLabel(label))
}

/** Text that can name minutes: not empty, not an attendance label ("Présents", "Attendees"). */
function isTitleText(text: string): boolean {
  return text !== '' && matchAttendanceLabel(text) === undefined
}

/** A heading underlined with `===` or `---` rather than opened with `#`. */
function isSetext(node: Heading, source: string): boolean {
  const offset = node.position?.start.offset
  return offset !== undefined && !/^ {0,3}#/.test(source.slice(offset, offset + 10))
}

/**
 * Lines a YAML block leaves when its opening `---` is missing or mangled:
 * lower-case `key: value` pairs, or dashes glued to letters ("x---").
 */
function looksLikeDebris(text: string): boolean {
  return text.split('\n').some((line) => /^\s*[a-z_][a-z\d_-]*\s*:(?:\s|$)/.test(line) || /^[\w-]*-{3,}[\w-]*$/.test(line.trim()))
}
