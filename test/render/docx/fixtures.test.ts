import {join} from 'node:path'
import {describe, expect, test} from 'vitest'
import {parseMinutes} from '../../../src/index.js'
import {renderDocx} from '../../../src/render/docx/index.js'
import {fixtures} from '../../helpers/fixtures.js'
import {expectGolden} from '../../helpers/golden.js'
import {contentWords, missingWords, wordsOf} from '../../helpers/words.js'
import {documentText, dumpDocument, parseXml, runWords, unzipDocx} from './helpers.js'

function documentWordList(documentXml: string): string[] {
  return wordsOf(documentText(documentXml))
}

function contentWordsOfValue(value: unknown): string[] {
  return wordsOf(typeof value === 'string' ? value : JSON.stringify(value) ?? '')
}

describe.each(fixtures())('fixture $name', ({folder, input}) => {
  const rendered = (async () => {
    const {seminar, file} = parseMinutes(input, {name: 'input.md'})
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
    expectGolden(join(folder, 'expected.docx.txt'), dumpDocument(parts))
  })
})
