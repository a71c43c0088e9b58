import {defineConfig} from 'vitest/config'

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // CI machines have two noisy cores: timeouts guard against hangs, not speed.
    testTimeout: 60_000,
    hookTimeout: 120_000
  }
})
