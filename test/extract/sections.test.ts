import {describe, expect, it} from 'vitest'
import {parseMinutes} from '../../src/index.js'

describe('sections', () => {
  it('a "Participants" heading followed by prose, not a list, is an ordinary section', () => {
    const {seminar} = parseMinutes('# T\n\n## Contexte\n\ntexte\n\n## Participants\n\n*Qui était là ?*\n\nUne trentaine de personnes.\n\n## Suite\n\nfin\n')
    expect(seminar.sections.map((section) => [section.title, section.blocks.map((block) => block.type)])).toEqual([
      ['Contexte', ['paragraph']],
      ['Participants', ['paragraph']],
      ['Suite', ['paragraph']],
    ])
    expect(seminar.sections[1]!.prompt).toHaveLength(1)
    expect(seminar.attendance).toEqual([])
  })
})

describe('headings of the title block', () => {
  const titlesOf = (markdown: string) => parseMinutes(markdown, {name: 'input.md'}).seminar.sections.map((section) => section.title)

  it('open no section: the heading right under the title that no later heading matches in rank, and those above a dated title', () => {
    const subtitle = parseMinutes('# Consulta dei Giovani\n\n## Verbale della seduta ordinaria\n\nPresenti: Anna Riva, Carlo Neri\n\n### 1. Bilancio\n\nTesto.\n\n### 2. Varie\n\nTesto.\n', {name: 'input.md'}).seminar
    expect(subtitle.sections.map((section) => section.title)).toEqual(['Bilancio', 'Varie'])
    expect(JSON.stringify(subtitle.intro)).toContain('Verbale della seduta ordinaria')
    expect(titlesOf('# COMUNE DI ROCCA\n\n## Verbale – seduta del 27 maggio 2024\n\nTesto.\n\n### Bilancio\n\nTesto.\n')).toEqual(['Bilancio'])
  })

  it('a heading under the title that later headings match is a section', () => {
    expect(titlesOf('# Projet\n\n## Introduction\n\nTexte.\n\n## Budget\n\nTexte.\n')).toEqual(['Introduction', 'Budget'])
  })
})

describe('headings whose ranks say nothing', () => {
  const titlesOf = (markdown: string) => parseMinutes(markdown, {name: 'input.md'}).seminar.sections.map((section) => section.title)

  it('each open a section: a heading two ranks below the one before it, or each heading of its own rank', () => {
    expect(titlesOf('# réunion APE\n\n## marché de noël\n\ntexte\n\n#### tombola\n\ntexte\n\n### photos de classe\n\ntexte\n')).toEqual(['marché de noël', 'tombola', 'photos de classe'])
    expect(titlesOf('## orgarunde chor – 28.1.2025\n\n# frühjahrskonzert\n\ntext\n\n## kosten\n\ntext\n\n### neue mitglieder\n\ntext\n\n#### sonstiges\n\ntext\n')).toEqual(['frühjahrskonzert', 'kosten', 'neue mitglieder', 'sonstiges'])
  })

  it('nest when they step down one rank at a time and siblings share a rank', () => {
    const {seminar} = parseMinutes('# Board\n\n## Budget\n\ntext\n\n### Income\n\ntext\n\n### Costs\n\ntext\n\n## Hall\n\ntext\n', {name: 'input.md'})
    expect(seminar.sections.map((section) => section.title)).toEqual(['Budget', 'Hall'])
  })
})
