#!/usr/bin/env node
// The benchmark: `npm run bench` (full) or `npm run bench -- --quick`.
// See bench/README.md for what it measures. Node built-ins only, plus the
// unified/remark packages already in node_modules (for the floor).

import {execFileSync, spawn, spawnSync} from 'node:child_process'
import {existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {defaultSeed, generate} from './generate.mjs'

const here = path.dirname(fileURLToPath(import.meta.url))
const root = path.resolve(here, '..')
const bin = path.join(root, 'bin', 'seminar-report.js')
const dist = path.join(root, 'dist')
const seed = path.join(root, 'fixtures', 'seed', 'input.md')

// --- options --------------------------------------------------------------

const usage = `Usage: npm run bench -- [options]

  --quick              reduced run: 100 files, 1 run, no 10 MB file (for development)
  --runs <n>           runs per measurement, medians reported (default 3; --quick: 1)
  --files <n>          corpus size (default 1000; --quick: 100)
  --seed <n>           corpus seed (default ${defaultSeed})
  --sample <n>         corpus files for the in-process post-parse / parse ratio (default 100; --quick: 30)
  --timeout <s>        per single-file command: 1 MB, 10 MB, cold starts (default 600)
  --batch-timeout <s>  per corpus-wide command (default 3600)
  --no-pandoc          skip the pandoc baselines even when pandoc is on PATH
  --no-huge            skip the 10 MB file
  --rss-files <n>      inputs of 1 MiB in the batch whose main-process peak RSS is measured (default 300; --quick: 40)
  --no-rss             skip that batch
  --json-out <file>    where to write the results (default bench/latest.json; --quick: bench/out/quick.json)
  --keep               keep the temporary folder (corpus and outputs) and print its path
`

function parseArgs(argv) {
  const options = {quick: false, pandoc: true, huge: true, rss: true, keep: false}
  const number = (name, value) => {
    if (!/^\d+$/.test(value ?? '') || Number(value) < 1) fail(`${name} expects a whole number above 0`)
    return Number(value)
  }
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index]
    if (arg === '--quick') options.quick = true
    else if (arg === '--runs') options.runs = number(arg, argv[++index])
    else if (arg === '--files') options.files = number(arg, argv[++index])
    else if (arg === '--seed') options.seed = number(arg, argv[++index])
    else if (arg === '--sample') options.sample = number(arg, argv[++index])
    else if (arg === '--timeout') options.timeout = number(arg, argv[++index])
    else if (arg === '--batch-timeout') options.batchTimeout = number(arg, argv[++index])
    else if (arg === '--no-pandoc') options.pandoc = false
    else if (arg === '--no-huge') options.huge = false
    else if (arg === '--rss-files') options.rssFiles = number(arg, argv[++index])
    else if (arg === '--no-rss') options.rss = false
    else if (arg === '--json-out') options.jsonOut = path.resolve(argv[++index] ?? fail('--json-out expects a file'))
    else if (arg === '--keep') options.keep = true
    else if (arg === '-h' || arg === '--help') {
      process.stdout.write(usage)
      process.exit(0)
    } else fail(`unknown option ${arg}\n\n${usage}`)
  }
  options.runs ??= options.quick ? 1 : 3
  options.files ??= options.quick ? 100 : 1000
  options.seed ??= defaultSeed
  options.sample = Math.min(options.sample ?? (options.quick ? 30 : 100), options.files)
  options.timeout ??= 600
  options.batchTimeout ??= 3600
  if (options.quick) options.huge = false
  options.rssFiles ??= options.quick ? 40 : 300
  options.jsonOut ??= path.join(here, options.quick ? 'out/quick.json' : 'latest.json')
  // Cold starts are short: a few more runs cost little and steady the medians.
  options.coldRuns = options.quick ? 3 : Math.max(5, options.runs)
  return options
}

function fail(message) {
  process.stderr.write(`bench: ${message}\n`)
  process.exit(2)
}

const options = parseArgs(process.argv.slice(2))
const log = (message) => process.stderr.write(`${message}\n`)

// --- processes ------------------------------------------------------------

const running = new Set()
let tmp
let rssCounter = 0

// GNU time prints the peak RSS in KiB on standard error.
const timeAvailable = /^\d+\s*$/.test(spawnSync('/usr/bin/time', ['-f', '%M', 'true'], {encoding: 'utf8'}).stderr ?? '')

function killGroup(child) {
  try {
    process.kill(-child.pid, 'SIGKILL')
  } catch {
    // already gone
  }
}

/**
 * Runs a command in its own process group and times it, wall clock, from
 * spawn to exit. With `rss`, wraps it in /usr/bin/time -f %M for its peak
 * resident set. On timeout the whole group is killed and `timedOut` set.
 */
