import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateConfiguration } from 'app-builder-lib/out/util/config/config';
import { imageSize } from 'image-size';
import { describe, expect, it } from 'vitest';
import { builderConfig, packageJson, projectRoot } from './electron-builder-packing';

/** electron-builder's own check of a configuration (its JSON schema, via ajv), as `electron-builder` runs it first. */
function validate(config: unknown): Promise<void> {
  return validateConfiguration(config as never, { isEnabled: false } as never);
}

describe('the release configuration', () => {
  it('matches electron-builder’s schema', async () => {
    await expect(validate(builderConfig())).resolves.toBeUndefined();
  });

  it('is checked for real: a misplaced option is refused', async () => {
    const config = builderConfig();
    await expect(validate({ ...config, linux: { ...config.linux, title: 'Copydesk' } })).rejects.toThrow(/title/);
  });

  it('gives the .deb a homepage and a maintainer with an e-mail, the same as package.json’s author', () => {
    const { homepage, author } = packageJson();
    expect(homepage).toMatch(/^https:\/\/\S+$/);
    expect(author).toEqual({ name: expect.any(String), email: expect.stringMatching(/^[^@\s]+@[^@\s]+\.[a-z]+$/), url: homepage });
    const { name, email } = author as { name: string; email: string };
    expect(builderConfig().linux?.maintainer).toBe(`${name} <${email}>`);
  });

  it('builds the .deb, AppImage, dmg and NSIS installer', () => {
    const config = builderConfig();
    expect(config.linux?.target).toEqual(['AppImage', 'deb']);
    expect(config.mac?.target).toEqual(['dmg']);
    expect(config.win?.target).toEqual(['nsis']);
  });

  it('names no update feed: the app never goes on the network, updates are installed by hand', () => {
    expect(builderConfig().publish).toBeNull();
  });

  it('has an icon every target can use: a square PNG of at least 512 px (macOS’s minimum)', () => {
    const config = builderConfig();
    const icons = new Set([config.linux?.icon, config.mac?.icon, config.win?.icon]);
    expect([...icons]).toEqual(['icon.png']);
    const icon = imageSize(readFileSync(join(projectRoot, config.directories!.buildResources!, 'icon.png')));
    expect(icon.type).toBe('png');
    expect(icon.width).toBe(icon.height);
    expect(icon.width).toBeGreaterThanOrEqual(512);
  });
});
