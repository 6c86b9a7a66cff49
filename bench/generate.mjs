#!/usr/bin/env node
// Deterministic corpus of seminar minutes for the benchmark.
//
// Every file is drawn from a seeded PRNG (mulberry32), never Math.random: the
// same seed gives the same bytes on every machine, and file i does not depend
// on how many files are asked for (the 100 files of `--quick` are the first
// 100 of the full corpus).
//
// The files are shaped like fixtures/seed/input.md: French minutes with 1 to 6
// ateliers of 5 to 40 participants and 2 to 8 numbered sections of 3 to 20
// bullets; participants as tab-separated tables (with the tab-led header line
// that CommonMark reads as a code block) or pipe tables; headings of mixed
// depths or bold paragraphs; raw <b>/<i> announcements; "animé par A et B + C";
// italic questions; some links.
//
//   node bench/generate.mjs [--out DIR] [--files N] [--seed S] [--large] [--huge]
//
// prints what it wrote. Without --out, writes into a new folder under
// os.tmpdir() (the corpus is never committed).

import {mkdirSync, mkdtempSync, writeFileSync} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'

export const defaultSeed = 20191024

/** mulberry32: a tiny 32-bit PRNG, good enough for test data. */
export function mulberry32(seed) {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** FNV-1a, to derive one seed per file from the corpus seed and a key. */
function hash32(text) {
  let hash = 0x811c9dc5
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index)
    hash = Math.imul(hash, 0x01000193)
  }
  return hash >>> 0
}

class Random {
  constructor(seed) {
    this.next = mulberry32(seed)
  }
  /** Integer in [min, max]. */
  int(min, max) {
    return min + Math.floor(this.next() * (max - min + 1))
  }
  pick(list) {
    return list[Math.floor(this.next() * list.length)]
  }
  chance(probability) {
    return this.next() < probability
  }
  /** `count` distinct items of `list` (count ≤ list.length). */
  sample(list, count) {
    const copy = [...list]
    for (let index = 0; index < count; index++) {
      const other = index + Math.floor(this.next() * (copy.length - index))
      ;[copy[index], copy[other]] = [copy[other], copy[index]]
    }
    return copy.slice(0, count)
  }
}

// --- vocabulary -----------------------------------------------------------

const lastNames = [
  'GIRARD', 'THOU', 'VINCENT', 'BELET', 'BARBE', 'BUISSIER', 'HERMANN', 'JACOB', 'SAIGHI', 'CLAUDE',
  'BERTHUIN', 'PETIT', 'ROZIER', 'GRISON', 'CORBIERE', 'HIRLEMANN', 'MARIE', 'BILLIEMAZ', 'BELLAT', 'DONA',
  'BERHAIL', 'DE SOUZA', 'ENRIQUE SALAGRE', 'CHIRIE', 'JANONNE', 'DUPONT', 'MARTIN', 'LEROY', 'BENALI', 'ROUSSEL',
  'FONTAINE', 'LAMBERT', 'PONS', 'GROS', 'FABRE', 'MOREL', 'GARNIER', 'FAURE', 'ROUSSET', 'BLANC',
  'GUERIN', 'MULLER', 'HENRY', 'ROUX', 'COLIN', 'VIDAL', 'CARON', 'PICARD', 'ROGER', 'BRUN',
  'ARNAUD', 'GAUTHIER', 'PERRIN', 'MASSON', 'CHEVALIER', 'DURAND-VIEL', 'LE GALL', 'NGUYEN', 'DA SILVA', 'BOUVIER',
  'REYNAUD', 'CHAPUIS', 'MICHALLET', 'JOURDAN', 'BOIS', 'ODDOS', 'SIBILLE', 'COTTET', 'BURNET', "D'ARCY",
]

