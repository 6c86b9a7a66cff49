import {existsSync} from 'node:fs'
import {stat} from 'node:fs/promises'
import {fileURLToPath} from 'node:url'
import {Worker} from 'node:worker_threads'
import type {Job, JobResult, JobSettings} from './job.js'

/** Called with each result as soon as it is known, with the job's index in the list. */
export type OnResult = (index: number, result: JobResult) => void

const workerFile = fileURLToPath(new URL('./worker.js', import.meta.url))

/**
 * The young generation of each worker, in MiB (three times V8's semi-space).
 * Parsing and the DOCX tree make short-lived objects by the million; with
 * Node's default (48 MiB) the scavenger ran most of the time. Measured on
 * 100 corpus files, --jobs 2 (medians of 3): 48 MiB 19.3 s, 96 MiB 15.9 s,
 * 192 MiB 11.5 s, 384 MiB 12.8 s; peak RSS 310, 390, 500, 750 MB.
 */
const youngGenerationMiB = 192

/**
 * Below this many input bytes in all, the jobs run on this thread: a worker
 * takes about 0.3 s to start (two seed-sized files: 0.65 s on this thread,
 * 0.95 s on two workers), more than the larger young generation saves on
 * that little work.
 */
const smallBatchBytes = 256 * 1024

/**
 * Runs jobs on up to `parallelism` worker threads, or on this thread when
 * the work is small (or when running from TypeScript sources, where there is
 * no compiled worker file). Stops handing out jobs once `signal` is aborted,
 * lets the jobs under way finish (each writes its reports atomically), and
 * resolves.
 */
export async function runJobs(
  jobs: readonly Job[],
  settings: JobSettings,
  parallelism: number,
  onResult: OnResult,
  signal?: AbortSignal,
): Promise<void> {
  const threads = existsSync(workerFile) ? await workerThreads(jobs, parallelism) : 0
  if (threads === 0) {
    const {runJob} = await import('./job.js')
    for (const [index, job] of jobs.entries()) {
      if (signal?.aborted) return
      onResult(index, await runJob(job, settings))
    }
    return
  }
  await new Promise<void>((resolve) => {
    let next = 0
    let running = 0
    const start = () => {
      running++
      const worker = new Worker(workerFile, {workerData: settings, resourceLimits: {maxYoungGenerationSizeMb: youngGenerationMiB}})
      let current: number | undefined
      const dispatch = () => {
        if (signal?.aborted || next >= jobs.length) {
          current = undefined
          void worker.terminate()
          return
        }
        current = next++
        const job = jobs[current]!
        worker.postMessage({id: current, job})
      }
      worker.on('message', ({id, result}: {id: number; result: JobResult}) => {
        onResult(id, result)
        dispatch()
      })
      worker.on('error', (error) => {
        // A worker that dies (out of memory, a native fault) fails its job
        // only; a new worker takes the rest.
        if (current !== undefined) {
          onResult(current, {
            display: jobs[current]!.display,
            messages: [],
            written: [],
            error: `internal error: the conversion stopped (${error.message})`,
          })
          current = undefined
        }
      })
      worker.on('exit', () => {
        running--
        if (current !== undefined) {
          onResult(current, {display: jobs[current]!.display, messages: [], written: [], error: 'internal error: the conversion stopped'})
          current = undefined
        }
        if (!signal?.aborted && next < jobs.length) {
          start()
        } else if (running === 0) {
          resolve()
        }
      })
      dispatch()
    }
    for (let index = 0; index < threads; index++) start()
  })
}

/** How many worker threads to start for these jobs: none when the work is small. */
export async function workerThreads(jobs: readonly Job[], parallelism: number): Promise<number> {
  if (jobs.length === 0 || (await totalBytes(jobs, smallBatchBytes)) < smallBatchBytes) return 0
  return Math.min(parallelism, jobs.length)
}

/** The jobs' input sizes added up, stopping once past `enough`; an input that cannot be read counts as empty. */
async function totalBytes(jobs: readonly Job[], enough: number): Promise<number> {
  let total = 0
  for (const job of jobs) {
    total += job.bytes?.byteLength ?? (job.path === '-' ? 0 : ((await stat(job.path).catch(() => undefined))?.size ?? 0))
    if (total >= enough) break
  }
  return total
}
