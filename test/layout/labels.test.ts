import {describe, expect, it} from 'vitest'
import {formatDate, formatTimeSpan, labelsFor, writtenSaysMore, joinNames, splitWrittenLine} from '../../src/layout/labels.js'

describe('labels', () => {
  it('writes dates out per language', () => {
    expect(formatDate('2019-10-24', 'fr')).toBe('24 octobre 2019')
    expect(formatDate('2021-03-01', 'fr-FR')).toBe('1er mars 2021')
    expect(formatDate('2019-10-24', 'en')).toBe('October 24, 2019')
    expect(formatTimeSpan('15:00', '16:30', 'fr')).toBe('15h00 – 16h30')
    expect(formatDate('2024-03-12', 'de')).toBe('12. März 2024')
    expect(formatDate('2024-03-01', 'it')).toBe('1º marzo 2024')
    expect(formatDate('2024-03-12', 'es')).toBe('12 de marzo de 2024')
    expect(labelsFor('de').facilitatedBy).toBe('Moderiert von')
    expect(labelsFor('pt').facilitatedBy).toBe('Facilitated by')
  })

  it('tells when the wording of the minutes says more than the report', () => {
    expect(writtenSaysMore('3 mars 2021', 'le 3 mars 2021')).toBe(true)
    expect(writtenSaysMore('5 février 2019', '2019-02-05')).toBe(true)
    expect(writtenSaysMore('24 octobre 2019', '24 octobre 2019')).toBe(false)
    expect(writtenSaysMore('24 octobre 2019', undefined)).toBe(false)
  })
})

describe('facilitators', () => {
  const lead = {name: 'Emilie Lanciano', role: 'facilitator'}
  const assistant = {name: 'Agnès Bachelot', role: 'assistant'}

  it('joins names in the language of the document', () => {
    expect(joinNames([], 'et')).toBe('')
    expect(joinNames(['A'], 'et')).toBe('A')
    expect(joinNames(['A', 'B', 'C'], 'and')).toBe('A, B and C')
  })

  it('cuts the written line where it names people, capitalized, keeping every word', () => {
    expect(splitWrittenLine('animé par Emilie Lanciano + Agnès Bachelot', [lead, assistant])).toEqual([
      {text: 'Animé par '}, {person: lead}, {text: ' + '}, {person: assistant},
    ])
    // A name the line does not hold is skipped; an empty one never matches.
    expect(splitWrittenLine('animé par Emilie Lanciano', [{name: '', role: 'facilitator'}, assistant, lead])).toEqual([{text: 'Animé par '}, {person: lead}])
  })
})
