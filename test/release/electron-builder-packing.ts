import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import type { Configuration, PlatformSpecificBuildOptions } from 'app-builder-lib';
import * as fileMatcher from 'app-builder-lib/out/fileMatcher';
import * as appFileWalker from 'app-builder-lib/out/util/AppFileWalker';
import * as nodeModuleCopyHelper from 'app-builder-lib/out/util/NodeModuleCopyHelper';
import { walk, type FileConsumer, type Filter, type FilterStats } from 'builder-util';
import { load } from 'js-yaml';

/**
 * What electron-builder would put in the app for one OS, decided by its own
 * code (the file matchers, walkers and asarUnpack filter `electron-builder`
 * runs), without the Electron download a real `--dir` build needs.
 */

export const projectRoot = join(__dirname, '..', '..');

export type BuilderOs = 'linux' | 'mac' | 'win';

export interface PackedApp {
  /** Every file in the app, relative to the app folder (`out/main/index.js`, `node_modules/zod/package.json` …). */
  packed: string[];
  /** The files left outside app.asar. */
  unpacked: string[];
}

export function builderConfig(): Configuration {
  return load(readFileSync(join(projectRoot, 'electron-builder.yml'), 'utf8')) as Configuration;
}

export function packageJson(): { homepage?: string; author?: unknown; dependencies: Record<string, string> } {
  return JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8'));
}

/** What `npm run build` writes to out/ (the renderer's hashed assets stand for themselves: one of each kind). */
const BUILT_FILES = [
  'out/main/index.js',
  'out/main/index.js.map',
  'out/preload/index.js',
  'out/renderer/index.html',
  'out/renderer/favicon.svg',
  'out/renderer/assets/index-0000.js',
  'out/renderer/assets/index-0000.css',
  'out/renderer/assets/inter-latin-400-normal-0000.woff2',
  'out/cli/copydesk.cjs',
];

/** The parts of electron-builder's packing it keeps internal (no type declarations): typed here as it calls them. */
type Expand = (pattern: string) => string;
type FileMatcher = fileMatcher.FileMatcher;
interface CollectedFiles {
  readonly filter: Filter | null;
  readonly metadata: Map<string, FilterStats>;
}
const { getMainFileMatchers, getNodeModuleFileMatcher } = fileMatcher as unknown as {
  getMainFileMatchers(appDir: string, destination: string, expand: Expand, options: PlatformSpecificBuildOptions, packager: unknown, outDir: string, isElectronCompile: boolean): FileMatcher[];
  getNodeModuleFileMatcher(appDir: string, destination: string, expand: Expand, options: PlatformSpecificBuildOptions, packager: unknown): FileMatcher;
};
const { AppFileWalker } = appFileWalker as unknown as {
  AppFileWalker: new (matcher: FileMatcher, packager: unknown) => CollectedFiles & FileConsumer;
};
const { NodeModuleCopyHelper } = nodeModuleCopyHelper as unknown as {
  NodeModuleCopyHelper: new (matcher: FileMatcher, packager: unknown) => CollectedFiles & {
    collectNodeModules(module: { name: string; dir: string }, excludedExtensions: string[], destination: string): Promise<string[]>;
  };
};

/** `${arch}` and friends are not used in our patterns; the identity expander keeps them visible if they ever are. */
const noMacros: Expand = (pattern) => pattern;

/**
 * Packs a copy of the project made of package.json, resources/ and the files
 * a build writes to out/, with the real node_modules: so the answer does not
 * depend on whether `npm run build` has run.
 */
