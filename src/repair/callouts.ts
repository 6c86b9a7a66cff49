import type {Blockquote, Root, RootContent} from 'mdast'
import type {VFile} from 'vfile'
import {toString} from 'mdast-util-to-string'
import {isDateLabel, isPlaceLabel, isRoleLabel, matchAttendanceLabel, matchLabelledLine} from '../cues.js'

/**
 * Notes apps put a meeting's frame in a callout: Obsidian's and GitHub's
 * `> [!info] Rahmen` over "Teilnehmer: …", "Fehlt: …". Such a box is not a
 * quotation but the head of the minutes: when a callout at the top level
 * holds a line that gives people, the date or the place, its blocks take its
 * place, the `[!info] Rahmen` line first, as written. A plain blockquote
 * right under the title that lists attendance ("> Participant·es : @margot,
 * @kenji") is that head too. Any other blockquote (a callout of advice, a
 * quotation in the body) stays.
 */
export function unwrapCallouts(tree: Root, file: VFile): void {
  void file
  tree.children = tree.children.flatMap((node, index): RootContent[] =>
    node.type === 'blockquote' && (isHeadCallout(node) || (underTitle(tree.children, index) && listsAttendance(node))) ? node.children : [node],
  )
}

/** Whether only front matter, the title and head lines come before this block: the first heading, then paragraphs. */
function underTitle(nodes: readonly RootContent[], index: number): boolean {
  const before = nodes.slice(0, index).filter((node) => node.type !== 'yaml')
  return before[0]?.type === 'heading' && before.slice(1).every((node) => node.type === 'paragraph' || node.type === 'blockquote')
}

/** A blockquote of paragraphs one line of which is labelled as attendance ("Présents : …", "Regrets: …"). */
function listsAttendance(node: Blockquote): boolean {
  return node.children.every((child) => child.type === 'paragraph') &&
    node.children.some((child) => toString(child).split('\n').some((line) => {
      const labelled = matchLabelledLine(line)
      return labelled !== undefined && labelled.value !== '' && matchAttendanceLabel(labelled.label) !== undefined
    }))
}

/** `> [!type] …` whose lines name people, the date or the place. */
function isHeadCallout(node: Blockquote): boolean {
  const first = node.children[0]
  if (first?.type !== 'paragraph' || !/^\s*\[![\p{L}-]+\][+-]?/u.test(toString(first))) return false
  return node.children.some((child) => child.type === 'paragraph' && toString(child).split('\n').some(isHeadLine))
}

function isHeadLine(line: string): boolean {
  const labelled = matchLabelledLine(line)
  if (!labelled) return false
  const {label} = labelled
  return matchAttendanceLabel(label) !== undefined || isRoleLabel(label) || isDateLabel(label) || isPlaceLabel(label)
}
