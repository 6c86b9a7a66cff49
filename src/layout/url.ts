/**
 * Which URLs written in the minutes may become a live `href`.
 *
 * An allow-list, applied after the normalization browsers themselves apply
 * (WHATWG URL §4.4, "basic URL parser": leading and trailing C0 controls and
 * spaces are stripped, ASCII tab and newline removed anywhere), so that
 * `java\tscript:` or ` javascript:` cannot slip through as "relative".
 */

/** The schemes a report may link to. */
const allowedSchemes = new Set(['http', 'https', 'mailto'])

/** How a URL may be used in the page. */
export type UrlKind = 'external' | 'mailto' | 'local' | 'unsafe'

/** Classifies a URL: `external` (http, https, `//host`), `mailto`, `local` (relative or fragment), or `unsafe`. */
export function classifyUrl(url: string): UrlKind {
  const normalized = normalizeUrl(url)
  // A scheme is letters, digits, `+`, `-`, `.` before the first `:`, and
  // only counts when no `/`, `?` or `#` comes before that colon.
  const scheme = /^([a-z][a-z\d+.-]*):/i.exec(normalized)
  if (scheme) {
    const name = scheme[1]!.toLowerCase()
    if (!allowedSchemes.has(name)) return 'unsafe'
    return name === 'mailto' ? 'mailto' : 'external'
  }
  // Anything else with a colon before the first `/?#` (e.g. `:x`) is odd; refuse it.
  const colon = normalized.indexOf(':')
  const stop = normalized.search(/[/?#]/)
  if (colon > -1 && (stop === -1 || colon < stop)) return 'unsafe'
  // Protocol-relative `//host/path` (or `\\host`, which browsers treat alike) leaves the page.
  if (/^[/\\]{2}/.test(normalized)) return 'external'
  return 'local'
}

/** The URL as a browser would read it, or `undefined` when it must not be linked. */
export function safeHref(url: string): string | undefined {
  return classifyUrl(url) === 'unsafe' ? undefined : normalizeUrl(url)
}

function normalizeUrl(url: string): string {
  // eslint-disable-next-line no-control-regex
  return url.replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '').replace(/[\t\n\r]/g, '')
}
