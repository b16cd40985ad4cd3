import { execFileSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { startPreview, type RunningPreview } from './support/preview-process';

/**
 * A disk that fills up while someone writes: the text stays in
 * the editor, the page says it is not saved, and saving resumes on its own
 * once there is room again. The profile is on a small tmpfs (as root, a
 * chmod would not stop the writes); where mounting is not permitted the test
 * is skipped, saying so.
 */
function mountSmallDisk(): string | Error {
  const dir = mkdtempSync(join(tmpdir(), 'copydesk-e2e-disk-'));
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=12m', 'tmpfs', dir], { stdio: 'pipe' });
    return dir;
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    return error instanceof Error ? error : new Error(String(error));
  }
}

/** Writes until the disk refuses another byte; returns the filler file. */
function fillDisk(dir: string): string {
  const filler = join(dir, 'filler');
  const fd = openSync(filler, 'w');
  try {
    for (const size of [256 * 1024, 4096, 1]) {
      try {
        for (;;) writeSync(fd, Buffer.alloc(size, 1));
      } catch (error) {
        if ((error as { code?: unknown }).code !== 'ENOSPC') throw error;
      }
    }
  } finally {
    closeSync(fd);
  }
  return filler;
}

test('a full disk keeps the text in the editor, says it is not saved, and saves once there is room', async ({ page }, testInfo) => {
  const disk = mountSmallDisk();
  test.skip(disk instanceof Error, `mounting a tmpfs is not permitted here: ${disk instanceof Error ? disk.message : ''}`);
  const dir = disk as string;
  let preview: RunningPreview | undefined;
  try {
    preview = await startPreview(dir);
    await page.goto(preview.url);
    await page.getByRole('button', { name: 'New story', exact: true }).click();
    await page.getByRole('textbox', { name: 'Headline' }).fill('Wards brace for the winter');
    const body = page.getByRole('textbox', { name: 'Story text' });
    await body.click();
    await page.keyboard.type('The first paragraph is saved.');
    const status = page.getByRole('status').filter({ hasText: /^(Saved|Saving…|Not saved — retrying)$/ });
    await expect(status).toHaveText('Saved');

    const filler = fillDisk(dir);
    await page.keyboard.press('Enter');
    // Enough text that the save needs new pages in the database and its log.
    const more = 'Written while the disk was full, and kept. '.repeat(120).trim();
    await body.evaluate((element, text) => {
      const clipboardData = new DataTransfer();
      clipboardData.setData('text/plain', text);
      element.dispatchEvent(new ClipboardEvent('paste', { clipboardData, bubbles: true, cancelable: true }));
    }, more);
    await expect(status).toHaveText('Not saved — retrying', { timeout: 15_000 });
    await expect(page.getByRole('alert').filter({ hasText: /disk|space|full/i })).toBeVisible();
    await expect(body).toContainText('Written while the disk was full, and kept.');
    await page.keyboard.type(' Still typing.');
    await expect(body).toContainText('Still typing.');
    await page.screenshot({ path: testInfo.outputPath('disk-full-1440.png') });

    rmSync(filler);
    await expect(status).toHaveText('Saved', { timeout: 20_000 });

    // Everything typed is in the store: a fresh preview on the same profile shows it.
    await preview.stop();
    preview = await startPreview(dir);
    await page.goto(preview.url);
    await page.getByRole('link', { name: 'Wards brace for the winter' }).click();
    await expect(page.getByRole('textbox', { name: 'Story text' })).toContainText('and kept. Still typing.');
  } finally {
    await preview?.stop();
    try {
      execFileSync('umount', [dir], { stdio: 'pipe' });
    } catch {
      execFileSync('umount', ['-l', dir], { stdio: 'pipe' });
    }
    rmSync(dir, { recursive: true, force: true });
  }
});
