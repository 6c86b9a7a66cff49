/**
 * The two reports say the same thing: for every fixture, the words of the
 * HTML page's body and of the Word document's body, in reading order, are
 * one sequence. Both are written from one layout (src/layout/); this test
 * fails as soon as a writer adds, drops or moves a word of content.
 *
 * Format-specific chrome is not part of either body, by construction:
 * - DOCX: the running head (the seminar's title) and the footer "page X / Y"
 *   are the header and footer parts, not word/document.xml;
 * - HTML: the template's `<title>`, `<meta>` and colophon ("Rapport produit
 *   par seminar-report") are outside `{{body}}`;
 * - DOCX with `--toc-page-numbers`: the contents' page numbers (not
 *   rendered here).
 */
import type {Nodes} from 'hast'
import {fromHtml} from 'hast-util-from-html'
import {describe, expect, test} from 'vitest'
import {parseMinutes} from '../../src/index.js'
import {renderDocx} from '../../src/render/docx/index.js'
import {renderHtml} from '../../src/render/html/index.js'
import {fixtures} from '../helpers/fixtures.js'
import {wordsOf} from '../helpers/words.js'
import {parseXml, unzipDocx} from './docx/helpers.js'

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'

/** Elements whose content is not part of the words around them. */
const phrasing = new Set(['a', 'abbr', 'b', 'code', 'del', 'em', 'i', 'mark', 'small', 'span', 'strong', 'sub', 'sup', 'time', 'u'])

/** The text of an HTML fragment in reading order, a line break between blocks. */
function htmlText(html: string): string {
  let text = ''
  const stack: Nodes[] = [fromHtml(html, {fragment: true})]
  while (stack.length > 0) {
    const node = stack.pop()!
    if (node.type === 'text') text += node.value
    else if (node.type === 'element' && node.tagName === 'br') text += '\n'
    else if ('children' in node) {
      const block = node.type === 'element' && !phrasing.has(node.tagName)
      if (block) text += '\n'
      if (block) stack.push({type: 'text', value: '\n'})
      for (let index = node.children.length - 1; index >= 0; index--) stack.push(node.children[index]!)
    }
  }
  return text
}

/** The text of word/document.xml in reading order, a line break between paragraphs. */
function docxText(xml: string): string {
  let text = ''
  const walk = (node: Element) => {
    for (let child = node.firstChild as Element | null; child; child = child.nextSibling as Element | null) {
      if (child.nodeType !== 1 || child.namespaceURI !== W) continue
      if (child.localName === 't') text += child.textContent ?? ''
      else if (child.localName === 'tab') text += '\t'
      else if (child.localName === 'br') text += '\n'
      else if (child.localName === 'instrText') continue
      else {
        walk(child)
        if (child.localName === 'p') text += '\n'
      }
    }
  }
  walk(parseXml(xml).documentElement as unknown as Element)
  return text
}

describe.each(fixtures())('fixture $name', ({input}) => {
  test('the HTML body and the DOCX document hold the same words in the same order', async () => {
    const {seminar} = parseMinutes(input, {name: 'input.md'})
    const html = wordsOf(htmlText(renderHtml(seminar, {template: '{{body}}'})))
    const docx = wordsOf(docxText(unzipDocx(await renderDocx(seminar))['word/document.xml']!))
    // The first difference with the words around it, readable in a failure.
    const first = html.findIndex((word, index) => word !== docx[index])
    const at = first === -1 ? Math.min(html.length, docx.length) : first
    const around = (words: string[]) => words.slice(Math.max(0, at - 8), at + 8).join(' ')
    expect(around(docx), `DOCX against HTML from word ${at}`).toBe(around(html))
    expect(docx).toEqual(html)
  })
})
