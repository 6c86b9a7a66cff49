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
