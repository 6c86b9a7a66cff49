import {readFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {parseMinutes} from '../../src/index.js'
import type {Block, Inline, Participant} from '../../src/index.js'
import {inlineText} from '../../src/extract/inline.js'
import {root} from '../helpers/fixtures.js'

const input = readFileSync(path.join(root, 'fixtures/seed/input.md'))
const {seminar, file} = parseMinutes(input, {name: 'input.md'})
const [atelier1, atelier2] = seminar.ateliers
const people = (atelier: typeof atelier1) => atelier!.attendance.flatMap((list) => list.participants)

const text = (nodes: readonly Inline[]) => inlineText(nodes).replace(/\s+/g, ' ').trim()
const names = (people: readonly {name?: string}[]) => people.map((person) => person.name)
const row = (participant: Participant) => [
  participant.number,
  participant.lastName,
  participant.firstName,
  participant.organization,
]

describe('the seed minutes', () => {
  it('reads the title block', () => {
    expect(seminar.title).toBe("Séminaire : Politiques de l'innovation et enjeux sociétaux dans l'espace alpin")
    expect(seminar.date).toBe('2019-10-24')
    expect(seminar.dateText).toBe('24 octobre 2019')
    expect(seminar.place).toEqual({raw: 'Grenoble, Hôtel du Département', city: 'Grenoble', venue: 'Hôtel du Département'})
    expect(seminar.schedule).toEqual({raw: 'Ateliers 15h00 - 16h30', label: 'Ateliers', start: '15:00', end: '16:30'})
    expect(seminar.lang).toBe('fr')
    expect(seminar.intro).toEqual([])
    expect(seminar.sections).toEqual([])
    expect(seminar.source).toMatchObject({name: 'input.md', encoding: 'utf-8', bytes: 11375})
  })

  it('finds two ateliers', () => {
    expect(seminar.ateliers.map((atelier) => [atelier.id, atelier.number, atelier.title])).toEqual([
      ['atelier-1', 1, 'Atelier 1'],
      ['atelier-2', 2, 'Atelier 2'],
    ])
  })

  describe('atelier 1', () => {
    it('has its italic guiding question, line break kept', () => {
      expect(atelier1!.question).toHaveLength(1)
      expect(atelier1!.question[0]!.map((node) => node.type)).toEqual(['text', 'break', 'text'])
      expect(text(atelier1!.question[0]!)).toBe(
        "Comment les acteurs publics accompagnent-ils aujourd'hui l'innovation sociale ? comment aller plus loin ? " +
          "A travers les thématiques de la santé, de l'emploi et de la ruralité",
      )
    })

    it('has two facilitators and one assistant after "+"', () => {
      expect(atelier1!.facilitators).toEqual([
        {type: 'facilitator', name: 'Emilie Lanciano', firstName: 'Emilie', lastName: 'Lanciano', role: 'facilitator'},
        {type: 'facilitator', name: 'Delphine Lorin-Etuy', firstName: 'Delphine', lastName: 'Lorin-Etuy', role: 'facilitator'},
        {type: 'facilitator', name: 'Agnès Bachelot-Journet', firstName: 'Agnès', lastName: 'Bachelot-Journet', role: 'assistant'},
      ])
      expect(atelier1!.facilitatorsText).toBe('animé par Emilie Lanciano et Delphine Lorin-Etuy + Agnès Bachelot-Journet')
    })

    it('reads 16 participants from the tab-separated table whose header became a code block', () => {
      expect(atelier1!.attendance).toHaveLength(1)
      expect(atelier1!.attendance[0]).toMatchObject({type: 'attendance', label: 'Participants', status: 'present'})
      expect(atelier1!.attendance[0]!.columns).toEqual([
        {header: '', holds: 'number'},
        {header: 'Nom, Prénom', holds: 'name'},
        {header: 'Organisation', holds: 'organization'},
      ])
      expect(people(atelier1)).toHaveLength(16)
      expect(people(atelier1).map((participant) => participant.number)).toEqual(
        Array.from({length: 16}, (_, index) => index + 1),
      )
      expect(row(people(atelier1)[0]!)).toEqual([1, 'GIRARD', 'Anne Sophie', 'Le Fait Tout / association TZCLD'])
      expect(row(people(atelier1)[1]!)).toEqual([2, 'THOU', 'Mylène', 'Cap Rural'])
      expect(row(people(atelier1)[7]!)).toEqual([
        8,
        'JACOB',
        'Lauranne',
        'Observatoire transfrontalier sur le tourisme (ALCOTRA)',
      ])
      expect(row(people(atelier1)[11]!)).toEqual([12, 'PETIT', 'Emmanuelle', 'Département isere'])
      expect(row(people(atelier1)[15]!)).toEqual([16, 'HIRLEMANN', 'Anne-Cécile', 'Incubateur GEM Les prem1eres'])
      expect(people(atelier1).every((participant) => participant.name && participant.organization && participant.status === 'present')).toBe(true)
      expect(people(atelier1)[0]!.position?.start.line).toBe(19)
    })

    it('keeps "Document présenté aux participants…" in its intro, not as code', () => {
      expect(atelier1!.intro).toHaveLength(1)
      const [intro] = atelier1!.intro as [Extract<Block, {type: 'paragraph'}>]
      expect(intro.type).toBe('paragraph')
      expect(text(intro.children)).toMatch(/^Document présenté aux participants : liste de 40 projets/)
      const allBlocks = JSON.stringify(seminar)
      expect(allBlocks).not.toContain('"type":"code"')
    })

    it('has five numbered sections, the last one a bold paragraph', () => {
      expect(atelier1!.sections.map((section) => [section.number, section.title])).toEqual([
        [1, 'Liste des projets proposés : rajouter/compléter'],
        [2, 'Partenaires à associer'],
        [3, 'Eléments de réflexion'],
        [4, "Ce qui est attendu des acteurs publics pour aller plus loin dans l'IS..."],
        [5, 'Ressources'],
      ])
      expect(atelier1!.sections.at(-1)!.position?.start.line).toBe(87)
      expect(atelier1!.sections.map((section) => section.id)).toEqual([
        'section-1',
        'section-2',
        'section-3',
        'section-4',
        'section-5',
      ])
    })

    it('joins "inventer ensemble…" to the "Start up de territoires" bullet', () => {
      const list = atelier1!.sections[0]!.blocks.find((block) => block.type === 'list')
      expect(list?.type).toBe('list')
      if (list?.type !== 'list') return
      expect(list.children).toHaveLength(6)
      const startUp = list.children[4]!.children[0]!
      expect(startUp.type === 'paragraph' && text(startUp.children)).toMatch(
        /avec méthode de créativité pour inventer ensemble des réponses nouvelles aux problèmes anciens\. Démarche en cours : Valence\/Romans, Grenoble\.$/,
      )
      const last = list.children[5]!.children[0]!
      expect(last.type === 'paragraph' && text(last.children)).toMatch(/^GEM Les Prem1eres/)
    })

    it('keeps the line "2. certains profils…" inside the bullet it continues', () => {
      const list = atelier1!.sections[2]!.blocks[0]!
      expect(list.type === 'list' && list.children.length).toBe(9)
    })

    it('keeps the link to the CEREMA document', () => {
      expect(seminar.summary.links).toEqual([
        {
          url: 'https://www.ecologique-solidaire.gouv.fr/sites/default/files/Themaaction-citoyenne.pdf',
          text: 'https://www.ecologique-solidaire.gouv.fr/sites/default/files/Themaaction-citoyenne.pdf',
          atelier: 'atelier-1',
        },
      ])
    })
  })

  describe('atelier 2, announced with raw <b> and <i> in one paragraph', () => {
    it('has its title, question and facilitators', () => {
      expect(atelier2!.title).toBe('Atelier 2')
      expect(atelier2!.question.map(text)).toEqual([
        "Faut-il créer des passerelles entre acteurs de l'innovation technologique et acteurs de l'innovation sociale ? Pourquoi ? Comment faire ?",
      ])
      expect(atelier2!.facilitators.map((person) => [person.name, person.role])).toEqual([
        ['Magali Cros', 'facilitator'],
        ['Héloïse Boyer', 'facilitator'],
        ['Christine André', 'assistant'],
      ])
      expect(atelier2!.position?.start.line).toBe(92)
    })

    it('reads 10 participants, compound last names included', () => {
      expect(people(atelier2)).toHaveLength(10)
      expect(row(people(atelier2)[0]!)).toEqual([1, 'JEAN-BAPSTISTE', 'Jeanny', 'CCSTI La Casemate'])
      expect(row(people(atelier2)[6]!)).toEqual([7, 'DE SOUZA', 'Rachel', 'Grenoble-Alpes Métropole'])
      expect(row(people(atelier2)[7]!)).toEqual([8, 'ENRIQUE SALAGRE', 'Sonia', 'AMAPALES - RELIER'])
    })

    it('keeps "Avec comme outil…" in its intro', () => {
      expect(atelier2!.intro.map((block) => block.type === 'paragraph' && text(block.children))).toEqual([
        "Avec comme outil support à l'animation de la discussion le « speedboat ».",
      ])
    })

    it('has four sections, each with its italic prompt', () => {
      expect(atelier2!.sections.map((section) => [section.number, section.title, section.prompt.length])).toEqual([
        [1, 'Vision', 1],
        [2, 'Contraintes', 1],
        [3, 'Opportunités', 2],
        [4, 'Freins', 1],
      ])
      expect(text(atelier2!.sections[1]!.prompt[0]!)).toBe('Quels sont les freins, les obstacles à lever pour atteindre cet objectif ?')
      expect(atelier2!.sections[3]!.blocks).toHaveLength(1)
    })
  })

  it('summarizes counts, organizations and facilitators', () => {
    const {summary} = seminar
    expect([summary.ateliers, summary.participants, summary.sections]).toEqual([2, 26, 9])
    expect(summary.organizations[0]).toEqual({
      name: 'Département Isère',
      variants: ['Département Isère', 'Département isere'],
      participants: 4,
      ateliers: ['atelier-1'],
    })
    expect(summary.organizations.reduce((sum, organization) => sum + organization.participants, 0)).toBe(26)
    expect(names(summary.facilitators)).toEqual([
      'Emilie Lanciano',
      'Delphine Lorin-Etuy',
      'Agnès Bachelot-Journet',
      'Magali Cros',
      'Héloïse Boyer',
      'Christine André',
    ])
  })

  it('reports the two joins it made, with their lines, and no warning', () => {
    expect(file.messages.map((message) => [message.ruleId, message.line, message.column, message.fatal])).toEqual([
      ['list-continuation', 50, 1, undefined],
      ['list-continuation', 71, 1, undefined],
    ])
    expect(seminar.diagnostics.map((diagnostic) => diagnostic.severity)).toEqual(['info', 'info'])
  })

  it('leaves names out but keeps organizations and counts when redacted', () => {
    const redacted = parseMinutes(input, {name: 'input.md', redact: true}).seminar
    const participant = redacted.ateliers[0]!.attendance[0]!.participants[0]!
    expect(participant).toMatchObject({number: 1, organization: 'Le Fait Tout / association TZCLD'})
    expect(participant.name).toBeUndefined()
    expect(participant.lastName).toBeUndefined()
    expect(participant.firstName).toBeUndefined()
    expect(redacted.summary.participants).toBe(26)
    expect(JSON.stringify(redacted)).not.toContain('GIRARD')
  })

  it('names no participant in its diagnostics, which redacted reports carry too', () => {
    const minutes = '# T\n\n## Participants\n\n| Nom | Prénom | Organisation |\n| --- | --- | --- |\n| DUPONT | Jean | |\n| MARTIN | Anne | Région | Marie CURIE |\n'
    const redacted = parseMinutes(minutes, {redact: true, lang: 'fr'}).seminar
    expect(redacted.diagnostics.map((diagnostic) => diagnostic.message)).toEqual([
      "Participant row 2 has a cell past the table's last column",
    ])
    for (const name of ['DUPONT', 'Jean', 'MARTIN', 'Anne', 'CURIE']) expect(JSON.stringify(redacted)).not.toContain(name)
  })
})
