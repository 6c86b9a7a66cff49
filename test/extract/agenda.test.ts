/**
 * The agenda listed first, its items taken by number in the body: the
 * agenda titles the sections the numbered labels open.
 */
import {describe, expect, it} from 'vitest'
import {parseMinutes} from '../../src/index.js'

const sections = (text: string) => parseMinutes(text).seminar.sections.map((section) => [section.label ?? '', section.number ?? null, section.title])

describe('agenda items taken by number', () => {
  it('titles "**Punto 1.** …" by the agenda announced at the end of a sentence', () => {
    const text = "# Verbale\n\nSi discute il seguente ordine del giorno:\n\n1. Bilancio;\n2. Feste.\n\n**Punto 1.** Il bilancio è approvato.\n\n**Punto 2.** Si discute.\n"
    expect(sections(text)).toEqual([['Punto', 1, 'Bilancio'], ['Punto', 2, 'Feste']])
  })

  it('reads the agenda under its heading, and a bare bold number when the agenda has it', () => {
    const text = '# Acta\n\n## Orden del día\n\n1. Cuentas\n2. Fiestas\n\n**1.** Se revisan las cuentas.\n\n**2)** Se habla de las fiestas.\n'
    expect(sections(text)).toEqual([['', 1, 'Cuentas'], ['', 2, 'Fiestas']])
  })

  it('keeps the paragraph whole in its section, label included', () => {
    const {seminar} = parseMinutes('# Protokoll\n\n## Tagesordnung\n\n1. Kasse\n\n**TOP 1:** Der Kassenstand ist gut.\n')
    expect(seminar.sections[0]).toMatchObject({label: 'TOP', number: 1, title: 'Kasse'})
    expect(JSON.stringify(seminar.sections[0]!.blocks)).toContain('Der Kassenstand ist gut.')
    expect(JSON.stringify(seminar.sections[0]!.blocks)).toContain('TOP 1:')
  })

  it('opens nothing for a bold number without an agenda, nor for a bold word', () => {
    expect(sections('# Notes\n\n**1.** premier point sans ordre du jour\n\n**Important** : à lire.\n')).toEqual([])
  })
})
