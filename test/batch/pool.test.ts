import {mkdtempSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {describe, expect, test} from 'vitest'
import type {Job} from '../../src/batch/job.js'
import {inputSizes, largestFirst, workerPlan} from '../../src/batch/pool.js'

const workers = (sizes: number[], parallelism: number) => workerPlan(sizes, parallelism).workers
const MiB = 1024 * 1024

describe('worker processes for a batch', () => {
  test('none for small work: a worker costs more to start than it saves', () => {
    expect(workers([], 4)).toBe(0)
    expect(workers([12_000], 2)).toBe(0)
    expect(workers([100_000, 100_000], 2)).toBe(0)
  })

  test('one per job up to --jobs once the inputs reach 256 KiB', () => {
    expect(workers([300_000], 2)).toBe(1)
    const batch = [100_000, 100_000, 100_000]
    expect(workers(batch, 1)).toBe(1)
    expect(workers(batch, 2)).toBe(2)
    expect(workers(batch, 8)).toBe(3)
  })

  test('limits the old generation of the workers only for a large input, to its size, at least 1 GiB', () => {
    expect(workerPlan([300_000], 2).oldGenerationMiB).toBeUndefined()
    expect(workerPlan([5 * MiB], 2).oldGenerationMiB).toBe(1024)
    expect(workerPlan([300_000, 10 * MiB], 2).oldGenerationMiB).toBe(1600)
  })

  test('plans an archive of 200,000 files', () => {
    const archive = Array.from({length: 200_000}, (_, index) => (index === 7 ? 5 * MiB : 10))
    expect(workerPlan(archive, 2)).toEqual({workers: 2, oldGenerationMiB: 1024})
    expect(largestFirst(archive)[0]).toBe(7)
  })

  test('hands out the largest inputs first; equal sizes in input order', () => {
    expect(largestFirst([]).length).toBe(0)
    expect(largestFirst([5, 90, 5, 300, 90, 0])).toEqual([3, 1, 4, 0, 2, 5])
  })

  test('sizes: standard input by its bytes, files by stat, unreadable files as empty', async () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'seminar-report-pool-'))
    writeFileSync(path.join(folder, 'a.md'), 'x'.repeat(1234))
    const jobs: Job[] = [
      {path: '-', display: '-', outputBase: 'stdin', bytes: new Uint8Array(300_000)},
      {path: path.join(folder, 'a.md'), display: 'a.md', outputBase: 'a'},
      {path: path.join(folder, 'missing.md'), display: 'missing.md', outputBase: 'missing'},
    ]
    expect(await inputSizes(jobs)).toEqual([300_000, 1234, 0])
  })
})
