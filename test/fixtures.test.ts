import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {parseMinutes, renderJson} from '../src/index.js'
import {renderJsonBytes} from '../src/render/json.js'
import {decode} from '../src/read/decode.js'
import {fixtures} from './helpers/fixtures.js'
import {expectGolden} from './helpers/golden.js'
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
    expectGolden(path.join(folder, 'expected.json'), json)
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

describe('the JSON as bytes, piece by piece', () => {
  it.each(fixtures())('is byte-identical to renderJson for $name', ({input}) => {
    const {seminar} = parseMinutes(input, {name: 'input.md'})
    expect(Buffer.from(renderJsonBytes(seminar)).equals(Buffer.from(renderJson(seminar), 'utf8'))).toBe(true)
  })

  it('keeps JSON.stringify\'s rules for dates, undefined, empty and nested values', () => {
    const {seminar} = parseMinutes('# T\n')
    const odd = {...seminar, meta: {when: new Date('2020-01-02T00:00:00Z'), gone: undefined, list: [undefined, 1, [], {}, {a: [{b: {c: [1, {d: 'e\nf'}]}}]}], empty: {}}}
    expect(new TextDecoder().decode(renderJsonBytes(odd))).toBe(renderJson(odd))
  })
})
