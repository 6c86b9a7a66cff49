import {existsSync, readdirSync, readFileSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, test} from 'vitest'
import {parseMinutes} from '../../../src/index.js'
import {renderDocx} from '../../../src/render/docx/index.js'
import {contentWords, missingWords, wordsOf} from '../../helpers/words.js'
import {documentText, dumpDocument, parseXml, runWords, unzipDocx} from './helpers.js'

function documentWordList(documentXml: string): string[] {
  return wordsOf(documentText(documentXml))
}

function contentWordsOfValue(value: unknown): string[] {
  return wordsOf(typeof value === 'string' ? value : JSON.stringify(value) ?? '')
}

const root = 'fixtures'
const cases = readdirSync(root, {withFileTypes: true})
  .filter((entry) => entry.isDirectory() && existsSync(join(root, entry.name, 'input.md')))
  .map((entry) => entry.name)
  .sort()

describe.each(cases)('fixture %s', (name) => {
  const dir = join(root, name)
  const rendered = (async () => {
    const bytes = readFileSync(join(dir, 'input.md'))
    const {seminar, file} = parseMinutes(bytes, {name: 'input.md'})
    // The parser decoded the bytes (UTF-16, Windows-1252…); its words are those of that text.
    return {seminar, text: String(file.value), parts: unzipDocx(await renderDocx(seminar))}
  })()

  test('every XML part is well-formed', async () => {
    const {parts} = await rendered
    const xmlParts = Object.keys(parts).filter((part) => part.endsWith('.xml') || part.endsWith('.rels'))
    expect(xmlParts).toContain('word/document.xml')
    for (const part of xmlParts) expect(() => parseXml(parts[part]!, part), part).not.toThrow()
  })

  test('every word of the minutes is in the document', async () => {
    const {parts, text, seminar} = await rendered
    // Front matter is data, not prose: its keys are markup, its values are
    // checked below. The rest is compared word for word, repeats counted.
    const body = text.replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n/, '')
    const expected = contentWords(body)
    expect(missingWords(expected, runWords(parts['word/document.xml']!))).toEqual([])
    const shown = new Set(documentWordList(parts['word/document.xml']!))
    for (const value of Object.values(seminar.meta)) {
      for (const word of contentWordsOfValue(value)) expect(shown, `meta ${word}`).toContain(word)
    }
  })

  test('matches its golden structure (UPDATE=1 rewrites it)', async () => {
    const {parts} = await rendered
    const dump = dumpDocument(parts)
    const golden = join(dir, 'expected.docx.txt')
    if (process.env.UPDATE === '1' || !existsSync(golden)) {
      if (process.env.UPDATE !== '1' && process.env.CI) throw new Error(`${golden} is missing; run with UPDATE=1`)
      writeFileSync(golden, dump)
    }
    expect(dump).toBe(readFileSync(golden, 'utf8'))
  })
})
