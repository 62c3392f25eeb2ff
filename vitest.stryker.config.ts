// The tests Stryker runs against each mutant (npm run mutation): the fast unit tests of the mutated stages only.
// npm test keeps using vitest.config.ts and never runs Stryker.
import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['test/core/deadlines/**/*.test.ts', 'test/core/agencies/**/*.test.ts', 'test/core/assign*.test.ts', 'test/core/pieces.test.ts'],
    testTimeout: 20000,
  },
})
