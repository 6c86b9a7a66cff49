// A conversion worker process of the batch, forked by the CLI
// (src/batch/worker-process.ts) and spoken to as src/batch/protocol.ts says;
// not a command of its own.
import {loadBundle} from './load-bundle.js'

const {exports, saveCache} = loadBundle('worker')
await exports.serveJobs()
// The build's warm-up (scripts/bundle.mjs) closes the channel once its job is
// done. Only then is there a listener: one for 'disconnect' would keep a
// worker alive after its channel closes (nodejs/node#43930).
if (process.env.SEMINAR_REPORT_WRITE_CODE_CACHE === 'worker') process.once('disconnect', saveCache)
