import { defineConfig } from 'vitest/config';

/**
 * Unit tests run once; integration tests run once per database: every integration file boots the
 * real app on a fresh, migrated SQLite file or PostgreSQL database (TEST_DATABASE picks which).
 */
/**
 * One graphql module instance: type-graphql, Apollo and graphql-armor `require` graphql's CommonJS
 * build, and vite would otherwise hand the sources and tests its ESM build, whose schema objects
 * (a custom scalar, a schema built for a check) the CommonJS instance refuses as "another realm".
 * graphql-query-complexity's ESM build imports graphql's `.mjs` files by path: its CommonJS build
 * (what the shipped gateway loads) requires the same graphql as the rest.
 */
const resolve = {
  alias: [
    { find: /^graphql$/, replacement: 'graphql/index.js' },
    { find: /^graphql-query-complexity$/, replacement: 'graphql-query-complexity/cjs' },
  ],
};

const integration = (dialect: 'sqlite' | 'postgresql') => ({
  resolve,
  test: {
    name: dialect,
    // The browser tests (test/browser/) drive Debian's Chromium against the real server, per database too.
    include: ['test/integration/**/*.test.ts', 'test/browser/**/*.test.ts'],
    env: { TEST_DATABASE: dialect },
    globalSetup: ['test/support/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});

export default defineConfig({
  test: {
    // Vitest's default on a two-core machine is one worker (cores - 1), which runs the files one
    // after another: most integration time is spent waiting on PostgreSQL, child gateways and
    // sockets, so two workers overlap that waiting without overloading the two cores.
    maxWorkers: 2,
    projects: [
      // Unit tests render real PDFs and run the layer check: seconds each on a loaded two-core machine.
      { resolve, test: { name: 'unit', include: ['test/unit/**/*.test.ts'], testTimeout: 30_000 } },
      integration('sqlite'),
      integration('postgresql'),
    ],
  },
});
