import {cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, symlinkSync, writeFileSync} from 'node:fs'
import {execFileSync} from 'node:child_process'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {root} from '../helpers/fixtures.js'
import {listFiles} from '../helpers/files.js'
import {runBin} from '../helpers/run-cli.js'

const seed = path.join(root, 'fixtures/seed/input.md')

/** A notes repository whose pull request added links to a secret file and a secret folder outside it. */
function repository(): string {
  const work = mkdtempSync(path.join(tmpdir(), 'seminar-report-links-'))
  mkdirSync(path.join(work, 'notes'))
  mkdirSync(path.join(work, 'home/.ssh'), {recursive: true})
  cpSync(seed, path.join(work, 'notes/seminaire.md'))
  writeFileSync(path.join(work, 'home/.ssh/id_rsa'), '-----BEGIN OPENSSH PRIVATE KEY----- SECRETKEYMATERIAL\n')
  writeFileSync(path.join(work, 'home/.ssh/config.md'), '# SECRETHOSTS\n')
  symlinkSync(path.join(work, 'home/.ssh/id_rsa'), path.join(work, 'notes/x.md'))
  symlinkSync(path.join(work, 'home/.ssh'), path.join(work, 'notes/ssh'))
  return work
}

describe('symbolic links out of the folder, through the built bin', () => {
  it('are not followed, each with one line, and nothing of them reaches a report', () => {
    const work = repository()
    const run = runBin(['notes', '-o', 'site', '--json', '--html'], {cwd: work})
    expect(run.code).toBe(0)
    const lines = run.stderr.split('\n').filter((line) => line.includes('not followed'))
    expect(lines).toEqual([
      `seminar-report: notes/ssh: not followed: a symbolic link to ${path.join(work, 'home/.ssh')}, outside notes (--follow-symlinks follows it)`,
      `seminar-report: notes/x.md: not followed: a symbolic link to ${path.join(work, 'home/.ssh/id_rsa')}, outside notes (--follow-symlinks follows it)`,
    ])
    expect(listFiles(path.join(work, 'site'))).toEqual(['.seminar-report-manifest.json', 'seminaire.html', 'seminaire.json'])
    for (const file of listFiles(path.join(work, 'site'))) expect(readFileSync(path.join(work, 'site', file), 'utf8')).not.toMatch(/SECRET/)
  })

  it('fail the run with --strict, so that CI notices them', () => {
    const work = repository()
    const run = runBin(['notes', '--check', '--strict', '--quiet'], {cwd: work})
    expect(run.code).toBe(1)
    expect(run.stderr).toMatch(/^seminar-report: notes\/x\.md: not followed/m)
  })

  it('skips them in a glob too', () => {
    const work = repository()
    const run = runBin(['notes/**/*.md', '--check'], {cwd: work})
    expect(run.code).toBe(0)
    expect(run.stderr).toMatch(/^seminar-report: notes\/x\.md: not followed/m)
    expect(run.stderr).toMatch(/^seminar-report: notes\/ssh: not followed/m)
    expect(run.stderr).not.toMatch(/SECRET/)
  })

  it('are followed with --follow-symlinks, and a file named explicitly is read as given', () => {
    const work = repository()
    const followed = runBin(['notes', '-o', 'site', '--json', '--follow-symlinks', '--quiet'], {cwd: work})
    expect(followed.code).toBe(0)
    expect(listFiles(path.join(work, 'site'))).toEqual(['.seminar-report-manifest.json', 'seminaire.json', 'ssh/config.json', 'x.json'])
    const named = runBin(['notes/x.md', '--json', '--stdout', '--quiet'], {cwd: work})
    expect(named.code).toBe(0)
    expect(named.stdout).toContain('SECRETKEYMATERIAL')
  })
})

describe('a bad -o, through the built bin', () => {
  it('that is a file: one usage error before any work', () => {
    const work = mkdtempSync(path.join(tmpdir(), 'seminar-report-out-file-'))
    cpSync(seed, path.join(work, 'a.md'))
    cpSync(seed, path.join(work, 'b.md'))
    writeFileSync(path.join(work, 'notes.md'), '# not a folder\n')
    expect(runBin(['a.md', 'b.md', '-o', 'notes.md'], {cwd: work})).toEqual({code: 2, stdout: '', stderr: 'seminar-report: -o notes.md: is a file, not a folder\n'})
    expect(readdirSync(work).sort()).toEqual(['a.md', 'b.md', 'notes.md'])
    expect(readFileSync(path.join(work, 'notes.md'), 'utf8')).toBe('# not a folder\n')
  })

  it('that cannot be created: one usage error before any work', () => {
    const work = mkdtempSync(path.join(tmpdir(), 'seminar-report-out-uncreatable-'))
    cpSync(seed, path.join(work, 'a.md'))
    writeFileSync(path.join(work, 'notes.md'), '# not a folder\n')
    expect(runBin(['a.md', '-o', 'notes.md/site'], {cwd: work})).toEqual({
      code: 2,
      stdout: '',
      stderr: 'seminar-report: -o notes.md/site: cannot create the folder (a part of the path is a file, not a folder)\n',
    })
    expect(existsSync(path.join(work, 'a.json'))).toBe(false)
  })

  it('that does not exist yet is made', () => {
    const work = mkdtempSync(path.join(tmpdir(), 'seminar-report-out-new-'))
    cpSync(seed, path.join(work, 'a.md'))
    const run = runBin(['a.md', '-o', 'site/2019', '--json', '--quiet'], {cwd: work})
    expect(run).toMatchObject({code: 0, stderr: ''})
    expect(listFiles(path.join(work, 'site'))).toEqual(['2019/.seminar-report-manifest.json', '2019/a.json'])
  })
})

describe('pipes and devices, through the built bin', () => {
  it('are refused in one line each when named, and left out of a folder, so that nothing blocks', () => {
    const work = mkdtempSync(path.join(tmpdir(), 'seminar-report-fifo-'))
    mkdirSync(path.join(work, 'notes'))
    cpSync(seed, path.join(work, 'notes/seminaire.md'))
    execFileSync('mkfifo', [path.join(work, 'notes/pipe.md')])
    mkdirSync(path.join(work, 'notes/folder.md'))
    const named = runBin(['notes/pipe.md', '/dev/zero', 'notes/seminaire.md', '--check', '--quiet'], {cwd: work})
    expect(named.code).toBe(1)
    expect(named.stderr.split('\n').filter(Boolean)).toEqual([
      'seminar-report: /dev/zero: is not a regular file (a pipe, socket or device); pipe minutes through standard input with `-`',
      'seminar-report: notes/pipe.md: is not a regular file (a pipe, socket or device); pipe minutes through standard input with `-`',
    ])
    const folder = runBin(['notes', '-o', 'site', '--json', '--quiet'], {cwd: work})
    expect(folder.code).toBe(0)
    expect(listFiles(path.join(work, 'site'))).toEqual(['.seminar-report-manifest.json', 'seminaire.json'])
    const template = runBin(['notes/seminaire.md', '--html', '--stdout', '--template', 'notes/pipe.md'], {cwd: work})
    expect(template.code).toBe(1)
    expect(template.stderr.trim()).toBe('seminar-report: --template notes/pipe.md: is not a regular file')
  })
})
