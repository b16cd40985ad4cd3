import { defineConfig } from 'vitest/config';

/**
 * Tests that need system software (npm run test:services): Java for the
 * W3C Nu HTML checker, PostgreSQL for the newsroom server's --postgres
 * (test/services/newsroom-postgres.test.ts says how to set it up).
 * `npm run test:unit` leaves them out.
 */
export default defineConfig({
  test: {
    include: ['test/services/**/*.test.ts'],
    environment: 'node',
    pool: 'forks',
    testTimeout: 120_000,
    // The checker runs once, before its tests, in a JVM that takes a while to start.
    hookTimeout: 120_000,
  },
});
