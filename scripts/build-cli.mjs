/**
 * Bundles the copydesk command line for plain Node (npm bin: bin/copydesk.cjs
 * requires the bundle). better-sqlite3 stays outside: it is a native module
 * installed with the package. So does harper.js (the spelling engine): it is
 * ES modules only and finds its WebAssembly file beside itself through
 * import.meta.url, which a CommonJS bundle does not have; the CLI loads it
 * with a dynamic import() from node_modules (src/main/spelling).
 */
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

await build({
  absWorkingDir: root,
  entryPoints: ['src/main/cli/copydesk.ts'],
  outfile: 'out/cli/copydesk.cjs',
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  external: ['better-sqlite3', 'harper.js', 'harper.js/*'],
  legalComments: 'none',
  logLevel: 'warning',
});
console.log('built out/cli/copydesk.cjs');
