import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test as base } from '@playwright/test';
import { startPreview, type RunningPreview } from './preview-process';

export type Preview = {
  /** The URL of the running preview, token included. */
  url: string;
  profileDir: string;
  /** Stop the preview and start it again on the same profile; the new URL has a new port and token. */
  restart(): Promise<string>;
};

/** Every test gets its own preview server on a fresh profile folder. */
export const test = base.extend<{ preview: Preview }>({
  // Playwright reads a fixture's dependencies from its destructured first parameter; this one has none.
  // eslint-disable-next-line no-empty-pattern
  preview: async ({}, use) => {
    const profileDir = mkdtempSync(join(tmpdir(), 'copydesk-e2e-'));
    let running: RunningPreview = await startPreview(profileDir);
    const preview: Preview = {
      get url() {
        return running.url;
      },
      profileDir,
      async restart() {
        await running.stop();
        running = await startPreview(profileDir);
        return running.url;
      },
    };
    try {
      await use(preview);
    } finally {
      await running.stop();
      rmSync(profileDir, { recursive: true, force: true });
    }
  },
});

export { expect } from '@playwright/test';
