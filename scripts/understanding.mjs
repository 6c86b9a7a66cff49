#!/usr/bin/env node
// What seminar-report understands of the fixtures, against the facts written
// by hand in fixtures/<case>/truth.json: the meeting date, attendance counts
// per status, whether the file passes --check --strict, and the decisions
// and actions (precision: listed entries that are real; recall: real ones
// listed; owners, due dates and statuses of the actions found), and, where
// the truth gives them, the title, the sections (a number: how many at the
// top level; a list of titles: each found, in order, at any level) and the
// ateliers (their topics in order, or how many). Prints one
// line per fixture and the totals; exits 1 when a fact is wrong. Entries
// listed under missedDecisions / missedActions are real but known to be
// missed: they lower recall without failing.
//
// Give a folder of cases (each <case>/input.md and truth.json) to measure
// another corpus: node scripts/understanding.mjs /path/to/cases
//
//   npm run build && node scripts/understanding.mjs
import {existsSync, readdirSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {parseMinutes} from '../dist/index.js'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const fixtures = path.resolve(process.argv[2] ?? path.join(root, 'fixtures'))
const statuses = ['present', 'in-person', 'remote', 'excused', 'absent']

/** Text as compared: folded accents, lower case, single spaces, no punctuation. */
const fold = (text) => text.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase().replace(/[^\p{L}\p{N}@]+/gu, ' ').trim()
const inlineText = (nodes) => nodes.map((node) => ('value' in node ? node.value : node.children ? inlineText(node.children) : '')).join('')
/** Pairs found entries with true ones whose quote the entry's text holds (or that hold it); each used once. */
function pair(found, truth, quoteOf) {
  const free = new Set(truth.keys())
  const pairs = []
  for (const entry of found) {
    const text = fold(inlineText(entry.children))
    const index = [...free].find((candidate) => {
      const quote = fold(quoteOf(truth[candidate]))
      return quote !== '' && (text.includes(quote) || quote.includes(text))
    })
    if (index !== undefined) {
      free.delete(index)
      pairs.push([entry, truth[index]])
    }
  }
  return pairs
}
/** True titles found in order among the seminar's sections, rounds and ateliers' sections, at any level. */
function sectionsFound(seminar, titles) {
  const ours = [...seminar.sections.map((section) => section.title), ...seminar.ateliers.flatMap((atelier) => [atelier.round ?? '', ...atelier.sections.map((section) => section.title)])].filter(Boolean).map(fold)
  let from = 0
  let found = 0
  for (const title of titles.map(fold)) {
    const at = ours.findIndex((our, index) => index >= from && (our === title || our.includes(title) || (title.includes(our) && our.length > 3)))
    if (at >= 0) {
      found++
      from = at + 1
    }
  }
  return found
}
/** The ateliers' topics (or titles) are the true workshops, in order. */
function workshopsRight(seminar, workshops) {
  const ours = seminar.ateliers.map((atelier) => fold(atelier.topic ?? atelier.title))
  return ours.length === workshops.length && workshops.map(fold).every((workshop, index) => ours[index].includes(workshop) || workshop.includes(ours[index]))
}
const structure = {titles: 0, titlesRight: 0, sectionFiles: 0, sectionFilesRight: 0, sections: 0, sectionsRight: 0, workshopFiles: 0, workshopFilesRight: 0}

const registers = {decisionsFound: 0, decisionsReal: 0, decisionsPaired: 0, actionsFound: 0, actionsReal: 0, actionsPaired: 0, owners: 0, ownersRight: 0, dues: 0, duesRight: 0, statusRight: 0}

const rows = []
for (const name of readdirSync(fixtures).sort()) {
  const truthFile = path.join(fixtures, name, 'truth.json')
  if (!existsSync(truthFile)) continue
  const truth = JSON.parse(readFileSync(truthFile, 'utf8'))
  const {seminar} = parseMinutes(readFileSync(path.join(fixtures, name, 'input.md')), {name: 'input.md'})
  const counts = Object.fromEntries(statuses.map((status) => [status, seminar.summary.attendance[status]]).filter(([, count]) => count > 0))
  const warnings = seminar.diagnostics.filter((diagnostic) => diagnostic.severity !== 'info').length
  const expected = truth.attendance ?? {}
  let registersRight = true
  if (truth.decisions || truth.actions) {
    // Entries a reader sees that the tool does not find yet (missedDecisions,
    // missedActions) count against recall, and do not fail the fixture.
    const realDecisions = [...(truth.decisions ?? []), ...(truth.missedDecisions ?? [])]
    const realActions = [...(truth.actions ?? []), ...(truth.missedActions ?? [])]
    const decisions = pair(seminar.decisions, realDecisions, (quote) => quote)
    const actions = pair(seminar.actions, realActions, (action) => action.what)
    registers.decisionsFound += seminar.decisions.length
    registers.decisionsReal += realDecisions.length
    registers.decisionsPaired += decisions.length
    registers.actionsFound += seminar.actions.length
    registers.actionsReal += realActions.length
    registers.actionsPaired += actions.length
    for (const [action, real] of actions) {
      // An owner is right when found as written or as the attendance names
      // them; a handle is the same with or without its "@".
      const owner = (text) => fold(text).replace(/(^| )@/g, '$1')
      const owners = action.owners.flatMap((found) => [owner(found.name ?? ''), owner(found.written ?? '')]).filter(Boolean)
      registers.owners += real.owners.length
      registers.ownersRight += real.owners.filter((written) => owners.includes(owner(written))).length
      if (real.due) {
        registers.dues++
        const due = action.due ? fold(action.due.text) : ''
        if (action.due && (action.due.date === real.due || (due !== '' && (due.includes(fold(real.due)) || fold(real.due).includes(due))))) registers.duesRight++
      }
      if (action.status === real.status) registers.statusRight++
    }
    registersRight =
      decisions.length === seminar.decisions.length && decisions.length === (truth.decisions ?? []).length &&
      actions.length === seminar.actions.length && actions.length === (truth.actions ?? []).length
  }
  let structureRight = true
  if (truth.title !== undefined) {
    const right = fold(seminar.title ?? '') === fold(truth.title ?? '')
    structure.titles++
    structure.titlesRight += right ? 1 : 0
    structureRight &&= right
  }
  if (truth.sections !== undefined) {
    const real = typeof truth.sections === 'number' ? truth.sections : truth.sections.length
    const found = typeof truth.sections === 'number' ? Math.min(seminar.sections.length, real) : sectionsFound(seminar, truth.sections)
    const right = typeof truth.sections === 'number' ? seminar.sections.length === real : found === real
    structure.sectionFiles++
    structure.sectionFilesRight += right ? 1 : 0
    structure.sections += real
    structure.sectionsRight += found
    structureRight &&= right
  }
  // A list of topics (the corpora) or a count (the fixtures).
  if (truth.workshops !== undefined || truth.ateliers !== undefined) {
    const right = truth.workshops !== undefined ? workshopsRight(seminar, truth.workshops) : seminar.ateliers.length === truth.ateliers
    structure.workshopFiles++
    structure.workshopFilesRight += right ? 1 : 0
    structureRight &&= right
  }
  rows.push({
    structure: structureRight,
    registers: registersRight,
    name,
    showsDate: truth.date !== null,
    date: seminar.date === (truth.date ?? undefined),
    listsAttendance: truth.attendance !== null,
    attendance: JSON.stringify(counts) === JSON.stringify(Object.fromEntries(statuses.filter((status) => expected[status]).map((status) => [status, expected[status]]))),
    strict: warnings === (truth.warnings ?? 0),
    found: {date: seminar.date ?? '–', attendance: counts, warnings, decisions: seminar.decisions.length, actions: seminar.actions.length},
  })
}

const mark = (ok) => (ok ? 'ok ' : 'NO ')
for (const row of rows) {
  console.log(`${mark(row.date)}date ${String(row.found.date).padEnd(10)}  ${mark(row.attendance)}attendance ${JSON.stringify(row.found.attendance).padEnd(40)}  ${mark(row.strict)}warnings ${row.found.warnings}  ${mark(row.registers)}decisions ${row.found.decisions} actions ${String(row.found.actions).padEnd(2)}  ${mark(row.structure)}structure  ${row.name}`)
}
const share = (filter, ok) => {
  const relevant = rows.filter(filter)
  return `${relevant.filter(ok).length}/${relevant.length}`
}
console.log('')
console.log(`dates found and right, among files that show one: ${share((row) => row.showsDate, (row) => row.date)}`)
console.log(`no date made up, among files that show none:        ${share((row) => !row.showsDate, (row) => row.date)}`)
console.log(`attendance with exact counts, among files that list it: ${share((row) => row.listsAttendance, (row) => row.attendance)}`)
console.log(`no attendance made up, among files that list none:      ${share((row) => !row.listsAttendance, (row) => row.attendance)}`)
console.log(`warnings as expected (--check --strict):                ${share(() => true, (row) => row.strict)}`)
const ratio = (part, whole) => (whole === 0 ? '–' : `${part}/${whole} = ${((100 * part) / whole).toFixed(0)} %`)
console.log(`decisions: precision ${ratio(registers.decisionsPaired, registers.decisionsFound)}, recall ${ratio(registers.decisionsPaired, registers.decisionsReal)}`)
console.log(`actions:   precision ${ratio(registers.actionsPaired, registers.actionsFound)}, recall ${ratio(registers.actionsPaired, registers.actionsReal)}`)
console.log(`actions found: owners right ${ratio(registers.ownersRight, registers.owners)}, due dates right ${ratio(registers.duesRight, registers.dues)}, statuses right ${ratio(registers.statusRight, registers.actionsPaired)}`)
console.log(`titles right: ${ratio(structure.titlesRight, structure.titles)}`)
console.log(`sections: files with every section ${ratio(structure.sectionFilesRight, structure.sectionFiles)}; sections found ${ratio(structure.sectionsRight, structure.sections)}`)
console.log(`ateliers right (topics in order, or how many): ${ratio(structure.workshopFilesRight, structure.workshopFiles)}`)
process.exitCode = rows.every((row) => row.date && row.attendance && row.strict && row.registers && row.structure) ? 0 : 1
