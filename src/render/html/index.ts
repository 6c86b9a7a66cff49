/**
 * The HTML writer: the report's layout as one self-contained page (inline
 * CSS, no script, no request of its own). The body is a hast tree
 * serialized by hast-util-to-html, which escapes every piece of text; the
 * page shell is a template.
 */
import type {Element, Root} from 'hast'
import {h} from 'hastscript'
import {toHtml} from 'hast-util-to-html'
import type {Seminar} from '../../types.js'
import {layout, type Block, type Report} from '../../layout/index.js'
import {blocks} from './blocks.js'
import {cssSlot, defaultTemplate, fillTemplate, languageSlot, textSlot} from './template.js'

export {TemplateError} from './template.js'

/** Options of the HTML renderer. */
export interface HtmlOptions {
  /** The page shell to use instead of templates/report.html (its text, not a path). */
  readonly template?: string
  /** The stylesheet for the `{{css}}` slot instead of templates/report.css (its text). */
  readonly css?: string
  /** Written in `<meta name="generator">`, e.g. "seminar-report 0.1.0" (default "seminar-report"). */
  readonly generator?: string
}

/** Renders a seminar as one standalone HTML page. */
export function renderHtml(seminar: Seminar, options: HtmlOptions = {}): string {
  return writeHtml(layout(seminar), options)
}

/** Writes a report's layout as one standalone HTML page. */
export function writeHtml(report: Report, options: HtmlOptions = {}): string {
  const shell = defaultTemplate()
  return fillTemplate(options.template ?? shell.template, {
    lang: languageSlot(report.lang),
    title: textSlot(report.properties.title),
    head: toHtml(headElements(report, options.generator ?? 'seminar-report')),
    css: cssSlot(options.css ?? shell.css),
    body: serialize(report.body),
    generator: textSlot(report.chrome.generatedBy),
  })
}

/**
 * The body serialized part by part: each part of `main` (an atelier, the
 * annex…) is made into hast and serialized on its own, so that a large
 * report never stands whole as a tree. The same HTML as one tree would give.
 */
function serialize(body: readonly Block[]): string {
  let html = ''
  for (const block of body) {
    if (block.type === 'group' && block.role === 'main' && !block.anchor) {
      // <main> has no attribute (see roles.ts): its tags are written here, its parts by the serializer.
      html += '<main>'
      for (const child of block.children) html += toHtml({type: 'root', children: blocks([child])} satisfies Root)
      html += '</main>'
    } else {
      html += toHtml({type: 'root', children: blocks([block])} satisfies Root)
    }
  }
  return html
}

function headElements(report: Report, generator: string): Element[] {
  const meta = (name: string, content: string | undefined) => (content ? [h('meta', {name, content})] : [])
  return [
    ...meta('generator', generator),
    ...meta('dcterms.date', report.properties.date),
    ...meta('description', report.properties.description),
  ]
}
