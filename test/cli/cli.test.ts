import {chmodSync, existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync, cpSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {beforeEach, describe, expect, it} from 'vitest'
import {root} from '../helpers/fixtures.js'
import {runInProcess} from '../helpers/run-cli.js'

const seed = path.join(root, 'fixtures/seed/input.md')
const messy = path.join(root, 'fixtures/messy/input.md')
const expectedSeedJson = readFileSync(path.join(root, 'fixtures/seed/expected.json'), 'utf8')
let work: string

beforeEach(() => {
  work = mkdtempSync(path.join(tmpdir(), 'seminar-report-cli-'))
})

describe('seminar-report CLI', () => {
  it('writes the JSON report beside its input', async () => {
    cpSync(seed, path.join(work, 'minutes.md'))
    const run = await runInProcess(['minutes.md', '--json'], {cwd: work})
    expect(run.code).toBe(0)
    expect(run.stdout).toBe('')
    expect(readdirSync(work).sort()).toEqual(['minutes.json', 'minutes.md'])
    const json = JSON.parse(readFileSync(path.join(work, 'minutes.json'), 'utf8'))
    expect(json.ateliers).toHaveLength(2)
    expect(json.source.name).toBe('minutes.md')
  })

  it('writes into --out-dir, byte-identical to the golden file', async () => {
    const run = await runInProcess([seed, '--json', '-o', path.join(work, 'out')])
    expect(run.code).toBe(0)
    expect(readFileSync(path.join(work, 'out/input.json'), 'utf8')).toBe(expectedSeedJson)
  })

  it('prints one format to standard output with --stdout', async () => {
    const run = await runInProcess([seed, '--json', '--stdout'])
    expect(run.code).toBe(0)
    expect(run.stdout).toBe(expectedSeedJson)
  })

  it('reads standard input with -', async () => {
    const run = await runInProcess(['-', '--json', '--stdout'], {stdin: readFileSync(seed)})
    expect(run.code).toBe(0)
    expect(JSON.parse(run.stdout).source.name).toBe('stdin.md')
  })

  it('reports diagnostics on stderr in vfile-reporter form, with line and column', async () => {
    const run = await runInProcess([messy, '--json', '-o', work])
    expect(run.code).toBe(0)
    expect(run.stderr).toMatch(/^\s*3:1(-3:\d+)?\s+warning\s+Could not read a date in `le 32 octobre 2019 à Chambéry`.*date-not-understood\s+seminar-report$/m)
    expect(run.stderr).toMatch(/⚠ \d+ warnings?/)
  })

  it('--quiet hides information but keeps warnings', async () => {
    const seedRun = await runInProcess([seed, '--check', '--quiet'])
    expect(seedRun.stderr).toBe('')
    const messyRun = await runInProcess([messy, '--check', '--quiet'])
    expect(messyRun.stderr).toMatch(/date-not-understood/)
    expect(messyRun.stderr).not.toMatch(/raw-html/)
  })

  it('--check writes nothing; --strict fails on warnings only', async () => {
    cpSync(seed, path.join(work, 'seed.md'))
    cpSync(messy, path.join(work, 'messy.md'))
    expect((await runInProcess(['seed.md', 'messy.md', '--check'], {cwd: work})).code).toBe(0)
    expect(readdirSync(work).sort()).toEqual(['messy.md', 'seed.md'])
    expect((await runInProcess(['seed.md', '--check', '--strict'], {cwd: work})).code).toBe(0)
    expect((await runInProcess(['messy.md', '--check', '--strict'], {cwd: work})).code).toBe(1)
  })

  it('--redact leaves participant names out', async () => {
    const run = await runInProcess([seed, '--json', '--stdout', '--redact'])
    expect(run.stdout).not.toContain('GIRARD')
    expect(run.stdout).toContain('Le Fait Tout / association TZCLD')
  })

  it('--lang overrides the detected language', async () => {
    const run = await runInProcess([seed, '--json', '--stdout', '--lang', 'en'])
    expect(JSON.parse(run.stdout).lang).toBe('en')
  })

  it.each([
    [['--help'], 0, /Usage: seminar-report \[options\] <inputs\.\.\.>[\s\S]*Examples:[\s\S]*Exit codes/, 'stdout'],
    [['--version'], 0, /^0\.0\.0-test\n$/, 'stdout'],
    [[], 2, /^seminar-report: missing required argument 'inputs'\n$/, 'stderr'],
    [['--frobnicate', 'x.md'], 2, /^seminar-report: unknown option '--frobnicate'\n$/, 'stderr'],
    [['x.md', '--json', '--html', '--stdout'], 2, /^seminar-report: --stdout needs exactly one of --json, --html, --docx\n$/, 'stderr'],
    [['-', '--json'], 2, /^seminar-report: standard input \(-\) needs --stdout or --out-dir\n$/, 'stderr'],
    [['x.md', '--lang', 'French!'], 2, /^seminar-report: --lang expects a language tag/, 'stderr'],
    [['missing.md', '--json'], 1, /^seminar-report: missing\.md: no such file\n$/, 'stderr'],
    [['test/cli', '--json'], 1, /^seminar-report: test\/cli: folder holds no \.md or \.markdown file\n$/, 'stderr'],
    [['x.md', '--shard', '3/2'], 2, /^seminar-report: --shard expects i\/n with 1 ≤ i ≤ n, such as 2\/4, not "3\/2"\n$/, 'stderr'],
    [['x.md', '--jobs', '0'], 2, /^seminar-report: option '-j, --jobs <n>' argument '0' is invalid\. expected a whole number above 0\n$/, 'stderr'],
    [['x.md', '--index'], 2, /^seminar-report: --index needs --out-dir/, 'stderr'],
    [['fixtures/seed/input.md', '-o', 'package.json'], 2, /^seminar-report: -o package\.json: is a file, not a folder\n$/, 'stderr'],
    [['x.md', '--reporter', 'xml'], 2, /^seminar-report: option '--reporter <name>' argument 'xml' is invalid/, 'stderr'],
  ] as const)('%j exits %i', async (argv, code, pattern, stream) => {
    const run = await runInProcess([...argv])
    expect(run.code).toBe(code)
    expect(run[stream]).toMatch(pattern)
  })

  it('refuses binary input in one line, writes nothing, and goes on with the other files', async () => {
    writeFileSync(path.join(work, 'photo.md'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]))
    cpSync(seed, path.join(work, 'seed.md'))
    const run = await runInProcess(['photo.md', 'seed.md', '--json'], {cwd: work})
    expect(run.code).toBe(1)
    expect(run.stderr).toContain('seminar-report: photo.md: this is a PNG image, not Markdown minutes\n')
    expect(run.stderr).not.toMatch(/\n\s+at /)
    expect(existsSync(path.join(work, 'photo.json'))).toBe(false)
    expect(existsSync(path.join(work, 'seed.json'))).toBe(true)
  })

  it('says so in one line, before any work, when the output folder cannot be made', async () => {
    if (process.getuid?.() === 0) {
      // root ignores permissions; a file where the folder should be fails for everyone.
      writeFileSync(path.join(work, 'blocked'), '')
    } else {
      const blocked = path.join(work, 'blocked')
      cpSync(seed, path.join(work, 'x.md'))
      writeFileSync(blocked, '')
      chmodSync(work, 0o500)
    }
    const out = path.join(work, 'blocked', 'out')
    const run = await runInProcess([seed, '--json', '-o', out])
    expect(run).toEqual({code: 2, stdout: '', stderr: `seminar-report: -o ${out}: cannot create the folder (a part of the path is a file, not a folder)\n`})
  })
})

describe('option files', () => {
  it('refuses a template without {{body}} in one line', async () => {
    const work = mkdtempSync(path.join(tmpdir(), 'seminar-report-template-'))
    writeFileSync(path.join(work, 'shell.html'), '<!doctype html><title>x</title>')
    const run = await runInProcess([seed, '--html', '-o', work, '--template', path.join(work, 'shell.html')])
    expect(run.code).toBe(1)
    expect(run.stderr).toMatch(/^seminar-report: fixtures\/seed\/input\.md: the HTML template has no \{\{body\}\} slot: the report would be empty$/m)
  })

  it('refuses a reference document that is not a .docx in one line', async () => {
    const run = await runInProcess([seed, '--docx', '--stdout', '--reference-docx', seed])
    expect(run.code).toBe(1)
    expect(run.stderr).toMatch(/^seminar-report: fixtures\/seed\/input\.md: the reference document is not a \.docx \(zip\) file/m)
  })

  it('says which option file is missing', async () => {
    const run = await runInProcess([seed, '--html', '--stdout', '--template', 'nope.html'])
    expect(run).toMatchObject({code: 1, stderr: 'seminar-report: --template nope.html: no such file\n'})
  })
})
