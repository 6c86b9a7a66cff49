/**
 * What a reader of a page can see, for the "no word is lost" check: text
 * nodes outside `<style>`/`<script>`, plus the attributes that carry the
 * author's words where they are not text (a link's href and title, an
 * image's alt, a date's datetime, a code block's language).
 */
import type {Nodes} from 'hast'
import {fromHtml} from 'hast-util-from-html'

export function pageText(html: string): string {
  const parts: string[] = []
  const walk = (node: Nodes) => {
    if (node.type === 'text') parts.push(node.value)
    if (node.type === 'element') {
      if (node.tagName === 'style' || node.tagName === 'script') return
      for (const key of ['href', 'title', 'alt', 'dateTime'] as const) {
        const value = node.properties[key]
        if (typeof value === 'string') parts.push(value)
      }
      const classes = node.properties.className
      if (Array.isArray(classes)) for (const name of classes) if (String(name).startsWith('language-')) parts.push(String(name))
    }
    if ('children' in node) for (const child of node.children) walk(child)
  }
  walk(fromHtml(html))
  return parts.join(' ')
}

/** Words: maximal runs of letters and digits, compared in lower case and NFC. */
export function words(text: string): Set<string> {
  return new Set(text.normalize('NFC').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [])
}
