import { defineConfig } from 'vitest/config';

/**
 * Unit tests run once; integration tests run once per database: every integration file boots the
 * real app on a fresh, migrated SQLite file or PostgreSQL database (TEST_DATABASE picks which).
 */
const integration = (dialect: 'sqlite' | 'postgresql') => ({
  test: {
    name: dialect,
    include: ['test/integration/**/*.test.ts'],
    env: { TEST_DATABASE: dialect },
    globalSetup: ['test/support/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});

export default defineConfig({
  test: {
    projects: [{ test: { name: 'unit', include: ['test/unit/**/*.test.ts'] } }, integration('sqlite'), integration('postgresql')],
  },
});
