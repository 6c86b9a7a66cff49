/**
 * fixtures/xss/input.md: minutes full of script-injection attempts. The page
 * must hold no script, no event-handler attribute and no dangerous URL. The
 * browser test runs the same page and watches `window.__xss`.
 */
import type {Element, Nodes} from 'hast'
import {fromHtml} from 'hast-util-from-html'
import {describe, expect, test} from 'vitest'
import {renderHtml} from '../../../src/render/html/index.js'
import {classifyUrl} from '../../../src/layout/url.js'
import {xssSeminar} from './pages.js'

const html = renderHtml(await xssSeminar())

function elements(node: Nodes, found: Element[] = []): Element[] {
  if (node.type === 'element') found.push(node)
  if ('children' in node) for (const child of node.children) elements(child, found)
  if (node.type === 'element' && node.content) elements(node.content, found)
  return found
}

const all = elements(fromHtml(html))
const urlProperties = ['href', 'src', 'srcSet', 'action', 'formAction', 'data', 'poster', 'cite', 'background', 'xLinkHref', 'ping']

describe('XSS fixture', () => {
  test('has no <script anywhere in the markup', () => {
    expect(html).not.toMatch(/<script/i)
  })

  test('has no on* attribute in any tag', () => {
    // Attribute values removed first: a quoted URL may hold "onx=" as data.
    const tags = html.replace(/"[^"]*"/g, '""').match(/<[a-z][^>]*>/gi) ?? []
    expect(tags.filter((tag) => /\son[a-z]+\s*=/i.test(tag))).toEqual([])
    const handlers = all.flatMap((node) => Object.keys(node.properties).filter((name) => /^on/i.test(name)))
    expect(handlers).toEqual([])
  })

  test('has no javascript:, vbscript: or data: URL in any attribute', () => {
    // Every "<" of text is escaped as "&#x3C;", so each "<x" is a real tag.
    const tags = html.match(/<[a-z][^>]*>/gi) ?? []
    expect(tags.filter((tag) => /=\s*["']?\s*(?:javascript|vbscript|data):/i.test(tag))).toEqual([])
    for (const node of all) {
      for (const name of urlProperties) {
        const value = node.properties[name]
        if (value === undefined || value === null) continue
        expect(classifyUrl(String(value)), `${node.tagName} ${name}=${String(value)}`).not.toBe('unsafe')
        expect(String(value)).not.toMatch(/^\s*(?:javascript|vbscript|data):/i)
      }
    }
  })

  test('has only the elements the report itself makes (no iframe, object, svg, form, style in the body…)', () => {
    const forbidden = new Set(['script', 'iframe', 'frame', 'object', 'embed', 'svg', 'math', 'form', 'input', 'button', 'textarea', 'select', 'base', 'link', 'img', 'video', 'audio', 'source', 'template', 'noscript', 'details', 'marquee'])
    expect(all.filter((node) => forbidden.has(node.tagName)).map((node) => node.tagName)).toEqual([])
    // The only <style> and <meta> are the template's, in <head>.
    expect(all.filter((node) => node.tagName === 'style')).toHaveLength(1)
    expect(html.indexOf('<style>')).toBeLessThan(html.indexOf('<body>'))
  })

  test('keeps no style, id, name or class from raw HTML', () => {
    expect(all.filter((node) => node.properties.style !== undefined)).toEqual([])
    expect(html).not.toMatch(/id="?clobber/)
    expect(html).not.toMatch(/name="?clobber/)
  })

  test('still shows the text around the payloads and the safe links', () => {
    expect(html).toContain('Lien sûr avec attributs piégés')
    expect(html).toContain('Cliquez ce paragraphe')
    expect(html).toMatch(/<a href="https:\/\/example\.org\/page" title="un titre" rel="noopener noreferrer">lien sûr<\/a>/)
    expect(html).toContain('<a href="mailto:contact@example.org">')
    expect(html).toContain('<a href="docs/notes.md">lien relatif</a>')
  })

  test('fills template slots once: "{{body}}" in the minutes stays text', () => {
    expect(html).toContain('{{body}} {{css}} {{title}}')
  })
})
