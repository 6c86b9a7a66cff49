/**
 * The page shell: templates/report.html with templates/report.css inlined,
 * or a template the user supplies. Slots are `{{name}}`, filled in one pass
 * (a value that happens to contain `{{body}}` is never filled again).
 */
import {readFileSync} from 'node:fs'
import type {Root} from 'hast'
import {toHtml} from 'hast-util-to-html'
import {InputError} from '../../errors.js'
import {templateFile} from '../../package-root.js'


let cache: {template: string; css: string} | undefined

/** The default shell and stylesheet, read once. */
export function defaultTemplate(): {template: string; css: string} {
  cache ??= {
    template: readFileSync(templateFile('report.html'), 'utf8'),
    css: readFileSync(templateFile('report.css'), 'utf8'),
  }
  return cache
}

/** The values of a template's slots, each already safe where the slot stands. */
export interface Slots {
  /** BCP 47 tag, letters, digits and hyphens only: safe in an attribute. */
  readonly lang: string
  /** Escaped text: the seminar's title, for `<title>`. */
  readonly title: string
  /** Serialized `<meta>` elements (generator, date, place) for `<head>`. */
  readonly head: string
  /** The stylesheet text, for inside `<style>`. */
  readonly css: string
  /** The serialized report. */
  readonly body: string
  /** Escaped text: "Rapport produit par seminar-report". */
  readonly generator: string
}

/** Thrown when a user-supplied template cannot make a report. */
export class TemplateError extends InputError {
  constructor(message: string) {
    super('bad-template', message)
    this.name = 'TemplateError'
  }
}

/**
 * What would make a reader's browser fetch something: a `src`/`href`/`action`
 * or `srcset` pointing off the page, a CSS `url(…)` or `@import` that is not
 * a `data:` image. A report is one self-contained file that works offline
 * and tells no server it was opened, so a template or stylesheet holding one
 * is refused.
 */
const remoteReference =
  /\b(?:src|href|action|srcset|poster|data)\s*=\s*["']?\s*(?:[a-z][a-z\d+.-]*:|\/\/)(?!#)|url\(\s*["']?\s*(?!data:|#)[^)\s"']|@import\b/i

/** Fills a template's slots; unknown `{{names}}` are left as written. */
export function fillTemplate(template: string, slots: Slots): string {
  if (!/\{\{\s*body\s*\}\}/.test(template)) {
    throw new TemplateError('the HTML template has no {{body}} slot: the report would be empty')
  }
  const remote = remoteReference.exec(template)
  if (remote) throw new TemplateError(`the HTML template loads a remote resource (\`${remote[0].trim()}…\`): reports must be self-contained`)
  return template.replace(/\{\{\s*([a-z]+)\s*\}\}/g, (whole, name: string) =>
    Object.hasOwn(slots, name) ? slots[name as keyof Slots] : whole,
  )
}

/** Text serialized by hast-util-to-html, escaped for element content. */
export function textSlot(value: string): string {
  const root: Root = {type: 'root', children: [{type: 'text', value}]}
  return toHtml(root)
}

/**
 * The stylesheet, refused if it could end the `<style>` element early (HTML
 * §13.2.5.12: `</style` ends a raw text element whatever follows).
 */
export function cssSlot(css: string): string {
  if (/<\/style/i.test(css)) throw new TemplateError('the stylesheet contains "</style", which would end the <style> element')
  const remote = remoteReference.exec(css)
  if (remote) throw new TemplateError(`the stylesheet loads a remote resource (\`${remote[0].trim()}…\`): reports must be self-contained`)
  return css
}

/**
 * A value for the `{{lang}}` slot (or any `lang` attribute): a well-formed
 * BCP 47 tag (RFC 5646 §2.1, simplified to its alphabet), or `und`
 * (undetermined) rather than a value that would need escaping in an attribute.
 */
export function languageSlot(lang: string): string {
  return /^[A-Za-z]{1,8}(-[A-Za-z\d]{1,8})*$/.test(lang) ? lang : 'und'
}
