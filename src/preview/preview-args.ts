import { resolveProfileDir } from '../main/profile/profile-dir';

export class UsageError extends Error {
  override name = 'UsageError';
}

export const USAGE = `Usage: npm run preview:browser -- [--profile DIR] [--port N]

Serves the built Copydesk renderer with the real handlers on http://127.0.0.1.
  --profile DIR  the profile folder (default: COPYDESK_PROFILE, then the app's own folder)
  --port N       the port to listen on (default: a free one)`;

export type PreviewArgs = { help: true } | { help: false; profileDir: string; port: number };

function parsePort(value: string | undefined): number {
  if (value === undefined || !/^\d+$/.test(value) || Number(value) > 65_535) {
    throw new UsageError(`--port needs a number from 0 to 65535, e.g. --port 5174 (got ${value ?? 'nothing'}).`);
  }
  return Number(value);
}

/** The command line of src/preview/server.ts; unknown flags are a usage error, never ignored. */
export function parsePreviewArgs(argv: readonly string[], env: NodeJS.ProcessEnv = process.env): PreviewArgs {
  let port = 0;
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i]!;
    if (arg === '--help' || arg === '-h') return { help: true };
    if (arg === '--port') port = parsePort(argv[(i += 1)]);
    else if (arg.startsWith('--port=')) port = parsePort(arg.slice('--port='.length));
    else if (arg === '--profile') i += 1;
    else if (!arg.startsWith('--profile=')) throw new UsageError(`Unknown argument "${arg}".\n\n${USAGE}`);
  }
  let profileDir: string;
  try {
    profileDir = resolveProfileDir(argv, env);
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  return { help: false, profileDir, port };
}
