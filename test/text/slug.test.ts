import {describe, expect, it} from 'vitest'
import {parseMinutes} from '../../src/index.js'
import {Slugger, slug} from '../../src/text/slug.js'

describe('slugs', () => {
  it('fold accents and punctuation', () => {
    expect(slug('Opportunités & freins !')).toBe('opportunites-freins')
    expect(slug('¿?')).toBe('untitled')
  })

  it('stay unique even when a heading already carries the suffix', () => {
    const ids = new Slugger()
    expect(['vision', 'vision', 'vision-2', 'vision'].map((base) => ids.unique(base))).toEqual(['vision', 'vision-2', 'vision-2-2', 'vision-3'])
    const {seminar} = parseMinutes('# T\n\n## Vision\n\na\n\n## Vision\n\nb\n\n## Vision 2\n\nc\n')
    const sectionIds = seminar.sections.map((section) => section.id)
    expect(new Set(sectionIds).size).toBe(sectionIds.length)
  })
})
