import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';

async function writeStory(page: Page, headline: string): Promise<void> {
  await page.getByRole('button', { name: 'New story', exact: true }).click();
  await page.getByRole('textbox', { name: 'Headline' }).fill(headline);
  await page.getByRole('textbox', { name: 'Story text' }).click();
  await page.keyboard.type('A paragraph of the story.');
  await expect(page.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible();
  await page.getByRole('button', { name: 'Library' }).click();
}

test('a backup made from the settings screen is restored, and the database it replaces is kept', async ({ page, preview }, testInfo) => {
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await page.goto(preview.url);
  await writeStory(page, 'Before the backup');

  await page.getByRole('button', { name: 'Settings' }).click();
  const backups = page.getByRole('list', { name: 'Backups, newest first' });
  const before = await backups.getByRole('listitem').count().catch(() => 0);
  await page.getByRole('button', { name: 'Back up now' }).click();
  await expect(page.getByRole('status').getByText(/^Backed up:/)).toBeVisible();
  await expect(backups.getByRole('listitem')).toHaveCount(before + 1);
  await page.getByRole('button', { name: 'Library' }).click();

  await writeStory(page, 'After the backup');
  await expect(page.getByRole('link', { name: 'After the backup' })).toBeVisible();

  await page.getByRole('button', { name: 'Settings' }).click();
  await backups.getByRole('listitem').first().getByRole('button', { name: /^Restore the backup of/ }).click();
  const dialog = page.getByRole('dialog', { name: 'Restore this backup?' });
  await expect(dialog).toContainText('the database in use now is kept');
  await page.screenshot({ path: testInfo.outputPath('restore-backup-1440.png') });
  await dialog.getByRole('button', { name: 'Restore backup' }).click();

  // Back in the library, as it was at the backup.
  await expect(page.getByRole('status').getByText(/Restored the backup of .* kept in the profile folder as copydesk\.db\.before-restore-/)).toBeVisible();
  await expect(page.getByRole('link', { name: 'Before the backup' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'After the backup' })).toHaveCount(0);
  const aside = readdirSync(preview.profileDir).filter((name) => /^copydesk\.db\.before-restore-\d{8}T\d{9}Z$/.test(name));
  expect(aside).toHaveLength(1);
  expect(existsSync(join(preview.profileDir, aside[0]!))).toBe(true);

  // The restored library is the one kept: work goes on in it and survives a restart.
  await writeStory(page, 'After the restore');
  await page.goto(await preview.restart());
  await expect(page.getByRole('link', { name: 'Before the backup' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'After the restore' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'After the backup' })).toHaveCount(0);
  expect(pageErrors).toEqual([]);
});
