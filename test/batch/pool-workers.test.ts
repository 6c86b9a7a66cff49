import {existsSync, mkdtempSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {describe, expect, test} from 'vitest'
// @ts-expect-error: the benchmark's generator is plain JavaScript without types
import {largeFile} from '../../bench/generate.mjs'
import type {JobResult, JobSettings} from '../../src/batch/job.js'
import {root} from '../helpers/fixtures.js'

// The worker threads run the compiled worker (dist/batch/worker.js), which
// `npm test` builds first; from the TypeScript sources jobs run in-thread.
const pool = path.join(root, 'dist/batch/pool.js')

describe.skipIf(!existsSync(pool))('conversion workers', () => {
  test('a job that runs out of memory under the heap limit is converted again without it', async () => {
    const {runJobs} = (await import(pool)) as typeof import('../../src/batch/pool.js')
    const folder = mkdtempSync(path.join(tmpdir(), 'seminar-report-oom-'))
    const input = path.join(folder, 'large.md')
    writeFileSync(input, largeFile(20191024, 1_000_000))
    const settings: JobSettings = {formats: ['json'], check: false, toStdout: false, outDir: folder, redact: false, tocPageNumbers: false, maxBytes: 16 * 1024 * 1024}
    const results: JobResult[] = []
    // 32 MiB cannot hold the parse of 1 MB of minutes (about 300 MB): the
    // first worker dies, and only a second one without the limit can succeed.
    await runJobs([{path: input, display: 'large.md', outputBase: 'large'}], settings, 1, (_, result) => results.push(result), undefined, {threads: 1, oldGenerationMiB: 32})
    expect(results).toHaveLength(1)
    expect(results[0]!.error).toBeUndefined()
    expect(JSON.parse(readFileSync(path.join(folder, 'large.json'), 'utf8')).ateliers.length).toBeGreaterThan(10)
  }, 120_000)
})
