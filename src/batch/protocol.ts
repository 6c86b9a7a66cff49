/**
 * The conversation between the batch pool (src/batch/pool.ts) and a worker
 * process (src/batch/worker.ts), in one place. Messages travel over the IPC
 * channel of `child_process.fork` with `serialization: 'advanced'` (V8's
 * structured clone), so byte arrays (a reference DOCX, standard input, a DOCX
 * printed with `--stdout`) cross as they are.
 *
 * 1. The pool sends `start` once, with the batch's settings.
 * 2. It sends one `job` at a time; the worker answers each with one `result`
 *    carrying the same `id`, then waits for the next.
 * 3. The pool ends a worker by closing the channel (`disconnect`): a worker
 *    that is converting finishes its file first, then exits 0.
 *
 * A worker that dies instead (a crash, or V8 running out of heap) is noticed
 * from its exit, not from a message: see `WorkerDeath` in worker-process.ts.
 * Each side checks what it receives with the guards below and treats anything
 * else as a broken worker, never as a result.
 */
import type {Job, JobResult, JobSettings} from './job.js'

/** How the IPC channel serializes messages (structured clone keeps `Uint8Array`s). */
export const serialization = 'advanced'

/** Pool → worker: the settings of the whole batch, sent once, before any job. */
export interface StartMessage {
  readonly type: 'start'
  readonly settings: JobSettings
}

/** Pool → worker: convert (or find up to date) one file; `id` is its index in the batch. */
export interface ConvertMessage {
  readonly type: 'job'
  readonly id: number
  readonly job: Job
}

/** Worker → pool: what became of job `id`. */
export interface ResultMessage {
  readonly type: 'result'
  readonly id: number
  readonly result: JobResult
}

/** Everything the pool sends to a worker. */
export type PoolMessage = StartMessage | ConvertMessage

/** Everything a worker sends to the pool. */
export type WorkerMessage = ResultMessage

/** Whether a value received by a worker is a message of the pool. */
export function isPoolMessage(value: unknown): value is PoolMessage {
  if (!isRecord(value)) return false
  if (value.type === 'start') return isSettings(value.settings)
  if (value.type === 'job') return isId(value.id) && isJob(value.job)
  return false
}

/** Whether a value received by the pool is a message of a worker. */
export function isWorkerMessage(value: unknown): value is WorkerMessage {
  return isRecord(value) && value.type === 'result' && isId(value.id) && isResult(value.result)
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function isId(value: unknown): value is number {
  return Number.isSafeInteger(value) && (value as number) >= 0
}

function isSettings(value: unknown): value is JobSettings {
  return (
    isRecord(value) &&
    Array.isArray(value.formats) &&
    typeof value.check === 'boolean' &&
    typeof value.toStdout === 'boolean' &&
    typeof value.redact === 'boolean' &&
    typeof value.tocPageNumbers === 'boolean' &&
    typeof value.maxBytes === 'number' &&
    (value.referenceDocx === undefined || value.referenceDocx instanceof Uint8Array)
  )
}

function isJob(value: unknown): value is Job {
  return (
    isRecord(value) &&
    typeof value.path === 'string' &&
    typeof value.display === 'string' &&
    typeof value.outputBase === 'string' &&
    (value.bytes === undefined || value.bytes instanceof Uint8Array) &&
    (value.record === undefined || (isRecord(value.record) && typeof value.record.input === 'string' && Array.isArray(value.record.outputs)))
  )
}

function isResult(value: unknown): value is JobResult {
  return (
    isRecord(value) &&
    typeof value.display === 'string' &&
    Array.isArray(value.messages) &&
    Array.isArray(value.written) &&
    (value.error === undefined || typeof value.error === 'string') &&
    (value.upToDate === undefined || value.upToDate === true) &&
    (value.output === undefined || typeof value.output === 'string' || value.output instanceof Uint8Array)
  )
}
