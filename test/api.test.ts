import {createHash} from 'node:crypto'
import {readFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import * as api from '../src/index.js'
import {root} from './helpers/fixtures.js'

describe('public API', () => {
  it('exports exactly these values (types are checked by tsc)', () => {
    expect(Object.keys(api).sort()).toEqual(['InputError', 'ReferenceDocxError', 'TemplateError', 'attendedCount', 'parseMinutes', 'participantsOf', 'redact', 'renderDocx', 'renderHtml', 'renderJson', 'rules'])
  })

  it('parses text as well as bytes', () => {
    const fromText = api.parseMinutes('# Séminaire\n\n## Atelier 1 : Eau\n\nanimé par Léa Roux\n')
    expect(fromText.seminar.source.encoding).toBe('string')
    expect(fromText.seminar.ateliers[0]!.topic).toBe('Eau')
    const fromBytes = api.parseMinutes(new TextEncoder().encode('# Séminaire\n'))
    expect(fromBytes.seminar.source.encoding).toBe('utf-8')
    expect(fromBytes.seminar.source.sha256).toBe(createHash('sha256').update('# Séminaire\n').digest('hex'))
  })

  it('documents every rule id in one list, and in the README', () => {
    const readme = readFileSync(path.join(root, 'README.md'), 'utf8')
    for (const [id, text] of Object.entries(api.rules)) {
      expect(readme).toContain(`| \`${id}\` |`)
      expect(id).toMatch(/^[a-z]+(-[a-z0-9]+)*$/)
      expect(text.length).toBeGreaterThan(10)
    }
  })
})