const firstNames = [
  'Anne Sophie', 'Mylène', 'Pascale', 'Claire', 'Jean-David', 'Marie-Claire', 'Simon', 'Lauranne', 'Esaïe', 'Adrien',
  'Yves', 'Emmanuelle', 'Valérie', 'Jean-Baptiste', 'Christophe', 'Anne-Cécile', 'Camille', 'David', 'Prescilia', 'Séverine',
  'Abdelkader', 'Rachel', 'Sonia', 'Véronique', 'Julie', 'Marie', 'Jean-Luc', 'Sophie', 'Ahmed', 'Chloé',
  'Rémi', 'Agathe', 'Léo', 'Nina', 'Éric', 'Hélène', 'François', 'Inès', 'Mathieu', 'Zoé',
  'Grégoire', 'Fatou', 'Bérénice', 'Loïc', 'Maëlle', 'Thibault', 'Noémie', 'Karim', 'Élodie', 'Pierre-Yves',
]

const organizations = [
  'Le Fait Tout / association TZCLD', 'Cap Rural', 'CIEDEL', 'Association ADRETS', 'MGEN', 'Département Isère',
  'BPI Group', 'Observatoire transfrontalier sur le tourisme (ALCOTRA)', 'Mairie de La Clusaz', 'SICKLO/NATURA SCOP',
  'GAIA', 'UGA Labex ITEM', 'Incubateur GEM Les prem1eres', 'CCSTI La Casemate', 'AUXIME',
  "CAISSE D'EPARGNE RHONE ALPES", 'Association RECUP ET GAMELLES', "Département de l'Isère", 'Ville de Grenoble',
  'Grenoble-Alpes Métropole', 'AMAPALES - RELIER', 'TASDA', 'Les Mondaines', 'Habitat et Partage',
  'Ville de Villeurbanne', 'Coopérative Les Castors', 'Parc naturel régional du Vercors', 'Chambre régionale de l\'ESS',
  'Alpes Solidaires', 'Région Auvergne-Rhône-Alpes', 'Communauté de communes du Trièves', 'France Active Isère',
  'Pôle emploi Grenoble', 'CAF de la Savoie', 'Université Savoie Mont Blanc', 'Tiers-lieu La Grange',
  'Épicerie solidaire du Grésivaudan', 'Mission locale Alpes Sud Isère', 'CCAS de Chambéry', 'Fondation de France',
  'SCIC Energ\'Y Citoyennes', 'Réseau des AMAP AuRA', 'ADIE', 'Agence d\'urbanisme de la région grenobloise',
  'Collectif Sans Nom', 'Maison de l\'emploi', 'Conseil de développement', 'Espace Belledonne',
]

const cities = [
  ['Grenoble', 'Hôtel du Département'], ['Chambéry', 'Manège'], ['Annecy', 'Conservatoire d\'art et d\'histoire'],
  ['Lyon', 'Maison de l\'habitat'], ['Gap', 'Quattro'], ['Valence', 'Lux Scène nationale'], ['Briançon', 'Salle du Vauban'],
  ['Villard-de-Lans', 'Centre culturel et sportif'], ['Bourg-Saint-Maurice', 'Maison des Arcs'], ['Die', 'Salle polyvalente'],
  ['Aoste', 'Palazzo regionale'], ['Albertville', 'Maison des jeux olympiques'], ['Embrun', 'Maison des associations'],
]

const months = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre']

const seminarKinds = ['Séminaire', 'Journée d\'étude', 'Rencontre territoriale', 'Séminaire de restitution', 'Forum']

const seminarTopics = [
  'Politiques de l\'innovation et enjeux sociétaux dans l\'espace alpin',
  'Innovation sociale et territoires de montagne',
  'Habitat participatif et foncier solidaire',
  'Transition écologique des stations de moyenne montagne',
  'Mobilités rurales et solidarités',
  'Alimentation durable et circuits courts',
  'Tiers-lieux, communs et coopérations',
  'Emploi, insertion et économie sociale et solidaire',
  'Santé, vieillissement et services de proximité',
  'Numérique inclusif dans les vallées',
]

const atelierTopics = [
  'Financer les projets', 'Gouvernance partagée', 'Mobilités du quotidien', 'Accès aux droits', 'Foncier et logement',
  'Jeunesse et engagement', 'Alimentation locale', 'Coopérations transfrontalières', 'Évaluer l\'impact social',
  'Tourisme quatre saisons', 'Santé et territoires', 'Numérique et médiation', 'Énergie citoyenne', 'Culture et lien social',
]

