import {createHash} from 'node:crypto'
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {hashSettings, isUpToDate, planJobs, recordResult} from '../../src/batch/incremental.js'
import {type JobSettings, runJob} from '../../src/batch/job.js'
import type {Manifest} from '../../src/batch/manifest.js'

const settings: JobSettings = {formats: ['json'], check: false, toStdout: false, redact: false, tocPageNumbers: false, maxBytes: 1024}
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex')

describe('incremental conversion', () => {
  it('keys on every setting that shapes the reports, and on the tool version', () => {
    const base = hashSettings(settings, '1.0.0')
    expect(hashSettings({...settings}, '1.0.0')).toBe(base)
    for (const changed of [
      {...settings, formats: ['json', 'html'] as const},
      {...settings, redact: true},
      {...settings, lang: 'en'},
      {...settings, template: '<main>{{body}}</main>'},
      {...settings, referenceDocx: Uint8Array.of(1)},
      {...settings, timestamp: 1},
      {...settings, tocPageNumbers: true},
    ]) expect(hashSettings(changed, '1.0.0')).not.toBe(base)
    expect(hashSettings(settings, '1.0.1')).not.toBe(base)
  })

  it('plans one job per file without reading any; each carries its record, without the catalogue entry', async () => {
    const manifest: Manifest = {
      version: 1,
      records: {'a.md': {input: 'h', settings: 'k', outputs: ['a.json'], entry: {title: 'A', lang: 'fr', ateliers: 0, participants: 0, outputs: {}, organizations: []}}},
    }
    const files = [
      {path: '/nowhere/a.md', display: 'a.md', outputBase: 'a'},
      {path: '/nowhere/b.md', display: 'b.md', outputBase: 'b'},
      {path: '-', display: '-', outputBase: 'stdin'},
    ]
    const jobs = await planJobs(files, manifest, async () => Uint8Array.of(35))
    expect(jobs).toEqual([
      {...files[0], record: {input: 'h', settings: 'k', outputs: ['a.json']}},
      files[1],
      {...files[2], bytes: Uint8Array.of(35)},
    ])
    // --force: no record to compare against.
    expect((await planJobs(files, undefined, async () => new Uint8Array()))[0]).toEqual(files[0])
  })

  it('finds a job up to date when its bytes, settings and recorded reports match, and the reports are there', async () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'seminar-report-incremental-'))
    writeFileSync(path.join(folder, 'a.json'), '{}')
    const bytes = new TextEncoder().encode('# A\n')
    const job = {path: path.join(folder, 'a.md'), display: 'a.md', outputBase: 'a', record: {input: sha256('# A\n'), settings: 'k', outputs: ['a.json']}}
    const incremental = {...settings, outDir: folder, settingsKey: 'k'}
    expect(await isUpToDate(job, bytes, incremental)).toBe(true)
    expect(await isUpToDate(job, new TextEncoder().encode('# B\n'), incremental)).toBe(false)
    expect(await isUpToDate(job, bytes, {...incremental, settingsKey: 'other'})).toBe(false)
    expect(await isUpToDate(job, bytes, {...incremental, settingsKey: undefined})).toBe(false)
    // The same file named through another argument mirrors elsewhere: its reports there are not made yet.
    expect(await isUpToDate({...job, outputBase: 'sub/a'}, bytes, incremental)).toBe(false)
    expect(await isUpToDate(job, bytes, {...incremental, formats: ['json', 'html']})).toBe(false)
    rmSync(path.join(folder, 'a.json'))
    expect(await isUpToDate(job, bytes, incremental)).toBe(false)
  })

  it('a job reads its input, and reports it up to date instead of converting it; the record stands', async () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'seminar-report-incremental-'))
    writeFileSync(path.join(folder, 'a.md'), '# A\n')
    const file = {path: path.join(folder, 'a.md'), display: 'a.md', outputBase: 'a'}
    const manifest: Manifest = {version: 1, records: {}}
    const context = {manifest, settingsKey: 'k', outDir: folder, formats: ['json'] as const}
    const run = {...settings, outDir: folder, settingsKey: 'k'}

    const first = await runJob((await planJobs([file], manifest, async () => new Uint8Array()))[0]!, run)
    expect(first.upToDate).toBeUndefined()
    expect(first.written).toEqual([path.join(folder, 'a.json')])
    recordResult(context, file, first)
    expect(manifest.records['a.md']).toMatchObject({input: sha256('# A\n'), settings: 'k', outputs: ['a.json'], entry: {title: 'A'}})
    const recorded = manifest.records['a.md']

    const second = await runJob((await planJobs([file], manifest, async () => new Uint8Array()))[0]!, run)
    expect(second).toEqual({display: 'a.md', messages: [], written: [], upToDate: true})
    recordResult(context, file, second)
    expect(manifest.records['a.md']).toBe(recorded)

    // A failure forgets the file, so that the next run tries it again.
    recordResult(context, file, {display: 'a.md', messages: [], written: [], error: 'no such file'})
    expect(manifest.records['a.md']).toBeUndefined()
  })
})
