#!/usr/bin/env node
import {readFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {loadBundle} from './load-bundle.js'

const {version} = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'))
const {exports: {main}, saveCache} = loadBundle('cli')

// The first SIGINT/SIGTERM lets the files under way finish (reports are
// written atomically) and starts no new one; a second one stops at once.
const interrupt = new AbortController()
const stop = (signal) => {
  if (interrupt.signal.aborted) process.exit(130)
  process.stderr.write(`\nseminar-report: ${signal}: finishing the files under way; press Ctrl+C again to stop now\n`)
  interrupt.abort()
}
process.on('SIGINT', stop)
process.on('SIGTERM', stop)

// A reader that stops reading (`--stdout | head`) is no failure of ours:
// stop quietly, as `cat` does, rather than with Node's EPIPE stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0)
    throw error
  })
}

process.exitCode = await main({
  argv: process.argv.slice(2),
  cwd: process.cwd(),
  stdout: process.stdout,
  stderr: process.stderr,
  stdin: process.stdin,
  env: process.env,
  version,
  signal: interrupt.signal,
  workerScript: fileURLToPath(new URL('./worker.js', import.meta.url)),
})
saveCache()
