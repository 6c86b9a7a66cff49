#!/usr/bin/env node
// Child process of bench/run.mjs: times each stage of the pipeline on some
// files, using the compiled library in dist/, and reports the peak RSS of
// this process (so one process per large file gives a per-file peak).
//
//   node bench/stages.mjs --dist DIR --out DIR [--list FILE] [--warmup N] [--verify SEED] [file...]
//
// Prints one JSON object on stdout.
//
// The stages are those of parseMinutes (src/parse-minutes.ts), called one by
// one: decode (+ newline, control-character and nesting clean-up), parse
// (remark), repair + extract, then each renderer and the atomic writes. When
// a stage module cannot be loaded, or the stage-by-stage result differs from
// parseMinutes on the --verify file (the pipeline changed), parseMinutes is
// timed as a whole instead and `mode` says so.

import {createHash} from 'node:crypto'
import {readFileSync} from 'node:fs'
import {readFile} from 'node:fs/promises'
import path from 'node:path'
import {pathToFileURL} from 'node:url'

const args = process.argv.slice(2)
const options = {warmup: 0, files: []}
for (let index = 0; index < args.length; index++) {
  const arg = args[index]
  if (arg === '--dist') options.dist = args[++index]
  else if (arg === '--out') options.out = args[++index]
  else if (arg === '--warmup') options.warmup = Number(args[++index])
  else if (arg === '--verify') options.verify = args[++index]
  else if (arg === '--list') options.files.push(...readFileSync(args[++index], 'utf8').split('\n').filter(Boolean))
  else options.files.push(arg)
}

const load = (relative) => import(pathToFileURL(path.join(options.dist, relative)).href)
const {VFile} = await import('vfile')

const library = await load('index.js')
const {renderJson, renderHtml, renderDocx} = library
const {writeFileAtomic} = await load('write.js')
const notes = []

/** The stage functions, or undefined when they cannot all be reached. */
async function loadStages() {
  try {
    const [decodeModule, parseModule, repairModule, extractModule] = await Promise.all([
      load('read/decode.js'),
      load('read/parse.js'),
      load('repair/index.js'),
      load('extract/index.js'),
    ])
    const optional = async (relative) => load(relative).catch(() => undefined)
    const control = await optional('read/control-characters.js')
    const nesting = await optional('read/nesting.js')
    const frontMatter = await optional('read/front-matter.js')
    const stages = {
      decode: decodeModule.decode,
      normalizeNewlines: decodeModule.normalizeNewlines,
      replaceControlCharacters: control?.replaceControlCharacters ?? ((text) => ({text})),
      limitLineNesting: nesting?.limitLineNesting ?? ((text) => ({text})),
      parseMarkdown: parseModule.parseMarkdown,
      readFrontMatter: frontMatter?.readFrontMatter ?? (() => undefined),
      repair: repairModule.repair,
      extract: extractModule.extract,
    }
    const missing = Object.entries(stages).filter(([, value]) => typeof value !== 'function').map(([key]) => key)
    if (missing.length > 0) {
      notes.push(`stage functions not found in dist/: ${missing.join(', ')}`)
      return undefined
    }
    return stages
  } catch (error) {
    notes.push(`stage modules not loadable: ${error.message}`)
    return undefined
  }
}

let stages = await loadStages()
// After the modules are loaded: what the process holds before any input.
const rssLoaded = process.memoryUsage().rss

/** parseMinutes, one stage at a time; fills `times` (ms per stage). */
function understand(bytes, name, times) {
  let start = performance.now()
  const decoded = stages.decode(bytes)
  const cleaned = stages.replaceControlCharacters(stages.normalizeNewlines(decoded.text))
  const limited = stages.limitLineNesting(cleaned.text)
  const file = new VFile({value: limited.text, path: name})
  let now = performance.now()
  times.decode += now - start
  start = now

  const tree = stages.parseMarkdown(limited.text)
  now = performance.now()
  times.parse += now - start
  start = now

  const source = {
    name: file.basename,
    encoding: decoded.encoding,
    sha256: createHash('sha256').update(bytes).digest('hex'),
    bytes: bytes.byteLength,
  }
  let frontMatter
  const first = tree.children[0]
  if (first?.type === 'yaml') frontMatter = stages.readFrontMatter(first.value)
  stages.repair(tree, file)
  const seminar = stages.extract(tree, file, {source, ...(frontMatter ? {frontMatter} : {})})
  times.repairExtract += performance.now() - start
  return seminar
}

function wholeParse(bytes, name, times) {
  const start = performance.now()
  const {seminar} = library.parseMinutes(bytes, {name})
  times.parseMinutes += performance.now() - start
  return seminar
}

// The stage-by-stage result must be what parseMinutes gives, or the stage
// times would describe some other pipeline.
let verified
if (stages && options.verify) {
  try {
    const bytes = await readFile(options.verify)
    const name = path.basename(options.verify)
    const mine = renderJson(understand(bytes, name, newTimes()))
    const theirs = renderJson(library.parseMinutes(bytes, {name}).seminar)
    verified = mine === theirs
    if (!verified) {
      notes.push('stage-by-stage result differs from parseMinutes on the seed (the pipeline changed): timed parseMinutes as a whole')
      stages = undefined
    }
  } catch (error) {
    notes.push(`stage-by-stage run failed (${error.message}): timed parseMinutes as a whole`)
    stages = undefined
  }
}

function newTimes() {
  return stages
    ? {read: 0, decode: 0, parse: 0, repairExtract: 0, json: 0, html: 0, docx: 0, write: 0}
    : {read: 0, parseMinutes: 0, json: 0, html: 0, docx: 0, write: 0}
}

async function convert(input, times) {
  let start = performance.now()
  const bytes = await readFile(input)
  times.read += performance.now() - start
  const name = path.basename(input)
  const seminar = stages ? understand(bytes, name, times) : wholeParse(bytes, name, times)

  start = performance.now()
  const json = renderJson(seminar)
  let now = performance.now()
  times.json += now - start
  start = now
  const html = renderHtml(seminar, {})
  now = performance.now()
  times.html += now - start
  start = now
  const docx = await renderDocx(seminar, {pageNumbers: false})
  now = performance.now()
  times.docx += now - start
  start = now
  const base = path.join(options.out, name.replace(/\.(md|markdown)$/i, ''))
  await writeFileAtomic(`${base}.json`, json)
  await writeFileAtomic(`${base}.html`, html)
  await writeFileAtomic(`${base}.docx`, docx)
  times.write += performance.now() - start
  return bytes.byteLength
}

// Warm-up, untimed: the seed (first calls compile and initialize lazily),
// then the first `--warmup` inputs.
const warmupTimes = newTimes()
if (options.verify) await convert(options.verify, warmupTimes)
for (const input of options.files.slice(0, options.warmup)) await convert(input, warmupTimes)

const times = newTimes()
let bytes = 0
const started = performance.now()
for (const input of options.files) bytes += await convert(input, times)
const total = performance.now() - started

process.stdout.write(
  `${JSON.stringify({
    mode: stages ? 'stages' : 'parseMinutes',
    ...(verified === undefined ? {} : {verified}),
    notes,
    files: options.files.length,
    bytes,
    stagesMs: times,
    totalMs: total,
    rssLoadedBytes: rssLoaded,
    maxRssBytes: process.resourceUsage().maxRSS * 1024,
  })}\n`,
)
