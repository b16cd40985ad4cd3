import { resolve } from 'node:path';
import { build } from 'esbuild';
import { BRIDGE_GLOBAL, operationNames } from '../shared/api/contract';

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
    define: { __COPYDESK_OPERATION_NAMES__: JSON.stringify(operationNames), __COPYDESK_BRIDGE_GLOBAL__: JSON.stringify(BRIDGE_GLOBAL) },
  });
  const output = result.outputFiles[0];
  if (output === undefined) throw new Error('esbuild produced no preview bridge script.');
  return output.text;
}
