import { builtinModules } from 'node:module';
import { build } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import { builderConfig, packageJson, packedApp, projectRoot, type BuilderOs, type PackedApp } from './electron-builder-packing';

/** The module src/main/store/electron-database.ts loads by name at run time (createRequire, so no bundler sees it). */
const NATIVE_DATABASE = 'better-sqlite3-napi';

/** Prebuilt binaries better-sqlite3-napi carries, by the OS electron-builder builds for. */
const OWN_BINARIES: Record<BuilderOs, RegExp> = {
  linux: /^node_modules\/better-sqlite3-napi\/prebuilds\/linux(musl)?-(x64|arm64)\.node$/,
  mac: /^node_modules\/better-sqlite3-napi\/prebuilds\/darwin-(x64|arm64)\.node$/,
  win: /^node_modules\/better-sqlite3-napi\/prebuilds\/win32-(x64|arm64)\.node$/,
};

/**
 * The packages the main process requires from node_modules: electron-vite
 * leaves package.json's dependencies out of the main bundle, so these are
 * the imports of the main process's sources that are packages.
 */
async function packagesTheMainProcessLoads(): Promise<string[]> {
  const result = await build({
    absWorkingDir: projectRoot,
    entryPoints: ['src/main/electron/main.ts'],
    bundle: true,
    platform: 'node',
    packages: 'external',
    metafile: true,
    write: false,
    logLevel: 'silent',
  });
  const imports = Object.values(result.metafile.inputs).flatMap((input) => input.imports.filter((imported) => imported.external).map((imported) => imported.path));
  const packages = imports
    .filter((path) => path !== 'electron' && !path.startsWith('node:') && !builtinModules.includes(path))
    .map((path) => path.split('/').slice(0, path.startsWith('@') ? 2 : 1).join('/'));
  return [...new Set([...packages, NATIVE_DATABASE])].sort();
}

describe('what the installed app contains', () => {
  it('depends on exactly the packages the main process loads (the renderer and preload are bundled)', async () => {
    expect(Object.keys(packageJson().dependencies).sort()).toEqual(await packagesTheMainProcessLoads());
  });

  describe.each(['linux', 'mac', 'win'] as const)('on %s', (os) => {
    let app: PackedApp;
    beforeAll(async () => {
      app = await packedApp(os);
    });

    it('ships the built app and package.json, not the command line, source maps or resources/', () => {
      const { packed } = app;
      const appFiles = packed.filter((path) => !path.startsWith('node_modules/'));
      expect(appFiles).toEqual(expect.arrayContaining(['package.json', 'out/main/index.js', 'out/preload/index.js', 'out/renderer/index.html']));
      expect(appFiles.filter((path) => path.startsWith('out/cli/') || path.endsWith('.map') || path.startsWith('resources/'))).toEqual([]);
    });

    it('ships the SQLite build the app loads and not the one for plain Node', () => {
      const { packed } = app;
      expect(packed).toContain('node_modules/better-sqlite3-napi/lib/index.js');
      expect(packed.filter((path) => path.startsWith('node_modules/better-sqlite3/'))).toEqual([]);
      // better-sqlite3's install-time helpers come only with it.
      expect(packed.filter((path) => /^node_modules\/(prebuild-install|bindings|node-addon-api)\//.test(path))).toEqual([]);
    });

    it('ships no DOM emulator: the main process edits story bodies in an editor with no root element', () => {
      expect(app.packed.filter((path) => /^node_modules\/(happy-dom|jsdom)\//.test(path))).toEqual([]);
    });

    it('ships every package the main process loads', async () => {
      const { packed } = app;
      for (const name of await packagesTheMainProcessLoads()) expect(packed).toContain(`node_modules/${name}/package.json`);
    });

    it('leaves only this OS’s native SQLite binaries outside app.asar, and ships no C sources', () => {
      const { packed, unpacked } = app;
      expect(builderConfig().asar).toMatchObject({ smartUnpack: false });
      expect(unpacked.length).toBeGreaterThan(0);
      expect(unpacked.filter((path) => !OWN_BINARIES[os].test(path))).toEqual([]);
      expect(packed.filter((path) => path.endsWith('.node'))).toEqual(unpacked);
      expect(packed.filter((path) => /\.(c|cpp|h|hpp|gyp|gypi)$/.test(path))).toEqual([]);
    });
  });
});
