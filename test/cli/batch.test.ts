import {cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {beforeAll, describe, expect, it} from 'vitest'
// @ts-expect-error: the benchmark's generator is plain JavaScript without types
import {largeFile} from '../../bench/generate.mjs'
import {root} from '../helpers/fixtures.js'
import {runBin} from '../helpers/run-cli.js'

/** Every file below a folder, relative, sorted. */
function listFiles(folder: string): string[] {
  const found: string[] = []
  const visit = (current: string) => {
    for (const entry of readdirSync(current, {withFileTypes: true})) {
      const full = path.join(current, entry.name)
      if (entry.isDirectory()) visit(full)
      else found.push(path.relative(folder, full).split(path.sep).join('/'))
    }
  }
  visit(folder)
  return found.sort()
}

const fixture = (name: string) => path.join(root, 'fixtures', name, 'input.md')
let archive: string

/**
 * An archive as archivists have them: nested folders, a legacy encoding, a
 * binary file posing as minutes, things to skip (node_modules, dot folders,
 * other extensions) and a symlink loop.
 */
beforeAll(() => {
  archive = mkdtempSync(path.join(tmpdir(), 'seminar-report-archive-'))
  mkdirSync(path.join(archive, '2019/automne'), {recursive: true})
  mkdirSync(path.join(archive, '2022'), {recursive: true})
  mkdirSync(path.join(archive, 'node_modules/pkg'), {recursive: true})
  mkdirSync(path.join(archive, '.git'), {recursive: true})
  cpSync(fixture('seed'), path.join(archive, '2019/automne/seminaire alpin.md'))
  cpSync(fixture('windows-1252-crlf'), path.join(archive, '2019/forets.md'))
  cpSync(fixture('english'), path.join(archive, '2022/mobility.markdown'))
  cpSync(fixture('messy'), path.join(archive, '2022/brouillon.md'))
  writeFileSync(path.join(archive, '2022/scan.md'), Buffer.from([...Buffer.from('%PDF-1.7\n'), 0xe2, 0xe3, 0xcf, 0xd3, 0x0a]))
  writeFileSync(path.join(archive, 'node_modules/pkg/README.md'), '# not minutes\n')
  writeFileSync(path.join(archive, '.git/HEAD.md'), '# not minutes\n')
  writeFileSync(path.join(archive, '2022/notes.txt'), 'not markdown\n')
  symlinkSync(archive, path.join(archive, '2022/loop'))
})

describe('batch conversion through the built CLI', () => {
  it('converts a folder recursively, mirrors paths under --out-dir, and goes on past a bad file', () => {
    const out = mkdtempSync(path.join(tmpdir(), 'seminar-report-out-'))
    const run = runBin([archive, '--json', '-o', out, '--quiet'])
    expect(run.code).toBe(1)
    expect(run.stderr).toContain('seminar-report: ')
    expect(run.stderr).toMatch(/2022\/scan\.md: this is a PDF document, not Markdown minutes$/m)
    expect(run.stderr.split('\n').filter((line) => line.includes('scan.md'))).toHaveLength(1)
    expect(listFiles(out)).toEqual([
      '.seminar-report-manifest.json',
      '2019/automne/seminaire alpin.json',
      '2019/forets.json',
      '2022/brouillon.json',
      '2022/mobility.json',
    ])
    const forets = JSON.parse(readFileSync(path.join(out, '2019/forets.json'), 'utf8'))
    expect(forets.source.encoding).toBe('windows-1252')
  })

  it('prints a summary line, and nothing but diagnostics when not a terminal', () => {
    const out = mkdtempSync(path.join(tmpdir(), 'seminar-report-out-'))
    const run = runBin([archive, '--json', '-o', out])
    expect(run.stderr).toMatch(/\n4 converted, 1 with warnings, 1 failed\n$/)
    expect(run.stderr).not.toContain('\r')
  })

  it('converts the first of inputs whose reports would land on the same path, and fails the others in one line each', () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'seminar-report-collide-'))
    cpSync(fixture('seed'), path.join(folder, 'stdin.md'))
    cpSync(fixture('english'), path.join(folder, 'x.markdown'))
    cpSync(fixture('messy'), path.join(folder, 'x.md'))
    const run = runBin(['-', 'stdin.md', 'x.markdown', 'x.md', '-o', 'out', '--json', '--quiet'], {cwd: folder, input: readFileSync(fixture('english'))})
    expect(run.stderr.split('\n').filter((line) => line.startsWith('seminar-report:'))).toEqual([
      'seminar-report: stdin.md: not converted: its reports would overwrite those of - (stdin.json); convert it separately',
      'seminar-report: x.md: not converted: its reports would overwrite those of x.markdown (x.json); convert it separately',
    ])
    expect(run.code).toBe(1)
    expect(readdirSync(path.join(folder, 'out')).sort()).toEqual(['.seminar-report-manifest.json', 'stdin.json', 'x.json'])
    // The first of each pair wrote them: standard input (the English fixture) and x.markdown.
    expect(JSON.parse(readFileSync(path.join(folder, 'out', 'stdin.json'), 'utf8')).lang).toBe('en')
    expect(JSON.parse(readFileSync(path.join(folder, 'out', 'x.json'), 'utf8')).lang).toBe('en')
  })

  it('takes glob patterns, relative to their fixed part', () => {
    const out = mkdtempSync(path.join(tmpdir(), 'seminar-report-out-'))
    const run = runBin(['2019/**/*.md', '--json', '-o', out, '--quiet'], {cwd: archive})
    expect(run.code).toBe(0)
    expect(listFiles(out)).toEqual(['.seminar-report-manifest.json', 'automne/seminaire alpin.json', 'forets.json'])
  })

  it('writes beside each input without --out-dir', () => {
    const copy = mkdtempSync(path.join(tmpdir(), 'seminar-report-beside-'))
    cpSync(fixture('seed'), path.join(copy, 'a.md'))
    cpSync(fixture('pipe-table'), path.join(copy, 'b.md'))
    expect(runBin(['.', '--json', '--quiet'], {cwd: copy}).code).toBe(0)
    expect(listFiles(copy)).toEqual(['a.json', 'a.md', 'b.json', 'b.md'])
  })

  it('skips up-to-date files on a second run, rebuilds a changed one, and everything with --force', () => {
    const source = mkdtempSync(path.join(tmpdir(), 'seminar-report-inc-'))
    const out = mkdtempSync(path.join(tmpdir(), 'seminar-report-out-'))
    for (const name of ['seed', 'english', 'pipe-table']) cpSync(fixture(name), path.join(source, `${name}.md`))
    expect(runBin([source, '--json', '-o', out]).stderr).toMatch(/3 converted, 0 with warnings, 0 failed\n$/)
    const before = statSync(path.join(out, 'seed.json')).mtimeMs
    expect(runBin([source, '--json', '-o', out]).stderr).toMatch(/^0 converted, 0 with warnings, 0 failed, 3 up to date\n$/)
    expect(statSync(path.join(out, 'seed.json')).mtimeMs).toBe(before)
    writeFileSync(path.join(source, 'english.md'), readFileSync(path.join(source, 'english.md'), 'utf8') + '\nOne more line.\n')
    expect(runBin([source, '--json', '-o', out, '--quiet']).code).toBe(0)
    expect(runBin([source, '--json', '-o', out]).stderr).toMatch(/0 converted, 0 with warnings, 0 failed, 3 up to date\n$/)
    expect(readFileSync(path.join(out, 'english.json'), 'utf8')).toContain('One more line.')
    // Other options make other reports: not up to date.
    expect(runBin([source, '--json', '-o', out, '--redact']).stderr).toMatch(/(^|\n)3 converted/)
    expect(runBin([source, '--json', '-o', out, '--redact', '--force']).stderr).toMatch(/(^|\n)3 converted/)
    rmSync(path.join(out, 'seed.json'))
    expect(runBin([source, '--json', '-o', out, '--redact']).stderr).toMatch(/(^|\n)1 converted, 0 with warnings, 0 failed, 2 up to date/)
  })

  it('splits the sorted inputs into disjoint shards whose union is the whole batch', () => {
    const names = (shard: string) => {
      const run = runBin([archive, '--check', '--reporter', 'json', '--shard', shard])
      return (JSON.parse(run.stdout) as {file: string}[]).map((record) => record.file)
    }
    const whole = names('1/1')
    expect(whole).toHaveLength(5)
    const shards = [names('1/3'), names('2/3'), names('3/3')]
    expect(shards.flat().sort()).toEqual([...whole].sort())
    expect(new Set(shards.flat()).size).toBe(whole.length)
    expect(shards.map((shard) => shard.length)).toEqual([2, 2, 1])
  })

  it('gives byte-identical outputs in all three formats when run twice, on worker threads or not', () => {
    const source = mkdtempSync(path.join(tmpdir(), 'seminar-report-det-'))
    for (const name of ['seed', 'english']) cpSync(fixture(name), path.join(source, `${name}.md`))
    // 300 kB more: past the size at which a batch goes to worker threads.
    writeFileSync(path.join(source, 'large.md'), largeFile(20191024, 300_000))
    const first = mkdtempSync(path.join(tmpdir(), 'seminar-report-out-'))
    const second = mkdtempSync(path.join(tmpdir(), 'seminar-report-out-'))
    expect(runBin([source, '-o', first, '--quiet', '--index', '--jobs', '2']).code).toBe(0)
    expect(runBin([source, '-o', second, '--quiet', '--index', '--jobs', '1']).code).toBe(0)
    const files = listFiles(first)
    expect(files).toEqual(listFiles(second))
    expect(files.filter((file) => file.endsWith('.docx'))).toHaveLength(3)
    for (const file of files) expect(readFileSync(path.join(second, file)).equals(readFileSync(path.join(first, file))), file).toBe(true)
    // The seed alone is converted on the main thread: the same bytes.
    const alone = mkdtempSync(path.join(tmpdir(), 'seminar-report-out-'))
    expect(runBin([path.join(source, 'seed.md'), '-o', alone, '--quiet']).code).toBe(0)
    for (const file of ['seed.json', 'seed.html', 'seed.docx']) {
      expect(readFileSync(path.join(alone, file)).equals(readFileSync(path.join(first, file))), file).toBe(true)
    }
  }, 120_000)
})

