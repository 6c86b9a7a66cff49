import {toHtml} from 'hast-util-to-html'
import {describe, expect, test} from 'vitest'
import {sanitizeHtml} from '../../src/layout/sanitize.js'
import {classifyUrl, safeHref} from '../../src/layout/url.js'

const clean = (value: string, context: 'inline' | 'inline-in-link' | 'block' = 'inline') => toHtml(sanitizeHtml(value, context))

describe('classifyUrl', () => {
  test.each([
    ['https://example.org/a.pdf', 'external'],
    ['HTTP://EXAMPLE.ORG', 'external'],
    ['//example.org/x', 'external'],
    ['mailto:a@example.org', 'mailto'],
    ['docs/notes.md', 'local'],
    ['#atelier-1', 'local'],
    ['?q=1', 'local'],
    ['/a:b', 'local'],
    ['javascript:alert(1)', 'unsafe'],
    ['JaVaScRiPt:alert(1)', 'unsafe'],
    [' javascript:alert(1)', 'unsafe'],
    ['\u0001javascript:alert(1)', 'unsafe'],
    ['java\tscript:alert(1)', 'unsafe'],
    ['java\nscript:alert(1)', 'unsafe'],
    ['vbscript:msgbox(1)', 'unsafe'],
    ['data:text/html,x', 'unsafe'],
    ['file:///etc/passwd', 'unsafe'],
    [':nothing', 'unsafe'],
  ])('%j is %s', (url, kind) => {
    expect(classifyUrl(url)).toBe(kind)
  })

  test('safeHref normalizes like a browser and refuses unsafe URLs', () => {
    expect(safeHref('  https://example.org/\t ')).toBe('https://example.org/')
    expect(safeHref('javascript:x')).toBeUndefined()
  })
})

describe('sanitizeHtml', () => {
  test('keeps inline formatting and safe links, with rel on external ones', () => {
    expect(clean('<b>a</b> <em>b</em> <sub>2</sub> <a href="https://example.org" title="t">c</a>')).toBe(
      '<b>a</b> <em>b</em> <sub>2</sub> <a href="https://example.org" title="t" rel="noopener noreferrer">c</a>',
    )
    expect(clean('<a href="mailto:a@example.org">m</a>')).toBe('<a href="mailto:a@example.org">m</a>')
  })

  test('keeps the text of scripts and styles as plain text, never as markup', () => {
    expect(clean('a<script>alert(1)</script>b<style>*{}</style>c')).toBe('aalert(1)b*{}c')
    expect(clean('<ScRiPt>alert(1)</sCrIpT>x')).toBe('alert(1)x')
    expect(clean('<svg onload=alert(1)><text>t</text></svg>x')).toBe('tx')
    expect(clean('<iframe src="javascript:alert(1)">f</iframe>x')).toBe('x')
  })

  test('puts a line break where an unwrapped block stood, so words stay apart', () => {
    expect(clean('<details><summary>Détails</summary>contenu</details>')).toBe('\n\nDétails\ncontenu\n')
  })

  test('unwraps unknown elements and drops every attribute but href and title', () => {
    expect(clean('<span class="x" style="color:red" onclick="alert(1)" id="clobber">t</span>')).toBe('t')
    expect(clean('<b onmouseover="alert(1)" style="x" id="a" name="b">t</b>')).toBe('<b>t</b>')
    expect(clean('<img src=x onerror=alert(1)>')).toBe('')
  })

  test('refuses dangerous URLs however they are spelled', () => {
    for (const href of ['javascript:alert(1)', 'JAVASCRIPT:alert(1)', '&#106;avascript:alert(1)', '&#x6A;avascript:alert(1)', 'java&#9;script:alert(1)', ' javascript:alert(1)', 'vbscript:x', 'data:text/html,x']) {
      expect(clean(`<a href="${href}">t</a>`)).toBe('<a>t</a>')
    }
  })

  test('unwraps links left without text', () => {
    expect(clean('<a href="https://example.org"><img src=x></a>')).toBe('')
  })

  test("a comment's text is shown as text, on a line of its own; doctypes go", () => {
    expect(clean('<!-- <script>x</script> -->a<!DOCTYPE html>')).toBe('\n &#x3C;script>x&#x3C;/script> \na')
  })

  test('block context allows paragraphs and lists; inline context does not', () => {
    expect(clean('<p>a</p><ul><li>b</li></ul>', 'block')).toBe('<p>a</p><ul><li>b</li></ul>')
    expect(clean('<p>a</p><ul><li>b</li></ul>', 'inline')).toBe('\na\n\n\nb\n\n')
    expect(clean('<div><li>x</li></div>', 'block')).toBe('\nx\n')
  })

  test('no nested anchors inside a link', () => {
    expect(clean('<a href="https://example.org">x</a>', 'inline-in-link')).toBe('x')
  })

  test('an opening tag alone is closed or dropped, the text beside it stays', () => {
    expect(clean('<b>')).toBe('<b></b>')
    expect(clean('</b>')).toBe('')
  })
})
