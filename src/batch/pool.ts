import {existsSync} from 'node:fs'
import {stat} from 'node:fs/promises'
import {fileURLToPath} from 'node:url'
import {Worker} from 'node:worker_threads'
import type {Job, JobResult, JobSettings} from './job.js'
import {largest} from '../largest.js'

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
 * The old generation of each worker, in MiB per MiB of the largest input
 * (at least 1 GiB), once that input is large. Left to itself V8 lets a
 * worker's heap grow toward its default limit (4 GiB here) before collecting
 * in earnest: the benchmark's 10 MB file peaked at 2.8 GB although it
 * completes within 1.4 GiB. A limit sized to the input keeps the peak near
 * what the work needs; a job that still runs out of memory is tried again on
 * a worker without the limit. Below `limitFromInputBytes` there is no limit:
 * a limit under 2 GiB also shrinks the young generation (100 corpus files,
 * --jobs 2: 10–14 s without, 17–20 s with 1 or 1.6 GiB).
 */
const oldGenerationPerInputMiB = 160
const minimumOldGenerationMiB = 1024
const limitFromInputBytes = 4 * 1024 * 1024

/** How a batch runs: on this thread (`threads` 0) or on workers with these heap limits. */
export interface WorkerPlan {
  readonly threads: number
  /** Undefined: V8's default. */
  readonly oldGenerationMiB?: number
}

/**
 * Runs jobs on up to `parallelism` worker threads, or on this thread when
 * the work is small (or when running from TypeScript sources, where there is
 * no compiled worker file). Stops handing out jobs once `signal` is aborted,
 * lets the jobs under way finish (each writes its reports atomically), and
 * resolves. `plan` overrides `workerPlan` (the tests give a tiny heap limit).
 */
export async function runJobs(
  jobs: readonly Job[],
  settings: JobSettings,
  parallelism: number,
  onResult: OnResult,
  signal?: AbortSignal,
  plan?: WorkerPlan,
): Promise<void> {
  const {threads, oldGenerationMiB} = !existsSync(workerFile) ? {threads: 0} : (plan ?? (await workerPlan(jobs, parallelism)))
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
    // Jobs whose worker ran out of memory under the heap limit: tried once
    // more on a worker without one, since the limit is only an estimate.
    const outOfMemory: number[] = []
    // Without a heap limit, a job that runs out of memory would only run out again.
    const limitSet = oldGenerationMiB !== undefined
    const start = (limited: boolean) => {
      running++
      const resourceLimits = {maxYoungGenerationSizeMb: youngGenerationMiB, ...(limited ? {maxOldGenerationSizeMb: oldGenerationMiB} : {})}
      const worker = new Worker(workerFile, {workerData: settings, resourceLimits})
      let current: number | undefined
      const dispatch = () => {
        const retry = limited ? undefined : outOfMemory.shift()
        if (retry === undefined && (signal?.aborted || next >= jobs.length)) {
          current = undefined
          void worker.terminate()
          return
        }
        current = retry ?? next++
        worker.postMessage({id: current, job: jobs[current]!})
      }
      worker.on('message', ({id, result}: {id: number; result: JobResult}) => {
        onResult(id, result)
        dispatch()
      })
      worker.on('error', (error) => {
        // A worker that dies (out of memory, a native fault) fails its job
        // only; a new worker takes the rest.
        if (current === undefined) return
        const ranOutOfMemory = (error as NodeJS.ErrnoException).code === 'ERR_WORKER_OUT_OF_MEMORY'
        if (limited && ranOutOfMemory && !signal?.aborted) {
          outOfMemory.push(current)
        } else {
          onResult(current, {
            display: jobs[current]!.display,
            messages: [],
            written: [],
            error: ranOutOfMemory
              ? 'not enough memory to convert this file (split it, or convert it on a machine with more memory)'
              : `internal error: the conversion stopped (${error.message})`,
          })
        }
        current = undefined
      })
      worker.on('exit', () => {
        running--
        if (current !== undefined) {
          onResult(current, {display: jobs[current]!.display, messages: [], written: [], error: 'internal error: the conversion stopped'})
          current = undefined
        }
        if (outOfMemory.length > 0) {
          start(false)
        } else if (!signal?.aborted && next < jobs.length) {
          start(limitSet)
        } else if (running === 0) {
          resolve()
        }
      })
      dispatch()
    }
    for (let index = 0; index < threads; index++) start(limitSet)
  })
}

/** How many worker threads to start for these jobs (none when the work is small), and their heap limit. */
export async function workerPlan(jobs: readonly Job[], parallelism: number): Promise<WorkerPlan> {
  const sizes = await inputSizes(jobs)
  const total = sizes.reduce((sum, size) => sum + size, 0)
  const largestSize = largest(sizes)
  return {
    threads: jobs.length === 0 || total < smallBatchBytes ? 0 : Math.min(parallelism, jobs.length),
    ...(largestSize >= limitFromInputBytes
      ? {oldGenerationMiB: Math.max(minimumOldGenerationMiB, Math.ceil((largestSize / 1024 / 1024) * oldGenerationPerInputMiB))}
      : {}),
  }
}

/** Each job's input size; an input that cannot be read counts as empty (the job says why). */
async function inputSizes(jobs: readonly Job[]): Promise<number[]> {
  const sizes: number[] = []
  for (const job of jobs) {
    sizes.push(job.bytes?.byteLength ?? (job.path === '-' ? 0 : ((await stat(job.path).catch(() => undefined))?.size ?? 0)))
  }
  return sizes
}