describe('check mode and reporters', () => {
  it('--check writes nothing; --strict turns warnings into exit 1', () => {
    const copy = mkdtempSync(path.join(tmpdir(), 'seminar-report-check-'))
    cpSync(fixture('seed'), path.join(copy, 'seed.md'))
    cpSync(fixture('messy'), path.join(copy, 'messy.md'))
    expect(runBin(['.', '--check'], {cwd: copy}).code).toBe(0)
    expect(runBin(['seed.md', '--check', '--strict'], {cwd: copy}).code).toBe(0)
    expect(runBin(['.', '--check', '--strict'], {cwd: copy}).code).toBe(1)
    expect(listFiles(copy)).toEqual(['messy.md', 'seed.md'])
  })

  it('--reporter github prints workflow commands with file, line and column', () => {
    const run = runBin(['fixtures/messy/input.md', '--check', '--reporter', 'github'])
    expect(run.stdout).toContain(
      '::warning file=fixtures/messy/input.md,line=3,col=1,endLine=3,endColumn=30,title=date-not-understood::Could not read a date in `le 32 octobre 2019 à Chambéry`; expected e.g. "24 octobre 2019"\n',
    )
    expect(run.stdout).toContain('::notice file=fixtures/messy/input.md,line=29,col=1')
  })

  it('chooses the github reporter by itself under GitHub Actions', () => {
    const run = runBin(['fixtures/messy/input.md', '--check'], {env: {GITHUB_ACTIONS: 'true'}})
    expect(run.stdout).toMatch(/^::warning file=fixtures\/messy\/input\.md,line=3,col=1,/m)
    expect(runBin(['fixtures/messy/input.md', '--check', '--reporter', 'pretty'], {env: {GITHUB_ACTIONS: 'true'}}).stdout).toBe('')
  })

  it('--reporter json prints one record per file', () => {
    const run = runBin(['fixtures/seed/input.md', 'fixtures/messy/input.md', '--check', '--reporter', 'json'])
    const records = JSON.parse(run.stdout) as {file: string; messages: {ruleId: string; severity: string; line: number}[]}[]
    expect(records.map((record) => record.file)).toEqual(['fixtures/messy/input.md', 'fixtures/seed/input.md'])
    expect(records[1]!.messages).toEqual([
      {ruleId: 'list-continuation', severity: 'info', message: expect.any(String), line: 50, column: 1, endLine: 50, endColumn: 110},
      {ruleId: 'list-continuation', severity: 'info', message: expect.any(String), line: 71, column: 1, endLine: 71, endColumn: 154},
    ])
  })
})

