import {mkdtempSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {hashSettings, planJobs, recordResults} from '../../src/batch/incremental.js'
import type {JobSettings} from '../../src/batch/job.js'
import type {Manifest} from '../../src/batch/manifest.js'

const settings: JobSettings = {formats: ['json'], check: false, toStdout: false, redact: false, tocPageNumbers: false, maxBytes: 1024}

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

  it('skips files whose bytes and settings match and whose reports exist; records what jobs wrote', async () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'seminar-report-incremental-'))
    const input = path.join(folder, 'a.md')
    writeFileSync(input, '# A\n')
    writeFileSync(path.join(folder, 'a.json'), '{}')
    const file = {path: input, display: 'a.md', outputBase: 'a'}
    const manifest: Manifest = {version: 1, records: {}}
    const context = {manifest, settingsKey: 'k', outDir: folder, formats: ['json'] as const}
    const first = await planJobs([file], 1024, context, async () => new Uint8Array())
    expect(first.upToDate).toEqual([])
    expect(first.jobs[0]!.job.bytes).toBeDefined()

    recordResults(context, first.jobs, [
      {display: 'a.md', messages: [], written: [path.join(folder, 'a.json')], sha256: '5f4ee4e5a5b1b7e8d5f7dbb4a9e21eb1f8d1c1a0e5b9f7f9f1c3a3d6e9a1b2c3'},
    ])
    expect(manifest.records['a.md']!.outputs).toEqual(['a.json'])

    // The recorded hash is not this file's: not up to date.
    expect((await planJobs([file], 1024, context, async () => new Uint8Array())).upToDate).toEqual([])
    const {createHash} = await import('node:crypto')
    manifest.records['a.md'] = {...manifest.records['a.md']!, input: createHash('sha256').update('# A\n').digest('hex')}
    expect((await planJobs([file], 1024, context, async () => new Uint8Array())).upToDate).toEqual([file])

    // The same file named through another argument mirrors elsewhere: its reports there are not made yet.
    const elsewhere = {...file, outputBase: 'sub/a'}
    expect((await planJobs([elsewhere], 1024, context, async () => new Uint8Array())).upToDate).toEqual([])
    // A file over the size limit is not read: its job reports it.
    expect((await planJobs([file], 2, context, async () => new Uint8Array())).jobs[0]!.job.bytes).toBeUndefined()

    // A failure forgets the file, so that the next run tries it again.
    recordResults(context, first.jobs, [{display: 'a.md', messages: [], written: [], error: 'no such file'}])
    expect(manifest.records['a.md']).toBeUndefined()
  })
})
