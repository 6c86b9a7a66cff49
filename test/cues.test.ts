import {describe, expect, it} from 'vitest'
import {findVote, isRoleLabel, matchAtelier, matchAttendanceLabel, matchFacilitators, matchLabelledLine, matchSection, mentionsOtherMeeting, recordsDecision, saysUndecided} from '../src/cues.js'

describe('matchAtelier', () => {
  it.each([
    ['Atelier 1 :', 1, ''],
    ['Atelier 3 : Mobilité', 3, 'Mobilité'],
    ['Workshop 2: Rural shuttles', 2, 'Rural shuttles'],
    ['Breakout group B', 2, ''],
    ['ATELIER N°4 - Énergie', 4, 'Énergie'],
  ])('reads %j', (text, number, topic) => {
    expect(matchAtelier(text)).toMatchObject({number, topic})
  })

  it.each(['Ateliers 15h00 - 16h30', "Atelier d'écriture", 'Les ateliers 1 et 2 ont conclu', 'Atelier 2a'])(
    'does not take %j for an atelier',
    (text) => {
      expect(matchAtelier(text)).toBeUndefined()
    },
  )
})

describe('matchSection', () => {
  it.each([
    ['1. Vision :', 1, 'Vision'],
    ['2) Contraintes', 2, 'Contraintes'],
    ['3 - Opportunités', 3, 'Opportunités'],
    ['1. Liste des projets proposés : rajouter/compléter', 1, 'Liste des projets proposés : rajouter/compléter'],
  ])('reads %j', (text, number, title) => {
    expect(matchSection(text)).toEqual({number, title})
  })

  it('does not take a year or a plain sentence for a section', () => {
    expect(matchSection('2019 en bref')).toBeUndefined()
    expect(matchSection('Ressources')).toBeUndefined()
  })
})

describe('attendance labels', () => {
  it.each([
    ['Participants :', 'present'],
    ['Présents', 'present'],
    ['Liste des participants (16)', 'present'],
    ['Attendees', 'present'],
    ['participant·es :', 'present'],
    ['Présent·es', 'present'],
    ['Présent(e)s', 'present'],
    ['Présent.e.s', 'present'],
    ['Excusé·es', 'excused'],
    ['Absents excusés', 'excused'],
    ['Regrets', 'excused'],
    ['Apologies', 'excused'],
    ['Absents', 'absent'],
    ['Absent·es', 'absent'],
    ['En visio', 'remote'],
    ['Remote', 'remote'],
    ['Présents (en visio)', 'remote'],
    ['In person', 'in-person'],
    ['Sur place', 'in-person'],
    // Informal and formal labels from many kinds of minutes, in each language.
    ['Assistait également', 'present'],
    ['Autour de la table', 'present'],
    ['here', 'present'],
    ['not here', 'absent'],
    ['Also present', 'present'],
    ['Governors present', 'present'],
    ['Apologies accepted', 'excused'],
    ['Absent without apology', 'absent'],
    ['da', 'present'],
    ['Anwesende Mitglieder', 'present'],
    ['Urlaub', 'excused'],
    ['Hanno partecipato', 'present'],
    ['Assente giustificato', 'excused'],
    ["Hanno comunicato l'assenza", 'excused'],
    ['Asistieron', 'present'],
    ['estuvimos', 'present'],
    ['Inscritos y presentes', 'present'],
    ['Se excusó', 'excused'],
    ['Disculparon su asistencia', 'excused'],
    ['no pudieron', 'excused'],
    ['No vino (sin avisar)', 'absent'],
    ['Asisten presencialmente', 'in-person'],
    ['Asisten telemáticamente', 'remote'],
    ['conectada por whatsapp video', 'remote'],
    ['Propietarios ausentes', 'absent'],
  ])('%j is an attendance label: %s', (text, status) => {
    expect(matchAttendanceLabel(text)?.status).toBe(status)
  })

  it.each(['Invités', 'Observers', 'Guests', 'Invitada'])('%j names a group of attendees', (text) => {
    expect(matchAttendanceLabel(text)).toMatchObject({status: 'present', group: true})
  })

  it.each(['Document présenté aux participants : liste', 'Présents dans tous les esprits', 'Point d\'attention', 'Council', 'Dazu', 'Hereford', 'Nota'])('%j is no attendance label', (text) => {
    expect(matchAttendanceLabel(text)).toBeUndefined()
  })

  it.each(['Secrétaire de séance', 'Chair', 'Scribe', 'Présidente de séance', 'Note taker'])('%j is a role', (text) => {
    expect(isRoleLabel(text)).toBe(true)
  })

  it('splits labelled lines, not times or URLs', () => {
    expect(matchLabelledLine('Présent·es : Anne, Luc')).toMatchObject({label: 'Présent·es', value: 'Anne, Luc'})
    expect(matchLabelledLine('Workshops 3:00–4:30 pm')).toBeUndefined()
    expect(matchLabelledLine('https://example.org')).toBeUndefined()
    expect(matchLabelledLine('Une phrase de plus de six mots avant le deux-points : non')).toBeUndefined()
  })

  it('tells the dates of other meetings', () => {
    expect(mentionsOtherMeeting('Prochaine réunion : 12 mars 2021')).toBe(true)
    expect(mentionsOtherMeeting('Next meeting: March 3, 2021')).toBe(true)
    expect(mentionsOtherMeeting('Approbation du CR du 12/02/2021')).toBe(true)
    expect(mentionsOtherMeeting('Réunion du bureau, 12 mars 2021')).toBe(false)
  })
})

