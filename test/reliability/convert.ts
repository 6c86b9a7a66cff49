/**
 * The whole library pipeline for the reliability tests: parse, then every
 * renderer, with the checks every output must pass whatever the input.
 */
import {DOMParser} from '@xmldom/xmldom'
import {expect} from 'vitest'
import {InputError, parseMinutes, renderDocx, renderHtml, renderJson} from '../../src/index.js'
import type {Seminar} from '../../src/types.js'
import {documentText, parseXml, unzipDocx} from '../render/docx/helpers.js'
import {pageText} from '../render/html/page-text.js'

export interface Converted {
  readonly seminar: Seminar
  /** The text the parser read (decoded, cleaned). */
  readonly text: string
  readonly json: string
  readonly html: string
  readonly parts: Record<string, string>
  /** The words shown in each output (JSON without positions). */
  readonly jsonText: string
  readonly htmlText: string
  readonly docxText: string
}

/**
 * The JSON's string and number values without source positions (whose
 * numbers would hide lost numbers), unescaped: in the serialized JSON a tab
 * before a word ("\\tGIRARD") would glue an escape letter to it.
 */
export function jsonWithoutPositions(json: string): string {
  const parts: string[] = []
  JSON.parse(json, (key, value: unknown) => {
    if (key !== 'position' && (typeof value === 'string' || typeof value === 'number')) parts.push(String(value))
    return value
  })
  return parts.join(' ')
}

/**
 * Every XML part of a .docx must parse with a strict XML parser. xmldom
 * warns about U+FFFD, which is a valid XML character: the minutes' own
 * replacement characters (invalid UTF-8 read with a BOM) are allowed.
 */
export function expectValidDocx(parts: Record<string, string>): void {
  const xmlParts = Object.keys(parts).filter((part) => part.endsWith('.xml') || part.endsWith('.rels'))
  expect(xmlParts).toContain('word/document.xml')
  for (const part of xmlParts) {
    const text = parts[part]!
    if (text.includes('\uFFFD')) {
      new DOMParser({
        onError: (level, message) => {
          if (level === 'warning' && /replacement character/i.test(message)) return
          throw new Error(`${part}: XML ${level}: ${message}`)
        },
      }).parseFromString(text, 'text/xml')
    } else {
      parseXml(text, part)
    }
  }
}

/** No script, no event-handler attribute, no javascript: URL. */
export function expectSafeHtml(html: string): void {
  expect(html).not.toMatch(/<script/i)
  // Attribute values removed first: a quoted URL may hold " on…=" as data.
  const tags = html.replace(/"[^"]*"/g, '""').match(/<[a-z][^>]*>/gi) ?? []
  expect(tags.filter((tag) => /\son\w+\s*=/i.test(tag))).toEqual([])
  expect(html).not.toMatch(/\s(?:href|src)\s*=\s*["']?\s*javascript:/i)
}

/** Converts through the library API to all three formats and checks what every output must be. */
export async function convert(input: string | Uint8Array): Promise<Converted> {
  const {seminar, file} = parseMinutes(input, {name: 'minutes.md'})
  const json = renderJson(seminar)
  const html = renderHtml(seminar)
  const parts = unzipDocx(await renderDocx(seminar))
  expectValidDocx(parts)
  expectSafeHtml(html)
  return {
    seminar,
    text: String(file.value),
    json,
    html,
    parts,
    jsonText: jsonWithoutPositions(json),
    htmlText: pageText(html),
    // Validity is checked above; xmldom's warning on U+FFFD is not wanted here.
    docxText: documentText(parts['word/document.xml']!.replaceAll('\uFFFD', ' ')),
  }
}

/** Either converts, or refuses with one `InputError`; anything else thrown fails the test. */
export async function convertOrRefuse(input: string | Uint8Array): Promise<Converted | InputError> {
  try {
    return await convert(input)
  } catch (error) {
    if (error instanceof InputError) {
      expect(error.message).not.toContain('\n')
      return error
    }
    throw error
  }
}