function timed(command, args, {timeoutMs, rss = false, stdout = false, cwd = tmp, env} = {}) {
  return new Promise((resolve) => {
    let file = command
    let argv = args
    let rssFile
    if (rss && timeAvailable) {
      rssFile = path.join(tmp, `rss-${rssCounter++}.txt`)
      file = '/usr/bin/time'
      argv = ['-f', '%M', '-o', rssFile, command, ...args]
    }
    const started = performance.now()
    let ended
    const child = spawn(file, argv, {cwd, stdio: ['ignore', stdout ? 'pipe' : 'ignore', 'pipe'], detached: true, ...(env ? {env: {...process.env, ...env}} : {})})
    running.add(child)
    let out = ''
    let err = ''
    child.stdout?.on('data', (chunk) => {
      out += chunk
    })
    child.stderr.on('data', (chunk) => {
      err = (err + chunk).slice(-4000)
    })
    let timedOut = false
    const timer = setTimeout(() => {
      timedOut = true
      killGroup(child)
    }, timeoutMs ?? options.timeout * 1000)
    let spawnError
    child.on('error', (error) => {
      spawnError = error
    })
    child.on('exit', () => {
      ended = performance.now()
    })
    child.on('close', (code, signal) => {
      clearTimeout(timer)
      running.delete(child)
      let rssBytes
      if (rssFile && existsSync(rssFile)) {
        // GNU time prints "Command terminated by signal…" before the number when the child dies.
        const lines = readFileSync(rssFile, 'utf8').trim().split('\n')
        const kb = Number(lines.at(-1))
        if (Number.isFinite(kb) && kb > 0) rssBytes = kb * 1024
        rmSync(rssFile, {force: true})
      }
      resolve({
        ms: (ended ?? performance.now()) - started,
        code: spawnError ? -1 : code,
        signal,
        timedOut,
        ok: !spawnError && !timedOut && code === 0,
        ...(rssBytes === undefined ? {} : {rssBytes}),
        ...(stdout ? {stdout: out} : {}),
        stderr: spawnError ? String(spawnError.message) : err,
      })
    })
  })
}

/** The state of a command that did not exit 0, in a word. */
function failure(result) {
  if (result.timedOut) return 'timeout'
  return 'failed'
}

function cleanUp() {
  for (const child of running) killGroup(child)
  if (tmp && !options.keep) rmSync(tmp, {recursive: true, force: true})
}

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    log(`\nbench: ${signal}: stopping, removing ${tmp ?? 'nothing'}`)
    cleanUp()
    process.exit(130)
  })
}

// --- numbers --------------------------------------------------------------

function median(values) {
  const sorted = values.filter((value) => typeof value === 'number' && Number.isFinite(value)).sort((a, b) => a - b)
  if (sorted.length === 0) return undefined
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}

const seconds = (ms) => (ms === undefined ? '–' : `${(ms / 1000).toFixed(ms < 10_000 ? 2 : 1)} s`)
const mb = (bytes) => (bytes === undefined ? '–' : `${Math.round(bytes / 1e6)} MB`)
const megabytes = (bytes) => (bytes === undefined ? '–' : `${Math.round(bytes / 1024 / 1024)} MiB`)
const fixed = (value, digits = 2) => (value === undefined ? '–' : value.toFixed(digits))

function table(headers, rows) {
  const widths = headers.map((header, column) => Math.max(header.length, ...rows.map((row) => String(row[column]).length)))
  const line = (cells) => cells.map((cell, column) => String(cell).padEnd(widths[column])).join('  ').trimEnd()
  return [line(headers), line(widths.map((width) => '-'.repeat(width))), ...rows.map(line)].join('\n')
}

// --- machine --------------------------------------------------------------

