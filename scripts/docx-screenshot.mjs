#!/usr/bin/env node
// Renders the first page of the seed's DOCX report to docs/docx-first-page.png,
// as LibreOffice lays it out, for the README.
//
//   npm run build && node scripts/docx-screenshot.mjs [report.docx]
//
// Needs soffice (libreoffice-writer-nogui) and pdftoppm (poppler-utils).
import {spawnSync} from 'node:child_process'
import {copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join, resolve} from 'node:path'
import {pathToFileURL} from 'node:url'

const root = resolve(import.meta.dirname, '..')
const work = mkdtempSync(join(tmpdir(), 'docx-screenshot-'))
try {
  let docx = process.argv[2] && resolve(process.argv[2])
  if (!docx) {
    const {parseMinutes, renderDocx} = await import(pathToFileURL(join(root, 'dist/index.js')).href)
    const {seminar} = parseMinutes(readFileSync(join(root, 'fixtures/seed/input.md')), {name: 'input.md'})
    docx = join(work, 'seed.docx')
    writeFileSync(docx, await renderDocx(seminar))
  }
  const run = (command, args) => {
    const result = spawnSync(command, args, {encoding: 'utf8'})
    if (result.error || result.status !== 0) throw new Error(`${command} failed: ${result.error?.message ?? result.stderr}`)
  }
  run('soffice', [`-env:UserInstallation=${pathToFileURL(join(work, 'profile')).href}`, '--headless', '--convert-to', 'pdf', '--outdir', work, docx])
  const pdf = join(work, docx.replace(/^.*[\\/]/, '').replace(/\.docx$/i, '.pdf'))
  // soffice exits 0 even when it could not read the file.
  if (!existsSync(pdf)) throw new Error(`soffice wrote no PDF for ${docx}`)
  run('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', '-singlefile', pdf, join(work, 'page')])
  copyFileSync(join(work, 'page.png'), join(root, 'docs/docx-first-page.png'))
  console.log('wrote docs/docx-first-page.png')
} finally {
  rmSync(work, {recursive: true, force: true})
}
