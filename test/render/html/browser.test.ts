/**
 * The report in a real browser: Debian's Chromium driven by playwright-core.
 * Runs in CI (CI set): there a missing Chromium fails the suite. Elsewhere it
 * skips when Chromium is not installed.
 */
import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {pathToFileURL} from 'node:url'
import type {Browser} from 'playwright-core'
import {afterAll, beforeAll, describe, expect, test} from 'vitest'
import {renderHtml} from '../../../src/render/html/index.js'
import {seedSeminar, xssSeminar} from './pages.js'
import {chromiumAvailable, executablePath, launchChromium} from '../../helpers/chromium.js'

const inCi = Boolean(process.env.CI)
const available = chromiumAvailable
const output = new URL('../../../test-output/', import.meta.url)
const timeout = 60_000

describe.skipIf(!available && !inCi)('HTML report in Chromium', () => {
  let browser: Browser
  let folder: string

  beforeAll(async () => {
    expect(available, `Chromium is required in CI (looked for ${executablePath})`).toBe(true)
    folder = mkdtempSync(join(tmpdir(), 'seminar-report-html-'))
    browser = await launchChromium()
  }, timeout)

  afterAll(async () => {
    await browser?.close()
    if (folder) rmSync(folder, {recursive: true, force: true})
  }, timeout)

  /** Opens a page from a file and records console errors, page errors and every request. */
  async function open(name: string, html: string) {
    const file = join(folder, `${name}.html`)
    writeFileSync(file, html)
    const url = pathToFileURL(file).href
    const context = await browser.newContext({viewport: {width: 1000, height: 1200}, javaScriptEnabled: true})
    const page = await context.newPage()
    const errors: string[] = []
    const requests: string[] = []
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text())
    })
    page.on('pageerror', (error) => errors.push(error.message))
    page.on('request', (request) => requests.push(request.url()))
    page.on('dialog', (dialog) => {
      errors.push(`dialog: ${dialog.message()}`)
      void dialog.dismiss()
    })
    await page.goto(url)
    return {page, url, errors, requests}
  }

  test('the seed report: headings, participants tables, contents links', async () => {
    const seminar = await seedSeminar()
    const {page, url, errors, requests} = await open('seed', renderHtml(seminar))

    expect(await page.locator('h1').allTextContents()).toEqual([seminar.title])
    const h2 = await page.locator('h2').allTextContents()
    expect(h2).toEqual(expect.arrayContaining(['Atelier 1', 'Atelier 2', 'Sommaire', 'Synthèse']))
    expect(await page.locator('html').getAttribute('lang')).toBe('fr')

    const tables = page.locator('table.participants')
    expect(await tables.count()).toBe(2)
    expect(await tables.nth(0).locator('tbody tr').count()).toBe(16)
    expect(await tables.nth(1).locator('tbody tr').count()).toBe(10)
    expect(await tables.nth(0).locator('caption').textContent()).toContain('Participants')
    expect(await tables.nth(0).locator('thead th[scope="col"]').count()).toBeGreaterThan(1)

    // Every contents link points at an element of the page.
    const targets = await page.locator('nav.toc a').evaluateAll((links) =>
      links.map((link) => {
        const id = decodeURIComponent((link as HTMLAnchorElement).hash.slice(1))
        return {id, found: document.getElementById(id) !== null}
      }),
    )
    expect(targets.length).toBeGreaterThan(5)
    expect(targets.filter((target) => !target.found)).toEqual([])

    // Clicking one moves to it.
    const link = page.locator('nav.toc a[href="#atelier-2"]')
    await link.click()
    expect(await page.evaluate(() => location.hash)).toBe('#atelier-2')
    expect(await page.locator('#atelier-2').isVisible()).toBe(true)
    const top = await page.locator('#atelier-2').evaluate((element) => element.getBoundingClientRect().top)
    expect(Math.abs(top)).toBeLessThan(5)

    expect(errors).toEqual([])
    // Self-contained: the page requests nothing but itself.
    expect(requests).toEqual([url])

    await page.evaluate(() => window.scrollTo(0, 0))
    mkdirSync(output, {recursive: true})
    await page.screenshot({path: new URL('html-seed.png', output).pathname, fullPage: true})

    // Print layout: one atelier per page start (checked through computed styles).
    await page.emulateMedia({media: 'print'})
    const breaks = await page.locator('section.atelier').evaluateAll((sections) =>
      sections.map((section) => getComputedStyle(section).breakBefore),
    )
    expect(breaks).toEqual(['page', 'page'])
    await page.context().close()
  }, timeout)

  test('the XSS fixture runs no script, even when hovered and clicked', async () => {
    const {page, errors, requests, url} = await open('xss', renderHtml(await xssSeminar()))
    const flag = () => page.evaluate(() => (window as unknown as {__xss?: unknown}).__xss)
    expect(await flag()).toBeUndefined()
    expect(await page.locator('script, iframe, object, embed, svg, math, form, style:not(head style)').count()).toBe(0)

    // Loading it requested nothing but the page itself (no image, no frame).
    expect(requests).toEqual([url])

    // Hover every element and click every link a payload could hang on;
    // navigation away from the page is aborted so the page stays put.
    await page.route('**/*', (route) => (route.request().url().startsWith(url) ? route.continue() : route.abort()))
    const elements = page.locator('main *')
    const count = await elements.count()
    for (let index = 0; index < count; index++) {
      await elements.nth(index).hover({timeout: 1000, force: true}).catch(() => {})
    }
    const links = page.locator('main a')
    const linkCount = await links.count()
    for (let index = 0; index < linkCount; index++) {
      await links.nth(index).click({timeout: 1000, force: true, noWaitAfter: true}).catch(() => {})
      if (!page.url().startsWith(url)) await page.goto(url)
    }
    for (let index = 0; index < 20; index++) await page.keyboard.press('Tab')
    expect(await flag()).toBeUndefined()
    expect(errors.filter((error) => !/ERR_FAILED|ERR_ABORTED|net::/.test(error))).toEqual([])
    await page.context().close()
  }, 180_000)
})
