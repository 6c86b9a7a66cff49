import {existsSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {Worker} from 'node:worker_threads'
import type {Job, JobResult, JobSettings} from './job.js'

/** Called with each result as soon as it is known, with the job's index in the list. */
export type OnResult = (index: number, result: JobResult) => void

const workerFile = fileURLToPath(new URL('./worker.js', import.meta.url))

/**
 * Runs jobs on `parallelism` worker threads, or in this thread when one is
 * enough (or when running from TypeScript sources, where there is no compiled
 * worker file). Stops handing out jobs once `signal` is aborted, lets the
 * jobs under way finish (each writes its reports atomically), and resolves.
 */
export async function runJobs(
  jobs: readonly Job[],
  settings: JobSettings,
  parallelism: number,
  onResult: OnResult,
  signal?: AbortSignal,
): Promise<void> {
  const threads = Math.min(parallelism, jobs.length)
  if (threads <= 1 || !existsSync(workerFile)) {
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
      const worker = new Worker(workerFile, {workerData: settings})
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
