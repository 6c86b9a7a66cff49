import {spawn} from 'node:child_process'
import {mkdtempSync, readFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {root} from '../helpers/fixtures.js'
import {runBin} from '../helpers/run-cli.js'

// The built executable, as users and CI run it (`npm test` builds first).
describe('bin/seminar-report.js as a child process', () => {
  const version = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')).version as string

  it('prints its version', () => {
    expect(runBin(['--version'])).toEqual({code: 0, stdout: `${version}\n`, stderr: ''})
  })

  it('converts the seed to JSON on standard output', () => {
    const run = runBin(['fixtures/seed/input.md', '--json', '--stdout', '--quiet'])
    expect(run.code).toBe(0)
    expect(run.stderr).toBe('')
    expect(run.stdout).toBe(readFileSync(path.join(root, 'fixtures/seed/expected.json'), 'utf8'))
  })

  it('reads standard input', () => {
    const run = runBin(['-', '--json', '--stdout'], {input: '# Réunion\n\nAtelier 1 :\n\nanimé par Ana Ruiz\n'})
    expect(run.code).toBe(0)
    expect(JSON.parse(run.stdout).ateliers[0].facilitators[0].name).toBe('Ana Ruiz')
  })

  it('stops quietly when its reader stops reading (`--stdout | head`)', async () => {
    // A report larger than a pipe's buffer, so that writing it meets the closed pipe.
    const input = Array.from({length: 4000}, (_, index) => `## ${index + 1}. Point ${index + 1}\n\nUn paragraphe assez long pour remplir le tampon du tube.\n`).join('\n')
    const child = spawn(process.execPath, ['bin/seminar-report.js', '-', '--html', '--stdout', '--quiet'], {cwd: root})
    let stderr = ''
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    child.stdout.once('data', () => child.stdout.destroy())
    child.stdin.end(input)
    const code = await new Promise((resolve) => child.on('close', resolve))
    expect({code, stderr}).toEqual({code: 0, stderr: ''})
  })

  it.each([
    [['missing.md', '--json'], 1, 'seminar-report: missing.md: no such file\n'],
    [['--nope'], 2, "seminar-report: unknown option '--nope'\n"],
  ])('fails %j in one line with exit %i', (argv, code, stderr) => {
    const work = mkdtempSync(path.join(tmpdir(), 'seminar-report-bin-'))
    expect(runBin(argv, {cwd: work})).toEqual({code, stdout: '', stderr})
  })
})
