/**
 * Runs of the layout to hast: each mark opens an element, kept open while
 * the next runs share it (marks are compared by identity, so the elements
 * come out as the minutes nested them). Linear, without recursion. Text is
 * never escaped here: hast-util-to-html does it.
 */
import type {Element, ElementContent, Properties} from 'hast'
import type {Inline, Mark} from '../../layout/index.js'
import {spanElements} from './roles.js'

/** A hast text node. */
export function text(value: string): ElementContent {
  return {type: 'text', value}
}

function element(tagName: string, properties: Properties, children: ElementContent[] = []): Element {
  return {type: 'element', tagName, properties, children}
}

const formatTags = {
  strong: 'strong', emphasis: 'em', delete: 'del', underline: 'u', subscript: 'sub', superscript: 'sup',
  code: 'code', highlight: 'mark', small: 'small',
} as const

/** The element a mark stands for. */
function markElement(mark: Mark): Element {
  switch (mark.type) {
    case 'abbreviation':
      return element('abbr', mark.title === undefined ? {} : {title: mark.title})
    case 'date':
      return element('time', {dateTime: mark.iso})
    case 'link': {
      const {target} = mark
      const href = target.kind === 'anchor' ? `#${target.id}` : target.url
      const properties: Properties = {href}
      if (mark.title !== undefined) properties.title = mark.title
      // Links leaving the page give the target no handle on it.
      if (target.kind === 'external') properties.rel = ['noopener', 'noreferrer']
      if (mark.role) properties.className = [mark.role]
      return element('a', properties)
    }
    case 'span': {
      const [tag, classNames] = spanElements[mark.role]
      const properties: Properties = {className: [...classNames]}
      if (mark.role === 'task-box') {
        // A glyph, not a disabled `<input>`: the state is read, never edited.
        properties.role = 'img'
        if (mark.label !== undefined) properties.ariaLabel = mark.label
      }
      return element(tag, properties)
    }
    default:
      return element(formatTags[mark.type], {})
  }
}

/** Inline content as hast nodes. */
export function inlines(content: readonly Inline[]): ElementContent[] {
  const root: ElementContent[] = []
  const open: {mark: Mark; element: Element}[] = []
  for (const run of content) {
    let shared = 0
    while (shared < open.length && shared < run.marks.length && open[shared]!.mark === run.marks[shared]) shared++
    open.length = shared
    for (let index = shared; index < run.marks.length; index++) {
      const mark = run.marks[index]!
      const created = markElement(mark)
      ;(open.at(-1)?.element.children ?? root).push(created)
      open.push({mark, element: created})
    }
    const into = open.at(-1)?.element.children ?? root
    into.push(run.type === 'text' ? text(run.value) : element('br', {}))
  }
  return root
}
