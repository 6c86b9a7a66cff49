import {existsSync, mkdtempSync, statSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {describe, expect, test} from 'vitest'
import type {Job, JobSettings} from '../../src/batch/job.js'
import {describeDeath} from '../../src/batch/worker-process.js'
import {root} from '../helpers/fixtures.js'

// The worker processes run the built bundle (bin/worker.js), which `npm test`
// builds first; the compiled pool drives them here.
const pool = path.join(root, 'dist/batch/pool.js')
const workerScript = path.join(root, 'bin/worker.js')

describe('a worker process’s death', () => {
  test('out of memory is told apart from any other end', () => {
    expect(describeDeath(null, 'SIGABRT', true)).toEqual({outOfMemory: true, reason: 'the worker process ran out of memory'})
    expect(describeDeath(null, 'SIGABRT', false)).toEqual({outOfMemory: false, reason: 'the worker process was stopped by SIGABRT'})
    expect(describeDeath(null, 'SIGKILL', false)).toEqual({outOfMemory: false, reason: 'the worker process was stopped by SIGKILL'})
    expect(describeDeath(3, null, false)).toEqual({outOfMemory: false, reason: 'the worker process exited with code 3'})
    expect(describeDeath(null, null, false)).toEqual({outOfMemory: false, reason: 'the worker process could not be started'})
  })
})

describe.skipIf(!existsSync(pool) || !existsSync(path.join(root, 'dist/bundle/cli.cjs')))('the pool of worker processes', () => {
  test('hands out the largest input first; every job gets its own result', async () => {
    const {runJobs} = (await import(pool)) as typeof import('../../src/batch/pool.js')
    const names = ['english', 'seed', 'front-matter', 'pipe-table']
    const jobs: Job[] = names.map((name) => ({path: path.join(root, 'fixtures', name, 'input.md'), display: name, outputBase: name}))
    const bySize = [...names].sort((a, b) => statSync(path.join(root, 'fixtures', b, 'input.md')).size - statSync(path.join(root, 'fixtures', a, 'input.md')).size)
    const settings: JobSettings = {formats: ['json'], check: true, toStdout: false, redact: false, tocPageNumbers: false, maxBytes: 16 * 1024 * 1024}
    const arrived: string[] = []
    // One worker answers in the order it was given the jobs.
    await runJobs(jobs, settings, {parallelism: 1, workerScript, plan: {workers: 1}}, (index, result) => {
      expect(result.display).toBe(names[index])
      expect(result.error).toBeUndefined()
      arrived.push(result.display)
    })
    expect(arrived).toEqual(bySize)
  })

  test('converts in this process when there is no worker script', async () => {
    const {runJobs} = (await import(pool)) as typeof import('../../src/batch/pool.js')
    const out = mkdtempSync(path.join(tmpdir(), 'seminar-report-in-process-'))
    const settings: JobSettings = {formats: ['json'], check: false, toStdout: false, outDir: out, redact: false, tocPageNumbers: false, maxBytes: 16 * 1024 * 1024}
    const arrived: number[] = []
    const jobs: Job[] = ['english', 'seed'].map((name) => ({path: path.join(root, 'fixtures', name, 'input.md'), display: name, outputBase: name}))
    await runJobs(jobs, settings, {parallelism: 2, plan: {workers: 2}}, (index) => arrived.push(index))
    expect(arrived).toEqual([0, 1])
    expect(existsSync(path.join(out, 'seed.json'))).toBe(true)
  })
})