function pandocVersion() {
  try {
    return execFileSync('pandoc', ['--version'], {encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore']}).split('\n')[0].trim()
  } catch {
    return undefined
  }
}

function gitState() {
  try {
    const commit = execFileSync('git', ['rev-parse', 'HEAD'], {cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore']}).trim()
    const dirty = execFileSync('git', ['status', '--porcelain', '--', 'src'], {cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore']}).trim() !== ''
    return {commit, srcDirty: dirty}
  } catch {
    return undefined
  }
}

function newestMtime(folder) {
  let newest = 0
  for (const entry of readdirSync(folder, {withFileTypes: true, recursive: true})) {
    if (!entry.isFile()) continue
    newest = Math.max(newest, statSync(path.join(entry.parentPath ?? entry.path, entry.name)).mtimeMs)
  }
  return newest
}

// --- measurements ---------------------------------------------------------

const cli = (inputs, flags) => timed(process.execPath, [bin, ...inputs, ...flags], {rss: true, timeoutMs: options.timeout * 1000})

/** (a) Cold start on the seed, our CLI per format and all three, pandoc DOCX and HTML. */
async function coldStarts(pandoc) {
  const out = path.join(tmp, 'cold')
  const commands = [
    ['json', () => cli([seed], ['-o', out, '--force', '--quiet', '--no-config', '--json'])],
    ['html', () => cli([seed], ['-o', out, '--force', '--quiet', '--no-config', '--html'])],
    ['docx', () => cli([seed], ['-o', out, '--force', '--quiet', '--no-config', '--docx'])],
    ['all', () => cli([seed], ['-o', out, '--force', '--quiet', '--no-config'])],
  ]
  if (pandoc) {
    commands.push(['pandoc docx', () => timed('pandoc', [seed, '-o', path.join(out, 'pandoc.docx')], {rss: true})])
    commands.push(['pandoc html', () => timed('pandoc', ['-s', seed, '-o', path.join(out, 'pandoc.html')], {rss: true})])
  }
  const runs = Object.fromEntries(commands.map(([name]) => [name, []]))
  // One untimed round first: the file cache, not the first run, should pay for reading node_modules.
  for (let round = 0; round <= options.coldRuns; round++) {
    for (const [name, run] of commands) {
      const result = await run()
      if (!result.ok) log(`  cold ${name}: ${failure(result)} (exit ${result.code}) ${result.stderr.trim().split('\n').at(-1) ?? ''}`)
      if (round > 0) runs[name].push(result)
    }
    if (round > 0) log(`  cold start round ${round}/${options.coldRuns}`)
  }
  return Object.fromEntries(
    Object.entries(runs).map(([name, results]) => [
      name,
      {
        medianMs: median(results.filter((result) => result.ok).map((result) => result.ms)),
        peakRssBytes: median(results.map((result) => result.rssBytes)),
        runsMs: results.map((result) => (result.ok ? Math.round(result.ms) : failure(result))),
      },
    ]),
  )
}

/**
 * The V8 flags of our conversion worker processes (`workerFlags` of
 * src/batch/worker-process.ts, read from dist/): the stage child runs with
 * them, as the CLI's conversions do, and the floor runs once with and once
 * without them, so that the ratio to the floor can also be read without the
 * gain that is only garbage-collector tuning.
 */
const {workerFlags} = await import(pathToFileURL(path.join(dist, 'batch', 'worker-process.js')).href).catch(() => ({workerFlags: []}))

/** One process per worker, each parsing its share of the files with bare remark. */
async function floor(files, workers, nodeFlags = []) {
  const lists = Array.from({length: workers}, () => [])
  files.forEach((file, index) => lists[index % workers].push(file))
  const started = performance.now()
  const results = await Promise.all(
    lists.map((list, index) => {
      const listFile = path.join(tmp, `floor-${workers}-${index}.txt`)
      writeFileSync(listFile, list.join('\n'))
      return timed(process.execPath, [...nodeFlags, path.join(here, 'floor.mjs'), '--list', listFile], {rss: true, cwd: root, timeoutMs: options.batchTimeout * 1000})
    }),
  )
  const ms = performance.now() - started
  const bad = results.find((result) => !result.ok)
  return {ms, ok: !bad, ...(bad ? {error: failure(bad), stderr: bad.stderr.slice(-500)} : {}), rssBytes: Math.max(...results.map((result) => result.rssBytes ?? 0)) || undefined}
}

/** pandoc, one process per file, two at a time (like xargs -P2). */
async function pandocBatch(files, format, out) {
  mkdirSync(out, {recursive: true})
  let next = 0
  let failed = 0
  let timedOut = 0
  const lane = async () => {
    while (next < files.length) {
      const index = next++
      const target = path.join(out, `${index}.${format}`)
      const result = await timed('pandoc', [...(format === 'html' ? ['-s'] : []), files[index], '-o', target], {timeoutMs: 120_000})
      if (!result.ok) failed++
      if (result.timedOut) timedOut++
    }
  }
  const started = performance.now()
  await Promise.all([lane(), lane()])
  const ms = performance.now() - started
  return {ms, ok: failed === 0, failed, ...(failed ? {error: `${failed} of ${files.length} files failed${timedOut ? ` (${timedOut} timed out)` : ''}`} : {})}
}

/** (b) and (d): the corpus, ours with --jobs 1 and 2, the incremental re-run, the floor, pandoc; interleaved rounds. */
async function corpusRuns(corpus, pandoc) {
  const out = path.join(tmp, 'out')
  const batch = (jobs, force) =>
    timed(process.execPath, [bin, corpus.corpus, '-o', out, ...(force ? ['--force'] : []), '--quiet', '--no-config', '--jobs', String(jobs)], {
      rss: true,
      timeoutMs: options.batchTimeout * 1000,
    })
  const runs = {jobs1: [], jobs2: [], incremental: [], floor1: [], floor2: [], floor1Flags: [], floor2Flags: []}
  if (pandoc) Object.assign(runs, {pandocDocx: [], pandocHtml: []})
  const record = (name, result) => {
    runs[name].push(result)
    if (!result.ok) log(`  ${name}: ${result.error ?? failure(result)} ${String(result.stderr ?? '').trim().split('\n').slice(-2).join(' | ')}`)
    else log(`  ${name}: ${seconds(result.ms)}`)
  }
  for (let round = 1; round <= options.runs; round++) {
    log(`corpus round ${round}/${options.runs}`)
    for (const jobs of [1, 2]) {
      rmSync(out, {recursive: true, force: true})
      const result = await batch(jobs, true)
      record(`jobs${jobs}`, result)
      if (jobs === 2 && result.ok) {
        // The same command again, without --force, over the unchanged corpus.
        const probe = path.join(out, path.relative(corpus.corpus, corpus.files[0]).replace(/\.md$/, '.json'))
        const before = existsSync(probe) ? statSync(probe).mtimeMs : undefined
        const again = await batch(2, false)
        const after = existsSync(probe) ? statSync(probe).mtimeMs : undefined
        if (again.ok && (before === undefined || before !== after)) {
          again.ok = false
          again.error = 'not incremental: the reports were written again'
        }
        record('incremental', again)
      }
    }
    rmSync(out, {recursive: true, force: true})
    record('floor1', await floor(corpus.files, 1))
    record('floor2', await floor(corpus.files, 2))
    record('floor1Flags', await floor(corpus.files, 1, workerFlags))
    record('floor2Flags', await floor(corpus.files, 2, workerFlags))
    if (pandoc) {
      record('pandocDocx', await pandocBatch(corpus.files, 'docx', path.join(tmp, 'pandoc')))
      rmSync(path.join(tmp, 'pandoc'), {recursive: true, force: true})
      record('pandocHtml', await pandocBatch(corpus.files, 'html', path.join(tmp, 'pandoc')))
      rmSync(path.join(tmp, 'pandoc'), {recursive: true, force: true})
    }
  }
  const files = corpus.files.length
  return Object.fromEntries(
    Object.entries(runs).map(([name, results]) => {
      const ms = median(results.filter((result) => result.ok).map((result) => result.ms))
      return [
        name,
        {
          medianMs: ms,
          filesPerSecond: ms === undefined ? undefined : files / (ms / 1000),
          mbPerSecond: ms === undefined ? undefined : corpus.bytes / 1e6 / (ms / 1000),
          peakRssBytes: median(results.map((result) => result.rssBytes)),
          runsMs: results.map((result) => (result.ok ? Math.round(result.ms) : (result.error ?? failure(result)))),
        },
      ]
    }),
  )
}

/** The stage child on some files; its JSON, or a failure. */
async function stageRun(files, {warmup = 0, timeoutMs}) {
  const out = path.join(tmp, 'stages-out')
  rmSync(out, {recursive: true, force: true})
  mkdirSync(out, {recursive: true})
  const listFile = path.join(tmp, 'stages-list.txt')
  writeFileSync(listFile, files.join('\n'))
  const result = await timed(
    process.execPath,
    [...workerFlags, path.join(here, 'stages.mjs'), '--dist', dist, '--out', out, '--verify', seed, '--warmup', String(warmup), '--list', listFile],
    {stdout: true, cwd: root, timeoutMs},
  )
  rmSync(out, {recursive: true, force: true})
  if (!result.ok) return {status: failure(result), wallMs: result.ms, stderr: result.stderr.trim().split('\n').slice(-3).join('\n')}
  return {status: 'ok', wallMs: result.ms, ...JSON.parse(result.stdout.trim().split('\n').at(-1))}
}

function postParseOf(stages) {
  const s = stages.stagesMs
  return {parseMs: s.parse, postParseMs: s.repairExtract + s.json + s.html + s.docx + s.write}
}

/** (c) one large file: the CLI (all formats, peak RSS) and the stage child, `runs` times each. */
async function largeFile(file, runs) {
  const bytes = statSync(file).size
  const out = path.join(tmp, 'large-out')
  const cliRuns = []
  const stageRuns = []
  for (let round = 1; round <= runs; round++) {
    const result = await cli([file], ['-o', out, '--force', '--quiet', '--no-config'])
    rmSync(out, {recursive: true, force: true})
    cliRuns.push(result)
    log(`  ${path.basename(file)} CLI: ${result.ok ? seconds(result.ms) : failure(result)}${result.rssBytes ? `, ${megabytes(result.rssBytes)}` : ''}`)
    if (!result.ok) {
      log(`    ${result.stderr.trim().split('\n').slice(-2).join(' | ')}`)
      if (result.timedOut) break
    }
    const stages = await stageRun([file], {timeoutMs: options.timeout * 1000})
    stageRuns.push(stages)
    log(`  ${path.basename(file)} stages: ${stages.status === 'ok' ? seconds(stages.totalMs) : stages.status}`)
    if (stages.status === 'timeout') break
  }
  const okStages = stageRuns.filter((run) => run.status === 'ok')
  const stageNames = okStages[0] ? Object.keys(okStages[0].stagesMs) : []
  const okCli = cliRuns.filter((run) => run.ok)
  return {
    bytes,
    cli: {
      status: okCli.length > 0 ? 'ok' : cliRuns[0] ? failure(cliRuns[0]) : 'skipped',
      medianMs: median(okCli.map((run) => run.ms)),
      // A failed run's peak still tells something (an out-of-memory death, say).
      peakRssBytes: median(okCli.map((run) => run.rssBytes)) ?? (Math.max(0, ...cliRuns.map((run) => run.rssBytes ?? 0)) || undefined),
      runsMs: cliRuns.map((run) => (run.ok ? Math.round(run.ms) : failure(run))),
    },
    stages: {
      status: okStages.length > 0 ? 'ok' : (stageRuns[0]?.status ?? 'skipped (the CLI run timed out)'),
      mode: okStages[0]?.mode,
      verified: okStages[0]?.verified,
      notes: okStages[0]?.notes,
      medianMs: Object.fromEntries(stageNames.map((name) => [name, median(okStages.map((run) => run.stagesMs[name]))])),
      totalMs: median(okStages.map((run) => run.totalMs)),
      peakRssBytes: median(okStages.map((run) => run.maxRssBytes)),
      rssLoadedBytes: median(okStages.map((run) => run.rssLoadedBytes)),
      ...(okStages.length === 0 && stageRuns[0]?.stderr ? {stderr: stageRuns[0].stderr} : {}),
    },
  }
}

/**
 * (e) The CLI's own memory on a batch of large inputs: `--rss-files` inputs
 * of 1 MiB converted to JSON on 2 workers (--jobs 2, with an output folder,
 * so the incremental manifest is kept), then the same command again over the
 * unchanged inputs. Each input is the seed padded with trailing spaces to
 * 1 MiB, the cheapest shape of that size to convert (about 1.5 s a file
 * here); what the CLI's process holds does not depend on the content. Its
 * peak RSS, apart from its workers', comes from bench/main-rss.cjs.
 */
async function mainRssBatch() {
  const folder = path.join(tmp, 'mib')
  mkdirSync(folder, {recursive: true})
  const seedText = readFileSync(seed)
  const padded = Buffer.concat([seedText, Buffer.alloc(1024 * 1024 - seedText.byteLength - 1, ' '), Buffer.from('\n')])
  for (let index = 0; index < options.rssFiles; index++) writeFileSync(path.join(folder, `${String(index).padStart(4, '0')}.md`), padded)
  const out = path.join(tmp, 'mib-out')
  const run = async (label) => {
    const rssFile = path.join(tmp, `main-rss-${label}.txt`)
    const result = await timed(process.execPath, [bin, folder, '-o', out, '--json', '--quiet', '--no-config', '--jobs', '2'], {
      timeoutMs: options.batchTimeout * 1000,
      env: {NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --require ${path.join(here, 'main-rss.cjs')}`.trim(), SEMINAR_BENCH_RSS_FILE: rssFile},
    })
    const mainPeakRssBytes = existsSync(rssFile) ? Number(readFileSync(rssFile, 'utf8').trim().split('\n').at(-1)) : undefined
    log(`  ${label}: ${result.ok ? seconds(result.ms) : failure(result)}, main process ${mb(mainPeakRssBytes)}`)
    return {status: result.ok ? 'ok' : failure(result), ms: result.ms, mainPeakRssBytes, ...(result.ok ? {} : {stderr: result.stderr.slice(-500)})}
  }
  const first = await run('first run')
  const again = await run('again, unchanged')
  rmSync(folder, {recursive: true, force: true})
  rmSync(out, {recursive: true, force: true})
  return {files: options.rssFiles, bytes: options.rssFiles * padded.byteLength, first, again}
}

// --- targets --------------------------------------------------------------

function targets(results) {
  const cold = results.cold
  const corpus = results.corpusRuns
  const ratio = (a, b) => (a === undefined || b === undefined || b === 0 ? undefined : a / b)
  const check = (value, op, limit) => (value === undefined ? undefined : op === '≤' ? value <= limit : op === '<' ? value < limit : value >= limit)
  const rows = []
  const add = (id, label, value, op, limit, unit = '', why) => rows.push({id, label, value, target: `${op} ${limit}${unit}`, pass: check(value, op, limit), ...(why ? {note: why} : {})})

  const noPandoc = results.machine.pandoc ? undefined : 'pandoc not run'
  add('seedDocxVsPandoc', 'seed DOCX cold: ours / pandoc', ratio(cold.docx?.medianMs, cold['pandoc docx']?.medianMs), '≤', 1.5, '', noPandoc)
  add('seedAllVsPandocDocx', 'seed all formats cold: ours / pandoc docx', ratio(cold.all?.medianMs, cold['pandoc docx']?.medianMs), '≤', 2.0, '', noPandoc)
  add('corpusVsPandocDocx', 'corpus all formats --jobs 2 / pandoc DOCX -P2 (files/s)', ratio(corpus.jobs2?.filesPerSecond, corpus.pandocDocx?.filesPerSecond), '≥', 2, '', noPandoc)
  add('corpusVsFloor', 'corpus all formats --jobs 2 / bare remark parse, 2 workers (files/s)', ratio(corpus.jobs2?.filesPerSecond, corpus.floor2?.filesPerSecond), '≥', 0.65)
  add('corpusVsFloorFlags', 'same, against the bare parse with our workers\' V8 flags, 2 workers (files/s)', ratio(corpus.jobs2?.filesPerSecond, corpus.floor2Flags?.filesPerSecond), '≥', 0.6)
  add('jobsScaling', 'corpus --jobs 2 / --jobs 1 (files/s)', ratio(corpus.jobs2?.filesPerSecond, corpus.jobs1?.filesPerSecond), '≥', 1.85)
  const floorScaling = ratio(corpus.floor2Flags?.filesPerSecond, corpus.floor1Flags?.filesPerSecond)
  rows.push({id: 'floorScaling', label: 'bare parse with our workers\' V8 flags, 2 workers / 1 (what this machine lets a second core give)', value: floorScaling, target: '–', pass: undefined, note: 'information'})
  add('postParseVsParse', `post-parse / parse, in-process, ${results.postParse?.files ?? '?'} corpus files`, ratio(results.postParse?.postParseMs, results.postParse?.parseMs), '≤', 0.5, '', !results.postParse ? 'the sample run failed' : results.postParse.mode !== 'stages' ? 'stages not separable, see notes' : undefined)
  const large = results.large
  const one = large['1mb']
  const ten = large['10mb']
  if (one && one.cli.status !== 'ok') {
    rows.push({id: 'oneMbTime', label: '1 MB all formats (CLI wall)', value: one.cli.status, target: '< 5 s', pass: false})
  } else {
    add('oneMbTime', '1 MB all formats (CLI wall)', one?.cli.medianMs === undefined ? undefined : one.cli.medianMs / 1000, '<', 5, ' s', one ? undefined : 'not run')
  }
  add('oneMbRss', '1 MB peak RSS (CLI)', one?.cli.peakRssBytes ? one.cli.peakRssBytes / 1024 / 1024 : undefined, '<', 600, ' MiB', timeAvailable ? undefined : 'no /usr/bin/time')
  if (ten) {
    const completed = ten.cli.status === 'ok'
    const rss = ten.cli.peakRssBytes ? ten.cli.peakRssBytes / 1024 / 1024 : undefined
    rows.push({
      id: 'tenMbCompletes',
      label: '10 MB completes; peak RSS (CLI)',
      value: completed ? rss : ten.cli.status,
      target: '< 2048 MiB',
      pass: completed ? (rss === undefined ? true : rss < 2048) : false,
    })
    const perMb = (entry) => (entry?.stages.totalMs === undefined ? undefined : entry.stages.totalMs / (entry.bytes / 1024 / 1024))
    add('tenMbLinearity', 'time per MB at 10 MB / at 1 MB (in-process stages)', ratio(perMb(ten), perMb(one)), '≤', 1.2, '', ten.stages.status === 'ok' ? undefined : `10 MB stages: ${ten.stages.status}`)
  } else {
    rows.push({id: 'tenMbCompletes', label: '10 MB completes; peak RSS (CLI)', value: undefined, target: '< 2048 MiB', pass: undefined, note: 'not run'})
    rows.push({id: 'tenMbLinearity', label: 'time per MB at 10 MB / at 1 MB (in-process stages)', value: undefined, target: '≤ 1.2', pass: undefined, note: 'not run'})
  }
  add('incremental', 'incremental re-run / first run (--jobs 2)', ratio(corpus.incremental?.medianMs, corpus.jobs2?.medianMs), '<', 0.05)
  const batch = results.mainRss
  const mainPeak = batch && batch.first.status === 'ok' && batch.again.status === 'ok' ? Math.max(batch.first.mainPeakRssBytes ?? 0, batch.again.mainPeakRssBytes ?? 0) || undefined : undefined
  add('mainRss', `${batch?.files ?? '?'} inputs of 1 MiB: peak RSS of the CLI's own process, first run and re-run`, mainPeak === undefined ? undefined : mainPeak / 1e6, '<', 200, ' MB', !batch ? 'not run' : mainPeak === undefined ? 'the batch failed' : batch.files < 300 ? 'fewer than 300 inputs: indicative' : undefined)
  return rows
}

// --- report ---------------------------------------------------------------

function report(results) {
  const lines = []
  const {machine, corpus: info} = results
  lines.push('', `seminar-report benchmark — ${results.date}${results.quick ? ' (--quick: indicative only)' : ''}`)
  lines.push(`${machine.cpu}, ${machine.cores} cores, ${megabytes(machine.totalMemoryBytes)}, Node ${machine.node}, ${machine.pandoc ?? 'no pandoc'}; load ${machine.loadAverageStart.map((load) => load.toFixed(1)).join(' ')} at start, ${machine.loadAverageEnd.map((load) => load.toFixed(1)).join(' ')} at end`)
  lines.push(`corpus: ${info.files} files, ${(info.bytes / 1e6).toFixed(1)} MB (seed ${info.seed}); ${results.runs} run(s) per measurement, medians; cold starts ${results.coldRuns} runs`)
  if (results.warnings.length > 0) lines.push(...results.warnings.map((warning) => `warning: ${warning}`))

  lines.push('', '(a) cold start on fixtures/seed/input.md')
  lines.push(table(['command', 'wall (median)', 'peak RSS', 'runs (ms)'], Object.entries(results.cold).map(([name, entry]) => [name.startsWith('pandoc') ? name : `seminar-report ${name === 'all' ? 'json+html+docx' : `--${name}`}`, seconds(entry.medianMs), megabytes(entry.peakRssBytes), entry.runsMs.join(' ')])))

  lines.push('', `(b, d) corpus, ${info.files} files`)
  const names = {
    jobs1: 'seminar-report all formats --jobs 1',
    jobs2: 'seminar-report all formats --jobs 2',
    incremental: 'same, again without --force',
    floor1: 'bare remark parse, 1 worker',
    floor2: 'bare remark parse, 2 workers',
    floor1Flags: `bare remark parse, 1 worker, ${workerFlags.join(' ')} (as our workers)`,
    floor2Flags: 'same, 2 workers',
    pandocDocx: 'pandoc DOCX, one per file, -P2',
    pandocHtml: 'pandoc -s HTML, one per file, -P2',
  }
  lines.push(table(['command', 'wall (median)', 'files/s', 'MB/s', 'peak RSS', 'runs (ms)'], Object.entries(results.corpusRuns).map(([name, entry]) => [names[name] ?? name, seconds(entry.medianMs), fixed(entry.filesPerSecond, 1), fixed(entry.mbPerSecond, 2), megabytes(entry.peakRssBytes), entry.runsMs.join(' ')])))

  if (results.postParse) {
    const p = results.postParse
    lines.push('', `post-parse / parse, in-process over ${p.files} corpus files (${(p.bytes / 1e6).toFixed(1)} MB), ${p.mode}${p.notes?.length ? `; ${p.notes.join('; ')}` : ''}`)
    lines.push(table(['stage', 'ms (median of runs)'], Object.entries(p.stagesMs ?? {}).map(([name, ms]) => [name, fixed(ms, 0)])))
  }

  lines.push('', '(c) large files: CLI all formats, and stage by stage in one process per file')
  for (const [name, entry] of Object.entries(results.large)) {
    if (!entry) continue
    lines.push(`${name} (${(entry.bytes / 1e6).toFixed(2)} MB): CLI ${entry.cli.status === 'ok' ? seconds(entry.cli.medianMs) : entry.cli.status}, peak RSS ${megabytes(entry.cli.peakRssBytes || undefined)}; stages ${entry.stages.status}${entry.stages.mode ? ` (${entry.stages.mode})` : ''}, peak RSS ${megabytes(entry.stages.peakRssBytes)}${entry.stages.notes?.length ? `; ${entry.stages.notes.join('; ')}` : ''}`)
    if (entry.stages.status === 'ok') {
      lines.push(table(['stage', 'time'], [...Object.entries(entry.stages.medianMs).map(([stage, ms]) => [stage, seconds(ms)]), ['total', seconds(entry.stages.totalMs)]]).replace(/^/gm, '  '))
    } else if (entry.stages.stderr) {
      lines.push(`  ${entry.stages.stderr.replace(/\n/g, '\n  ')}`)
    }
  }
  if (!results.large['10mb']) lines.push('10mb: not run')

  if (results.mainRss) {
    const m = results.mainRss
    lines.push('', `(e) ${m.files} inputs of 1 MiB, --json --jobs 2: CLI process peak RSS (apart from its workers)`)
    lines.push(table(['run', 'wall', 'main process peak RSS'], [['first', seconds(m.first.ms), mb(m.first.mainPeakRssBytes)], ['again, unchanged', seconds(m.again.ms), mb(m.again.mainPeakRssBytes)]]))
  }

  lines.push('', 'targets')
  lines.push(table(['', 'measure', 'value', 'target', 'result'], results.targets.map((row) => [row.id, row.label, typeof row.value === 'number' ? fixed(row.value) : (row.value ?? '–'), row.target, row.pass === undefined ? `n/a${row.note ? ` (${row.note})` : ''}` : row.pass ? 'PASS' : 'FAIL'])))
  return lines.join('\n')
}

// --- main -----------------------------------------------------------------

async function main() {
  for (const required of [bin, path.join(dist, 'bundle', 'cli.cjs'), path.join(dist, 'index.js')]) {
    if (!existsSync(required)) fail(`${path.relative(root, required)} is missing: run npm run build first`)
  }
  const warnings = []
  const builtAt = Math.min(statSync(path.join(dist, 'bundle', 'cli.cjs')).mtimeMs, statSync(path.join(dist, 'index.js')).mtimeMs)
  if (newestMtime(path.join(root, 'src')) > builtAt) {
    warnings.push('src/ has changed since dist/ was built: these numbers may not be those of the sources (npm run build)')
  }
  const pandoc = options.pandoc ? pandocVersion() : undefined
  if (options.pandoc && !pandoc) warnings.push('pandoc is not on PATH: the pandoc baselines and their targets are skipped')
  if (!timeAvailable) warnings.push('/usr/bin/time -f %M is not available: no peak RSS for commands')
  for (const warning of warnings) log(`warning: ${warning}`)

  tmp = mkdtempSync(path.join(os.tmpdir(), 'seminar-bench-'))
  log(`temporary folder: ${tmp}`)
  const started = performance.now()
  const results = {
    date: new Date().toISOString(),
    quick: options.quick,
    runs: options.runs,
    coldRuns: options.coldRuns,
    machine: {
      cpu: os.cpus()[0]?.model ?? 'unknown',
      cores: os.cpus().length,
      availableParallelism: os.availableParallelism(),
      totalMemoryBytes: os.totalmem(),
      os: `${os.type()} ${os.release()} ${os.arch()}`,
      node: process.version,
      pandoc,
      loadAverageStart: os.loadavg(),
    },
    git: gitState(),
    warnings,
  }

  log(`generating ${options.files} files${options.huge ? ' + 1 MB + 10 MB' : ' + 1 MB'} (seed ${options.seed})`)
  const corpus = generate({dir: tmp, files: options.files, seed: options.seed, large: true, huge: options.huge})
  results.corpus = {files: corpus.files.length, bytes: corpus.bytes, seed: options.seed, generator: 'bench/generate.mjs'}

  log('(a) cold start on the seed')
  results.cold = await coldStarts(Boolean(pandoc))

  log('(b, d) corpus')
  results.corpusRuns = await corpusRuns(corpus, Boolean(pandoc))

  log(`post-parse / parse over ${options.sample} corpus files`)
  const step = corpus.files.length / options.sample
  const sample = Array.from({length: options.sample}, (_, index) => corpus.files[Math.floor(index * step)])
  const sampleRuns = []
  for (let round = 1; round <= options.runs; round++) {
    const run = await stageRun(sample, {warmup: 3, timeoutMs: options.batchTimeout * 1000})
    log(`  sample round ${round}: ${run.status === 'ok' ? seconds(run.totalMs) : run.status}`)
    if (run.status === 'ok') sampleRuns.push(run)
  }
  if (sampleRuns.length > 0) {
    const first = sampleRuns[0]
    const stagesMs = Object.fromEntries(Object.keys(first.stagesMs).map((name) => [name, median(sampleRuns.map((run) => run.stagesMs[name]))]))
    results.postParse =
      first.mode === 'stages'
        ? {files: first.files, bytes: first.bytes, mode: first.mode, verified: first.verified, notes: first.notes, stagesMs, ...postParseOf({stagesMs})}
        : {files: first.files, bytes: first.bytes, mode: first.mode, notes: [...first.notes, 'parse not separable: no post-parse / parse ratio'], stagesMs}
  }

  log('(c) large files')
  results.large = {'1mb': await largeFile(corpus.large, options.runs)}
  if (options.huge) results.large['10mb'] = await largeFile(corpus.huge, 1)

  if (options.rss) {
    log(`(e) ${options.rssFiles} inputs of 1 MiB: the CLI process's peak RSS`)
    results.mainRss = await mainRssBatch()
  }

  results.machine.loadAverageEnd = os.loadavg()
  results.durationSeconds = Math.round((performance.now() - started) / 1000)
  results.targets = targets(results)
  process.stdout.write(`${report(results)}\n`)

  mkdirSync(path.dirname(options.jsonOut), {recursive: true})
  // Six significant digits are plenty for timings taken on a shared machine.
  const tidy = (key, value) => (typeof value === 'number' && !Number.isInteger(value) ? Number(value.toPrecision(6)) : value)
  writeFileSync(options.jsonOut, `${JSON.stringify(results, tidy, 2)}\n`)
  log(`\nresults written to ${path.relative(process.cwd(), options.jsonOut) || options.jsonOut} (${results.durationSeconds} s)`)
}

try {
  await main()
} finally {
  cleanUp()
  if (options.keep && tmp) log(`kept ${tmp}`)
}
