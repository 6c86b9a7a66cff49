import {mkdirSync, mkdtempSync, symlinkSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {beforeAll, describe, expect, it} from 'vitest'
import {expandInputs} from '../../src/batch/inputs.js'

/**
 * A notes folder with links: to a file outside (an exfiltration attempt,
 * like `notes/x.md -> /proc/self/environ`), to a folder outside, to a file
 * and a folder inside, a dangling one and a loop.
 */
let work: string
beforeAll(() => {
  work = mkdtempSync(path.join(tmpdir(), 'seminar-report-inputs-'))
  mkdirSync(path.join(work, 'notes/2019'), {recursive: true})
  mkdirSync(path.join(work, 'secrets/keys'), {recursive: true})
  writeFileSync(path.join(work, 'notes/2019/a.md'), '# A\n')
  writeFileSync(path.join(work, 'secrets/id_rsa.md'), 'PRIVATE KEY\n')
  writeFileSync(path.join(work, 'secrets/keys/key.md'), 'KEY\n')
  symlinkSync(path.join(work, 'secrets/id_rsa.md'), path.join(work, 'notes/x.md'))
  symlinkSync('../secrets/keys', path.join(work, 'notes/keys'))
  symlinkSync('2019/a.md', path.join(work, 'notes/latest.md'))
  symlinkSync('2019', path.join(work, 'notes/current'))
  symlinkSync('nowhere.md', path.join(work, 'notes/dangling.md'))
  symlinkSync('..', path.join(work, 'notes/2019/loop'))
})

const displays = (expanded: Awaited<ReturnType<typeof expandInputs>>) => expanded.files.map((file) => file.display)

describe('expandInputs and symbolic links', () => {
  it('follows links that stay inside the folder named, skips the others with a reason', async () => {
    const expanded = await expandInputs(['notes'], work)
    // notes/current/a.md is notes/2019/a.md reached again through an inside link: the real folder is visited once.
    expect(displays(expanded)).toEqual(['notes/2019/a.md', 'notes/latest.md'])
    expect(expanded.skipped).toEqual([
      {input: 'notes/keys', reason: `not followed: a symbolic link to ${path.join(work, 'secrets/keys')}, outside notes (--follow-symlinks follows it)`},
      {input: 'notes/x.md', reason: `not followed: a symbolic link to ${path.join(work, 'secrets/id_rsa.md')}, outside notes (--follow-symlinks follows it)`},
    ].sort((a, b) => (a.input < b.input ? -1 : 1)))
    expect(expanded.problems).toEqual([])
  })

  it('does the same for a glob, measured from its fixed part', async () => {
    const expanded = await expandInputs(['notes/**/*.md'], work)
    expect(displays(expanded)).toEqual(['notes/2019/a.md', 'notes/latest.md'])
    expect(expanded.skipped.map((problem) => problem.input).sort()).toEqual(['notes/keys', 'notes/x.md'])
    // A glob without ** stays at its depth.
    expect(displays(await expandInputs(['notes/*.md'], work))).toEqual(['notes/latest.md'])
  })

  it('judges links against the folder named, not the working folder', async () => {
    // Named from above, the same links lead inside `.`: they are followed.
    const expanded = await expandInputs(['.'], work)
    expect(expanded.skipped).toEqual([])
    expect(displays(expanded)).toContain('notes/x.md')
  })

  it('follows every link with followSymlinks, as before', async () => {
    const expanded = await expandInputs(['notes'], work, {followSymlinks: true})
    expect(displays(expanded)).toEqual(['notes/2019/a.md', 'notes/keys/key.md', 'notes/latest.md', 'notes/x.md'])
    expect(expanded.skipped).toEqual([])
  })

  it('reads a file named on the command line as given, link or not', async () => {
    const expanded = await expandInputs(['notes/x.md'], work)
    expect(displays(expanded)).toEqual(['notes/x.md'])
    expect(expanded.skipped).toEqual([])
  })
})
