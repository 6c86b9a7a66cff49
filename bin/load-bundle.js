import {existsSync, readFileSync, writeFileSync} from 'node:fs'
import Module, {createRequire} from 'node:module'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import vm from 'node:vm'

const bundle = fileURLToPath(new URL('../dist/bundle/cli.cjs', import.meta.url))

/**
 * The one-file bundle of the CLI (dist/bundle/cli.cjs), compiled with a V8
 * code cache made at build time (scripts/bundle.mjs), which spares compiling
 * it again. The CLI and its worker processes run the same bundle, each with
 * a cache of its own: V8 refuses a cache made under other heap flags, and the
 * workers run with theirs (src/batch/worker-process.ts). A cache this Node
 * cannot use is simply ignored. With SEMINAR_REPORT_WRITE_CODE_CACHE set to
 * `role`, `saveCache` writes the cache instead (after a warm-up run, so that
 * it holds the functions that run compiled too).
 */
export function loadBundle(role) {
  const cacheFile = `${bundle}.${role === 'cli' ? '' : `${role}.`}cache`
  const writeCache = process.env.SEMINAR_REPORT_WRITE_CODE_CACHE === role
  const cachedData = !writeCache && existsSync(cacheFile) ? readFileSync(cacheFile) : undefined
  const script = new vm.Script(Module.wrap(readFileSync(bundle, 'utf8')), {filename: bundle, cachedData, importModuleDynamically: vm.constants?.USE_MAIN_CONTEXT_DEFAULT_LOADER})
  const module = {exports: {}}
  script.runInThisContext()(module.exports, createRequire(bundle), module, bundle, path.dirname(bundle))
  return {exports: module.exports, saveCache: writeCache ? () => writeFileSync(cacheFile, script.createCachedData()) : () => {}}
}
