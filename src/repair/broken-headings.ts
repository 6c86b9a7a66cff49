import type {Heading, Paragraph, Root, RootContent} from 'mdast'
import type {VFile} from 'vfile'
import {matchSection} from '../cues.js'

/**
 * Hurried minutes drop the space after a heading's hashes: "##3- COMPOST",
 * "#TOP 3 Kasse", "####Top4". CommonMark reads such a line as a paragraph
 * (an ATX heading needs a space, spec §4.2), and the agenda item it opens is
 * lost. A paragraph's first line of hashes glued to a numbered title becomes
 * that heading again, the lines after it a paragraph; "#hashtag" lines are left alone, as they have no number.
 */
export function repairBrokenHeadings(tree: Root, file: VFile): void {
  void file
  tree.children = tree.children.flatMap((node): RootContent[] => {
    const text = node.type === 'paragraph' ? node.children[0] : undefined
    if (node.type !== 'paragraph' || text?.type !== 'text') return [node]
    const newline = text.value.indexOf('\n')
    const line = newline < 0 ? text.value : text.value.slice(0, newline)
    if (newline < 0 && node.children.length > 1) return [node]
    const match = /^(#{1,6})(?=[^\s#])(.+)$/u.exec(line)
    if (!match || !matchSection(match[2]!.trim())) return [node]
    const depth = match[1]!.length as Heading['depth']
    const start = text.position?.start
    const at = (column: number, offset: number) => start && {line: start.line, column: start.column + column, ...(start.offset === undefined ? {} : {offset: start.offset + offset})}
    const titleStart = at(depth, depth)
    const titleEnd = at(line.length, line.length)
    const heading: Heading = {
      type: 'heading',
      depth,
      children: [{type: 'text', value: match[2]!, ...(titleStart && titleEnd ? {position: {start: titleStart, end: titleEnd}} : {})}],
      ...(start && titleEnd ? {position: {start, end: titleEnd}} : {}),
    }
    if (newline < 0) return [heading]
    // The lines after it, which CommonMark had joined to it, stay a paragraph.
    const restStart = start && {line: start.line + 1, column: 1, ...(start.offset === undefined ? {} : {offset: start.offset + newline + 1})}
    const rest: Paragraph = {
      type: 'paragraph',
      children: [{type: 'text', value: text.value.slice(newline + 1), ...(restStart && text.position ? {position: {start: restStart, end: text.position.end}} : {})}, ...node.children.slice(1)],
      ...(restStart && node.position ? {position: {start: restStart, end: node.position.end}} : {}),
    }
    return [heading, rest]
  })
}
