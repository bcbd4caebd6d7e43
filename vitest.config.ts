import { defineConfig } from 'vitest/config';

// Tests import workspace packages from their TypeScript sources (the "source" export condition),
// so a test run needs no build of the library packages.
export default defineConfig({
  resolve: { conditions: ['source', 'module', 'import', 'default'] },
  ssr: { resolve: { conditions: ['source', 'module', 'import', 'default'], externalConditions: ['source'] } },
  test: {
    globals: true,
    include: ['packages/*/test/**/*.test.ts', 'rules/*/test/**/*.test.ts', 'examples/*/test/**/*.test.ts', 'test/**/*.test.ts'],
    testTimeout: 30_000,
    pool: 'threads',
  },
});
