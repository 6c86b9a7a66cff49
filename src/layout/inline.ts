/**
 * Inline content of the layout: the minutes' nested inline nodes flattened
 * into runs of text with their marks, without recursion (5,000 nested
 * `**` make 5,000 frames on a heap-allocated stack, not on the call stack).
 */
import type {Inline as SourceInline} from '../types.js'
import type {Mark} from './types.js'
import {rawInline} from './raw-html.js'
import {linkTarget} from './links.js'
import {withColon, type Labels} from './labels.js'
import {maxMarks} from './limits.js'
import {none, Runs, spanMark} from './runs.js'

/** What inline content needs to know of the report. */
export interface InlineContext {
  readonly lang: string
  readonly labels: Labels
  /** Anchor ids of the report, so that a `#fragment` naming one becomes an internal link. */
  readonly anchors: ReadonlySet<string>
  /** The anchors of the places register entries were written, by entry id (see anchors.ts). */
  readonly entries?: ReadonlyMap<string, string>
}

interface Frame {
  readonly nodes: readonly SourceInline[]
  index: number
  readonly marks: readonly Mark[]
  readonly inLink: boolean
  /** Called when the frame's nodes are done, with the number of runs before them. */
  readonly exit?: (runsBefore: number) => void
  readonly runsBefore: number
}

/**
 * The minutes' inline nodes as runs, under `marks`. Decides, for both
 * reports, what a link, an image or raw HTML shows:
 * - a link whose URL is safe is a link (its URL shown when it has no text);
 *   one that is not shows its text and then the URL as inert text; links
 *   never nest (an inner link keeps its text);
 * - an image is never loaded: "Image : alt", linked to it, then its URL;
 * - raw HTML is sanitized and read as formatting (see raw-html.ts).
 */
export function inlineRuns(nodes: readonly SourceInline[], context: InlineContext, marks: readonly Mark[] = none, out = new Runs()): Runs {
  const stack: Frame[] = [{nodes, index: 0, marks, inLink: marks.some((mark) => mark.type === 'link'), runsBefore: out.length}]
  const enter = (children: readonly SourceInline[], parent: Frame, mark?: Mark, exit?: Frame['exit'], inLink = parent.inLink) => {
    const marks = mark && (parent.marks.length < maxMarks || mark.type === 'link') ? [...parent.marks, mark] : parent.marks
    stack.push({nodes: children, index: 0, marks, inLink, runsBefore: out.length, ...(exit ? {exit} : {})})
  }
  while (stack.length > 0) {
    const frame = stack[stack.length - 1]!
    if (frame.index >= frame.nodes.length) {
      stack.pop()
      frame.exit?.(frame.runsBefore)
      continue
    }
    const node = frame.nodes[frame.index++]!
    switch (node.type) {
      case 'text':
        out.text(node.value, frame.marks)
        break
      case 'strong':
      case 'emphasis':
      case 'delete':
      case 'underline':
      case 'subscript':
      case 'superscript':
        enter(node.children, frame, {type: node.type})
        break
      case 'inlineCode':
        out.text(node.value, [...frame.marks, {type: 'code'}])
        break
      case 'break':
        out.break(frame.marks)
        break
      case 'html':
        rawInline(node.value, frame.inLink, frame.marks, out, context.anchors)
        break
      case 'link': {
        const target = linkTarget(node.url, context.anchors)
        const title = node.title
        if (target === undefined || frame.inLink) {
          // Refused, or inside another link (links cannot nest): the text
          // stays, then what a reader of a link would have seen.
          const url = node.url
          enter(node.children, frame, undefined, () => {
            if (target === undefined) refusedUrl(url, node.children, frame.marks, out)
            if (title) out.text(` (${title})`, frame.marks)
          })
        } else {
          const mark: Mark = title ? {type: 'link', target, title} : {type: 'link', target}
          const url = node.url
          enter(node.children, frame, mark, (before) => {
            if (out.length === before) out.text(url, [...frame.marks, mark])
          }, true)
        }
        break
      }
      case 'image':
        image(node.url, node.alt, node.title, frame.marks, frame.inLink, context, out)
        break
      default:
        unknown(node, frame.marks, out)
    }
  }
  return out
}

/** A refused URL as inert text after the link's text, unless that text already shows it (an autolink). */
function refusedUrl(url: string, children: readonly SourceInline[], marks: readonly Mark[], out: Runs): void {
  const only = children.length === 1 ? children[0] : undefined
  if ((only?.type === 'text' && only.value === url) || url.trim() === '') return
  out.text(' ', marks).text(url, [...marks, spanMark('refused-url')])
}

/**
 * Images are never loaded: the reports make no request of their own. An
 * image shows as "Image : alt", linked to it when its URL is safe, then the
 * URL itself, which a paper copy needs.
 */
function image(url: string, alt: string, title: string | undefined, marks: readonly Mark[], inLink: boolean, context: InlineContext, out: Runs): void {
  const target = linkTarget(url, context.anchors)
  const shownUrl = target && target.kind !== 'anchor' ? target.url : target ? `#${target.id}` : undefined
  const label = alt || title || (shownUrl ?? '')
  const content = (inner: readonly Mark[]) => {
    out.text(withColon(context.labels.image, context.lang), [...inner, spanMark('image-label')])
    out.text(` ${label}`, inner)
  }
  if (target === undefined) {
    const inImage = [...marks, spanMark('image')]
    content(inImage)
    if (url.trim() !== '') out.text(' ', inImage).text(url, [...inImage, spanMark('refused-url')])
    return
  }
  if (inLink) content([...marks, spanMark('image')])
  else content([...marks, title ? {type: 'link', target, title, role: 'image'} : {type: 'link', target, role: 'image'}])
  if (label !== shownUrl) out.text(' ', marks).text(shownUrl!, [...marks, spanMark('url')])
}

/** A node type this layout does not know (a newer tree): its text, if any. */
function unknown(node: never, marks: readonly Mark[], out: Runs): void {
  const value = (node as {value?: unknown}).value
  if (typeof value === 'string') out.text(value, marks)
}
