import { resolve } from 'node:path';
import { configDefaults, defineConfig } from 'vitest/config';
import { bridgeDefines } from './src/shared/api/bridge-defines';

export default defineConfig({
  // The renderer's API client gets the operation names from the bundler, as in the built app.
  define: bridgeDefines,
  resolve: {
    // The real electron package cannot load here; the glue is tested against a double.
    alias: { electron: resolve(__dirname, 'test/doubles/electron.ts') },
  },
  test: {
    // A custom node's tests stand beside it in src/nodes.
    include: ['test/**/*.test.ts', 'src/**/*.test.ts'],
    // They need system software: npm run test:services (vitest.services.config.ts).
    exclude: [...configDefaults.exclude, 'test/services/**'],
    environment: 'node',
    pool: 'forks',
    testTimeout: 20_000,
  },
});