describe('facilitators cues', () => {
  it.each([
    ['animé par Emilie Lanciano', 'Emilie Lanciano'],
    ['Animée par : Claire Fontaine', 'Claire Fontaine'],
    ['facilitated by Jane Smith', 'Jane Smith'],
    ['Moderated by Ahmed Khan', 'Ahmed Khan'],
    ['Animation : Léa Morin', 'Léa Morin'],
  ])('reads facilitators in %j', (text, names) => {
    expect(matchFacilitators(text)).toBe(names)
  })
})

describe('votes and decisions written informally', () => {
  it('reads counts of votes in each language', () => {
    expect(findVote('Accounts accepted: 25 for, 0 against, 2 abstentions.')).toMatchObject({text: '25 for, 0 against, 2 abstentions', for: 25, against: 0, abstentions: 2})
    expect(findVote('voté à main levée (7 pour)')).toMatchObject({for: 7})
    expect(findVote('prezzo del piatto a 9 € (5 sì, 1 no)')).toMatchObject({for: 5, against: 1})
    expect(findVote('presentación + 4 cuplés. votado 6 a 1')).toMatchObject({for: 6, against: 1})
    expect(findVote('als Zugabe, wurde überstimmt 4:1')).toMatchObject({for: 4, against: 1})
    expect(findVote('All were elected unopposed.')?.text).toBe('elected unopposed')
    expect(findVote('Votazione unanime.')?.unanimous).toBe(true)
  })

  it('takes an outcome after an arrow, agreement by all, and a closing "Agreed." as decided', () => {
    for (const text of ['geler les chaînes avant chaque release → adopté', 'neue Regel, alle einverstanden', "l'estrazione in oratorio, ok per tutti", 'Can the fair use the hall from 3 pm? Agreed.']) expect(recordsDecision(text)).toBe(true)
    for (const text of ['Il finanziamento dovrà essere deciso dal consiglio', 'The PTA agreed to ask the council']) expect(recordsDecision(text) && !saysUndecided(text)).toBe(false)
  })

  it('does not take a vote from a sentence that counts other things', () => {
    expect(findVote('We had 25 forms back, 3 against the new hours')).toBeUndefined()
    expect(findVote('Le budget augmente de 7 pour cent')).toBeUndefined()
  })
})

describe('sections numbered in words, letters and Roman numerals', () => {
  it('reads an ordinal word and a separator, a capital letter, a Roman numeral; keeps the number as written', () => {
    expect(matchSection('Primero – Lectura del acta anterior.')).toEqual({number: 1, marker: 'Primero', title: 'Lectura del acta anterior'})
    expect(matchSection('SEGUNDO.- Cuentas del ejercicio')).toEqual({number: 2, marker: 'SEGUNDO', title: 'Cuentas del ejercicio'})
    expect(matchSection('Terzo punto: bilancio')).toEqual({number: 3, marker: 'Terzo punto', title: 'bilancio'})
    expect(matchSection('B. Tournoi rapide')).toEqual({number: 2, marker: 'B', title: 'Tournoi rapide'})
    expect(matchSection('IV. NEW BUSINESS')).toEqual({number: 4, marker: 'IV', title: 'NEW BUSINESS'})
    expect(matchSection('XII. Varia')).toEqual({number: 12, marker: 'XII', title: 'Varia'})
  })

  it('leaves sentences, initials and letters that are no numeral alone', () => {
    for (const text of ['Primero se lee el acta', 'First, we agreed on the budget', 'J. Smith', 'V. Hugo', 'J. R. R. Tolkien et les autres', 'IIII. Foo bar', 'VX. Foo bar']) expect(matchSection(text)).toBeUndefined()
  })
})
