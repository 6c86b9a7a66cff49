import type {Html, Parent, PhrasingContent, Root, RootContent} from 'mdast'
import type {VFile} from 'vfile'

/**
 * Raw formatting tags become typed nodes: `<b>Atelier 2 :</b>` is a `strong`,
 * `<i>…</i>` an `emphasis`, `<br>` a `break`. CommonMark leaves each tag as a
 * separate `html` node among its siblings (spec §6.6, raw HTML), so the pair is
 * matched across siblings. Tags we do not map, or that are unbalanced, stay
 * `html` nodes for the renderers to sanitize.
 */
export function mapInlineHtml(tree: Root, file: VFile): void {
  void file
  visitParents(tree)
}

/** The mdast (or extension) node type each formatting tag maps to. */
const tagTypes: Record<string, string> = {
  b: 'strong',
  strong: 'strong',
  i: 'emphasis',
  em: 'emphasis',
  cite: 'emphasis',
  s: 'delete',
  del: 'delete',
  strike: 'delete',
  u: 'underline',
  ins: 'underline',
  sub: 'subscript',
  sup: 'superscript',
}

const openTag = /^<([a-z]+)(?:\s[^<>]*)?>$/i
const closeTag = /^<\/([a-z]+)\s*>$/i
const breakTag = /^<br\s*\/?>$/i

/**
 * Nodes whose children are blocks: their `html` children are HTML blocks
 * (a `<br>` alone on its line, spec §4.6 kind 7), not inline tags, and a
 * `break` has no place among blocks.
 */
const blockParents = new Set(['root', 'blockquote', 'list', 'listItem', 'table', 'tableRow', 'footnoteDefinition'])

function visitParents(node: Parent | Root): void {
  for (const child of node.children as RootContent[]) {
    if ('children' in child) visitParents(child)
  }
  if (!blockParents.has(node.type) && node.children.some((child) => child.type === 'html')) {
    node.children = mapSiblings(node.children as PhrasingContent[]) as typeof node.children
  }
}

/**
 * Pairs the formatting tags among siblings and nests what stands between
 * them, in one pass and without recursion: minutes with thousands of
 * unclosed or nested tags (a pasted web page) must not take quadratic time
 * or overflow the stack. A pair that would cross the end of the pair
 * enclosing it stays raw HTML, as unbalanced tags do.
 */
function mapSiblings(children: PhrasingContent[]): PhrasingContent[] {
  const closes = matchingCloses(children)
  interface Frame {
    readonly type?: string
    readonly open?: Html
    readonly closeIndex: number
    readonly children: PhrasingContent[]
  }
  const frames: Frame[] = [{closeIndex: children.length, children: []}]
  for (let index = 0; index < children.length; index++) {
    const child = children[index]!
    const frame = frames[frames.length - 1]!
    if (index === frame.closeIndex && frame.open) {
      frames.pop()
      const close = child as Html
      frames[frames.length - 1]!.children.push({
        type: frame.type,
        children: frame.children,
        position: frame.open.position && close.position && {start: frame.open.position.start, end: close.position.end},
      } as unknown as PhrasingContent)
      continue
    }
    if (child.type === 'html') {
      const value = child.value.trim()
      if (breakTag.test(value)) {
        frame.children.push({type: 'break', position: child.position})
        continue
      }
      const closeIndex = closes.get(index)
      if (closeIndex !== undefined && closeIndex < frame.closeIndex) {
        frames.push({type: tagTypes[openTag.exec(value)![1]!.toLowerCase()], open: child, closeIndex, children: []})
        continue
      }
    }
    frame.children.push(child)
  }
  return frames[0]!.children
}

/** For each opening formatting tag that is closed later among the siblings, the index of its closing tag. */
function matchingCloses(children: readonly PhrasingContent[]): Map<number, number> {
  const open = new Map<string, number[]>()
  const closes = new Map<number, number>()
  for (const [index, child] of children.entries()) {
    if (child.type !== 'html') continue
    const value = child.value.trim()
    const opening = openTag.exec(value)
    const tag = opening?.[1]!.toLowerCase()
    if (tag && tagTypes[tag]) {
      const stack = open.get(tag) ?? []
      stack.push(index)
      open.set(tag, stack)
      continue
    }
    const closing = closeTag.exec(value)?.[1]!.toLowerCase()
    const openIndex = closing ? open.get(closing)?.pop() : undefined
    if (openIndex !== undefined) closes.set(openIndex, index)
  }
  return closes
}
