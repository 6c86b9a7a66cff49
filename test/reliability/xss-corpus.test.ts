/**
 * A generated corpus of script-injection payloads, in the style of OWASP's
 * XSS filter-evasion cheat sheet: every dangerous tag with every event
 * attribute, every dangerous URL spelling in every place a URL can go
 * (Markdown links, autolinks, images, raw href/src/action/formaction), and
 * the classic parser tricks. Each payload sets `window.__xss` if it runs.
 * The page is opened in Chromium, every element gets the events the
 * payloads wait for, and the flag must stay unset.
 */
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {pathToFileURL} from 'node:url'
import type {Browser} from 'playwright-core'
import {afterAll, beforeAll, describe, expect, test} from 'vitest'
import {parseMinutes, renderHtml} from '../../src/index.js'
import {chromiumAvailable, executablePath, launchChromium} from '../helpers/chromium.js'

const run = 'window.__xss=1'
const tags = ['img', 'svg', 'body', 'iframe', 'video', 'audio', 'source', 'input', 'details', 'marquee', 'object', 'embed', 'div', 'a', 'form', 'button', 'select', 'textarea', 'math', 'style', 'link', 'meta', 'base', 'table', 'td', 'isindex', 'keygen', 'frameset']
const events = ['onerror', 'onload', 'onclick', 'onmouseover', 'onfocus', 'ontoggle', 'onstart', 'onanimationstart', 'onpointerenter', 'onbegin']
const urls = [
  `javascript:${run}`,
  `JaVaScRiPt:${run}`,
  ` javascript:${run}`,
  `java\tscript:${run}`,
  `&#106;avascript:${run}`,
  `&#x6A;&#x61;&#x76;&#x61;script:${run}`,
  `java&#x09;script:${run}`,
  `jav&#x0A;ascript:${run}`,
  `vbscript:msgbox(1)`,
  `data:text/html;base64,PHNjcmlwdD53aW5kb3cuX194c3M9MTwvc2NyaXB0Pg==`,
  `data:text/html,<script>${run}</script>`,
]
const tricks = [
  `<scr<script>ipt>${run}</scr</script>ipt>`,
  `<img src=x onerror=${run}//`,
  `<img/src=x/onerror=${run}>`,
  `<img src=\`x\` onerror=\`${run}\`>`,
  `<img """><script>${run}</script>">`,
  `<svg><script>${run}</script></svg>`,
  `<svg><script>&#119;indow.__xss=1</script></svg>`,
  `<math><mtext><table><mglyph><style><img src=x onerror="${run}">`,
  `<noscript><p title="</noscript><img src=x onerror=${run}>">`,
  `<!--><img src=x onerror=${run}>-->`,
  `<!-- --!><img src=x onerror=${run}> -->`,
  `<![CDATA[<img src=x onerror=${run}>]]>`,
  `<iframe srcdoc="<script>parent.__xss=1</script>"></iframe>`,
  `<a href="#" onclick="${run}" id="x">ancre</a>`,
  `<div style="width:expression(${run})">style</div>`,
  `<svg><a xlink:href="javascript:${run}"><text y="20">svg link</text></a></svg>`,
  `<svg><animate onbegin="${run}" attributeName="x" dur="1s"/></svg>`,
  `<form><button formaction="javascript:${run}">go</button></form>`,
  `<input onfocus=${run} autofocus>`,
  `<details open ontoggle=${run}>`,
  `<style>@keyframes x{}</style><b style="animation-name:x" onanimationstart="${run}">anim</b>`,
  `<template><img src=x onerror=${run}></template>`,
  `<base href="javascript:${run}//">`,
  `<meta http-equiv="refresh" content="0;url=javascript:${run}">`,
  `<object data="data:text/html,<script>parent.__xss=1</script>"></object>`,
]

