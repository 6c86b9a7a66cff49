import {existsSync, readFileSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {parseMinutes, renderJson} from '../src/index.js'
import {decode} from '../src/read/decode.js'
import {fixtures, updating} from './helpers/fixtures.js'
import {contentWords, missingWords, wordsOf} from './helpers/words.js'

/**
 * The JSON's keys and values as text, without source positions (whose line
 * numbers would hide lost numbers) and unescaped ("\\nLa" in JSON is a line
 * break before "La", not a word "nLa").
 */
function jsonWithoutPositions(json: string): string {
  const parts: string[] = []
  const visit = (value: unknown): void => {
    if (typeof value === 'string' || typeof value === 'number') parts.push(String(value))
    else if (Array.isArray(value)) value.forEach(visit)
    else if (value && typeof value === 'object') {
      for (const [key, inner] of Object.entries(value)) {
        if (key === 'position') continue
        parts.push(key)
        visit(inner)
      }
    }
  }
  visit(JSON.parse(json))
  return parts.join(' ')
}

describe.each(fixtures())('fixture $name', ({name, folder, input}) => {
  const {seminar} = parseMinutes(input, {name: 'input.md'})
  const json = renderJson(seminar)

  it('matches expected.json byte for byte', () => {
    const expectedPath = path.join(folder, 'expected.json')
    if (updating || !existsSync(expectedPath)) writeFileSync(expectedPath, json)
    expect(json).toBe(readFileSync(expectedPath, 'utf8'))
  })

  it('keeps every word of the input in the JSON', () => {
    const source = contentWords(decode(input).text)
    expect(source.length, `${name} has words`).toBeGreaterThan(0)
    expect(missingWords(source, wordsOf(jsonWithoutPositions(json)))).toEqual([])
  })

  it('gives the same bytes when converted again', () => {
    expect(renderJson(parseMinutes(input, {name: 'input.md'}).seminar)).toBe(json)
  })
})
