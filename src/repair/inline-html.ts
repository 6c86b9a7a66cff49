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

function visitParents(node: Parent | Root): void {
  for (const child of node.children as RootContent[]) {
    if ('children' in child) visitParents(child)
  }
  if (node.children.some((child) => child.type === 'html')) {
    node.children = mapSiblings(node.children as PhrasingContent[]) as typeof node.children
  }
}

function mapSiblings(children: PhrasingContent[]): PhrasingContent[] {
  const result: PhrasingContent[] = []
  let index = 0
  while (index < children.length) {
    const child = children[index]!
    if (child.type === 'html') {
      const value = child.value.trim()
      if (breakTag.test(value)) {
        result.push({type: 'break', position: child.position})
        index++
        continue
      }
      const open = openTag.exec(value)
      const type = open ? tagTypes[open[1]!.toLowerCase()] : undefined
      if (open && type) {
        const closeIndex = findClose(children, index + 1, open[1]!.toLowerCase())
        if (closeIndex !== -1) {
          const inner = mapSiblings(children.slice(index + 1, closeIndex))
          const close = children[closeIndex] as Html
          result.push({
            type,
            children: inner,
            position: child.position && close.position && {start: child.position.start, end: close.position.end},
          } as unknown as PhrasingContent)
          index = closeIndex + 1
          continue
        }
      }
    }
    result.push(child)
    index++
  }
  return result
}

/** The index of the sibling closing `tag`, skipping nested pairs of the same tag. */
function findClose(children: PhrasingContent[], from: number, tag: string): number {
  let depth = 0
  for (let index = from; index < children.length; index++) {
    const child = children[index]!
    if (child.type !== 'html') continue
    const value = child.value.trim()
    const open = openTag.exec(value)
    if (open && open[1]!.toLowerCase() === tag) depth++
    const close = closeTag.exec(value)
    if (close && close[1]!.toLowerCase() === tag) {
      if (depth === 0) return index
      depth--
    }
  }
  return -1
}
