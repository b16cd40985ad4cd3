import { resolve } from 'node:path';
import { build } from 'esbuild';
import { bridgeDefines } from '../shared/api/bridge-defines';

const ENTRY = resolve(__dirname, 'bridge-client.ts');

/** The browser bridge as one classic script, built in memory when the server starts. */
export async function buildBridgeScript(): Promise<string> {
  const result = await build({
    entryPoints: [ENTRY],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    legalComments: 'none',
    logLevel: 'silent',
    define: bridgeDefines,
  });
  const output = result.outputFiles[0];
  if (output === undefined) throw new Error('esbuild produced no preview bridge script.');
  return output.text;
}
