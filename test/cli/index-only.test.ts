import {cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {beforeAll, describe, expect, it} from 'vitest'
import {root} from '../helpers/fixtures.js'
import {runBin} from '../helpers/run-cli.js'

// `--index-only`: the catalogue of reports converted elsewhere (the shards
// of a CI matrix), through the built executable.

const fixture = (name: string) => path.join(root, 'fixtures', name, 'input.md')
let notes: string

/** Notes in nested folders, several dated, two organizations shared, one file in a legacy encoding. */
beforeAll(() => {
  notes = mkdtempSync(path.join(tmpdir(), 'seminar-report-notes-'))
  mkdirSync(path.join(notes, '2019/automne'), {recursive: true})
  mkdirSync(path.join(notes, '2022'), {recursive: true})
  cpSync(fixture('seed'), path.join(notes, '2019/automne/seminaire alpin.md'))
  cpSync(fixture('windows-1252-crlf'), path.join(notes, '2019/forets.md'))
  cpSync(fixture('english'), path.join(notes, '2022/mobility.markdown'))
  cpSync(fixture('front-matter'), path.join(notes, '2022/front-matter.md'))
  cpSync(fixture('many-ateliers'), path.join(notes, '2022/ateliers.md'))
  cpSync(fixture('pipe-table'), path.join(notes, 'pipe.md'))
})

/** Runs the shards as CI matrix jobs would, each into a folder of its own, then gathers them as download-artifact does. */
function shardsGathered(count: number, flags: string[] = []): string {
  const work = mkdtempSync(path.join(tmpdir(), 'seminar-report-shards-'))
  const site = path.join(work, 'site')
  for (let index = 1; index <= count; index++) {
    const out = path.join(work, `reports-${index}`)
    expect(runBin([notes, '-o', out, '--quiet', '--shard', `${index}/${count}`, ...flags]).code).toBe(0)
    cpSync(out, site, {recursive: true})
  }
  return site
}

describe('seminar-report --index-only', () => {
  it('makes of the shards\' reports the catalogue a single run writes, byte for byte, converting nothing', () => {
    const single = mkdtempSync(path.join(tmpdir(), 'seminar-report-single-'))
    expect(runBin([notes, '-o', single, '--quiet', '--index']).code).toBe(0)
    const site = shardsGathered(3)
    expect(existsSync(path.join(site, 'index.json'))).toBe(false)
    const reports = readFileSync(path.join(site, '2019/forets.json'))
    const run = runBin([site, '--index-only', '-o', site])
    expect(run).toEqual({code: 0, stdout: '', stderr: '6 catalogued, 0 failed\n'})
    for (const file of ['index.json', 'index.html']) {
      expect(readFileSync(path.join(site, file), 'utf8'), file).toBe(readFileSync(path.join(single, file), 'utf8'))
    }
    const catalogue = JSON.parse(readFileSync(path.join(site, 'index.json'), 'utf8')) as {seminars: {input: string; outputs: Record<string, string>}[]}
    expect(catalogue.seminars.map((seminar) => seminar.input).sort()).toEqual(['2019/automne/seminaire alpin.md', '2019/forets.md', '2022/ateliers.md', '2022/front-matter.md', '2022/mobility.markdown', 'pipe.md'])
    for (const seminar of catalogue.seminars) for (const output of Object.values(seminar.outputs)) expect(existsSync(path.join(site, output)), output).toBe(true)
    expect(readFileSync(path.join(site, '2019/forets.json')).equals(reports)).toBe(true)
    // Run again over its own output: the catalogue it wrote is not a report.
    expect(runBin([site, '--index-only', '-o', site, '--quiet'])).toEqual({code: 0, stdout: '', stderr: ''})
    expect(readFileSync(path.join(site, 'index.json'), 'utf8')).toBe(readFileSync(path.join(single, 'index.json'), 'utf8'))
  })

  it('is the same with --lang and with only some formats written', () => {
    const single = mkdtempSync(path.join(tmpdir(), 'seminar-report-single-'))
    expect(runBin([notes, '-o', single, '--quiet', '--index', '--json', '--html', '--lang', 'en']).code).toBe(0)
    const site = shardsGathered(2, ['--json', '--html', '--lang', 'en'])
    expect(runBin([site, '--index-only', '-o', site, '--lang', 'en', '--quiet']).code).toBe(0)
    for (const file of ['index.json', 'index.html']) {
      expect(readFileSync(path.join(site, file), 'utf8'), file).toBe(readFileSync(path.join(single, file), 'utf8'))
    }
    expect(readFileSync(path.join(site, 'index.json'), 'utf8')).not.toContain('.docx')
  })

  it('takes several folders inside the output folder, and links from there to each report', () => {
    const work = mkdtempSync(path.join(tmpdir(), 'seminar-report-folders-'))
    expect(runBin([path.join(notes, '2019'), '-o', path.join(work, 'site/autumn'), '--quiet', '--json']).code).toBe(0)
    expect(runBin([path.join(notes, '2022'), '-o', path.join(work, 'site/later'), '--quiet', '--json']).code).toBe(0)
    expect(runBin(['site/autumn', 'site/later', '--index-only', '-o', 'site', '--quiet'], {cwd: work}).code).toBe(0)
    const catalogue = JSON.parse(readFileSync(path.join(work, 'site/index.json'), 'utf8')) as {seminars: {input: string; outputs: Record<string, string>}[]}
    const byInput = Object.fromEntries(catalogue.seminars.map((seminar) => [seminar.input, seminar.outputs]))
    expect(byInput['automne/seminaire alpin.md']).toEqual({json: 'autumn/automne/seminaire alpin.json'})
    expect(byInput['mobility.markdown']).toEqual({json: 'later/mobility.json'})
    expect(Object.keys(byInput)).toHaveLength(5)
  })

  it('fails a JSON file that is not a report in one line, and writes the catalogue of the others', () => {
    const site = shardsGathered(1, ['--json'])
    writeFileSync(path.join(site, 'notes.json'), '{"type": "other"}')
    writeFileSync(path.join(site, '2022/broken.json'), '{"type": "seminar", "schemaVersion": 1}')
    writeFileSync(path.join(site, 'half.json'), '{"type": "semin')
    mkdirSync(path.join(site, '.cache'))
    writeFileSync(path.join(site, '.cache/skipped.json'), 'not even JSON')
    const run = runBin(['.', '--index-only', '-o', '.'], {cwd: site})
    expect(run).toEqual({
      code: 1,
      stdout: '',
      stderr:
        'seminar-report: 2022/broken.json: not a JSON report of seminar-report (schema version 2)\n' +
        'seminar-report: half.json: not valid JSON\n' +
        'seminar-report: notes.json: not a JSON report of seminar-report (schema version 2)\n' +
        '6 catalogued, 3 failed\n',
    })
    expect((JSON.parse(readFileSync(path.join(site, 'index.json'), 'utf8')) as {seminars: unknown[]}).seminars).toHaveLength(6)
  })

  it.each([
    [['site', '--index-only'], '--index-only needs --out-dir, where the catalogue is written'],
    [['elsewhere', '--index-only', '-o', 'site'], '--index-only: elsewhere is not inside site, from where the catalogue links to the reports'],
    [['-', '--index-only', '-o', 'site'], '--index-only reads reports from folders, not from standard input'],
    [['site', '--index-only', '-o', 'site', '--check'], '--index-only converts nothing: it cannot be used with --stdout or --check'],
  ])('refuses %j with exit 2', (argv, message) => {
    const work = mkdtempSync(path.join(tmpdir(), 'seminar-report-usage-'))
    expect(runBin(argv, {cwd: work})).toEqual({code: 2, stdout: '', stderr: `seminar-report: ${message}\n`})
    expect(existsSync(path.join(work, 'site'))).toBe(false)
  })

  it('says so when a folder is missing', () => {
    const work = mkdtempSync(path.join(tmpdir(), 'seminar-report-missing-'))
    const run = runBin(['site/nothing', '--index-only', '-o', 'site'], {cwd: work})
    expect(run).toEqual({code: 1, stdout: '', stderr: 'seminar-report: site/nothing: no such file\n0 catalogued, 1 failed\n'})
  })
})
