import {parentPort, workerData} from 'node:worker_threads'
import {type Job, type JobSettings, runJob} from './job.js'

/**
 * A conversion worker: loads the pipeline once (unified, remark and the
 * renderers cost most of a cold start), then converts the jobs it is sent
 * one at a time.
 */
const settings = workerData as JobSettings

parentPort!.on('message', async ({id, job}: {id: number; job: Job}) => {
  const result = await runJob(job, settings)
  parentPort!.postMessage({id, result})
})
