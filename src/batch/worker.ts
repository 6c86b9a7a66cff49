import {type JobSettings, runJob} from './job.js'
import {type WorkerMessage, isPoolMessage} from './protocol.js'

/**
 * The worker-process side of the protocol (protocol.ts): takes the batch's
 * settings, then converts the files it is sent one at a time, answering each
 * with its result. The pipeline is loaded once per process; the process ends
 * by itself when the pool closes the channel and no file is under way.
 *
 * Ctrl+C in a terminal signals the whole process group, this process
 * included. The pool decides what an interruption means (finish the files
 * under way; a second one stops everything), so SIGINT and SIGTERM are
 * ignored here: a file started is finished, and its reports are written
 * whole.
 */
export function serveJobs(): void {
  const ignore = () => {}
  process.on('SIGINT', ignore)
  process.on('SIGTERM', ignore)
  let settings: JobSettings | undefined
  let queue = Promise.resolve()
  process.on('message', (message: unknown) => {
    if (!isPoolMessage(message) || (message.type === 'job' && !settings)) {
      // Not what a pool says: leave, and let the pool see a worker that died.
      process.exit(2)
    }
    if (message.type === 'start') {
      settings = message.settings
      return
    }
    const {id, job} = message
    const batch = settings!
    queue = queue.then(async () => {
      const result = await runJob(job, batch)
      send({type: 'result', id, result})
    })
  })
}

function send(message: WorkerMessage): void {
  // With the channel closed (the pool is gone), the result has nobody to go to.
  if (process.connected) process.send!(message)
}
