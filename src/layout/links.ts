/**
 * Where a URL written in the minutes may lead in the reports. The URL
 * checks are url.ts's; this names the kind of target each writer maps to
 * its own links.
 */
import type {LinkTarget} from './types.js'
import {classifyUrl, safeHref} from './url.js'

/**
 * The target of a link to `url`, or `undefined` when it must not be linked.
 * A `#fragment` naming an anchor of the report is an internal link.
 */
export function linkTarget(url: string, anchors: ReadonlySet<string>): LinkTarget | undefined {
  const href = safeHref(url)
  if (href === undefined) return undefined
  const kind = classifyUrl(url)
  if (kind === 'external') return {kind, url: href}
  if (kind === 'mailto') return {kind, url: href}
  if (href.startsWith('#') && anchors.has(href.slice(1))) return {kind: 'anchor', id: href.slice(1)}
  return {kind: 'local', url: href}
}
