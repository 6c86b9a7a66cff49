/**
 * Inline nodes of the domain tree to hast, one handler per node type (as in
 * mdast-util-to-hast). Text is never escaped here: hast-util-to-html does it.
 */
import type {ElementContent} from 'hast'
import {h} from 'hastscript'
import type {Inline} from '../../types.js'
import {withColon} from '../labels.js'
import type {RenderContext} from './context.js'
import {sanitizeHtml} from './sanitize.js'
import {classifyUrl, safeHref} from './url.js'
import {replaceControlCharacters} from '../../text/control-characters.js'

/** Renders a run of inline nodes. */
export function inlines(nodes: readonly Inline[], context: RenderContext): ElementContent[] {
  return nodes.flatMap((node) => inline(node, context))
}

/** Renders one inline node. */
export function inline(node: Inline, context: RenderContext): ElementContent[] {
  switch (node.type) {
    case 'text':
      return [text(node.value)]
    case 'strong':
      return [h('strong', inlines(node.children, context))]
    case 'emphasis':
      return [h('em', inlines(node.children, context))]
    case 'delete':
      return [h('del', inlines(node.children, context))]
    case 'underline':
      return [h('u', inlines(node.children, context))]
    case 'subscript':
      return [h('sub', inlines(node.children, context))]
    case 'superscript':
      return [h('sup', inlines(node.children, context))]
    case 'inlineCode':
      return [h('code', [text(node.value)])]
    case 'break':
      return [h('br')]
    case 'link':
      return link(node.url, node.title, node.children, context)
    case 'image':
      return image(node.url, node.alt, node.title, context)
    case 'html':
      return sanitizeHtml(node.value, context.inLink ? 'inline-in-link' : 'inline')
    default:
      return unknown(node)
  }
}

/**
 * A hast text node. Control characters, noncharacters and lone surrogates
 * are parse errors in HTML (§13.2.5 "control-character-in-input-stream") as
 * they are invalid in XML: the reader's replacement (spaces, so the words on
 * each side stay apart) is applied again, for trees built by other code,
 * plus DEL, which only HTML forbids.
 */
export function text(value: string): ElementContent {
  return {type: 'text', value: replaceControlCharacters(value).text.replace(/\u007F/g, ' ')}
}

/**
 * A link when its URL is safe. A refused URL (`javascript:`, `data:`…) is
 * never an href; its content is shown, followed by the URL as inert text,
 * so that no word of the minutes is lost.
 */
export function link(
  url: string,
  title: string | undefined,
  children: readonly Inline[],
  context: RenderContext,
): ElementContent[] {
  const href = safeHref(url)
  // Nested links are invalid HTML: an inner link keeps only its content.
  if (href === undefined) return [...inlines(children, context), ...refusedUrl(url, children)]
  if (context.inLink) return inlines(children, context)
  const content = inlines(children, {...context, inLink: true})
  return [h('a', {href, title, rel: relFor(url)}, content.length > 0 ? content : [text(url)])]
}

/** A refused URL as inert text, unless the content already shows it (an autolink). */
function refusedUrl(url: string, children: readonly Inline[]): ElementContent[] {
  const shown = children.length === 1 && children[0]!.type === 'text' && children[0]!.value === url
  if (shown || url.trim() === '') return []
  return [text(' '), h('code.refused-url', [text(url)])]
}

/** `rel` for a link target: links leaving the page give the target no handle on it. */
export function relFor(url: string): string[] | undefined {
  return classifyUrl(url) === 'external' ? ['noopener', 'noreferrer'] : undefined
}

/**
 * Images are never loaded: the page makes no request of its own. An image
 * shows as a link to it, labelled with its alternative text.
 */
function image(url: string, alt: string, title: string | undefined, context: RenderContext): ElementContent[] {
  const href = safeHref(url)
  const label = alt || title || (href ?? '')
  const content: ElementContent[] = [h('span.image-label', withColon(context.labels.image, context.lang)), text(` ${label}`)]
  if (href === undefined) return [h('span.image', [...content, ...refusedUrl(url, [])])]
  if (context.inLink) return [h('span.image', content)]
  return [h('a.image', {href, title, rel: relFor(url)}, content)]
}

/** A node type this renderer does not know (a newer tree): its text, if any. */
function unknown(node: never): ElementContent[] {
  const value = (node as {value?: unknown}).value
  return typeof value === 'string' ? [text(value)] : []
}
