import type {Blockquote, Root, RootContent} from 'mdast'
import type {VFile} from 'vfile'
import {toString} from 'mdast-util-to-string'
import {isDateLabel, isPlaceLabel, isRoleLabel, matchAttendanceLabel, matchLabelledLine} from '../cues.js'

/**
 * Notes apps put a meeting's frame in a callout: Obsidian's and GitHub's
 * `> [!info] Rahmen` over "Teilnehmer: …", "Fehlt: …". Such a box is not a
 * quotation but the head of the minutes: when a callout at the top level
 * holds a line that gives people, the date or the place, its blocks take its
 * place, the `[!info] Rahmen` line first, as written. Any other blockquote
 * (a callout of advice, a quotation) stays.
 */
export function unwrapCallouts(tree: Root, file: VFile): void {
  void file
  tree.children = tree.children.flatMap((node): RootContent[] => (node.type === 'blockquote' && isHeadCallout(node) ? node.children : [node]))
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