export async function packedApp(os: BuilderOs): Promise<PackedApp> {
  const config = builderConfig();
  const platformOptions = (config[os] ?? {}) as PlatformSpecificBuildOptions;
  const appDir = stageProject();
  try {
    const info = {
      config,
      projectDir: appDir,
      buildResourcesDir: join(appDir, config.directories?.buildResources ?? 'build'),
      isPrepackedAppAsar: false,
      areNodeModulesHandledExternally: false,
      debugLogger: { isEnabled: false },
      appInfo: { type: 'commonjs' },
      getWorkspaceRoot: () => Promise.resolve(appDir),
    };
    const destination = join(appDir, 'app');
    const outDir = join(appDir, config.directories?.output ?? 'dist');
    const packed = new Map<string, FilterStats>();

    for (const matcher of getMainFileMatchers(appDir, destination, noMacros, platformOptions, { info }, outDir, false)) {
      const walker = new AppFileWalker(matcher, info);
      for (const file of await walk(matcher.from, walker.filter, walker)) {
        const stat = walker.metadata.get(file);
        if (stat && !stat.isDirectory()) packed.set(file, stat);
      }
    }

    const moduleMatcher = getNodeModuleFileMatcher(appDir, destination, noMacros, platformOptions, info);
    for (const module of productionModules()) {
      const matcher = new fileMatcher.FileMatcher(module.dir, join(destination, module.path), noMacros, moduleMatcher.patterns);
      const helper = new NodeModuleCopyHelper(matcher, info);
      const files = await helper.collectNodeModules({ name: module.name, dir: module.dir }, excludedExtensions(os), module.path);
      for (const file of files) packed.set(file, helper.metadata.get(file)!);
    }

    const unpackMatchers = fileMatcher.getFileMatchers(config, 'asarUnpack', destination, {
      macroExpander: noMacros,
      customBuildOptions: platformOptions,
      globalOutDir: outDir,
      defaultSrc: appDir,
    });
    const unpackFilter = unpackMatchers?.[0]?.createFilter();
    const inApp = (file: string, stat: FilterStats) => stat.moduleFullFilePath ?? relative(appDir, file);
    const entries = [...packed].map(([file, stat]) => ({ path: inApp(file, stat), unpacked: unpackFilter?.(file, stat) ?? false }));
    return {
      packed: entries.map((entry) => entry.path).sort(),
      unpacked: entries.filter((entry) => entry.unpacked).map((entry) => entry.path).sort(),
    };
  } finally {
    rmSync(appDir, { recursive: true, force: true });
  }
}

/** The extensions electron-builder drops from node_modules (its getNodeModuleExcludedExts, which it does not export). */
function excludedExtensions(os: BuilderOs): string[] {
  const always = ['.o', '.obj', '.pdb', ...fileMatcher.excludedExts.split(',').map((extension) => `.${extension}`)];
  return os === 'win' ? always : [...always, '.dll', '.exe'];
}

function stageProject(): string {
  const appDir = mkdtempSync(join(tmpdir(), 'copydesk-pack-'));
  cpSync(join(projectRoot, 'package.json'), join(appDir, 'package.json'));
  cpSync(join(projectRoot, 'resources'), join(appDir, 'resources'), { recursive: true });
  for (const file of BUILT_FILES) {
    mkdirSync(dirname(join(appDir, file)), { recursive: true });
    writeFileSync(join(appDir, file), '// built\n');
  }
  return appDir;
}

export interface InstalledModule {
  name: string;
  dir: string;
  /** Where it sits in the app: node_modules/<name>, or nested under the module that needs another version. */
  path: string;
}

/**
 * The installed modules the `dependencies` of package.json pull in,
 * resolved as Node resolves them: what electron-builder copies into the app
 * before its `files` patterns filter them.
 */
export function productionModules(): InstalledModule[] {
  const found = new Map<string, InstalledModule>();
  const queue: Array<{ name: string; from: string; optional: boolean }> = Object.keys(packageJson().dependencies).map((name) => ({ name, from: projectRoot, optional: false }));
  for (let next = queue.shift(); next; next = queue.shift()) {
    const dir = resolveModuleDir(next.name, next.from);
    if (!dir) {
      if (next.optional) continue;
      throw new Error(`${next.name} is not installed (needed from ${relative(projectRoot, next.from) || 'package.json'})`);
    }
    if (found.has(dir)) continue;
    found.set(dir, { name: next.name, dir, path: relative(projectRoot, dir) });
    const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { dependencies?: Record<string, string>; optionalDependencies?: Record<string, string> };
    for (const name of Object.keys(manifest.dependencies ?? {})) queue.push({ name, from: dir, optional: false });
    for (const name of Object.keys(manifest.optionalDependencies ?? {})) queue.push({ name, from: dir, optional: true });
  }
  return [...found.values()];
}

function resolveModuleDir(name: string, from: string): string | null {
  for (let dir = from; ; dir = dirname(dir)) {
    const candidate = join(dir, 'node_modules', name);
    if (existsSync(join(candidate, 'package.json'))) return candidate;
    if (dir === projectRoot || dirname(dir) === dir) return null;
  }
}
