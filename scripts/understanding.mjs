#!/usr/bin/env node
// What seminar-report understands of the fixtures, against the facts written
// by hand in fixtures/<case>/truth.json: the meeting date, attendance counts
// per status, and whether the file passes --check --strict. Prints one line
// per fixture and the totals; exits 1 when a fact is wrong.
//
//   npm run build && node scripts/understanding.mjs
import {existsSync, readdirSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {parseMinutes} from '../dist/index.js'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const fixtures = path.join(root, 'fixtures')
const statuses = ['present', 'in-person', 'remote', 'excused', 'absent']

const rows = []
for (const name of readdirSync(fixtures).sort()) {
  const truthFile = path.join(fixtures, name, 'truth.json')
  if (!existsSync(truthFile)) continue
  const truth = JSON.parse(readFileSync(truthFile, 'utf8'))
  const {seminar} = parseMinutes(readFileSync(path.join(fixtures, name, 'input.md')), {name: 'input.md'})
  const counts = Object.fromEntries(statuses.map((status) => [status, seminar.summary.attendance[status]]).filter(([, count]) => count > 0))
  const warnings = seminar.diagnostics.filter((diagnostic) => diagnostic.severity !== 'info').length
  const expected = truth.attendance ?? {}
  rows.push({
    name,
    showsDate: truth.date !== null,
    date: seminar.date === (truth.date ?? undefined),
    listsAttendance: truth.attendance !== null,
    attendance: JSON.stringify(counts) === JSON.stringify(Object.fromEntries(statuses.filter((status) => expected[status]).map((status) => [status, expected[status]]))),
    strict: warnings === truth.warnings,
    found: {date: seminar.date ?? '–', attendance: counts, warnings},
  })
}

const mark = (ok) => (ok ? 'ok ' : 'NO ')
for (const row of rows) {
  console.log(`${mark(row.date)}date ${String(row.found.date).padEnd(10)}  ${mark(row.attendance)}attendance ${JSON.stringify(row.found.attendance).padEnd(40)}  ${mark(row.strict)}warnings ${row.found.warnings}  ${row.name}`)
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
process.exitCode = rows.every((row) => row.date && row.attendance && row.strict) ? 0 : 1
