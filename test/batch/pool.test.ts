import {mkdtempSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {describe, expect, test} from 'vitest'
import type {Job} from '../../src/batch/job.js'
import {workerPlan} from '../../src/batch/pool.js'

const workerThreads = async (jobs: Job[], parallelism: number) => (await workerPlan(jobs, parallelism)).threads

const folder = mkdtempSync(path.join(tmpdir(), 'seminar-report-pool-'))
function jobOf(name: string, bytes: number): Job {
  const file = path.join(folder, name)
  writeFileSync(file, 'x'.repeat(bytes))
  return {path: file, display: name, outputBase: file}
}

describe('worker threads for a batch', () => {
  test('none for small work: a worker costs more to start than it saves', async () => {
    expect(await workerThreads([], 4)).toBe(0)
    expect(await workerThreads([jobOf('seed.md', 12_000)], 2)).toBe(0)
    expect(await workerThreads([jobOf('a.md', 100_000), jobOf('b.md', 100_000)], 2)).toBe(0)
  })

  test('one per job up to --jobs once the inputs reach 256 KiB', async () => {
    expect(await workerThreads([jobOf('large.md', 300_000)], 2)).toBe(1)
    const batch = [jobOf('c.md', 100_000), jobOf('d.md', 100_000), jobOf('e.md', 100_000)]
    expect(await workerThreads(batch, 1)).toBe(1)
    expect(await workerThreads(batch, 2)).toBe(2)
    expect(await workerThreads(batch, 8)).toBe(3)
  })

  test('limits the old generation of the workers only for a large input, to its size, at least 1 GiB', async () => {
    expect((await workerPlan([jobOf('f.md', 300_000)], 2)).oldGenerationMiB).toBeUndefined()
    const fiveMiB = {path: '-', display: '-', outputBase: 'stdin', bytes: new Uint8Array(5 * 1024 * 1024)}
    expect((await workerPlan([fiveMiB], 2)).oldGenerationMiB).toBe(1024)
    const tenMiB = {path: '-', display: '-', outputBase: 'stdin', bytes: new Uint8Array(10 * 1024 * 1024)}
    expect((await workerPlan([jobOf('g.md', 300_000), tenMiB], 2)).oldGenerationMiB).toBe(1600)
  })

  test('plans an archive of 200,000 files', async () => {
    const archive = Array.from({length: 200_000}, (_, index): Job => ({path: '-', display: String(index), outputBase: String(index), bytes: new Uint8Array(index === 7 ? 5 * 1024 * 1024 : 10)}))
    expect(await workerPlan(archive, 2)).toEqual({threads: 2, oldGenerationMiB: 1024})
  })

  test('counts bytes already read (standard input) and unreadable files as empty', async () => {
    expect(await workerThreads([{path: '-', display: '-', outputBase: 'stdin', bytes: new Uint8Array(300_000)}], 2)).toBe(1)
    expect(await workerThreads([{path: path.join(folder, 'missing.md'), display: 'missing.md', outputBase: 'missing'}], 2)).toBe(0)
  })
})
