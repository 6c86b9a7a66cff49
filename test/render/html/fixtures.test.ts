/**
 * Every fixture through the HTML renderer: exact golden file, html-validate,
 * and no word of the minutes lost. `UPDATE=1` rewrites the golden files.
 */
import path from 'node:path'
import {describe, expect, test} from 'vitest'
import {renderHtml} from '../../../src/render/html/index.js'
import {pageText} from './page-text.js'
import {contentWords, missingWords, wordsOf} from '../../helpers/words.js'
import {expectGolden} from '../../helpers/golden.js'
import {fixture, fixtureNames} from './pages.js'
import {validationErrors} from './validate.js'

/** Front-matter keys the extractor turns into fields; the keys themselves are syntax, not content. */
const frontMatterKeys = ['title', 'date', 'place', 'lang', 'schedule']

describe.each(fixtureNames())('fixture %s', (name) => {
  const {seminar, text} = fixture(name)
  const html = renderHtml(seminar)

  test('matches expected.html', () => {
    expectGolden(path.join('fixtures', name, 'expected.html'), html)
  })

  test('passes html-validate', async () => {
    expect(await validationErrors(html)).toEqual([])
  })

  test('keeps every word of the minutes, as often as they appear', () => {
    const source = contentWords(stripFrontMatterSyntax(text, seminar.lang))
    expect(missingWords(source, wordsOf(pageText(html)))).toEqual([])
  })
})

/** The input without front-matter delimiters, known keys and the `lang` value (it becomes the `lang` attribute). */
function stripFrontMatterSyntax(text: string, lang: string): string {
  const match = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/.exec(text)
  if (!match) return text
  const body = match[1]!
    .split(/\r?\n/)
    .map((line) => {
      const key = /^(\w+)\s*:\s*(.*)$/.exec(line)
      if (!key || !frontMatterKeys.includes(key[1]!)) return line
      return key[1] === 'lang' && key[2]!.trim() === lang ? '' : key[2]!
    })
    .join('\n')
  return body + '\n' + text.slice(match[0].length)
}
