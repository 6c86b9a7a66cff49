/**
 * Raw HTML from the minutes, read once for both reports: sanitized (see
 * sanitize.ts), then its formatting read as marks and its paragraphs,
 * lists, quotes and preformatted text as blocks. The HTML report shows what
 * the sanitizer let through; the DOCX report shows the same words with the
 * same formatting, and neither decides on its own what raw HTML says.
 */
import type {Element, ElementContent} from 'hast'
import type {Block, ListItem, Mark} from './types.js'
import {sanitizeHtml} from './sanitize.js'
import {Runs} from './runs.js'
import {linkTarget} from './links.js'
import {maxMarks} from './limits.js'

/** The mark a sanitized phrasing element stands for, if any (`a` is handled apart). */
function markOf(element: Element): Mark | undefined {
  switch (element.tagName) {
    case 'b':
    case 'strong':
      return {type: 'strong'}
    case 'i':
    case 'em':
      return {type: 'emphasis'}
    case 'u':
    case 'ins':
      return {type: 'underline'}
    case 's':
    case 'del':
      return {type: 'delete'}
    case 'sub':
      return {type: 'subscript'}
    case 'sup':
      return {type: 'superscript'}
    case 'code':
      return {type: 'code'}
    case 'mark':
      return {type: 'highlight'}
    case 'small':
      return {type: 'small'}
    case 'abbr': {
      const title = element.properties.title
      return typeof title === 'string' ? {type: 'abbreviation', title} : {type: 'abbreviation'}
    }
    default:
      return undefined
  }
}

/** A sanitized `<a>` as a link mark: only an href the sanitizer and our URL check both let through. */
function linkOf(element: Element, anchors: ReadonlySet<string>): Mark | undefined {
  const href = element.properties.href
  const target = typeof href === 'string' ? linkTarget(href, anchors) : undefined
  if (!target) return undefined
  const title = element.properties.title
  return typeof title === 'string' ? {type: 'link', target, title} : {type: 'link', target}
}

interface Frame {
  readonly nodes: readonly ElementContent[]
  index: number
  readonly marks: readonly Mark[]
  readonly inLink: boolean
}

/** Sanitized phrasing content as runs, without recursion. */
function phrasingRuns(nodes: readonly ElementContent[], marks: readonly Mark[], inLink: boolean, anchors: ReadonlySet<string>, out: Runs): void {
  const stack: Frame[] = [{nodes, index: 0, marks, inLink}]
  while (stack.length > 0) {
    const frame = stack[stack.length - 1]!
    if (frame.index >= frame.nodes.length) {
      stack.pop()
      continue
    }
    const node = frame.nodes[frame.index++]!
    if (node.type === 'text') out.text(node.value, frame.marks)
    else if (node.type === 'element') {
      if (node.tagName === 'br') {
        out.break(frame.marks)
        continue
      }
      const mark = node.tagName === 'a' ? (frame.inLink ? undefined : linkOf(node, anchors)) : markOf(node)
      stack.push({
        nodes: node.children,
        index: 0,
        marks: mark && (frame.marks.length < maxMarks || mark.type === 'link') ? [...frame.marks, mark] : frame.marks,
        inLink: frame.inLink || mark?.type === 'link',
      })
    }
  }
}

/** Raw inline HTML (`Html` nodes), sanitized, as runs under `marks`. */
export function rawInline(value: string, inLink: boolean, marks: readonly Mark[], out: Runs, anchors: ReadonlySet<string> = new Set()): void {
  phrasingRuns(sanitizeHtml(value, inLink ? 'inline-in-link' : 'inline'), marks, inLink, anchors, out)
}

/** A raw HTML block (`HtmlBlock`), sanitized, as blocks grouped as raw HTML; nothing when nothing is left. */
export function rawBlock(value: string, anchors: ReadonlySet<string>): Block[] {
  const blocks = flow(sanitizeHtml(value, 'block'), anchors)
  return blocks.length > 0 ? [{type: 'group', role: 'raw-html', children: blocks}] : []
}

const isBlank = (node: ElementContent) => node.type === 'text' && node.value.trim() === ''

/**
 * Flow content as blocks: paragraphs, lists, quotes and preformatted text
 * (what the block schema allows), loose phrasing gathered into paragraphs.
 * Recursion follows the element nesting the sanitizer kept.
 */
function flow(nodes: readonly ElementContent[], anchors: ReadonlySet<string>): Block[] {
  const blocks: Block[] = []
  let loose: ElementContent[] = []
  const paragraph = (content: readonly ElementContent[]) => {
    const runs = new Runs()
    phrasingRuns(content, [], false, anchors, runs)
    const trimmed = runs.trimmed()
    if (trimmed.length > 0) blocks.push({type: 'paragraph', content: trimmed})
  }
  const flush = () => {
    if (loose.some((node) => !isBlank(node))) paragraph(loose)
    loose = []
  }
  for (const node of nodes) {
    if (node.type !== 'element') {
      if (node.type === 'text') loose.push(node)
      continue
    }
    switch (node.tagName) {
      case 'p':
        flush()
        paragraph(node.children)
        break
      case 'ul':
      case 'ol': {
        flush()
        const items: ListItem[] = []
        for (const child of node.children) {
          if (isBlank(child)) continue
          const content = child.type === 'element' && child.tagName === 'li' ? flow(child.children, anchors) : flow([child], anchors)
          items.push({content})
        }
        if (items.length > 0) blocks.push({type: 'list', ordered: node.tagName === 'ol', items})
        break
      }
      case 'blockquote': {
        flush()
        const children = flow(node.children, anchors)
        if (children.length > 0) blocks.push({type: 'quote', children})
        break
      }
      case 'pre':
        flush()
        blocks.push({type: 'code', value: textContent(node)})
        break
      case 'li':
        flush()
        blocks.push(...flow(node.children, anchors))
        break
      default:
        loose.push(node)
    }
  }
  flush()
  return blocks
}

/** The text of an element, without recursion. */
function textContent(element: Element): string {
  let text = ''
  const stack: ElementContent[] = [...element.children].reverse()
  while (stack.length > 0) {
    const node = stack.pop()!
    if (node.type === 'text') text += node.value
    else if (node.type === 'element') for (let index = node.children.length - 1; index >= 0; index--) stack.push(node.children[index]!)
  }
  return text
}
