import {stat} from 'node:fs/promises'
import type {Job, JobResult, JobSettings} from './job.js'
import {largest} from '../largest.js'
import {type WorkerDeath, WorkerProcess} from './worker-process.js'

/** Called with each result as soon as it is known, with the job's index in the list. */
export type OnResult = (index: number, result: JobResult) => void

/**
 * Below this many input bytes in all, the jobs run in this process: a worker
 * process takes about 0.3 s to start and load the pipeline, more than its
 * larger young generation saves on that little work.
 */
const smallBatchBytes = 256 * 1024

/**
 * The old generation of each worker, in MiB per MiB of the largest input
 * (at least 1 GiB), once that input is large. Left to itself V8 lets a heap
 * grow toward its default limit (4 GiB here) before collecting in earnest:
 * the benchmark's 10 MB file peaked at 2.8 GB although it completes within
 * 1.4 GiB. A limit sized to the input keeps the peak near what the work
 * needs; a job that still runs out of memory is tried again on a worker
 * without the limit. Below `limitFromInputBytes` there is no limit.
 */
const oldGenerationPerInputMiB = 160
const minimumOldGenerationMiB = 1024
const limitFromInputBytes = 4 * 1024 * 1024

/** How a batch runs: in this process (`workers` 0) or on worker processes with this heap limit. */
export interface WorkerPlan {
  readonly workers: number
  /** Undefined: V8's default. */
  readonly oldGenerationMiB?: number
}

/** How to run a batch. */
export interface PoolOptions {
  /** Files converted at once (`--jobs`). */
  readonly parallelism: number
  /** The script of a worker process (bin/worker.js); without it every job runs in this process. */
  readonly workerScript?: string
  /** Aborted: no new job starts; the jobs under way finish. */
  readonly signal?: AbortSignal
  /** Instead of `workerPlan`. */
  readonly plan?: WorkerPlan
  /** The old-generation limit of the workers, in MiB, instead of the plan's (SEMINAR_REPORT_WORKER_HEAP_MIB). */
  readonly heapLimitMiB?: number
}

/**
 * Runs jobs on up to `parallelism` worker processes, largest input first so
 * that a big file does not start last and finish alone, or in this process
 * when the work is small or there is no worker script. Results go to
 * `onResult` as they come, with their job's index (the caller restores the
 * input order). Stops handing out jobs once `signal` is aborted, lets the
 * jobs under way finish (each writes its reports atomically), and resolves.
 * Should this process exit meanwhile (a second Ctrl+C), its workers are
 * killed with it.
 */
export async function runJobs(jobs: readonly Job[], settings: JobSettings, options: PoolOptions, onResult: OnResult): Promise<void> {
  const {parallelism, workerScript, signal} = options
  const sizes = workerScript ? await inputSizes(jobs) : []
  const plan = !workerScript ? {workers: 0} : (options.plan ?? workerPlan(sizes, parallelism))
  const {workers} = plan
  const oldGenerationMiB = options.heapLimitMiB ?? plan.oldGenerationMiB
  if (workers === 0) {
    const {runJob} = await import('./job.js')
    for (const [index, job] of jobs.entries()) {
      if (signal?.aborted) return
      onResult(index, await runJob(job, settings))
    }
    return
  }
  const order = largestFirst(sizes)
  const running = new Set<WorkerProcess>()
  const killAll = () => {
    for (const worker of running) worker.kill()
  }
  process.on('exit', killAll)
  try {
    await new Promise<void>((resolve) => {
      let cursor = 0
      // Jobs whose worker ran out of memory under the heap limit: tried once
      // more on a worker without one, since the limit is only an estimate.
      const retries: number[] = []
      // Without a heap limit, a job that runs out of memory would only run out again.
      const limitSet = oldGenerationMiB !== undefined
      const nextJob = (limited: boolean): number | undefined => {
        if (!limited && retries.length > 0) return retries.shift()
        if (signal?.aborted || cursor >= order.length) return undefined
        return order[cursor++]
      }
      const start = (limited: boolean) => {
        let current: number | undefined
        const feed = () => {
          current = nextJob(limited)
          if (current === undefined) worker.close()
          else worker.run(current, jobs[current]!)
        }
        const worker: WorkerProcess = new WorkerProcess(workerScript!, settings, limited ? oldGenerationMiB : undefined, {
          result: (id, result) => {
            if (id !== current) return
            current = undefined
            onResult(id, result)
            feed()
          },
          exit: (death) => {
            running.delete(worker)
            if (current !== undefined) {
              if (death?.outOfMemory && limited && !signal?.aborted) retries.push(current)
              else onResult(current, failure(jobs[current]!, death))
              current = undefined
            }
            if (retries.length > 0) start(false)
            else if (!signal?.aborted && cursor < order.length) start(limitSet)
            else if (running.size === 0) resolve()
          },
        })
        running.add(worker)
        feed()
      }
      for (let index = 0; index < workers; index++) start(limitSet)
    })
  } finally {
    process.off('exit', killAll)
  }
}

/** The one-line failure of a file whose worker died under it. */
function failure(job: Job, death: WorkerDeath | undefined): JobResult {
  const error = death?.outOfMemory
    ? 'not enough memory to convert this file (split it, or convert it on a machine with more memory)'
    : `internal error: the conversion stopped (${death?.reason ?? 'the worker process ended'})`
  return {display: job.display, messages: [], written: [], error}
}

/** The jobs' indexes, largest input first; equal sizes keep the input order. */
export function largestFirst(sizes: readonly number[]): number[] {
  return sizes.map((_, index) => index).sort((a, b) => sizes[b]! - sizes[a]! || a - b)
}

/** How many worker processes to start for inputs of these sizes (none when the work is small), and their heap limit. */
export function workerPlan(sizes: readonly number[], parallelism: number): WorkerPlan {
  const total = sizes.reduce((sum, size) => sum + size, 0)
  const largestSize = largest(sizes)
  return {
    workers: sizes.length === 0 || total < smallBatchBytes ? 0 : Math.min(parallelism, sizes.length),
    ...(largestSize >= limitFromInputBytes
      ? {oldGenerationMiB: Math.max(minimumOldGenerationMiB, Math.ceil((largestSize / 1024 / 1024) * oldGenerationPerInputMiB))}
      : {}),
  }
}

/** Each job's input size; an input that cannot be read counts as empty (the job says why). */
export async function inputSizes(jobs: readonly Job[]): Promise<number[]> {
  const sizes: number[] = []
  for (const job of jobs) {
    sizes.push(job.bytes?.byteLength ?? (job.path === '-' ? 0 : ((await stat(job.path).catch(() => undefined))?.size ?? 0)))
  }
  return sizes
}
