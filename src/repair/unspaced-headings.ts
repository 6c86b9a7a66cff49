import type {Heading, Paragraph, Root, RootContent, Text} from 'mdast'
import type {VFile} from 'vfile'
import {excerpt, inform} from '../diagnostics.js'
import {matchAtelier, matchSection} from '../cues.js'
import {isUnseen} from '../text/unseen-nodes.js'

/**
 * Hand-typed notes drop the space after the hashes: `#TOP 3: raumputz`,
 * `####Top4 verschiedenes`, `##3- COMPOST`. CommonMark reads such a line as
 * text (an ATX heading needs the space, spec §4.2), but its author meant a
 * heading. A paragraph's first line gets back its heading, of that depth,
 * with an info message, when the hashes are glued to a section or atelier
 * title ("TOP 3: …", "3- …", "Atelier 2 : …"), when there are two or more
 * of them before a word ("##kosten", "###merch": no tag is written so), or
 * when the file opens with it, words and no tag ("#band mtg 9 mar 2025").
 * `#hashtag` lines and anything else stay text.
 */
export function unspacedHeadings(tree: Root, file: VFile): void {
  const children: RootContent[] = []
  const opening = tree.children.find((node) => !isUnseen(node))
  for (const node of tree.children) {
    const split = node.type === 'paragraph' ? headingOf(node, node === opening) : undefined
    if (!split) {
      children.push(node)
      continue
    }
    inform(file, 'heading-without-space', `\`${excerpt(split.written)}\` read as a heading: a space after \`#\` makes it one in every Markdown reader`, split.heading)
    children.push(split.heading, ...(split.rest ? [split.rest] : []))
  }
  tree.children = children
}

function headingOf(paragraph: Paragraph, opensFile: boolean): {heading: Heading; rest?: Paragraph; written: string} | undefined {
  const first = paragraph.children[0]
  if (first?.type !== 'text') return undefined
  const match = /^(#{1,6})(?=[^\s#])([^\n]*)/.exec(first.value)
  if (!match) return undefined
  const lineEnd = match[0].length
  // The whole first line must be in this text node: no markup on a title line written this way.
  if (lineEnd === first.value.length && paragraph.children.length > 1) return undefined
  const title = match[2]!.trim()
  const hashes = match[1]!.length
  const isTitle =
    matchSection(title) !== undefined ||
    matchAtelier(title) !== undefined ||
    (hashes >= 2 && /^\p{L}/u.test(title)) ||
    (opensFile && /^\p{L}\S*\s+\S/u.test(title) && !/\s#/.test(title))
  if (!isTitle) return undefined
  const start = first.position?.start
  const at = (offset: number) =>
    start && start.offset !== undefined ? {line: start.line, column: start.column + offset, offset: start.offset + offset} : undefined
  const titleStart = at(match[1]!.length)
  const titleEnd = at(lineEnd)
  const text: Text = {type: 'text', value: title, ...(titleStart && titleEnd ? {position: {start: titleStart, end: titleEnd}} : {})}
  const heading: Heading = {type: 'heading', depth: match[1]!.length as Heading['depth'], children: [text], ...(start && titleEnd ? {position: {start, end: titleEnd}} : {})}
  const remaining = first.value.slice(lineEnd).replace(/^\n/, '')
  const restStart = start && start.offset !== undefined ? {line: start.line + 1, column: 1, offset: start.offset + lineEnd + 1} : undefined
  const rest: Paragraph = {
    type: 'paragraph',
    children: [
      // What followed the title line in its text node, from the next line on.
      ...(remaining === '' ? [] : [{type: 'text', value: remaining, ...(restStart && first.position ? {position: {start: restStart, end: first.position.end}} : {})} as Text]),
      ...paragraph.children.slice(1),
    ],
    ...(restStart && paragraph.position ? {position: {start: restStart, end: paragraph.position.end}} : {}),
  }
  if (rest.children.length === 0) return {heading, written: match[0]}
  return {heading, rest, written: match[0]}
}
