import { accessSync, constants, existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { LaunchOptions } from '@playwright/test';

/**
 * Which Chromium the end-to-end tests drive: the system's when it is there,
 * otherwise the one inside the `@sparticuz/chromium` npm package, so that
 * `npm install && npm test` needs neither root nor apt.
 * COPYDESK_E2E_CHROMIUM=system|npm forces one; CI forces npm to prove the bare path.
 */

const REPO_ROOT = resolve(__dirname, '../..');
const SYSTEM_CHROMIUM = '/usr/bin/chromium';
const NPM_PACKAGE_DIR = join(REPO_ROOT, 'node_modules/@sparticuz/chromium');
const CACHE_ROOT = join(REPO_ROOT, 'node_modules/.cache/copydesk-e2e-chromium');
const CHOICE_VARIABLE = 'COPYDESK_E2E_CHROMIUM';
/** What the global setup hands to the workers, which read the config after it ran. */
const RESOLVED_VARIABLE = 'COPYDESK_E2E_CHROMIUM_RESOLVED';

/**
 * Ours, not the npm package's own list: that one is for AWS Lambda
 * (--single-process, --no-zygote, --disable-web-security…), which would
 * weaken the very origin checks the preview's tests exercise.
 */
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking'];

export type ResolvedChromium = {
  source: 'system' | 'npm';
  executablePath: string;
  /** Added to the browser's environment. */
  env: Record<string, string>;
};

/** Picks (and if needed unpacks) the Chromium for this run; the global setup calls it once. */
export async function resolveChromium(): Promise<ResolvedChromium> {
  const choice = process.env[CHOICE_VARIABLE] ?? '';
  if (choice !== '' && choice !== 'system' && choice !== 'npm') {
    throw new Error(`${CHOICE_VARIABLE}="${choice}" is not a choice: use "system", "npm", or leave it unset to use ${SYSTEM_CHROMIUM} when it is there.`);
  }
  const hasSystem = isExecutable(SYSTEM_CHROMIUM);
  if (choice === 'system' && !hasSystem) {
    throw new Error(`${CHOICE_VARIABLE}=system, but there is no Chromium at ${SYSTEM_CHROMIUM}: install it (apt-get install chromium), or unset ${CHOICE_VARIABLE} to use the one from npm.`);
  }
  if (choice === 'system' || (choice === '' && hasSystem)) {
    return { source: 'system', executablePath: SYSTEM_CHROMIUM, env: {} };
  }
  return npmChromium(await unpackedNpmChromium());
}

export function handToWorkers(resolved: ResolvedChromium): void {
  process.env[RESOLVED_VARIABLE] = JSON.stringify(resolved);
}

/** The config's launch options; in the runner process, before the global setup, the browser is not known yet. */
export function launchOptions(): LaunchOptions {
  const handed = process.env[RESOLVED_VARIABLE];
  if (handed === undefined) return { args: ARGS };
  const resolved = JSON.parse(handed) as ResolvedChromium;
  return { executablePath: resolved.executablePath, args: ARGS, env: { ...process.env, ...resolved.env } };
}

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function npmChromium(dir: string): ResolvedChromium {
  return {
    source: 'npm',
    executablePath: join(dir, 'chromium'),
    env: {
      // The package's copies of NSS and expat: a bare machine has none, and using them everywhere keeps this path the same on every machine.
      LD_LIBRARY_PATH: [join(dir, 'al2023/lib'), process.env.LD_LIBRARY_PATH].filter(Boolean).join(':'),
      // Only the package's own fonts (the app brings its web fonts), so layouts do not depend on what the machine has installed.
      FONTCONFIG_FILE: join(dir, 'fonts.conf'),
    },
  };
}

/**
 * The package unpacks into os.tmpdir(), into fixed names; two runs at once
 * would write over each other and a killed run would leave half a binary.
 * So each run unpacks into a fresh folder of its own and renames it into
 * place: the cache folder, once there, is always whole.
 */
async function unpackedNpmChromium(): Promise<string> {
  const version = (JSON.parse(readFileSync(join(NPM_PACKAGE_DIR, 'package.json'), 'utf8')) as { version: string }).version;
  const dir = join(CACHE_ROOT, version);
  if (existsSync(dir)) return dir;
  mkdirSync(CACHE_ROOT, { recursive: true });
  const staging = mkdtempSync(join(CACHE_ROOT, `.unpacking-${version}-`));
  try {
    await unpackInto(staging);
    writeFileSync(
      join(staging, 'fonts.conf'),
      `<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig>\n  <dir>${join(dir, 'fonts/fonts')}</dir>\n  <cachedir>${join(dir, 'fonts-cache')}</cachedir>\n</fontconfig>\n`,
    );
    renameSync(staging, dir);
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    // Another run got there first with a whole copy: use it.
    if (existsSync(dir)) return dir;
    throw new Error(`Could not unpack the Chromium from @sparticuz/chromium into ${dir}: ${(error as Error).message}. Run npm install again, or install a system Chromium at ${SYSTEM_CHROMIUM}.`);
  }
  return dir;
}

async function unpackInto(folder: string): Promise<void> {
  const { default: chromium, inflate } = await import('@sparticuz/chromium');
  const tmpdirBefore = process.env.TMPDIR;
  process.env.TMPDIR = folder;
  try {
    await chromium.executablePath(join(NPM_PACKAGE_DIR, 'bin'));
    await inflate(join(NPM_PACKAGE_DIR, 'bin/al2023.tar.br'));
  } finally {
    if (tmpdirBefore === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = tmpdirBefore;
  }
}
