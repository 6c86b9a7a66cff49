import type {List, ListItem, Paragraph, Root, RootContent} from 'mdast'
import type {VFile} from 'vfile'
import {toString} from 'mdast-util-to-string'
import {excerpt, inform} from '../diagnostics.js'

/**
 * A blank line typed in the middle of a bullet's sentence ends the list in
 * CommonMark, so the rest of the sentence becomes a paragraph of its own:
 * "…méthode de créativité pour" / "inventer ensemble…". When a paragraph
 * starts in lower case right after a list whose last item stops without final
 * punctuation, it is joined back to that item.
 *
 * Likewise "Difficultés : 1. elles…" followed by a line "2. certains…" makes
 * CommonMark start an ordered list at 2 (spec §5.3 lets a list interrupt a
 * paragraph only at 1, so it ends the bullet list first); that line is joined
 * back as a new line of the item it continues.
 *
 * Two bullet lists left side by side by either repair become one again.
 */
export function joinListContinuations(tree: Root, file: VFile): void {
  const children: RootContent[] = []
  for (const node of tree.children) {
    const previous = children.at(-1)
    const target = previous?.type === 'list' ? lastParagraph(previous) : undefined
    if (target && node.type === 'paragraph' && continuesSentence(target, node)) {
      target.children.push({type: 'text', value: ' '}, ...node.children)
      extendEnd(previous as List, node)
      inform(file, 'list-continuation', `Joined paragraph \`${excerpt(toString(node))}\` to the list item it continues`, node)
      continue
    }
    if (target && node.type === 'list' && continuesNumbering(target, node)) {
      const item = node.children[0]!
      const paragraph = item.children[0] as Paragraph
      const start = node.start ?? 1
      target.children.push({type: 'break'}, {type: 'text', value: `${start}. `}, ...paragraph.children)
      extendEnd(previous as List, node)
      inform(file, 'list-continuation', `Joined numbered line \`${start}. ${excerpt(toString(paragraph))}\` to the item it continues`, node)
      continue
    }
    if (previous?.type === 'list' && node.type === 'list' && canMerge(previous, node)) {
      previous.children.push(...node.children)
      extendEnd(previous, node)
      continue
    }
    children.push(node)
  }
  tree.children = children
}

/** The last paragraph of the last item of a list, following nested lists down. */
function lastParagraph(list: List): Paragraph | undefined {
  const item: ListItem | undefined = list.children.at(-1)
  const last = item?.children.at(-1)
  if (last?.type === 'paragraph') return last
  if (last?.type === 'list') return lastParagraph(last)
  return undefined
}

const finalPunctuation = /[.!?:;…»)\]"”]\s*$/u

function continuesSentence(target: Paragraph, paragraph: Paragraph): boolean {
  const first = paragraph.children[0]
  if (first?.type !== 'text' || !/^\p{Ll}/u.test(first.value)) return false
  return !finalPunctuation.test(toString(target))
}

/** A one-item ordered list numbered N after an item whose last line says "N-1. …". */
function continuesNumbering(target: Paragraph, list: List): boolean {
  if (!list.ordered || list.children.length !== 1 || (list.start ?? 1) < 2) return false
  const item = list.children[0]!
  if (item.children.length !== 1 || item.children[0]!.type !== 'paragraph') return false
  const lastLine = toString(target).split('\n').at(-1) ?? ''
  return new RegExp(`(^|\\s)${(list.start ?? 1) - 1}[.)]\\s`).test(lastLine)
}

/**
 * Only lists glued back together by the repairs above are merged: two lists
 * that the author separated stay apart. The tell is that the earlier list was
 * just extended, i.e. its end now reaches past its original last item.
 */
function canMerge(previous: List, list: List): boolean {
  const data = previous.data as {extended?: boolean} | undefined
  return Boolean(data?.extended) && !previous.ordered && !list.ordered
}

function extendEnd(list: List, node: RootContent): void {
  if (list.position && node.position) list.position = {start: list.position.start, end: node.position.end}
  list.data = {...list.data, extended: true} as List['data']
}

