/**
 * Titles as hand-typed notes write them: hashes without their space, a
 * section title over its text with no blank line, the agenda's own heading,
 * a title block of bold lines.
 */
import {describe, expect, it} from 'vitest'
import {parseMinutes} from '../../src/index.js'

const sections = (text: string) => parseMinutes(text).seminar.sections.map((section) => [section.label ?? '', section.number ?? null, section.title])

describe('unspaced headings', () => {
  it('reads `#TOP 3: Kasse`, `####Top4 Termine` and `##3- Compost` as headings of their depth', () => {
    const text = '# Protokoll\n\n#TOP 3: Kasse\n\nText.\n\n####Top4 Termine\nNächste Woche.\n\n##5- Compost\n'
    expect(sections(text)).toEqual([['TOP', 3, 'Kasse'], ['Top', 4, 'Termine'], ['', 5, 'Compost']])
    const {seminar} = parseMinutes(text)
    expect(seminar.diagnostics.filter((diagnostic) => diagnostic.ruleId === 'heading-without-space').map((diagnostic) => [diagnostic.severity, diagnostic.line])).toEqual([
      ['info', 3],
      ['info', 7],
      ['info', 10],
    ])
    // The line after the title stays, as a paragraph of the section.
    expect(JSON.stringify(seminar.sections[1]!.blocks)).toContain('Nächste Woche.')
  })

  it('leaves hashtags and other glued text as it is', () => {
    const {seminar} = parseMinutes('# Notes\n\n#meeting #weekly\n\n#1 priority is the release\n')
    expect(seminar.sections).toEqual([])
    expect(seminar.diagnostics.map((diagnostic) => diagnostic.ruleId)).not.toContain('heading-without-space')
    expect(JSON.stringify(seminar.intro)).toContain('#meeting #weekly')
  })
})

describe('unspaced headings, not numbered', () => {
  it('reads two hashes or more before a word, and a first line of words, as headings', () => {
    const {seminar} = parseMinutes('#band mtg 9 mar 2025 (at the garage)\n\nhere: sam, Rosie\n\n###merch\nt-shirts left: 14\n\n##kosten\n\nalles bezahlt\n')
    expect(seminar.title).toBe('band mtg 9 mar 2025 (at the garage)')
    expect(seminar.date).toBe('2025-03-09')
    expect(seminar.sections.map((section) => section.title)).toEqual(['merch', 'kosten'])
    expect(seminar.diagnostics.filter((diagnostic) => diagnostic.ruleId === 'heading-without-space').map((diagnostic) => diagnostic.line)).toEqual([1, 5, 8])
  })

  it('leaves a first line of tags, or a single tag, as text', () => {
    for (const text of ['#meeting #weekly\n\nText.\n', '#weekly\n\nText.\n']) {
      const {seminar} = parseMinutes(text)
      expect(seminar.diagnostics.map((diagnostic) => diagnostic.ruleId)).not.toContain('heading-without-space')
    }
  })
})

describe('a dated heading among those that open the file', () => {
  it('is the title, whatever the ranks', () => {
    expect(parseMinutes('## orgarunde chor – 28.1.2025\n\nda: Gudrun\n\n# frühjahrskonzert\n\nText.\n').seminar.title).toBe('orgarunde chor – 28.1.2025')
    expect(parseMinutes('# COMUNE DI ROCCABRUNA\n\n## Verbale n. 4 – seduta del 27 maggio 2024\n\nPresenti: Anna Riva, Carlo Neri\n').seminar.title).toBe('Verbale n. 4 – seduta del 27 maggio 2024')
  })

  it('is not when it is only a date, or labelled, or after other blocks', () => {
    expect(parseMinutes('# Project X\n\n## 2024-05-06\n\nText.\n\n## 2024-05-13\n\nText.\n').seminar.title).toBe('Project X')
    expect(parseMinutes('# Task Force\n\n### Meeting Date/Time: Jun 4, 2024, 14:00\n\nText.\n').seminar.title).toBe('Task Force')
    expect(parseMinutes('# Association\n\nIntro.\n\n## Réunion du 12 mars 2024\n\nText.\n').seminar.title).toBe('Association')
  })
})

describe('section titles over their text', () => {
  it('splits `**2) Budget**` and `Punto 2. Presupuesto` from the lines under them', () => {
    expect(sections('# Acta\n\n**1) Cuentas**\nSe revisan las cuentas.\n\nPunto 2. Presupuesto\nSe aprueba.\n')).toEqual([
      ['', 1, 'Cuentas'],
      ['Punto', 2, 'Presupuesto'],
    ])
  })

  it('keeps a run of agenda lines together: it is the agenda, not its sections', () => {
    const {seminar} = parseMinutes('# Protokoll\n\n## Tagesordnung\n\nTOP 1 Begrüßung\nTOP 2 Kasse\n')
    expect(seminar.sections).toEqual([])
    expect(JSON.stringify(seminar.intro)).toContain('TOP 2 Kasse')
  })

  it('does not make the agenda heading a section', () => {
    for (const heading of ['Ordre du jour', 'Agenda', 'Tagesordnung', 'Ordine del giorno', 'Orden del día']) {
      expect(sections(`# Réunion\n\n## ${heading}\n\n1. Budget\n2. Divers\n\n## 1. Budget\n\nTexte.\n`), heading).toEqual([['', 1, 'Budget']])
    }
  })
})

describe('a title block of bold lines', () => {
  it('gives the first bold line as the title and keeps the others as paragraphs', () => {
    const {seminar} = parseMinutes('**VERBALE DI ASSEMBLEA ORDINARIA**\n**Condominio "Residenza dei Tigli"**\n\nPresenti: Anna Rossi\n')
    expect(seminar.title).toBe('VERBALE DI ASSEMBLEA ORDINARIA')
    expect(JSON.stringify(seminar.intro)).toContain('Condominio')
  })
})
