import {existsSync} from 'node:fs'
import {chromium, type Browser} from 'playwright-core'

/** Debian's Chromium, or the one named by CHROMIUM. */
export const executablePath = process.env.CHROMIUM ?? '/usr/bin/chromium'

/** Whether browser tests can run here; in CI (CI set) they must. */
export const chromiumAvailable = existsSync(executablePath)

/**
 * Headless Chromium as this machine allows it: as root (no sandbox), without
 * GPU, and without the background networking that would try hosts it cannot
 * reach.
 */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  })
}
