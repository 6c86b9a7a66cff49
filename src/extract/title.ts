/**
 * The title a reader would pick: the first heading of the highest rank near
 * the top, or a fully bold first paragraph when no heading comes before it.
 */
import type {Heading, RootContent} from 'mdast'
import type {VFile} from 'vfile'
import {excerpt, inform} from '../diagnostics.js'
import {matchAtelier, matchAttendanceLabel, matchSection} from '../cues.js'
import {cueText, isWrapped} from './nodes.js'

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
    if (node.type === 'yaml' || node.type === 'definition' || (node.type === 'html' && /^\s*<!--/.test(node.value))) continue
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
  let best: {node: Heading; text: string} | undefined
  for (const candidate of candidates) if (!best || candidate.node.depth < best.node.depth) best = candidate
  return best ? {...best, debris} : {debris}
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
