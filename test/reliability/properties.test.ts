/**
 * Property tests: Markdown-like minutes built from the constructs of real
 * minutes never make the pipeline throw; the JSON matches the schema, the
 * DOCX is well-formed XML, the HTML is safe, and no content word is lost.
 */
import {readFileSync} from 'node:fs'
import Ajv2020Module from 'ajv/dist/2020.js'
import fc from 'fast-check'
import {describe, expect, test} from 'vitest'
import {contentWords, missingWords, wordsOf} from '../helpers/words.js'
import {convert} from './convert.js'

const Ajv2020 = Ajv2020Module.default
const schema = JSON.parse(readFileSync(new URL('../../schema/seminar.schema.json', import.meta.url), 'utf8')) as object
const validate = new Ajv2020({strict: true, allErrors: true}).compile(schema)

const word = fc.constantFrom('Grenoble', 'innovation', 'Cap', 'Rural', 'été', 'œuvre', 'Zoë', 'mobilité', 'agir', 'x', '42', 'B12', 'CIEDEL', 'صباح', '日本', '👍')
const words = fc.array(word, {minLength: 1, maxLength: 6}).map((list) => list.join(' '))
const inline = fc.oneof(
  words,
  words.map((text) => `**${text}**`),
  words.map((text) => `*${text}*`),
  words.map((text) => `<b>${text}</b>`),
  words.map((text) => `<i>${text}</i>`),
  words.map((text) => `<span onclick="alert(1)">${text}</span>`),
  words.map((text) => `<script>alert("${text}")</script>`),
  words.map((text) => `[${text}](https://example.org/${text.split(' ')[0]})`),
  words.map((text) => `[${text}](javascript:alert(1))`),
)
const line = fc.array(inline, {minLength: 1, maxLength: 4}).map((parts) => parts.join(' '))
const person = fc.tuple(word, word).map(([first, last]) => `${first} ${last.toUpperCase()}`)
const block = fc.oneof(
  fc.tuple(fc.integer({min: 1, max: 6}), fc.integer({min: 1, max: 60}), fc.constantFrom('Atelier', 'Workshop'), fc.option(words)).map(
    ([depth, number, cue, topic]) => `${'#'.repeat(depth)} ${cue} ${number}${cue === 'Atelier' ? ' :' : ':'}${topic ? ` ${topic}` : ''}`,
  ),
  fc.tuple(fc.integer({min: 1, max: 6}), fc.integer({min: 1, max: 9}), words).map(([depth, number, title]) => `${'#'.repeat(depth)} ${number}. ${title}`),
  words.map((text) => `**${text}**`),
  words.map((text) => `*${text} ?*`),
  fc.tuple(person, person, person).map(([a, b, c]) => `animé par ${a} et ${b} + ${c}`),
  fc.array(fc.tuple(person, words), {minLength: 1, maxLength: 4}).map(
    (rows) => `Participants :\n\n\tNom, Prénom\tOrganisation\n${rows.map(([name, org], index) => `${index + 1}\t${name}\t${org}`).join('\n')}`,
  ),
  fc.array(fc.tuple(person, words), {minLength: 1, maxLength: 4}).map(
    (rows) => `| Nom | Organisation |\n| --- | --- |\n${rows.map(([name, org]) => `| ${name} | ${org} |`).join('\n')}`,
  ),
  fc.array(fc.tuple(fc.boolean(), line), {minLength: 1, maxLength: 5}).map((items) => items.map(([nested, text]) => `${nested ? '  ' : ''}- ${text}`).join('\n')),
  fc.array(line, {minLength: 1, maxLength: 4}).map((items) => items.map((text, index) => `${index + 1}. ${text}`).join('\n')),
  line,
)
const frontMatter = fc.option(fc.tuple(words, fc.constantFrom('2019-10-24', '24 octobre 2019', 'demain')).map(([title, date]) => `---\ntitle: ${title}\ndate: ${date}\n---\n\n`))
const minutes = fc.tuple(frontMatter, fc.array(block, {minLength: 1, maxLength: 12})).map(([front, blocks]) => `${front ?? ''}${blocks.join('\n\n')}\n`)

/**
 * The words every report must show: all of the minutes' content, scripts'
 * text and refused URLs included, but for front matter keys (syntax) and the
 * participants header, which the reports restate as their own column labels
 * (in English when the random words read as English).
 */
function expectedWords(markdown: string): string[] {
  return contentWords(markdown.replace(/^---\ntitle: ([\s\S]*?)\ndate: ([\s\S]*?)\n---\n/, '$1\n\n$2\n'))
    .filter((value) => !['nom', 'prénom', 'organisation'].includes(value))
}

describe('arbitrary minutes', () => {
  test('never throw; valid JSON, well-formed DOCX, safe HTML, no word lost', async () => {
    await fc.assert(
      fc.asyncProperty(minutes, async (markdown) => {
        const converted = await convert(markdown)
        expect(validate(JSON.parse(converted.json)), JSON.stringify(validate.errors)).toBe(true)
        const expected = expectedWords(markdown)
        expect(missingWords(expected, wordsOf(converted.jsonText)), 'JSON').toEqual([])
        expect(missingWords(expected, wordsOf(converted.htmlText)), 'HTML').toEqual([])
        expect(missingWords(expected, wordsOf(converted.docxText)), 'DOCX').toEqual([])
      }),
      {numRuns: 50, seed: 20191024, verbose: true},
    )
  }, 120_000)
})
