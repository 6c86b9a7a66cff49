#!/usr/bin/env node
import {existsSync, readFileSync, writeFileSync} from 'node:fs'
import Module, {createRequire} from 'node:module'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import vm from 'node:vm'

const {version} = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'))
const bundle = fileURLToPath(new URL('../dist/bundle/cli.cjs', import.meta.url))
const cacheFile = `${bundle}.cache`

/**
 * The CLI from its one-file bundle with the V8 code cache made at build time
 * (scripts/bundle.mjs), which spares compiling it again; a cache that this
 * Node cannot use is simply ignored.
 */
function loadCli() {
  const writeCache = process.env.SEMINAR_REPORT_WRITE_CODE_CACHE === '1'
  const cachedData = !writeCache && existsSync(cacheFile) ? readFileSync(cacheFile) : undefined
  const script = new vm.Script(Module.wrap(readFileSync(bundle, 'utf8')), {filename: bundle, cachedData, importModuleDynamically: vm.constants?.USE_MAIN_CONTEXT_DEFAULT_LOADER})
  const module = {exports: {}}
  script.runInThisContext()(module.exports, createRequire(bundle), module, bundle, path.dirname(bundle))
  return {main: module.exports.main, saveCache: writeCache ? () => writeFileSync(cacheFile, script.createCachedData()) : () => {}}
}

const {main, saveCache} = loadCli()

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

process.exitCode = await main({
  argv: process.argv.slice(2),
  cwd: process.cwd(),
  stdout: process.stdout,
  stderr: process.stderr,
  stdin: process.stdin,
  env: process.env,
  version,
  signal: interrupt.signal,
})
saveCache()
