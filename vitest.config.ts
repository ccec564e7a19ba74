import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

export default defineConfig({
  resolve: {
    // graphql 16 ships CommonJS and ESM builds; Node loads the CommonJS one for type-graphql and
    // Apollo, so tests must use it too or graphql-js rejects types "from another realm".
    alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }],
  },
  test: {
    include: ['test/**/*.test.ts'],
    // type-graphql reads decorator metadata through this polyfill, as src/cli/main.ts loads it.
    setupFiles: ['reflect-metadata'],
    // @apollo/gateway (test/federation) would otherwise send usage metrics to Apollo and probe cloud
    // metadata services; tests make no call beyond this machine.
    env: { APOLLO_TELEMETRY_DISABLED: 'true' },
    // Each file works on its own database; the machine has two cores.
    pool: 'forks',
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
