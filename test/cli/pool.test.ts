import {type ChildProcess, spawn} from 'node:child_process'
import {cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
// @ts-expect-error: the benchmark's generator is plain JavaScript without types
import {largeFile} from '../../bench/generate.mjs'
import {root} from '../helpers/fixtures.js'
import {type CliRun, runBin} from '../helpers/run-cli.js'

// The batch's worker processes, through the built executable (`npm test`
// builds first). Every Node process a run starts records itself through
// NODE_OPTIONS=--require, so a test sees which processes did the work.

const bin = path.join(root, 'bin/seminar-report.js')
const workerScript = path.join(root, 'bin/worker.js')
const fixture = (name: string) => path.join(root, 'fixtures', name, 'input.md')
const recorder = path.join(mkdtempSync(path.join(tmpdir(), 'seminar-report-recorder-')), 'record.cjs')
writeFileSync(recorder, "require('node:fs').appendFileSync(process.env.SEMINAR_REPORT_TEST_LOG, `${process.pid} ${process.ppid} ${process.argv[1]}\\n`)\n")

/** A Node process a run started: its pid, its parent's, its script. */
interface Started {
  readonly pid: number
  readonly ppid: number
  readonly script: string
}

function recording(): {env: Record<string, string>; started: () => Started[]; workers: () => Started[]} {
  const log = path.join(mkdtempSync(path.join(tmpdir(), 'seminar-report-log-')), 'processes.log')
  const started = () =>
    existsSync(log)
      ? readFileSync(log, 'utf8').trim().split('\n').map((line) => {
          const [pid, ppid, script] = line.split(' ')
          return {pid: Number(pid), ppid: Number(ppid), script: script!}
        })
      : []
  return {env: {NODE_OPTIONS: `--require ${recorder}`, SEMINAR_REPORT_TEST_LOG: log}, started, workers: () => started().filter((process) => process.script === workerScript)}
}

/** A batch over 256 KiB, the size from which it goes to worker processes: a 300 kB file amid fixtures. */
function workerBatch(): string {
  const folder = mkdtempSync(path.join(tmpdir(), 'seminar-report-batch-'))
  cpSync(fixture('english'), path.join(folder, 'a-english.md'))
  cpSync(fixture('messy'), path.join(folder, 'b-messy.md'))
  writeFileSync(path.join(folder, 'm-large.md'), largeFile(20191024, 300_000))
  cpSync(fixture('seed'), path.join(folder, 'x-seed.md'))
  cpSync(fixture('pipe-table'), path.join(folder, 'y-pipe-table.md'))
  return folder
}

/** Starts the built CLI without waiting, in a process group of its own (as a terminal's foreground job). */
function startBin(argv: string[], options: {cwd: string; env?: Record<string, string>}): {child: ChildProcess; done: Promise<CliRun>; stderr: () => string} {
  const child = spawn(process.execPath, [bin, ...argv], {cwd: options.cwd, env: {...process.env, NO_COLOR: '1', GITHUB_ACTIONS: '', ...options.env}, detached: true})
  let stdout = ''
  let stderr = ''
  child.stdout!.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
  const done = new Promise<CliRun>((resolve) => child.on('close', (code) => resolve({code: code ?? -1, stdout, stderr})))
  return {child, done, stderr: () => stderr}
}

async function until(condition: () => boolean, what: string, timeoutMs = 60_000): Promise<void> {
  const started = Date.now()
  while (!condition()) {
    if (Date.now() - started > timeoutMs) throw new Error(`timed out waiting for ${what}`)
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
}

/** Whether a process is gone (or a zombie nobody has reaped yet). */
function gone(pid: number): boolean {
  try {
    return readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.startsWith('Z')
  } catch {
    return true
  }
}

function reportsIn(folder: string, extension: string): string[] {
  return readdirSync(folder).filter((file) => file.endsWith(extension) && !file.startsWith('.')).sort()
}

describe('worker processes through the built CLI', () => {
  it('converts a small batch in its own process, without a worker', () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'seminar-report-small-'))
    cpSync(fixture('seed'), path.join(folder, 'a.md'))
    cpSync(fixture('english'), path.join(folder, 'b.md'))
    const {env, started} = recording()
    const run = runBin([folder, '-o', path.join(folder, 'out'), '--json', '--quiet'], {env})
    expect(run.code).toBe(0)
    expect(reportsIn(path.join(folder, 'out'), '.json')).toEqual(['a.json', 'b.json'])
    expect(started().map((process) => process.script)).toEqual([bin])
  })

  it('starts --jobs worker processes, children of the CLI, for a batch over 256 KiB', () => {
    const folder = workerBatch()
    for (const jobs of [1, 2]) {
      const {env, started, workers} = recording()
      const run = runBin([folder, '-o', path.join(folder, `out-${jobs}`), '--json', '--quiet', '--jobs', String(jobs)], {env})
      expect(run.code).toBe(0)
      expect(reportsIn(path.join(folder, `out-${jobs}`), '.json')).toHaveLength(5)
      const cli = started().find((process) => process.script === bin)!
      expect(workers()).toHaveLength(jobs)
      for (const worker of workers()) expect(worker.ppid).toBe(cli.pid)
    }
  })

  it('reports results in input order, although the largest input is handed out first', () => {
    const folder = workerBatch()
    // With one worker, results come back in the order the jobs were handed
    // out: the 300 kB file first, though it is third in input order.
    const json = runBin([folder, '--check', '--reporter', 'json', '--jobs', '1'])
    const order = ['a-english.md', 'b-messy.md', 'm-large.md', 'x-seed.md', 'y-pipe-table.md']
    expect((JSON.parse(json.stdout) as {file: string}[]).map((record) => path.basename(record.file))).toEqual(order)
  })

  it('goes on past a bad file: each failure is one line, the other files are converted', () => {
    const folder = workerBatch()
    writeFileSync(path.join(folder, 'c-scan.md'), Buffer.from([0x25, 0x50, 0x44, 0x46, 0, 1, 2, 3]))
    const {env, workers} = recording()
    const run = runBin([folder, path.join(folder, 'missing.md'), '-o', path.join(folder, 'out'), '--json', '--jobs', '2'], {env})
    expect(run.code).toBe(1)
    expect(workers()).toHaveLength(2)
    expect(run.stderr).toMatch(/^seminar-report: .*c-scan\.md: this is binary data.*$/m)
    expect(run.stderr).toMatch(/^seminar-report: .*missing\.md: no such file$/m)
    expect(run.stderr).toMatch(/\n5 converted, \d+ with warnings, 2 failed\n$/)
    expect(reportsIn(path.join(folder, 'out'), '.json')).toEqual(['a-english.json', 'b-messy.json', 'm-large.json', 'x-seed.json', 'y-pipe-table.json'])
  })

  it('finds unchanged files up to date in the workers, without converting or writing them', () => {
    const folder = workerBatch()
    const out = path.join(folder, 'out')
    expect(runBin([folder, '-o', out, '--json', '--jobs', '2']).stderr).toMatch(/\n5 converted, \d+ with warnings, 0 failed\n$/)
    const before = statSync(path.join(out, 'm-large.json')).mtimeMs
    const manifest = readFileSync(path.join(out, '.seminar-report-manifest.json'), 'utf8')
    const {env, workers} = recording()
    const again = runBin([folder, '-o', out, '--json', '--jobs', '2'], {env})
    expect(again).toEqual({code: 0, stdout: '', stderr: '0 converted, 0 with warnings, 0 failed, 5 up to date\n'})
    expect(workers()).toHaveLength(2)
    expect(statSync(path.join(out, 'm-large.json')).mtimeMs).toBe(before)
    expect(readFileSync(path.join(out, '.seminar-report-manifest.json'), 'utf8')).toBe(manifest)
    writeFileSync(path.join(folder, 'x-seed.md'), `${readFileSync(path.join(folder, 'x-seed.md'), 'utf8')}\nOne more line.\n`)
    expect(runBin([folder, '-o', out, '--json', '--jobs', '2']).stderr).toMatch(/\n1 converted, 0 with warnings, 0 failed, 4 up to date\n$/)
    expect(readFileSync(path.join(out, 'x-seed.json'), 'utf8')).toContain('One more line.')
  })

  it('converts again without the heap limit a file whose worker ran out of memory under it', async () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'seminar-report-oom-'))
    writeFileSync(path.join(folder, 'large.md'), largeFile(20191024, 1_000_000))
    // The control: under a 32 MiB limit a worker cannot convert 1 MB of
    // minutes (its parse needs about 300 MB); it dies, out of memory.
    const {WorkerProcess} = (await import(path.join(root, 'dist/batch/worker-process.js'))) as typeof import('../../src/batch/worker-process.js')
    const settings = {formats: ['json'] as const, check: false, toStdout: false, outDir: folder, redact: false, tocPageNumbers: false, maxBytes: 16 * 1024 * 1024}
    const death = await new Promise((resolve) => {
      const worker = new WorkerProcess(workerScript, settings, 32, {result: () => resolve('converted'), exit: resolve})
      worker.run(0, {path: path.join(folder, 'large.md'), display: 'large.md', outputBase: 'large'})
    })
    expect(death).toEqual({outOfMemory: true, reason: 'the worker process ran out of memory'})
    expect(existsSync(path.join(folder, 'large.json'))).toBe(false)

    const {env, workers} = recording()
    // --quiet: the generated minutes' information messages are not this test's business.
    const run = runBin([folder, '-o', folder, '--json', '--quiet'], {env: {...env, SEMINAR_REPORT_WORKER_HEAP_MIB: '32'}})
    expect(run).toEqual({code: 0, stdout: '', stderr: ''})
    expect(JSON.parse(readFileSync(path.join(folder, 'large.json'), 'utf8')).ateliers.length).toBeGreaterThan(10)
    expect(workers()).toHaveLength(2)
    expect(runBin([folder, '-o', folder, '--json'], {env: {SEMINAR_REPORT_WORKER_HEAP_MIB: 'lots'}})).toEqual({
      code: 2,
      stdout: '',
      stderr: 'seminar-report: SEMINAR_REPORT_WORKER_HEAP_MIB expects a whole number of MiB above 0, not "lots"\n',
    })
  }, 180_000)

  it('fails only the file of a worker that dies otherwise, without trying it again; a new worker takes the rest', async () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'seminar-report-crash-'))
    writeFileSync(path.join(folder, 'large.md'), largeFile(20191024, 1_000_000))
    cpSync(fixture('seed'), path.join(folder, 'seed.md'))
    cpSync(fixture('english'), path.join(folder, 'english.md'))
    const {env, workers} = recording()
    // One worker: it takes the largest file first, which keeps it busy for seconds.
    const {done} = startBin([folder, '-o', path.join(folder, 'out'), '--json', '--jobs', '1'], {cwd: folder, env})
    await until(() => workers().length === 1, 'the worker')
    process.kill(workers()[0]!.pid, 'SIGKILL')
    const run = await done
    expect(run.code).toBe(1)
    expect(run.stderr).toMatch(/^seminar-report: .*large\.md: internal error: the conversion stopped \(the worker process was stopped by SIGKILL\)$/m)
    expect(run.stderr).toMatch(/\n2 converted, 0 with warnings, 1 failed\n$/)
    expect(reportsIn(path.join(folder, 'out'), '.json')).toEqual(['english.json', 'seed.json'])
    expect(workers()).toHaveLength(2)
  }, 120_000)
})