/** Minutes made of every payload, in the places minutes put text. */
function payloadMinutes(): string {
  const lines: string[] = ['---', `title: "<img src=x onerror=${run}> corpus"`, '---', '', '# Corpus XSS', '', '## Atelier 1 : balises', '']
  for (const tag of tags) {
    lines.push(events.map((event) => `<${tag} ${event}="${run}" src=x>${tag} ${event}</${tag}>`).join(' '), '')
  }
  lines.push('## Atelier 2 : adresses', '', 'Participants :', '', '| Nom | Organisation |', '| --- | --- |')
  for (const url of urls) lines.push(`| LIEN Test | [cellule](${url.replace(/\|/g, '\\|')}) |`)
  lines.push('')
  for (const url of urls) {
    lines.push(`- [lien](${url.replace(/ /g, '%20').replace(/\t/g, '%09')})`, `- ![image](${url.replace(/ /g, '%20').replace(/\t/g, '%09')})`, `- <${url.replace(/\s/g, '')}>`)
    lines.push(`- <a href="${url}">brut</a> <img src="${url}"> <iframe src="${url}"></iframe> <form action="${url}"><button formaction="${url}">b</button></form>`)
  }
  lines.push('', '### 1. Astuces', '')
  for (const trick of tricks) lines.push(trick, '', `- ${trick}`, '', `Texte ${trick} en ligne.`, '')
  return lines.join('\n')
}

describe.skipIf(!chromiumAvailable && !process.env.CI)('a generated XSS corpus in Chromium', () => {
  let browser: Browser
  let folder: string

  beforeAll(async () => {
    expect(chromiumAvailable, `Chromium is required in CI (looked for ${executablePath})`).toBe(true)
    folder = mkdtempSync(join(tmpdir(), 'seminar-report-xss-corpus-'))
    browser = await launchChromium()
  })

  afterAll(async () => {
    await browser?.close()
    if (folder) rmSync(folder, {recursive: true, force: true})
  })

  test('runs no payload, keeps no event attribute or dangerous URL, requests nothing', async () => {
    const markdown = payloadMinutes()
    const html = renderHtml(parseMinutes(markdown).seminar)
    const file = join(folder, 'corpus.html')
    writeFileSync(file, html)
    const url = pathToFileURL(file).href

    const page = await browser.newPage()
    const dialogs: string[] = []
    const requests: string[] = []
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message())
      void dialog.dismiss()
    })
    page.on('request', (request) => requests.push(request.url()))
    await page.route('**/*', (route) => (route.request().url().startsWith(url) ? route.continue() : route.abort()))
    await page.goto(url)

    const dom = await page.evaluate(() => {
      const all = [...document.querySelectorAll('*')]
      return {
        elements: all.length,
        scripts: document.querySelectorAll('script, iframe, object, embed, frame, frameset, base, meta[http-equiv], form, svg, math, template').length,
        eventAttributes: all.flatMap((element) => [...element.attributes].filter((attribute) => /^on/i.test(attribute.name)).map((attribute) => attribute.name)),
        dangerousUrls: all.flatMap((element) =>
          ['href', 'src', 'action', 'formaction', 'data', 'srcdoc', 'xlink:href']
            .map((name) => element.getAttribute(name))
            .filter((value): value is string => value !== null && /^\s*(javascript|vbscript|data):/i.test(value.replace(/[\u0000-\u0020]/g, ''))),
        ),
      }
    })
    expect(dom.elements).toBeGreaterThan(200)
    expect(dom).toMatchObject({scripts: 0, eventAttributes: [], dangerousUrls: []})

    // Give every element the events the payloads wait for, then focus and click the links.
    await page.evaluate(() => {
      for (const element of document.querySelectorAll('body *')) {
        for (const type of ['mouseover', 'pointerenter', 'focus', 'error', 'load', 'toggle', 'animationstart']) {
          element.dispatchEvent(new Event(type, {bubbles: true}))
        }
      }
    })
    const links = page.locator('main a')
    for (let index = 0; index < (await links.count()); index++) {
      await links.nth(index).click({timeout: 1000, force: true, noWaitAfter: true}).catch(() => {})
      if (!page.url().startsWith(url)) await page.goto(url)
    }
    await page.waitForTimeout(200)
    expect(await page.evaluate(() => (window as unknown as {__xss?: unknown}).__xss)).toBeUndefined()
    expect(dialogs).toEqual([])
    expect(requests.filter((request) => !request.startsWith(url))).toEqual([])
    await page.close()
  }, 180_000)
})
