import {defineConfig} from 'vitest/config'

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Many suites start the built CLI, LibreOffice or Chromium as child
    // processes; on a shared 2-core machine that takes seconds, not ms.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
})