describe('Ctrl+C in a terminal, which signals the CLI and its workers alike', () => {
  /** 40 seeds and a 1 MB file, which the first worker takes first and converts for seconds. */
  function batch(): string {
    const work = mkdtempSync(path.join(tmpdir(), 'seminar-report-sigint-'))
    mkdirSync(path.join(work, 'in'))
    writeFileSync(path.join(work, 'in', 'large.md'), largeFile(20191024, 1_000_000))
    for (let index = 0; index < 40; index++) cpSync(fixture('seed'), path.join(work, 'in', `minutes-${String(index).padStart(2, '0')}.md`))
    return work
  }

  it('once: the files under way are finished by their workers, no new one starts, exit 130', async () => {
    const work = batch()
    const {env, workers} = recording()
    const {child, done} = startBin(['in', '--json', '--html', '-o', 'out', '--jobs', '2'], {cwd: work, env})
    // The second worker has converted a seed: the first is in the middle of the large file.
    await until(() => existsSync(path.join(work, 'out/minutes-00.html')), 'the first report')
    expect(existsSync(path.join(work, 'out/large.json'))).toBe(false)
    process.kill(-child.pid!, 'SIGINT')
    const run = await done
    expect(run.code).toBe(130)
    expect(run.stderr).toMatch(/SIGINT: finishing the files under way/)
    // A worker that died of the signal would have failed its file.
    const summary = /\n(\d+) converted, 0 with warnings, 0 failed, (\d+) not started \(interrupted\)\n$/.exec(run.stderr)
    expect(summary, run.stderr).not.toBeNull()
    const converted = Number(summary![1])
    expect(converted + Number(summary![2])).toBe(41)
    const out = path.join(work, 'out')
    expect(readdirSync(out).filter((file) => file.includes('.tmp'))).toEqual([])
    expect(reportsIn(out, '.json')).toHaveLength(converted)
    expect(reportsIn(out, '.json')).toContain('large.json')
    expect(reportsIn(out, '.html')).toHaveLength(converted)
    for (const report of reportsIn(out, '.html')) expect(readFileSync(path.join(out, report), 'utf8')).toMatch(/<\/html>\n?$/)
    expect(JSON.parse(readFileSync(path.join(out, 'large.json'), 'utf8')).ateliers.length).toBeGreaterThan(10)
    for (const worker of workers()) expect(gone(worker.pid)).toBe(true)
  }, 120_000)

  it('twice: stops at once, and takes its workers with it', async () => {
    const work = batch()
    const {env, workers} = recording()
    const {child, done, stderr} = startBin(['in', '--json', '--html', '-o', 'out', '--jobs', '2'], {cwd: work, env})
    await until(() => existsSync(path.join(work, 'out/minutes-00.html')), 'the first report')
    process.kill(-child.pid!, 'SIGINT')
    await until(() => stderr().includes('finishing the files under way'), 'the first interruption to be taken')
    process.kill(-child.pid!, 'SIGINT')
    const run = await done
    expect(run.code).toBe(130)
    expect(run.stderr).not.toMatch(/not started/)
    expect(workers()).toHaveLength(2)
    await until(() => workers().every((worker) => gone(worker.pid)), 'the workers to be gone', 5000)
    // The large file was under way: its worker was stopped before it wrote anything.
    expect(existsSync(path.join(work, 'out/large.json'))).toBe(false)
  }, 120_000)
})
