import {type ChildProcess, fork} from 'node:child_process'
import type {Job, JobResult, JobSettings} from './job.js'
import {type PoolMessage, isWorkerMessage, serialization} from './protocol.js'

/**
 * V8 flags of every worker process. A process, unlike a worker thread, takes
 * V8 flags of its own:
 * - `--max-semi-space-size=64`: a 192 MiB young generation (three semi-
 *   spaces). Parsing and the DOCX tree make short-lived objects by the
 *   million; with V8's default the scavenger ran most of the time (100
 *   corpus files on two worker threads: 48 MiB 19.3 s, 96 MiB 15.9 s,
 *   192 MiB 11.5 s, 384 MiB 12.8 s).
 * - `--single-threaded-gc`: no garbage-collector helper threads. With one
 *   worker per core, helpers only take turns on a core another worker needs
 *   (100 corpus files, CPU time of the whole tree, --jobs 1: 21.0 s with
 *   them, 14.4 s without; worker threads, which cannot drop them, 16.6 s).
 *   `--single-threaded` (no concurrent compiler either) did no better.
 */
export const workerFlags: readonly string[] = ['--max-semi-space-size=64', '--single-threaded-gc']

/** How a worker process ended while it had a file: out of memory, or any other death. */
export interface WorkerDeath {
  /** V8 ran out of heap ("FATAL ERROR: … JavaScript heap out of memory"), under whatever limit it had. */
  readonly outOfMemory: boolean
  /** In words, for the file's one-line failure. */
  readonly reason: string
}

/** What a `WorkerProcess` reports. */
export interface WorkerEvents {
  /** The answer to the job last sent. */
  readonly result: (id: number, result: JobResult) => void
  /** The process ended; `death` says how, when it did not end because it was closed. */
  readonly exit: (death: WorkerDeath | undefined) => void
}

/**
 * One worker process (bin/worker.js, the bundle's `serveJobs`), forked with
 * `workerFlags` and, when given, an old-generation limit; fed one job at a
 * time. It stays in this process's group, so a terminal's Ctrl+C reaches it
 * too, and ignores it (see worker.ts): the pool decides.
 */
export class WorkerProcess {
  private readonly child: ChildProcess
  private ranOutOfMemory = false
  private spokeNonsense = false
  private stderrTail = ''
  private closed = false
  private ended = false

  constructor(script: string, settings: JobSettings, heapLimitMiB: number | undefined, private readonly events: WorkerEvents) {
    const execArgv = [...workerFlags, ...(heapLimitMiB === undefined ? [] : [`--max-old-space-size=${heapLimitMiB}`])]
    // Standard output stays ours (--stdout, --reporter json); standard error
    // is read to tell an out-of-memory death from others.
    this.child = fork(script, [], {execArgv, serialization, stdio: ['ignore', 'ignore', 'pipe', 'ipc']})
    this.child.stderr!.setEncoding('utf8')
    this.child.stderr!.on('data', (chunk: string) => this.readStderr(chunk))
    this.child.on('message', (message: unknown) => {
      if (isWorkerMessage(message)) {
        this.events.result(message.id, message.result)
      } else {
        this.spokeNonsense = true
        this.kill()
      }
    })
    // The end is known once the process has exited and its standard error
    // has been read to the end. Not 'close': Node does not emit it after the
    // parent closed the channel (nodejs/node#19433).
    let exited: {code: number | null; signal: NodeJS.Signals | null} | undefined
    let stderrRead = false
    this.child.on('exit', (code, signal) => {
      exited = {code, signal}
      if (stderrRead) this.end(code, signal)
    })
    this.child.stderr!.on('close', () => {
      stderrRead = true
      if (exited) this.end(exited.code, exited.signal)
    })
    // A process that could not be started has no pid and will not close.
    this.child.on('error', () => {
      if (this.child.pid === undefined) this.end(null, null)
    })
    this.send({type: 'start', settings})
  }

  /** Sends one job; the next waits for its result. */
  run(id: number, job: Job): void {
    this.send({type: 'job', id, job})
  }

  /** No more jobs: the worker finishes the one under way, if any, and exits. */
  close(): void {
    this.closed = true
    if (this.child.connected) this.child.disconnect()
  }

  /** Stops the process now, mid-file if need be. */
  kill(): void {
    this.child.kill('SIGKILL')
  }

  private send(message: PoolMessage): void {
    // A channel that closed under a message means a process that is ending: its close says how.
    if (this.child.connected) this.child.send(message, () => {})
  }

  private readStderr(chunk: string): void {
    // Node prints "FATAL ERROR: Reached heap limit Allocation failed -
    // JavaScript heap out of memory" (or "… process out of memory") before
    // it aborts; only the last lines are kept to look for it.
    const text = this.stderrTail + chunk
    const lines = text.split('\n')
    this.stderrTail = lines.pop()!.slice(-4096)
    if (lines.some((line) => /^FATAL ERROR:.*out of memory/.test(line))) this.ranOutOfMemory = true
  }

  private end(code: number | null, signal: NodeJS.Signals | null): void {
    if (this.ended) return
    this.ended = true
    if (/^FATAL ERROR:.*out of memory/.test(this.stderrTail)) this.ranOutOfMemory = true
    const cleanExit = code === 0 && this.closed
    if (cleanExit) this.events.exit(undefined)
    else if (this.spokeNonsense) this.events.exit({outOfMemory: false, reason: 'the worker process sent a message that is not part of the protocol'})
    else this.events.exit(describeDeath(code, signal, this.ranOutOfMemory))
  }
}

/** How a worker died, from its exit code or signal and whether it said it ran out of heap. */
export function describeDeath(code: number | null, signal: NodeJS.Signals | null, outOfMemory: boolean): WorkerDeath {
  if (outOfMemory) return {outOfMemory, reason: 'the worker process ran out of memory'}
  if (signal) return {outOfMemory, reason: `the worker process was stopped by ${signal}`}
  if (code === null) return {outOfMemory, reason: 'the worker process could not be started'}
  return {outOfMemory, reason: `the worker process exited with code ${code}`}
}