const questions = [
  'Comment les acteurs publics accompagnent-ils aujourd\'hui l\'innovation sociale ? comment aller plus loin ?',
  'Faut-il créer des passerelles entre acteurs de l\'innovation technologique et acteurs de l\'innovation sociale ? Pourquoi ? Comment faire ?',
  'Quels outils financiers pour les groupes d\'habitants ?',
  'Comment faire coopérer collectivités, associations et entreprises sur un même territoire ?',
  'Quelles conditions pour que les initiatives citoyennes durent au-delà de leurs fondateurs ?',
  'Comment mesurer ce que produisent les projets sans les réduire à des indicateurs ?',
  'Quelle place pour les habitants dans la conception des services publics ?',
  'Comment passer de l\'expérimentation à la généralisation sans perdre l\'esprit du projet ?',
]

const questionTails = [
  'A travers les thématiques de la santé, de l\'emploi et de la ruralité',
  'En s\'appuyant sur les expériences présentées le matin',
  'Avec un regard particulier sur les vallées isolées',
  'Du point de vue des porteurs de projets comme des financeurs',
]

const sectionTitles = [
  'Liste des projets proposés : rajouter/compléter', 'Partenaires à associer', 'Eléments de réflexion',
  'Ce qui est attendu des acteurs publics pour aller plus loin', 'Ressources', 'Vision', 'Contraintes', 'Opportunités',
  'Freins', 'Leviers', 'Propositions', 'Questions en suspens', 'Retours d\'expérience', 'Prochaines étapes',
  'Constats', 'Pistes', 'Besoins identifiés', 'Points de vigilance',
]

const prompts = [
  'Qu\'aurions-nous à gagner à faire converger innovation sociale et innovation traditionnelle ?',
  'Quels sont les freins, les obstacles à lever pour atteindre cet objectif ?',
  'Quels sont les « vents porteurs » ?',
  'Qu\'est-ce qui nous pousse ou nous encourage à aller vers cette vision ?',
  'Quelles sont nos ancres ? Aujourd\'hui qu\'est-ce qui m\'empêche à titre individuel d\'aller vers la vision décrite ?',
  'Que retenir pour la suite du projet ?',
]

// [subject, plural?]: the verb agrees.
const subjects = [
  ['Les collectivités territoriales', true], ["L'innovation sociale", false], ['Le Département', false], ["Les acteurs de l'ESS", true],
  ['Les porteurs de projets', true], ['Les habitants', true], ['La Région', false], ['Les communes rurales', true],
  ['Les entreprises du territoire', true], ["Le réseau d'éducation populaire", false], ['Le projet ASIS', false],
  ['Les financeurs publics', true], ['Les tiers-lieux', true], ['La jeunesse', false], ["Les réseaux d'accompagnement", true],
  ["L'État", false], ['Les stations de ski', true], ['Le bailleur social', false], ['Les usagers', true], ['Les élus locaux', true],
]

// [singular, plural]
const verbs = [
  ['doit accompagner', 'doivent accompagner'], ['peine à financer', 'peinent à financer'], ['cherche à valoriser', 'cherchent à valoriser'],
  ['gagnerait à mutualiser', 'gagneraient à mutualiser'], ['ne connaît pas assez', 'ne connaissent pas assez'],
  ['pourrait soutenir davantage', 'pourraient soutenir davantage'], ['a du mal à repérer', 'ont du mal à repérer'],
  ['souhaite expérimenter', 'souhaitent expérimenter'], ['met en réseau', 'mettent en réseau'],
  ['devrait évaluer autrement', 'devraient évaluer autrement'], ['porte déjà', 'portent déjà'], ['redécouvre', 'redécouvrent'],
  ['est invité à co-construire', 'sont invités à co-construire'], ['hésite à pérenniser', 'hésitent à pérenniser'], ['interroge', 'interrogent'],
]

