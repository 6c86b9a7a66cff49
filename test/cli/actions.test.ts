/**
 * `--actions`: the open actions of every input on standard output, as a
 * table or JSON, filtered by `--owner`; nothing written.
 */
import {mkdirSync, mkdtempSync, readdirSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {ownerMatches} from '../../src/report/actions.js'
import {runBin, runInProcess} from '../helpers/run-cli.js'

const board = `# Bureau du 10 janvier 2024

Présents : Anne Martin, Luc Petit

## Actions

- [ ] Anne : envoyer le devis d'ici le 31 janvier
- [x] Luc : réserver la salle
- [ ] Relancer la mairie
`

const call = `# 2024-02-20 Contributors call

Attendees: Mei Lin (@meilin), Grace Obi (@gobi)

## Action items

- [ ] @meilin to write the migration guide by 2024-03-05
- [ ] @gobi and @meilin to triage the beta issues
`

function notes(): string {
  const folder = mkdtempSync(path.join(tmpdir(), 'seminar-report-actions-'))
  mkdirSync(path.join(folder, 'notes'))
  writeFileSync(path.join(folder, 'notes', '2024-01-bureau.md'), board)
  writeFileSync(path.join(folder, 'notes', '2024-02-call.md'), call)
  writeFileSync(path.join(folder, 'notes', 'scan.md'), Buffer.from('%PDF-1.4\n%\u00e2\u00e3\n1 0 obj\n'))
  return folder
}

describe('seminar-report --actions', () => {
  it('prints every open action as a table, in input order, writes nothing, and fails a bad file in one line', async () => {
    const cwd = notes()
    const run = await runInProcess(['notes', '--actions'], {cwd})
    expect(run.stdout).toBe(
      [
        'File                       Date        Owner               Action                                              Due',
        '-------------------------  ----------  ------------------  --------------------------------------------------  ----------',
        "notes/2024-01-bureau.md:7  2024-01-10  Anne Martin         Anne : envoyer le devis d'ici le 31 janvier         2024-01-31",
        'notes/2024-01-bureau.md:9  2024-01-10  (no owner)          Relancer la mairie',
        'notes/2024-02-call.md:7    2024-02-20  Mei Lin             @meilin to write the migration guide by 2024-03-05  2024-03-05',
        'notes/2024-02-call.md:8    2024-02-20  Grace Obi, Mei Lin  @gobi and @meilin to triage the beta issues',
        '',
      ].join('\n'),
    )
    expect(run.stderr).toBe('seminar-report: notes/scan.md: this is a PDF document, not Markdown minutes\n')
    expect(run.code).toBe(1)
    expect(readdirSync(path.join(cwd, 'notes')).sort()).toEqual(['2024-01-bureau.md', '2024-02-call.md', 'scan.md'])
  })

  it('filters by owner: a whole name, one of its words, or a handle, case and accents aside', async () => {
    const cwd = notes()
    for (const owner of ['mei', 'Mei Lin', '@MEILIN', 'lin']) {
      const run = await runInProcess(['notes/2024-02-call.md', '--actions', '--owner', owner], {cwd})
      expect(run.stdout.split('\n').filter((line) => line.startsWith('notes/')), owner).toHaveLength(2)
    }
    const nobody = await runInProcess(['notes/2024-01-bureau.md', '--actions', '--owner', 'Zoé'], {cwd})
    expect(nobody).toEqual({code: 0, stdout: 'No open action.\n', stderr: ''})
  })

  it('gives the same actions as JSON with --reporter json, through the built CLI', async () => {
    const cwd = notes()
    const run = runBin(['notes/2024-01-bureau.md', 'notes/2024-02-call.md', '--actions', '--reporter', 'json', '--owner', 'anne', '--jobs', '2'], {cwd})
    expect(run.code).toBe(0)
    expect(run.stderr).toBe('')
    expect(JSON.parse(run.stdout)).toEqual([
      {
        file: 'notes/2024-01-bureau.md',
        line: 7,
        title: 'Bureau du 10 janvier 2024',
        date: '2024-01-10',
        id: 'action-1',
        owners: ['Anne Martin'],
        ownersWritten: ['Anne'],
        text: "Anne : envoyer le devis d'ici le 31 janvier",
        due: {text: "d'ici le 31 janvier", date: '2024-01-31'},
        anchor: 'action-1',
      },
    ])
  })

  it.each([
    [['notes', '--owner', 'anne'], '--owner chooses among the open actions: use it with --actions'],
    [['notes', '--actions', '--index', '-o', 'out'], '--actions prints the open actions and writes nothing: it cannot be used with --stdout, --index or --index-only'],
    [['notes', '--actions', '--reporter', 'github'], '--actions prints a table, or JSON with --reporter json; not --reporter github'],
  ])('refuses %j with exit 2', async (argv, message) => {
    expect(await runInProcess(argv, {cwd: notes()})).toEqual({code: 2, stdout: '', stderr: `seminar-report: ${message}\n`})
  })
})

describe('ownerMatches', () => {
  it.each([
    ['Marie Dupont', 'marie', true],
    ['Marie Dupont', 'DUPONT', true],
    ['Marie Dupont', 'Marie Dupont', true],
    ['Hélène Marchal', 'helene', true],
    ['@jdoe', 'jdoe', true],
    ['Marie Dupont', 'Marie D', false],
    ['Marie Dupont', 'mar', false],
    ['Marie Dupont', '', false],
  ])('%s answers to %s: %s', (owner, asked, expected) => {
    expect(ownerMatches(owner, asked)).toBe(expected)
  })
})
