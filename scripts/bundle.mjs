// Bundles the CLI and its worker into dist/bundle/: one file per entry plus
// shared chunks, so that a cold start reads a handful of files instead of
// the hundreds of small modules unified, remark and docx are made of.
// Renderers stay in chunks of their own, loaded only for the formats asked.
import {rmSync} from 'node:fs'
import {build} from 'esbuild'

// Stale chunks of earlier builds would ship with the package.
rmSync('dist/bundle', {recursive: true, force: true})

await build({
  entryPoints: {cli: 'src/cli.ts', worker: 'src/batch/worker.ts'},
  outdir: 'dist/bundle',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // Chunks stay beside the entries: the worker pool finds ./worker.js
  // relative to the chunk it was bundled into.
  chunkNames: '[name]-[hash]',
  legalComments: 'linked',
  // CommonJS dependencies (commander) call require() for Node built-ins.
  banner: {js: "import {createRequire as __createRequire} from 'node:module'; const require = __createRequire(import.meta.url);"},
  minify: true,
  logLevel: 'warning',
})