const objects = [
  'les initiatives citoyennes', 'les projets de territoire', 'les démarches de coopération', 'les circuits courts alimentaires',
  'les solutions de mobilité partagée', 'l\'accompagnement des porteurs de projets', 'les expérimentations locales',
  'les nouvelles formes d\'emploi', 'la gouvernance partagée (SCIC)', 'le changement d\'échelle', 'les communs numériques',
  'l\'habitat inclusif', 'les services de proximité', 'la participation des habitants', 'les fonds de dotation',
]

const tails = [
  'dans la durée', 'au-delà des appels à projets', '(ex : tiers-lieux, épiceries solidaires)', 'en lien avec les communes rurales',
  'sans les enfermer dans des indicateurs financiers', 'à l\'échelle du bassin de vie', 'avec des moyens humains dédiés',
  'en croisant les compétences des collectivités', 'pour éviter de réinventer ce qui existe', 'malgré la baisse des moyens publics',
  'en s\'appuyant sur les réseaux existants', 'en tenant compte des saisons touristiques', 'à condition d\'en parler tôt aux élus',
]

const remarks = [
  'Point d\'attention', 'Constat', 'À noter', 'Proposition', 'Exemple', 'Question', 'Remarque',
]

const domains = ['www.ecologique-solidaire.gouv.fr', 'www.avise.org', 'www.isere.fr', 'www.alpine-space.eu', 'www.labo-ess.org', 'www.cerema.fr']

const linkTexts = ['voir le site', 'ressourcesESS', 'la fiche projet', 'le rapport', 'la carte des initiatives', 'le guide pratique']

// --- builders -------------------------------------------------------------

function person(random) {
  return {last: random.pick(lastNames), first: random.pick(firstNames)}
}

