/**
 * Every fixture through the HTML renderer: exact golden file, html-validate,
 * and no word of the minutes lost. `UPDATE=1` rewrites the golden files.
 */
import {existsSync, readFileSync, writeFileSync} from 'node:fs'
import {describe, expect, test} from 'vitest'
import {renderHtml} from '../../../src/render/html/index.js'
import type {Seminar} from '../../../src/types.js'
import {pageText, words} from './page-text.js'
import {fixture, fixtureNames, fixtures} from './pages.js'
import {validationErrors} from './validate.js'

const update = Boolean(process.env.UPDATE)

/**
 * Fixtures whose words may go missing on purpose: the XSS minutes are raw
 * HTML whose scripts, styles and attributes are dropped by design.
 */
const lossy = new Set(['xss'])

/** Front-matter keys the extractor turns into fields; the keys themselves are syntax, not content. */
const frontMatterKeys = ['title', 'date', 'place', 'lang', 'schedule']

describe.each(fixtureNames())('fixture %s', (name) => {
  const {seminar, text} = fixture(name)
  const html = renderHtml(seminar)

  test('matches expected.html', () => {
    const expected = new URL(`${name}/expected.html`, fixtures)
    if (update || !existsSync(expected)) {
      if (!update) throw new Error(`fixtures/${name}/expected.html is missing: run UPDATE=1 npx vitest run test/render/html`)
      writeFileSync(expected, html)
    }
    expect(html).toBe(readFileSync(expected, 'utf8'))
  })

  test('passes html-validate', async () => {
    expect(await validationErrors(html)).toEqual([])
  })

  test.skipIf(lossy.has(name))('keeps every word of the minutes', () => {
    const shown = words(pageText(html))
    const restated = restatedWords(seminar)
    const missing = [...words(content(text, seminar.lang))].filter((word) => !shown.has(word) && !restated.has(word))
    expect(missing).toEqual([])
  })
})

/**
 * Words of the cues the extractor recognized and the report restates in its
 * own labels: "animée par" / "moderated by" become "Animé par" /
 * "Facilitated by", a "Nom, Prénom | Structure" header becomes the table's
 * own column names, "le 3 mars 2021" is written out as "3 mars 2021". Names
 * are not exempt: a dropped facilitator still fails the test.
 */
function restatedWords(seminar: Seminar): Set<string> {
  const cues: string[] = [seminar.dateText ?? '', seminar.schedule?.raw ?? '', ...(seminar.participantsColumns ?? [])]
  const names: string[] = []
  for (const atelier of seminar.ateliers) {
    cues.push(atelier.facilitatorsText ?? '', ...(atelier.participantsColumns ?? []))
    names.push(...atelier.facilitators.map((person) => person.name))
  }
  const kept = words(names.join(' '))
  return new Set([...words(cues.join(' '))].filter((word) => !kept.has(word)))
}

/**
 * The input as content: without task-list markers (`[x]` becomes a glyph),
 * raw HTML tags and comments (markup, not words; scripts and styles are
 * dropped with their content on purpose), and front-matter syntax.
 */
function content(text: string, lang: string): string {
  return stripFrontMatterSyntax(text, lang)
    .replace(/^(\s*(?:[-*+]|\d+[.)])\s+)\[[xX ]\]/gm, '$1')
    .replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/gi, ' ')
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/<\/?[a-zA-Z][a-zA-Z\d-]*(?:\s[^<>]*)?\/?>/g, ' ')
}

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
