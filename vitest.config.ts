import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

// Two projects, one runner: `unit` (*.test.ts beside the code; may use the real database through
// the global setup) and `e2e` (tests/**/*.e2e.ts; real processes over real HTTP). The machine has
// 2 cores: e2e files start whole stacks, so they run one at a time.
export default defineConfig({
  resolve: {
    // Resolve graphql as Node does (its CommonJS build). Vite would pick the .mjs build for our
    // code while dependencies loaded by Node get the CommonJS one: two GraphQLError classes, and
    // `instanceof` checks (Yoga's error masking) fail in tests only.
    alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }],
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: [
            'kit/**/*.test.ts',
            'gateway/**/*.test.ts',
            'subgraphs/**/*.test.ts',
            'scripts/**/*.test.ts',
            'portal/src/**/*.test.ts',
          ],
          globalSetup: ['tests/support/globalDatabase.ts'],
          maxWorkers: 2,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/**/*.e2e.ts'],
          globalSetup: ['tests/support/globalDatabase.ts'],
          fileParallelism: false,
          testTimeout: 30_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