function displayName({first, last}) {
  // "Emilie Lanciano": first name, then the last name in title case.
  const title = last
    .toLowerCase()
    .replace(/(^|[\s'-])(\p{L})/gu, (_, before, letter) => before + letter.toUpperCase())
  return `${first} ${title}`
}

function url(random) {
  const slug = random.sample(['action', 'citoyenne', 'projets', 'innovation', 'sociale', 'territoires', 'guide', 'rapport', '2019'], random.int(1, 3)).join('-')
  return `https://${random.pick(domains)}/${slug}${random.chance(0.4) ? '.pdf' : ''}`
}

/** One clause, 60–130 characters. */
function clause(random) {
  const [subject, plural] = random.pick(subjects)
  let text = `${subject} ${random.pick(verbs)[plural ? 1 : 0]} ${random.pick(objects)}`
  if (random.chance(0.4)) text += ` ${random.pick(tails)}`
  return text
}

/** One bullet or sentence, with some inline formatting, about 150 characters on average. */
function sentence(random) {
  let text = clause(random)
  const roll0 = random.next()
  const more = roll0 < 0.78 ? 0 : roll0 < 0.96 ? 1 : 2
  for (let index = 0; index < more; index++) {
    const joiner = random.pick([' ; ', ', et ', '. ', ' : ', ' – '])
    let next = clause(random)
    if (joiner === '. ') next = next[0].toUpperCase() + next.slice(1)
    else next = next[0].toLowerCase() + next.slice(1)
    text += joiner + next
  }
  const roll = random.next()
  if (roll < 0.06) text = `**${text}**`
  else if (roll < 0.12) text += ` **${random.pick(objects)}**`
  else if (roll < 0.16) text += ` *${random.pick(tails)}*`
  else if (roll < 0.2) text += ` (« ${random.pick(objects)} »)`
  else if (roll < 0.23) text += `. Voir : [${random.pick(linkTexts)}](${url(random)})`
  else if (roll < 0.25) text += `  \n<${url(random)}>`
  return text
}

function bullets(random, count) {
  const lines = []
  for (let index = 0; index < count; index++) {
    const marker = random.chance(0.1) ? `${index + 1}.` : '-'
    lines.push(`${marker} ${sentence(random)}`)
    // A sentence that runs on into its own paragraph, as in the seed.
    if (random.chance(0.03)) lines.push('', sentence(random).replace(/^\*\*|\*\*$/g, ''), '')
  }
  return lines.join('\n')
}

function participantsTab(random, people) {
  const lines = ['\tNom, Prénom\tOrganisation']
  people.forEach((someone, index) => {
    lines.push(`${index + 1}\t${someone.last} ${someone.first}\t${someone.organization}`)
  })
  return lines.join('\n')
}

function participantsPipe(random, people) {
  if (random.chance(0.5)) {
    const lines = ['| Prénom | Nom | Structure | N° |', '|--------|-----|-----------|----|']
    people.forEach((someone, index) => lines.push(`| ${someone.first} | ${someone.last} | ${someone.organization} | ${index + 1} |`))
    return lines.join('\n')
  }
  const lines = ['| N° | Nom, Prénom | Organisation |', '|---:|-------------|--------------|']
  people.forEach((someone, index) => lines.push(`| ${index + 1} | ${someone.last} ${someone.first} | ${someone.organization} |`))
  return lines.join('\n')
}

function heading(random, text) {
  const roll = random.next()
  if (roll < 0.25) return `## ${text}`
  if (roll < 0.55) return `### ${text}`
  if (roll < 0.8) return `#### ${text}`
  return `**${text}**`
}

function facilitatorsLine(random) {
  const names = Array.from({length: random.int(1, 3)}, () => displayName(person(random)))
  const verb = random.pick(['animé par', 'animé par', 'animée par', 'Animé par'])
  if (names.length === 1) return `${verb} ${names[0]}`
  if (names.length === 2) return `${verb} ${names[0]} et ${names[1]}`
  return `${verb} ${names[0]} et ${names[1]} + ${names[2]}`
}

function question(random) {
  let text = random.pick(questions)
  if (random.chance(0.4)) text += `  \n${random.pick(questionTails)}`
  return text
}

function atelier(random, number) {
  const parts = []
  const topic = random.chance(0.5) ? ` ${random.pick(atelierTopics)}` : ''
  const style = random.next()
  if (style < 0.25) {
    // Raw tags, as pasted from a word processor: one paragraph of three lines.
    parts.push(`<b>Atelier ${number} :${topic}</b>\n<i>${random.pick(questions)}</i>\n${facilitatorsLine(random)}`)
  } else {
    parts.push(style < 0.8 ? heading(random, `Atelier ${number} :${topic}`).replace(/^\*\*.*\*\*$/, `### Atelier ${number} :${topic}`) : `**Atelier ${number} :${topic}**`)
    parts.push(`*${question(random)}*`)
    parts.push(facilitatorsLine(random))
  }

  const people = Array.from({length: random.int(5, 40)}, () => ({...person(random), organization: random.pick(organizations)}))
  const label = random.pick(['Participants :', 'Participants :', `Participants (${people.length})`, 'Liste des participants', 'Présents :'])
  parts.push(random.chance(0.3) ? `**${label}**` : heading(random, label).replace(/^\*\*(.*)\*\*$/, '### $1'))
  parts.push(random.chance(0.7) ? participantsTab(random, people) : participantsPipe(random, people))

  if (random.chance(0.5)) {
    parts.push(`Document présenté aux participants : ${clause(random).toLowerCase()} (version française de l'état des lieux réalisé dans le cadre du « Work Package T${random.int(1, 6)} » du projet ASIS)`)
  }

  const sectionCount = random.int(2, 8)
  const titles = random.sample(sectionTitles, sectionCount)
  for (let index = 0; index < sectionCount; index++) {
    parts.push(heading(random, `${index + 1}. ${titles[index]}${random.chance(0.3) ? ' :' : ''}`))
    if (random.chance(0.35)) parts.push(`*${random.pick(prompts)}*`)
    if (random.chance(0.25)) parts.push(`**${random.pick(remarks)}** : ${sentence(random)}`)
    parts.push(bullets(random, random.int(3, 20)))
    if (random.chance(0.08)) {
      parts.push(
        ['| Outil | Intérêt | Limite |', '|:------|:-------:|-------:|', ...Array.from({length: random.int(2, 5)}, () => `| ${random.pick(objects)} | ${random.pick(tails)} | ${random.pick(objects)} |`)].join('\n'),
      )
    }
    if (random.chance(0.1)) parts.push(`**+ Question de fond : ${random.pick(questions)}**`)
  }
  return parts.join('\n\n')
}

function header(random) {
  const [city, venue] = random.pick(cities)
  const day = random.int(1, 28)
  const month = random.pick(months)
  const year = random.int(2015, 2024)
  const start = random.int(8, 15)
  const end = start + random.int(1, 3)
  return {
    year,
    city,
    text: [
      `${random.chance(0.8) ? '##' : '#'} ${random.pick(seminarKinds)} : ${random.pick(seminarTopics)}`,
      `${city}, ${venue}, ${random.chance(0.3) ? 'le ' : ''}${day} ${month} ${year}`,
      `Ateliers ${start}h00 - ${end}h${random.pick(['00', '30'])}`,
    ].join('\n\n'),
  }
}

/** One minutes file: { name, text }. */
export function seminarFile(seed, index) {
  const random = new Random(hash32(`${seed}:file:${index}`))
  const head = header(random)
  const parts = ['', head.text]
  const count = random.int(1, 6)
  for (let number = 1; number <= count; number++) parts.push(atelier(random, number))
  const slug = head.city.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z]+/g, '-')
  return {
    name: path.join(String(head.year), `${String(index + 1).padStart(4, '0')}-${slug}.md`),
    text: `${parts.join('\n\n')}\n`,
  }
}

/** A minutes file of about `bytes` bytes: many ateliers, still minutes-shaped. */
export function largeFile(seed, bytes) {
  const random = new Random(hash32(`${seed}:large:${bytes}`))
  const parts = ['', header(random).text]
  let size = Buffer.byteLength(parts.join('\n\n'))
  for (let number = 1; size < bytes; number++) {
    const part = atelier(random, number)
    parts.push(part)
    size += Buffer.byteLength(part) + 2
  }
  return `${parts.join('\n\n')}\n`
}

/**
 * Writes the corpus under `dir`: `corpus/<year>/<nnnn>-<city>.md` (N files),
 * and `large/1mb.md`, `large/10mb.md` when asked. Returns what it wrote.
 */
export function generate({dir, files = 1000, seed = defaultSeed, large = true, huge = true}) {
  const corpus = path.join(dir, 'corpus')
  const written = []
  let bytes = 0
  for (let index = 0; index < files; index++) {
    const file = seminarFile(seed, index)
    const target = path.join(corpus, file.name)
    mkdirSync(path.dirname(target), {recursive: true})
    const data = Buffer.from(file.text)
    writeFileSync(target, data)
    written.push(target)
    bytes += data.byteLength
  }
  const result = {seed, corpus, files: written, bytes}
  if (large || huge) mkdirSync(path.join(dir, 'large'), {recursive: true})
  if (large) {
    const target = path.join(dir, 'large', '1mb.md')
    writeFileSync(target, largeFile(seed, 1024 * 1024))
    result.large = target
  }
  if (huge) {
    const target = path.join(dir, 'large', '10mb.md')
    writeFileSync(target, largeFile(seed, 10 * 1024 * 1024))
    result.huge = target
  }
  return result
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2)
  const value = (name, fallback) => {
    const index = args.indexOf(name)
    return index === -1 ? fallback : args[index + 1]
  }
  const dir = value('--out') ?? mkdtempSync(path.join(os.tmpdir(), 'seminar-bench-corpus-'))
  const started = performance.now()
  const result = generate({
    dir,
    files: Number(value('--files', 1000)),
    seed: Number(value('--seed', defaultSeed)),
    large: args.includes('--large'),
    huge: args.includes('--huge'),
  })
  const mb = (bytes) => `${(bytes / 1e6).toFixed(1)} MB`
  console.log(`${result.files.length} files, ${mb(result.bytes)} (${(result.bytes / result.files.length / 1000).toFixed(1)} kB each on average) in ${result.corpus}`)
  if (result.large) console.log(`1 MB file: ${result.large}`)
  if (result.huge) console.log(`10 MB file: ${result.huge}`)
  console.log(`seed ${result.seed}, ${((performance.now() - started) / 1000).toFixed(1)} s`)
}
