import type {Paragraph, PhrasingContent, Root, RootContent} from 'mdast'
import type {VFile} from 'vfile'
import {toString} from 'mdast-util-to-string'
import {isActionLabel, isDateLabel, isDecisionLabel, isPlaceLabel, isRoleLabel, matchAtelier, matchAttendanceLabel, matchLabelledLine, matchSection} from '../cues.js'

/**
 * Minutes written in a rich editor put several lines in one paragraph:
 * an atelier announced in soft-broken lines (`<b>Atelier 2 :</b>\n<i>Faut-il…</i>\nanimé par …`),
 * or labelled lines (`**Présents :** A, B  \n**Excusés :** C`, `Date : …\nLieu : …`,
 * `Validé : …`, `ACTION: …`).
 * CommonMark joins them (a line ending inside a paragraph is a soft break,
 * spec §6.13; two trailing spaces make a hard one, §6.12), so each line
 * becomes a paragraph of its own again: when the first line is an atelier
 * cue, or every line is bold, every line; when it titles a numbered section ("**2) Budget**",
 * "Punto 2. Presupuesto"), that line; when a line is labelled as attendance, a role, the date,
 * the place, a decision or an action, that line, the lines between staying
 * together.
 */
export function splitLines(tree: Root, file: VFile): void {
  void file
  const children: RootContent[] = []
  for (const node of tree.children) {
    if (node.type === 'paragraph') {
      const lines = linesOf(node)
      if (lines.length > 1) {
        // An atelier cue first, or lines all bold ("**VERBALE DI ASSEMBLEA**⏎**Condominio …**", a
        // title block typed in a rich editor): every line is a paragraph of its own.
        if (matchAtelier(toString(lines[0]!)) || lines.every(isBoldLine)) {
          children.push(...lines)
          continue
        }
        // "**2) Budget**" or "Punto 2. Presupuesto" over its text, with no
        // blank line between: the title is a line of its own. Not in a run
        // of agenda lines ("TOP 1 …⏎TOP 2 …"), which is the agenda itself.
        if (isSectionTitleLine(lines[0]!) && !isSectionTitleLine(lines[1]!)) {
          const [title, ...rest] = lines
          children.push(title!, ...regroup(rest))
          continue
        }
        if (lines.some(isLabelledLine)) {
          children.push(...regroup(lines))
          continue
        }
      }
    }
    children.push(node)
  }
  tree.children = children
}

/** A line "Label : …" whose label says it gives people, the date or the place. */
function isLabelledLine(line: Paragraph): boolean {
  const labelled = matchLabelledLine(toString(line))
  if (!labelled) return false
  const {label} = labelled
  return matchAttendanceLabel(label) !== undefined || isRoleLabel(label) || isDateLabel(label) || isPlaceLabel(label) || isDecisionLabel(label) || isActionLabel(label)
}

/** A line that is all bold. */
function isBoldLine(line: Paragraph): boolean {
  const content = line.children.filter((child) => !(child.type === 'text' && child.value.trim() === ''))
  return content.length === 1 && content[0]!.type === 'strong'
}

/**
 * A line that titles a numbered section: all bold and numbered
 * ("**2) Budget**"), or opened by an agenda word and its number ("Punto 2.
 * Presupuesto", "TOP 3 Kasse"), short as titles are.
 */
function isSectionTitleLine(line: Paragraph): boolean {
  const text = toString(line).trim()
  if (text.length > 100) return false
  const cue = matchSection(text)
  return cue !== undefined && (isBoldLine(line) || cue.label !== undefined)
}

/** Labelled lines alone; the lines between them together again, as one paragraph. */
function regroup(lines: Paragraph[]): Paragraph[] {
  const result: Paragraph[] = []
  let run: Paragraph[] = []
  const flush = () => {
    if (run.length === 0) return
    const children = run.flatMap((line, index) => (index === 0 ? line.children : [{type: 'text', value: '\n'} as PhrasingContent, ...line.children]))
    result.push({type: 'paragraph', children, position: spanOf(children) ?? run[0]!.position})
    run = []
  }
  for (const line of lines) {
    if (isLabelledLine(line)) {
      flush()
      result.push(line)
    } else {
      run.push(line)
    }
  }
  flush()
  return result
}

/** The paragraph cut at each line ending that sits in a top-level text node, and at each hard break. */
function linesOf(paragraph: Paragraph): Paragraph[] {
  const lines: PhrasingContent[][] = [[]]
  for (const child of paragraph.children) {
    if (child.type === 'break') {
      lines.push([])
      continue
    }
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
