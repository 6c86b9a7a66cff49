import {describe, expect, it} from 'vitest'
import {parseFacilitators} from '../../src/extract/facilitators.js'
import {splitPersonName} from '../../src/extract/names.js'
import {readAttendanceSentence, readNames} from '../../src/extract/people.js'
import {splitLabelRun} from '../../src/extract/attendance.js'

describe('splitPersonName', () => {
  it.each([
    ['GIRARD Anne Sophie', 'GIRARD', 'Anne Sophie'],
    ['DE SOUZA Rachel', 'DE SOUZA', 'Rachel'],
    ['JEAN-BAPSTISTE Jeanny', 'JEAN-BAPSTISTE', 'Jeanny'],
    ['ENRIQUE SALAGRE Sonia', 'ENRIQUE SALAGRE', 'Sonia'],
    ["N'DIAYE Fatou", "N'DIAYE", 'Fatou'],
    ['Anne GIRARD', 'GIRARD', 'Anne'],
    ['Emilie Lanciano', 'Lanciano', 'Emilie'],
    ['Delphine Lorin-Etuy', 'Lorin-Etuy', 'Delphine'],
    ['Marie de la Tour', 'de la Tour', 'Marie'],
    ['Girard, Anne', 'Girard', 'Anne'],
  ])('cuts %j', (name, lastName, firstName) => {
    expect(splitPersonName(name)).toEqual({lastName, firstName})
  })

  it('keeps a single word as the last name', () => {
    expect(splitPersonName('Personne')).toEqual({lastName: 'Personne'})
  })
})

describe('parseFacilitators', () => {
  it('splits on "et", "+", commas and "&", keeping the role of names after "+"', () => {
    expect(parseFacilitators('Paul Girod, Anne Vial & Marc Blanc + Zoé Brun et Léo Gras').map((person) => [person.name, person.role])).toEqual([
      ['Paul Girod', 'facilitator'],
      ['Anne Vial', 'facilitator'],
      ['Marc Blanc', 'facilitator'],
      ['Zoé Brun', 'assistant'],
      ['Léo Gras', 'assistant'],
    ])
  })

  it('does not split inside names that contain "et" or "and"', () => {
    expect(parseFacilitators('Agnès Bachelot-Journet and Sandra Etienne').map((person) => person.name)).toEqual([
      'Agnès Bachelot-Journet',
      'Sandra Etienne',
    ])
  })
})

describe('readNames', () => {
  it('splits chat handles written with spaces only', () => {
    expect(readNames('@ines-m @bjorn @akosua.d')?.map((person) => person.handle)).toEqual(['@ines-m', '@bjorn', '@akosua.d'])
  })

  it('keeps words between handles a sentence', () => {
    expect(readNames('@ines-m and then @bjorn left early')).toBeUndefined()
  })
})

describe('splitLabelRun', () => {
  it('cuts a line of labels about people set apart by a dot or a bar', () => {
    expect(splitLabelRun('Facilitator: @akosua.d · Notes: @rlevi')).toEqual(['Facilitator: @akosua.d', 'Notes: @rlevi'])
    expect(splitLabelRun('Present: Ana | Regrets: Bo')).toEqual(['Present: Ana', 'Regrets: Bo'])
  })

  it('leaves a line whose parts are not all about people whole', () => {
    expect(splitLabelRun('Chair: Ana · Budget: 200 €')).toEqual(['Chair: Ana · Budget: 200 €'])
    expect(splitLabelRun('Present: Ana · Bo')).toEqual(['Present: Ana · Bo'])
  })
})

describe('readNames, names as people say them', () => {
  it('keeps a lower-case word that is the name\'s own', () => {
    expect(readNames('sam, Rosie, big Al, el Rulo, la Nives')?.map((person) => person.name)).toEqual(['sam', 'Rosie', 'big Al', 'el Rulo', 'la Nives'])
  })

  it('reads a function word before a full name as the role', () => {
    expect(readNames("Giorgia Lamberti, l'assessora Rosanna Bellini")?.[1]).toEqual({name: 'Rosanna Bellini', role: "l'assessora"})
  })

  it('reads a person named by a function after a title and an article', () => {
    expect(readNames('M. le maire de Plélan-le-Bourg, M. Yves Cadiou')).toEqual([{name: 'M. le maire de Plélan-le-Bourg', role: 'le maire de Plélan-le-Bourg'}, {name: 'M. Yves Cadiou'}])
  })

  it('still reads lower-case words after a name as what the person is, and a sentence as none', () => {
    expect(readNames('Mme Céline Dumas, animatrice salariée')).toEqual([{name: 'Mme Céline Dumas', role: 'animatrice salariée'}])
    expect(readNames('big plans for the summer')).toBeUndefined()
    expect(readNames('M. le maire a ouvert la séance')).toBeUndefined()
  })
})

describe('readNames, initials', () => {
  it('keeps the period of an initial', () => {
    expect(readNames('Natalia K., Luca B.')?.map((person) => person.name)).toEqual(['Natalia K.', 'Luca B.'])
    expect(readNames('Natalia K.;')?.map((person) => person.name)).toEqual(['Natalia K.'])
  })
})

describe('readNames, organizations', () => {
  it('gives an organization after a person to that person', () => {
    expect(readNames('Bademeister Josef Kraus, Gemeinde Hohenlinden')).toEqual([{name: 'Bademeister Josef Kraus', organization: 'Gemeinde Hohenlinden'}])
    expect(readNames('Tom Reilly, community manager, Keystone Property Services')).toEqual([{name: 'Tom Reilly', role: 'community manager', organization: 'Keystone Property Services'}])
  })

  it('keeps people whose names hold no organization word', () => {
    expect(readNames('Josef Kraus, Anna Berger')?.map((person) => person.name)).toEqual(['Josef Kraus', 'Anna Berger'])
  })
})

describe('readAttendanceSentence', () => {
  it('reads the one person a sentence beside the lists says attends', () => {
    expect(readAttendanceSentence("Assiste l'assessore alle politiche giovanili, Dario Ferrante.")).toEqual({verb: 'Assiste', person: {name: 'Dario Ferrante', role: "l'assessore alle politiche giovanili"}})
    expect(readAttendanceSentence('Partecipa la consulente del lavoro rag. Monica Zavatta, in presenza, per il punto 3.')?.person).toEqual({name: 'rag. Monica Zavatta', role: 'la consulente del lavoro', status: 'in-person'})
    expect(readAttendanceSentence('Asiste el administrador de fincas, D. José Antonio Segura, que actúa como secretario.')?.person.name).toBe('D. José Antonio Segura')
  })

  it('reads no one from a sentence naming none, or several', () => {
    expect(readAttendanceSentence('Interviene il sindaco, che illustra il progetto.')).toBeUndefined()
    expect(readAttendanceSentence('Partecipano Mario Rossi, Anna Verdi.')).toBeUndefined()
    expect(readAttendanceSentence('Il presidente apre la seduta, Dott. Piero Galli.')).toBeUndefined()
  })
})
