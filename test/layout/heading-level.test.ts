import {describe, expect, test} from 'vitest'
import {parseMinutes, renderDocx, renderHtml} from '../../src/index.js'
import {nestedHeadingLevel} from '../../src/layout/heading-level.js'
import {dumpDocument, unzipDocx} from '../render/docx/helpers.js'

describe('headings left as content', () => {
  test('sit one below their owner, deeper only as the source nests them, never skipping a level', () => {
    const stack: number[] = []
    expect([4, 6, 6, 5, 2, 3].map((depth) => nestedHeadingLevel(stack, 1, depth))).toEqual([2, 3, 3, 3, 2, 3])
    expect(nestedHeadingLevel([], 5, 2)).toBe(6)
    expect([1, 2, 3, 4, 5, 6].map((depth, index, depths) => nestedHeadingLevel(depths.slice(0, index), 3, depth))).toEqual([4, 5, 6, 6, 6, 6])
  })

  test('get the same levels in the HTML and the DOCX (where the title is h1 but not a Heading)', async () => {
    const {seminar} = parseMinutes('# S\n\n### Atelier 1 : Eau\n\n#### 1. Vision\n\n- a\n\n###### Note\n\ntext\n\n##### Sub\n\ntext\n')
    const html = renderHtml(seminar)
    expect(html).toMatch(/<h3><span class="section-number">1\.<\/span> Vision<\/h3>[\s\S]*<h4>Note<\/h4>[\s\S]*<h4>Sub<\/h4>/)
    const dump = dumpDocument(unzipDocx(await renderDocx(seminar))).split('\n')
    const styleOf = (text: string) => /^\{(Heading\d)\} /.exec(dump.find((line) => line.endsWith(`} ${text}`)) ?? '')?.[1]
    // Before the shared rule, the DOCX wrote Heading6 and Heading5 here.
    expect([styleOf('1. Vision'), styleOf('Note'), styleOf('Sub')]).toEqual(['Heading2', 'Heading3', 'Heading3'])
  })
})
