import {describe, expect, it} from 'vitest'
import {findDate, findTimes, looksLikeDate} from '../../src/extract/dates.js'

describe('findDate', () => {
  it.each([
    ['Grenoble, Hôtel du Département, 24 octobre 2019', '2019-10-24', '24 octobre 2019'],
    ['le 3 mars 2021', '2021-03-03', 'le 3 mars 2021'],
    ['Le jeudi 1er février 2024 à Lyon', '2024-02-01', 'Le jeudi 1er février 2024'],
    ['2019-10-24', '2019-10-24', '2019-10-24'],
    ['October 24, 2019', '2019-10-24', 'October 24, 2019'],
    ['on Monday, March 4th, 2024', '2024-03-04', 'on Monday, March 4th, 2024'],
    ['24 October 2019', '2019-10-24', '24 October 2019'],
    ['Réunion du 05/02/2019', '2019-02-05', '05/02/2019'],
    ['14 août 2020', '2020-08-14', '14 août 2020'],
    ['7 déc. 2021', '2021-12-07', '7 déc. 2021'],
  ])('reads %j', (text, iso, written) => {
    expect(findDate(text)).toMatchObject({iso, text: written})
  })

  it.each(['le 32 octobre 2019', '31 février 2020', 'salle 3 mars', 'en 2019', 'Atelier 2'])('finds no date in %j', (text) => {
    expect(findDate(text)).toBeUndefined()
  })

  it('does not take the end of a word for an article', () => {
    expect(findDate('Salle 3 mars 2021')).toMatchObject({text: '3 mars 2021'})
  })

  it('reads the same in text with characters past Latin-1 (a two-byte string for V8)', () => {
    expect(findDate('Grenoble — l’Hôtel du Département, le jeudi 24 octobre 2019')).toMatchObject({iso: '2019-10-24', text: 'le jeudi 24 octobre 2019'})
    expect(findDate('Совещание: 24 octobre 2019')).toMatchObject({iso: '2019-10-24', text: '24 octobre 2019'})
  })

  it('tells a date it cannot read from text with no date', () => {
    expect(looksLikeDate('le 32 octobre 2019')).toBe(true)
    expect(looksLikeDate('Bilan de la mi-Octobre 2019')).toBe(true)
    expect(looksLikeDate('Ateliers 15h00 - 16h30')).toBe(false)
    expect(looksLikeDate('le 12 ventôse 2019')).toBe(false)
    expect(looksLikeDate('Salle Octobrerouge 2019')).toBe(false)
  })
})

describe('findTimes', () => {
  it.each([
    ['Ateliers 15h00 - 16h30', '15:00', '16:30'],
    ['9h-12h30', '09:00', '12:30'],
    ['3:00–4:30 pm', '15:00', '16:30'],
    ['15:00-16:30', '15:00', '16:30'],
    ['de 9h à 12h', '09:00', '12:00'],
    ['10 am to 12 pm', undefined, undefined],
  ])('reads %j', (text, start, end) => {
    const times = findTimes(text)
    expect(times?.start).toBe(start)
    expect(times?.end).toBe(end)
  })

  it('reads a single time', () => {
    expect(findTimes('à partir de 14h')).toMatchObject({start: '14:00'})
  })

  it('refuses impossible times', () => {
    expect(findTimes('25h00 - 26h00')).toBeUndefined()
  })
})
