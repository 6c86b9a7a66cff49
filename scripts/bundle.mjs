// Bundles the CLI for a fast cold start, in dist/bundle/:
// - cli.cjs: the whole CLI in one CommonJS file, which its conversion worker
//   processes run too (bin/worker.js);
// - cli.cjs.cache: a V8 code cache made by converting the seed once at build
//   time, so that a run does not parse and compile the same two megabytes of
//   JavaScript again (bin/load-bundle.js loads the bundle through vm.Script;
//   seed --docx cold start 0.65 s → 0.53 s measured here);
// - cli.cjs.worker.cache: the same for a worker process, made by converting
//   the seed on one: V8 refuses a cache made under other heap flags, and the
//   workers have their own (src/batch/worker-process.ts).
import {spawnSync} from 'node:child_process'
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {build} from 'esbuild'

// Stale files of earlier builds would ship with the package.
rmSync('dist/bundle', {recursive: true, force: true})

// The DOCX package skeletons of the report's own languages, made by docx
// from templates/docx-styles.json once here rather than in every process
// (src/render/docx/skeleton.ts reads them when their key still matches).
{
  const {buildSkeleton, prebuiltFile, prebuiltLanguages, skeletonKey} = await import('../dist/render/docx/skeleton.js')
  const languages = {}
  for (const language of prebuiltLanguages) languages[language] = await buildSkeleton(language)
  writeFileSync(prebuiltFile(), `${JSON.stringify({key: skeletonKey(), languages})}\n`)
}

await build({
  bundle: true,
  platform: 'node',
  target: 'node20',
  minify: true,
  legalComments: 'linked',
  logLevel: 'warning',
  entryPoints: {cli: 'src/cli.ts'},
  outdir: 'dist/bundle',
  outExtension: {'.js': '.cjs'},
  format: 'cjs',
  // import.meta.url finds templates/: in CommonJS it is this file's URL.
  define: {'import.meta.url': '__importMetaUrl'},
  banner: {js: "const __importMetaUrl = require('node:url').pathToFileURL(__filename).href;"},
})

// The code caches: bytecode of every function the conversion of the seed to
// all three formats runs, in the CLI and in a worker process.
const seed = path.resolve('fixtures/seed/input.md')
const out = mkdtempSync(path.join(tmpdir(), 'seminar-report-cache-'))
try {
  const warm = spawnSync(process.execPath, ['bin/seminar-report.js', seed, '-o', out, '--quiet', '--no-config'], {
    env: {...process.env, SEMINAR_REPORT_WRITE_CODE_CACHE: 'cli'},
    stdio: 'inherit',
  })
  if (warm.status !== 0) throw new Error('bundle: the warm-up conversion failed')

  process.env.SEMINAR_REPORT_WRITE_CODE_CACHE = 'worker'
  const {runJobs} = await import('../dist/batch/pool.js')
  const settings = {formats: ['json', 'html', 'docx'], check: false, toStdout: false, outDir: out, redact: false, tocPageNumbers: false, maxBytes: 16 * 1024 * 1024}
  const failures = []
  await runJobs([{path: seed, display: 'seed.md', outputBase: 'seed-on-a-worker'}], settings, {parallelism: 1, workerScript: path.resolve('bin/worker.js'), plan: {workers: 1}}, (_, result) => {
    if (result.error) failures.push(result.error)
  })
  if (failures.length > 0) throw new Error(`bundle: the worker's warm-up conversion failed: ${failures.join('; ')}`)
} finally {
  delete process.env.SEMINAR_REPORT_WRITE_CODE_CACHE
  rmSync(out, {recursive: true, force: true})
}
