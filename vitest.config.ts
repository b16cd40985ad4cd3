import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    // The real electron package cannot load here; the glue is tested against a double.
    alias: { electron: resolve(__dirname, 'test/doubles/electron.ts') },
  },
  test: {
    include: ['test/**/*.test.ts'],
    environment: 'node',
    pool: 'forks',
    testTimeout: 20_000,
  },
});
