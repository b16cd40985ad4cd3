import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';

const CHECKS_WORKER = /checks-worker-[^/]*\.js$/;

/** The words one kind of underline covers. */
function underlinedWords(page: Page, kind: 'error' | 'spelling'): Promise<string[]> {
  return page.evaluate((name) => [...(CSS.highlights.get(name) ?? [])].map((range) => (range as Range).toString()).sort(), `cd-hs-${kind}`);
}

/** A new story with a house-style slip ("color") and a misspelling ("recieve") typed into its body. */
async function storyWithSlips(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.getByRole('button', { name: 'New story', exact: true }).click();
  await page.getByRole('textbox', { name: 'Headline' }).fill('Trusts plan for a hard winter');
  await page.getByRole('textbox', { name: 'Story text' }).click();
  await page.keyboard.insertText('The color of the report will recieve attention.');
}

test('checks: a checks worker that fails is started again once, with the checks it had, and both checkers carry on', async ({ page, preview }) => {
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  let loads = 0;
  // The first worker's script fails to load: its `error` event, as for a worker that crashes.
  await page.route(CHECKS_WORKER, (route) => (++loads === 1 ? route.abort() : route.continue()));
  await storyWithSlips(page, preview.url);

  await expect.poll(() => underlinedWords(page, 'error')).toEqual(['color']);
  await expect.poll(() => underlinedWords(page, 'spelling'), { timeout: 30_000 }).toEqual(['recieve']);
  expect(loads).toBe(2);
  await page.getByRole('button', { name: /style issue/ }).click();
  await expect(page.getByRole('tabpanel', { name: 'House style' }).getByRole('alert')).toHaveCount(0);
  expect(pageErrors).toEqual([]);
});

test('checks: a checks worker that fails twice says house style could not start, and Retry brings the checks back', async ({ page, preview }) => {
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await page.setViewportSize({ width: 1024, height: 768 });
  await page.route(CHECKS_WORKER, (route) => route.abort());
  await storyWithSlips(page, preview.url);

  const notChecked = page.getByRole('button', { name: 'Style not checked' });
  await expect(notChecked).toBeVisible();
  await expect(page.getByRole('button', { name: 'Spelling not checked' })).toBeVisible();
  await notChecked.click();
  const alert = page.getByRole('tabpanel', { name: 'House style' }).getByRole('alert');
  await expect(alert).toHaveCount(1);
  await expect(alert).toContainText('House style, spelling and grammar could not start:');
  await expect(alert).toContainText('Typing and saving carry on.');
  // Nothing was checked, so no section claims the story is clean.
  const panel = page.getByRole('tabpanel', { name: 'House style' });
  for (const section of ['House style', 'Spelling', 'Grammar']) {
    await expect(panel.getByRole('region', { name: section })).toContainText('Not checked.');
  }
  await page.screenshot({ path: test.info().outputPath('checks-stopped-1024.png') });
  // Typing still lands meanwhile.
  await page.getByRole('textbox', { name: 'Story text' }).press('End');
  await page.keyboard.insertText(' Still typing.');
  await expect(page.getByRole('textbox', { name: 'Story text' })).toContainText('attention. Still typing.');

  await page.unroute(CHECKS_WORKER);
  await alert.getByRole('button', { name: 'Retry' }).click();
  await expect.poll(() => underlinedWords(page, 'error')).toEqual(['color']);
  await expect.poll(() => underlinedWords(page, 'spelling'), { timeout: 30_000 }).toEqual(['recieve']);
  await expect(alert).toHaveCount(0);
  await expect(page.getByRole('button', { name: /style issues?$/ })).toBeVisible();
  expect(pageErrors).toEqual([]);
});
