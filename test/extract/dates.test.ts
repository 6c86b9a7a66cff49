import {describe, expect, it} from 'vitest'
import {findDate, findTimes, looksLikeImpossibleDate} from '../../src/extract/dates.js'

describe('findDate', () => {
  it.each([
    ['Grenoble, Hôtel du Département, 24 octobre 2019', '2019-10-24', '24 octobre 2019'],
    ['le 3 mars 2021', '2021-03-03', 'le 3 mars 2021'],
    ['Le jeudi 1er février 2024 à Lyon', '2024-02-01', 'Le jeudi 1er février 2024'],
    ['2019-10-24', '2019-10-24', '2019-10-24'],
    ['October 24, 2019', '2019-10-24', 'October 24, 2019'],
    ['on Monday, March 4th, 2024', '2024-03-04', 'on Monday, March 4th, 2024'],
    ['24 October 2019', '2019-10-24', '24 October 2019'],
    ['Réunion du 05/02/2019', '2019-02-05', 'du 05/02/2019'],
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

  it('tells a date that cannot exist from text with no date', () => {
    expect(looksLikeImpossibleDate('le 32 octobre 2019')).toBe(true)
    expect(looksLikeImpossibleDate('31/02/2020')).toBe(true)
    expect(looksLikeImpossibleDate('2019-13-01')).toBe(true)
    expect(looksLikeImpossibleDate('Bilan de la mi-Octobre 2019')).toBe(false)
    expect(looksLikeImpossibleDate('Ateliers 15h00 - 16h30')).toBe(false)
    expect(looksLikeImpossibleDate('le 12 ventôse 2019')).toBe(false)
    expect(looksLikeImpossibleDate('24 octobre 2019')).toBe(false)
  })

  it.each([
    ['# March 3, 2021 Meeting Notes', '2021-03-03', 'March 3, 2021'],
    ['2024-05-06 Community Call', '2024-05-06', '2024-05-06'],
    ['GT Adresse 12 avril 2022', '2022-04-12', '12 avril 2022'],
    ['Meeting Date/Time: Jun 4, 2024, 14:00-15:30 UTC', '2024-06-04', 'Jun 4, 2024'],
    ['23rd of March 2021', '2021-03-23', '23rd of March 2021'],
    ['Monday, March 4th 2024', '2024-03-04', 'Monday, March 4th 2024'],
    ['Thu, Sep 12, 2024', '2024-09-12', 'Thu, Sep 12, 2024'],
    ['2024/05/06', '2024-05-06', '2024/05/06'],
  ])('reads %j', (text, iso, written) => {
    expect(findDate(text)).toMatchObject({iso, text: written})
  })

  it('reads numeric dates as the language does, and says when they read two ways', () => {
    expect(findDate('03/04/2021', 'day-first')).toMatchObject({iso: '2021-04-03'})
    expect(findDate('03/04/2021', 'ambiguous-month-first')).toMatchObject({iso: '2021-03-04', otherReading: '2021-04-03'})
    expect(findDate('13/04/2021', 'ambiguous-month-first')).toMatchObject({iso: '2021-04-13'})
    expect(findDate('13/04/2021', 'ambiguous-month-first')?.otherReading).toBeUndefined()
    expect(findDate('03.04.2021', 'ambiguous-month-first')).toMatchObject({iso: '2021-04-03'})
  })
})

describe('findTimes', () => {
  it.each([
    ['Ateliers 15h00 - 16h30', '15:00', '16:30'],
    ['9h-12h30', '09:00', '12:30'],
    ['3:00–4:30 pm', '15:00', '16:30'],
    ['15:00-16:30', '15:00', '16:30'],
    ['de 9h à 12h', '09:00', '12:00'],
    ['10 am to 12 pm', '10:00', '12:00'],
    ['14:00-15:30 UTC', '14:00', '15:30'],
    ['9am', '09:00', undefined],
    ['14.30 Uhr', '14:30', undefined],
    ['version 2.10', undefined, undefined],
  ])('reads %j', (text, start, end) => {
    const times = findTimes(text)
    expect(times?.start).toBe(start)
    expect(times?.end).toBe(end)
  })

  it('reads a single time', () => {
    expect(findTimes('à partir de 14h')).toMatchObject({start: '14:00'})
  })

  it('reads the time zone written after the times, abbreviations in capitals only', () => {
    expect(findTimes('14:00-15:30 UTC')).toMatchObject({timeZone: 'UTC', text: '14:00-15:30 UTC'})
    expect(findTimes('at 9am Pacific (see your time zone)')).toMatchObject({start: '09:00', timeZone: 'Pacific'})
    expect(findTimes('de 9h à 12h et après')?.timeZone).toBeUndefined()
    expect(findTimes('15:00 (CEST)')).toMatchObject({timeZone: 'CEST'})
  })

  it('refuses impossible times', () => {
    expect(findTimes('25h00 - 26h00')).toBeUndefined()
  })
})

describe('dates in words', () => {
  it('reads a day, a month and a year written in words, the year before or after', () => {
    expect(findDate("L'anno duemilaventitré, il giorno quattordici del mese di novembre, alle ore 17")).toMatchObject({iso: '2023-11-14', text: "L'anno duemilaventitré, il giorno quattordici del mese di novembre"})
    expect(findDate('siendo las diecinueve horas del día ocho de mayo de dos mil veinticuatro')).toMatchObject({iso: '2024-05-08', text: 'ocho de mayo de dos mil veinticuatro'})
    expect(findDate('le vingt-trois mars deux mille vingt-deux')?.iso).toBe('2022-03-23')
    expect(findDate('am vierzehnten März 2024')?.iso).toBe('2024-03-14')
  })

  it('reads a number in one language only, and needs a year', () => {
    // "vierzehnten" is not German "vierzehn" and English "ten".
    expect(findDate('am vierzehnten März')).toBeUndefined()
    expect(findDate('one may say so')).toBeUndefined()
    expect(findDate('dos de marzo')).toBeUndefined()
  })
})
