import {describe, expect, it} from 'vitest'
import {isParticipantsCue, matchAtelier, matchFacilitators, matchSection} from '../src/cues.js'

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

describe('participants and facilitators cues', () => {
  it.each(['Participants :', 'Présents', 'Liste des participants (16)', 'Attendees', 'participant·es :'])('%j announces participants', (text) => {
    expect(isParticipantsCue(text)).toBe(true)
  })

  it('does not take a sentence about participants for a title', () => {
    expect(isParticipantsCue('Document présenté aux participants : liste')).toBe(false)
  })

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
