import { defineConfig } from 'vitest/config';

/**
 * Tests that need system software (npm run test:services): Java for the
 * W3C Nu HTML checker, PostgreSQL for the newsroom server's --postgres
 * (test/services/postgres-fixtures.ts says how to set it up), Redis for its --redis.
 * `npm run test:unit` leaves them out.
 */
export default defineConfig({
  test: {
    include: ['test/services/**/*.test.ts'],
    environment: 'node',
    pool: 'forks',
    // The newsroom tests share one PostgreSQL database and empty it before each test: one file at a time.
    fileParallelism: false,
    testTimeout: 120_000,
    // The checker runs once, before its tests, in a JVM that takes a while to start.
    hookTimeout: 120_000,
  },
});
