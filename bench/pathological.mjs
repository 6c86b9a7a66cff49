#!/usr/bin/env node
// Times pathological Markdown through the whole library pipeline, one child
// process per shape and size, so that a shape that hangs is killed and the
// others still run. Uses the compiled library in dist/ (run `npm run build`).
//
//   node bench/pathological.mjs [--sizes 0.1,0.5,1,2] [--shapes a,b] [--timeout 60] [--json FILE] [--messages] [--dist DIR]
//
// The shapes are those of cmark's test/pathological_tests.py, grown to each
// size (in MB of 10^6 bytes) by repeating their unit, plus the shapes seen to
// hang in real use: nested and unclosed emphasis openers, backtick runs of
// varying lengths, a 10,000-row table and formatting nested 5,000 deep (these
// two at their own size). Each child prints the time of each stage as it
// finishes: parseMinutes (decode, parse, repairs, extraction), then the JSON,
// HTML and DOCX renderers; a killed child shows the stage it was in.

import {spawn} from 'node:child_process'
import {writeFileSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {fixedSize, shapes} from './pathological-shapes.mjs'

const here = path.dirname(fileURLToPath(import.meta.url))
// `--dist DIR` measures another build (e.g. of the commit before a change).
const distIndex = process.argv.indexOf('--dist')
const dist = path.resolve(distIndex > 0 ? process.argv[distIndex + 1] : path.join(here, '..', 'dist'))

async function child(shape, megabytes) {
  const text = shapes[shape](megabytes * 1e6)
  const bytes = new TextEncoder().encode(text)
  const library = await import(pathToFileURL(path.join(dist, 'index.js')).href)
  const say = (record) => process.stdout.write(`${JSON.stringify(record)}\n`)
  say({bytes: bytes.byteLength})
  let start = performance.now()
  const stage = (name) => {
    const now = performance.now()
    say({stage: name, ms: now - start})
    start = now
  }
  const {seminar, file} = library.parseMinutes(bytes, {name: `${shape}.md`})
  stage('parse')
  library.renderJson(seminar)
  stage('json')
  library.renderHtml(seminar)
  stage('html')
  await library.renderDocx(seminar)
  stage('docx')
  say({messages: file.messages.map((message) => `${message.line ?? '?'}:${message.column ?? '?'} ${message.ruleId} ${message.reason}`.slice(0, 160))})
}

function runChild(shape, megabytes, timeoutSeconds) {
  return new Promise((resolve) => {
    const started = performance.now()
    // The young generation of the CLI's workers (src/batch/pool.ts), which
    // convert every input of 256 KiB or more.
    const process_ = spawn(process.execPath, ['--max-semi-space-size=64', fileURLToPath(import.meta.url), '--child', shape, String(megabytes), '--dist', dist], {
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    const result = {shape, megabytes, stages: {}, status: 'ok'}
    let buffer = ''
    let stderr = ''
    process_.stdout.on('data', (data) => {
      buffer += data
      let newline
      while ((newline = buffer.indexOf('\n')) >= 0) {
        const record = JSON.parse(buffer.slice(0, newline))
        buffer = buffer.slice(newline + 1)
        if (record.bytes !== undefined) result.bytes = record.bytes
        if (record.stage) result.stages[record.stage] = record.ms
        if (record.messages) result.messages = record.messages
      }
    })
    process_.stderr.on('data', (data) => (stderr += data))
    const timer = setTimeout(() => {
      result.status = 'timeout'
      process_.kill('SIGKILL')
    }, timeoutSeconds * 1000)
    process_.on('exit', (code) => {
      clearTimeout(timer)
      result.wallMs = performance.now() - started
      if (result.status === 'ok' && code !== 0) {
        result.status = 'crashed'
        result.error = stderr.trim().split('\n').filter(Boolean).slice(-3).join(' | ').slice(0, 300)
      }
      resolve(result)
    })
  })
}

const order = ['parse', 'json', 'html', 'docx']

function describe(result, timeoutSeconds) {
  const times = order.filter((name) => result.stages[name] !== undefined).map((name) => `${name} ${(result.stages[name] / 1000).toFixed(2)}`)
  const total = order.reduce((sum, name) => sum + (result.stages[name] ?? 0), 0)
  const size = result.bytes === undefined ? '?' : `${(result.bytes / 1e6).toFixed(2)} MB`
  const running = order.find((name) => result.stages[name] === undefined)
  const status =
    result.status === 'timeout'
      ? `> ${timeoutSeconds} s (killed in ${running})`
      : result.status === 'crashed'
        ? `crashed in ${running}: ${result.error}`
        : `${(total / 1000).toFixed(2)} s`
  return `${result.shape.padEnd(26)} ${size.padStart(9)}  ${status.padEnd(24)} ${times.join(', ')}`
}

async function parent(args) {
  const option = (name, fallback) => {
    const index = args.indexOf(name)
    return index >= 0 ? args[index + 1] : fallback
  }
  const sizes = option('--sizes', '0.1,0.5,1,2').split(',').map(Number)
  const names = option('--shapes', Object.keys(shapes).join(',')).split(',')
  const timeoutSeconds = Number(option('--timeout', '60'))
  const unknown = names.filter((name) => !shapes[name])
  if (unknown.length > 0) throw new Error(`unknown shapes: ${unknown.join(', ')} (known: ${Object.keys(shapes).join(', ')})`)
  const results = []
  console.log(`shape                      size       total (s)                stages (s)`)
  for (const name of names) {
    for (const megabytes of fixedSize.has(name) ? [0] : sizes) {
      const result = await runChild(name, megabytes, timeoutSeconds)
      results.push(result)
      console.log(describe(result, timeoutSeconds))
      if (args.includes('--messages')) for (const message of result.messages ?? []) console.log(`    ${message}`)
    }
  }
  const out = option('--json')
  if (out) writeFileSync(out, `${JSON.stringify({date: new Date().toISOString(), node: process.version, timeoutSeconds, results}, null, 2)}\n`)
}

const args = process.argv.slice(2)
if (args[0] === '--child') await child(args[1], Number(args[2]))
else await parent(args)
