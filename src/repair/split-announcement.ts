import type {Paragraph, PhrasingContent, Root, RootContent} from 'mdast'
import type {VFile} from 'vfile'
import {toString} from 'mdast-util-to-string'
import {matchAtelier} from '../cues.js'

/**
 * Minutes written in a rich editor often announce an atelier in one paragraph
 * of soft-broken lines: title, guiding question, facilitators
 * (`<b>Atelier 2 :</b>\n<i>Faut-il…</i>\nanimé par …`). CommonMark joins them
 * (a line ending inside a paragraph is a soft break, spec §6.13), so each line
 * becomes a paragraph of its own again when the first line is an atelier cue.
 */
export function splitAnnouncement(tree: Root, file: VFile): void {
  void file
  const children: RootContent[] = []
  for (const node of tree.children) {
    if (node.type === 'paragraph') {
      const lines = splitLines(node)
      if (lines.length > 1 && matchAtelier(toString(lines[0]!))) {
        children.push(...lines)
        continue
      }
    }
    children.push(node)
  }
  tree.children = children
}

/** The paragraph cut at each line ending that sits in a top-level text node. */
function splitLines(paragraph: Paragraph): Paragraph[] {
  const lines: PhrasingContent[][] = [[]]
  for (const child of paragraph.children) {
    if (child.type !== 'text' || !child.value.includes('\n')) {
      lines.at(-1)!.push(child)
      continue
    }
    const parts = child.value.split('\n')
    let offset = child.position?.start.offset
    let line = child.position?.start.line
    parts.forEach((part, index) => {
      if (index > 0) lines.push([])
      if (part !== '') {
        const column = index === 0 ? child.position?.start.column : 1
        const start = line === undefined || column === undefined ? undefined : {line, column, offset}
        const end =
          line === undefined || column === undefined
            ? undefined
            : {line, column: column + part.length, offset: offset === undefined ? undefined : offset + part.length}
        lines.at(-1)!.push({type: 'text', value: part, ...(start && end ? {position: {start, end}} : {})})
      }
      if (offset !== undefined) offset += part.length + 1
      if (line !== undefined) line++
    })
  }
  return lines
    .map(trimLine)
    .filter((line) => line.length > 0)
    .map((children) => ({
      type: 'paragraph',
      children,
      position: spanOf(children) ?? paragraph.position,
    }))
}

function trimLine(children: PhrasingContent[]): PhrasingContent[] {
  return children.filter((child) => !(child.type === 'text' && child.value.trim() === ''))
}

function spanOf(children: PhrasingContent[]): Paragraph['position'] {
  const start = children[0]?.position?.start
  const end = children.at(-1)?.position?.end
  return start && end ? {start, end} : undefined
}
