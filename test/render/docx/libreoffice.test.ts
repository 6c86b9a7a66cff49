import {spawnSync} from 'node:child_process'
import {existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {pathToFileURL} from 'node:url'
import {afterAll, expect, test} from 'vitest'
import {parseMinutes} from '../../../src/index.js'
import {renderDocx} from '../../../src/render/docx/index.js'

/**
 * A real reader opens the report. LibreOffice exits 0 even when it could not
 * load a file, so the test reads what it wrote. In CI (CI set) a missing
 * soffice is a failure, not a skip.
 */
const soffice = ['soffice', 'libreoffice'].find((command) => spawnSync('which', [command]).status === 0)
const mustRun = Boolean(process.env.CI)
const work = mkdtempSync(join(tmpdir(), 'seminar-report-lo-'))
afterAll(() => rmSync(work, {recursive: true, force: true}))

test.skipIf(!soffice && !mustRun)('LibreOffice reads the seed report as text', async () => {
  expect(soffice, 'soffice is required in CI (apt-get install libreoffice-writer-nogui)').toBeDefined()
  const {seminar} = parseMinutes(readFileSync('fixtures/seed/input.md'), {name: 'input.md'})
  const docx = join(work, 'seed.docx')
  writeFileSync(docx, await renderDocx(seminar))
  const result = spawnSync(soffice!, [
    `-env:UserInstallation=${pathToFileURL(join(work, 'profile')).href}`,
    '--headless', '--convert-to', 'txt:Text', '--outdir', work, docx,
  ], {encoding: 'utf8', timeout: 110_000})
  const out = join(work, 'seed.txt')
  expect(existsSync(out), `soffice wrote no text: ${result.stderr}`).toBe(true)
  const text = readFileSync(out, 'utf8')
  expect(text).toContain("Séminaire : Politiques de l'innovation")
  expect(text).toContain('Animé par Emilie Lanciano et Delphine Lorin-Etuy')
  expect(text).toContain('HIRLEMANN')
  expect(text).toContain('Intégrer l\'impact social et environnemental')
  // The table of contents shows its entries without anyone updating it.
  const contents = text.slice(text.indexOf('Sommaire'))
  expect(contents).toMatch(/Atelier 1\s/)
  expect(contents).toContain('2. Contraintes')
}, 120_000)
