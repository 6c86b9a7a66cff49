#!/usr/bin/env node
/**
 * Renders fixtures/seed/input.md to HTML and saves a screenshot of the page
 * as docs/html-report.png (the README's picture of the HTML report); with
 * --input and --element, of one part of another report (the README's
 * picture of the decisions and actions).
 *
 *   npm run build && node scripts/html-screenshot.mjs [out.png] [--full]
 *   node scripts/html-screenshot.mjs docs/html-registers.png --input fixtures/board-votes-decisions/input.md --element '#registers'
 *
 * Needs Chromium at /usr/bin/chromium (or CHROMIUM=path).
 */
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {pathToFileURL} from 'node:url'
import {chromium} from 'playwright-core'

const root = new URL('..', import.meta.url)
const args = process.argv.slice(2)
const full = args.includes('--full')
const valueOf = (name) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined)
const inputFile = valueOf('--input') ?? new URL('fixtures/seed/input.md', root).pathname
const element = valueOf('--element')
const out = args.find((arg, index) => !arg.startsWith('--') && !['--input', '--element'].includes(args[index - 1])) ?? new URL('docs/html-report.png', root).pathname

const {parseMinutes} = await import(new URL('dist/index.js', root).href)
const {renderHtml} = await import(new URL('dist/render/html/index.js', root).href)
const input = readFileSync(inputFile)
const {seminar} = parseMinutes(input)

const folder = mkdtempSync(join(tmpdir(), 'seminar-report-'))
const page = join(folder, 'seed.html')
writeFileSync(page, renderHtml(seminar))

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
})
try {
  const context = await browser.newContext({viewport: {width: 1000, height: 1400}, deviceScaleFactor: 1, colorScheme: 'light'})
  const tab = await context.newPage()
  await tab.goto(pathToFileURL(page).href)
  if (element) await tab.locator(element).screenshot({path: out})
  else await tab.screenshot({path: out, fullPage: full})
  console.log(`wrote ${out}`)
} finally {
  await browser.close()
  rmSync(folder, {recursive: true, force: true})
}
