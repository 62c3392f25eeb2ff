import { defineConfig } from 'vitest/config'

// Threads sharing one module cache per worker: each test file no longer re-imports the parser, the lexicon and the CLI
// (about 70 s of the suite's 107 s on two cores). A test that mocks a module calls vi.resetModules() before importing.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // one scratch folder for the run, removed after it (test/setup/scratch.ts)
    globalSetup: ['test/setup/scratch.ts'],
    testTimeout: 20000,
    pool: 'threads',
    isolate: false,
    // every core: vitest's default leaves one free (one thread on a two-core machine, where the suite then took 73 s)
    maxWorkers: '100%',
  },
})