describe('configuration', () => {
  it('reads seminar-report.config.json from a parent folder; flags win', () => {
    const project = mkdtempSync(path.join(tmpdir(), 'seminar-report-config-'))
    mkdirSync(path.join(project, 'notes'))
    cpSync(fixture('seed'), path.join(project, 'notes/seed.md'))
    writeFileSync(path.join(project, 'seminar-report.config.json'), JSON.stringify({json: true, outDir: 'site', redact: true}))
    expect(runBin(['seed.md', '--quiet'], {cwd: path.join(project, 'notes')}).code).toBe(0)
    const json = readFileSync(path.join(project, 'site/seed.json'), 'utf8')
    expect(json).not.toContain('GIRARD')
    expect(existsSync(path.join(project, 'site/seed.html'))).toBe(false)
    expect(runBin(['seed.md', '--quiet', '--stdout', '--no-config', '--json'], {cwd: path.join(project, 'notes')}).stdout).toContain('GIRARD')
  })

  it('checks values as the command line does: "jobs": 0 refused, "maxBytes": "16M" taken; a broken file is a usage error', () => {
    const project = mkdtempSync(path.join(tmpdir(), 'seminar-report-config-'))
    cpSync(fixture('seed'), path.join(project, 'seed.md'))
    const config = path.join(project, 'seminar-report.config.json')
    writeFileSync(config, JSON.stringify({jobs: 0}))
    expect(runBin(['seed.md', '--check'], {cwd: project})).toEqual({code: 2, stdout: '', stderr: `seminar-report: ${config}: "jobs": expected a whole number above 0\n`})
    writeFileSync(config, JSON.stringify({maxBytes: '1k'}))
    expect(runBin(['seed.md', '--check'], {cwd: project}).stderr).toMatch(/seed\.md: is [\d.]+ KiB, over the 1\.0 KiB limit/)
    writeFileSync(config, '{bad')
    const broken = runBin(['seed.md', '--check'], {cwd: project})
    expect(broken.code).toBe(2)
    expect(broken.stderr).toMatch(/^seminar-report: .*seminar-report\.config\.json: not valid JSON/)
  })

  it('refuses an unknown key in one line, with exit code 2', () => {
    const project = mkdtempSync(path.join(tmpdir(), 'seminar-report-config-'))
    writeFileSync(path.join(project, 'package.json'), JSON.stringify({name: 'notes', 'seminar-report': {formats: 'all'}}))
    const run = runBin(['x.md'], {cwd: project})
    expect(run).toEqual({code: 2, stdout: '', stderr: `seminar-report: ${path.join(project, 'package.json')}: unknown option "formats"\n`})
  })
})
