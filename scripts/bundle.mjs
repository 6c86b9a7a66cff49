// Bundles the CLI for a fast cold start, in dist/bundle/:
// - cli.cjs: the whole CLI in one CommonJS file, with cli.cjs.cache, a V8
//   code cache made by converting the seed once at build time, so that a run
//   does not parse and compile the same two megabytes of JavaScript again
//   (bin/seminar-report.js loads it through vm.Script; seed --docx cold
//   start 0.65 s → 0.53 s measured here);
// - worker.js: the entry of the batch's worker threads, an ES module with
//   its chunks (each renderer in a chunk of its own, loaded when asked for).
import {spawnSync} from 'node:child_process'
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {build} from 'esbuild'

// Stale chunks of earlier builds would ship with the package.
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

const common = {bundle: true, platform: 'node', target: 'node20', minify: true, legalComments: 'linked', logLevel: 'warning'}

await build({
  ...common,
  entryPoints: {worker: 'src/batch/worker.ts'},
  outdir: 'dist/bundle',
  splitting: true,
  format: 'esm',
  chunkNames: '[name]-[hash]',
  // CommonJS dependencies (commander) call require() for Node built-ins.
  banner: {js: "import {createRequire as __createRequire} from 'node:module'; const require = __createRequire(import.meta.url);"},
})

await build({
  ...common,
  entryPoints: {cli: 'src/cli.ts'},
  outdir: 'dist/bundle',
  outExtension: {'.js': '.cjs'},
  format: 'cjs',
  // import.meta.url finds templates/ and worker.js: in CommonJS it is this file's URL.
  define: {'import.meta.url': '__importMetaUrl'},
  banner: {js: "const __importMetaUrl = require('node:url').pathToFileURL(__filename).href;"},
})

// The code cache: bytecode of every function the conversion of the seed to
// all three formats runs.
const out = mkdtempSync(path.join(tmpdir(), 'seminar-report-cache-'))
const warm = spawnSync(process.execPath, ['bin/seminar-report.js', 'fixtures/seed/input.md', '-o', out, '--quiet', '--no-config'], {
  env: {...process.env, SEMINAR_REPORT_WRITE_CODE_CACHE: '1'},
  stdio: 'inherit',
})
rmSync(out, {recursive: true, force: true})
if (warm.status !== 0) throw new Error('bundle: the warm-up conversion failed')
