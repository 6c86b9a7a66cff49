/**
 * The HTML renderer: a seminar as one self-contained page (inline CSS, no
 * script, no request of its own). The body is a hast tree serialized by
 * hast-util-to-html; raw HTML from the minutes goes through
 * hast-util-sanitize (see sanitize.ts); the page shell is a template.
 */
import type {Element, Root} from 'hast'
import {h} from 'hastscript'
import {toHtml} from 'hast-util-to-html'
import type {Seminar} from '../../types.js'
import {formatDate, labelsFor} from '../labels.js'
import {seminarBody} from './seminar.js'
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
  const shell = defaultTemplate()
  const labels = labelsFor(seminar.lang)
  const body: Root = {type: 'root', children: seminarBody(seminar)}
  return fillTemplate(options.template ?? shell.template, {
    lang: languageSlot(seminar.lang),
    title: textSlot(seminar.title),
    head: toHtml(headElements(seminar, options.generator ?? 'seminar-report')),
    css: cssSlot(options.css ?? shell.css),
    body: toHtml(body),
    generator: textSlot(labels.generatedBy),
  })
}

function headElements(seminar: Seminar, generator: string): Element[] {
  const meta = (name: string, content: string | undefined) => (content ? [h('meta', {name, content})] : [])
  return [
    ...meta('generator', generator),
    ...meta('dcterms.date', seminar.date),
    ...meta('description', [seminar.date ? formatDate(seminar.date, seminar.lang) : seminar.dateText, seminar.place?.raw].filter(Boolean).join(', ')),
  ]
}

