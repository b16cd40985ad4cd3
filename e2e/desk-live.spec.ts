import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { addDeskToken, startDeskServer } from './support/desk-server';
import { expect, test } from './support/fixtures';
import { startPreview } from './support/preview-process';
import { saved } from './support/save-state';

type Bridge = Record<string, (input: unknown) => Promise<{ ok: boolean; value?: unknown; error?: { message: string } }>>;

/** Calls an operation through the page's own bridge, as the settings screen would. */
async function call(page: Page, name: string, input: unknown): Promise<unknown> {
  const result = await page.evaluate(
    async ([operation, value]) => (window as unknown as { copydeskBridge: Bridge }).copydeskBridge[operation as string]!(value),
    [name, input] as const,
  );
  if (!result.ok) throw new Error(`${name} failed: ${result.error?.message}`);
  return result.value;
}

/** The profile joins the desk with an editor's token, under that editor's name. */
async function joinAs(page: Page, editorName: string, serverUrl: string, token: string): Promise<void> {
  await call(page, 'joinDesk', { serverUrl, token, editorName });
}

/** On a profile of its own, the editor writes the story “Ward closures” and then joins the desk: the story goes up. */
async function writeStoryThenJoin(page: Page, previewUrl: string, editorName: string, serverUrl: string, token: string): Promise<void> {
  await page.goto(previewUrl);
  await page.getByRole('button', { name: 'New story', exact: true }).click();
  await expect(page.getByRole('textbox', { name: 'Headline' })).toBeFocused();
  await page.keyboard.type('Ward closures');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Three wards closed.');
  await saved(page);
  await joinAs(page, editorName, serverUrl, token);
}

function body(page: Page): Locator {
  return page.getByRole('textbox', { name: 'Story text' });
}

async function openStory(page: Page, headline: string): Promise<void> {
  // A story that arrived from the desk shows once the library is read again.
  await expect(async () => {
    await page.reload();
    await expect(page.getByRole('link', { name: headline })).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 20_000 });
  await page.getByRole('link', { name: headline }).click();
  await expect(body(page)).toContainText('Three wards closed.');
}

test('two editors on two profiles joined to one desk see each other’s typing and carets, and the status bar says the desk is connected', async ({
  page,
  preview,
  browser,
}, testInfo) => {
  test.setTimeout(180_000);
  const deskData = mkdtempSync(join(tmpdir(), 'copydesk-e2e-desk-'));
  const samProfile = mkdtempSync(join(tmpdir(), 'copydesk-e2e-sam-'));
  // The tokens one after the other (one data folder), while Sam's preview starts.
  const tokens = (async (): Promise<[string, string]> => [await addDeskToken(deskData, 'jane'), await addDeskToken(deskData, 'sam')])();
  const [[janeToken, samToken], samPreview] = await Promise.all([tokens, startPreview(samProfile)]);
  const server = await startDeskServer(deskData);
  const samContext = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const sam = await samContext.newPage();
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(`Jane: ${error.message}`));
  sam.on('pageerror', (error) => pageErrors.push(`Sam: ${error.message}`));
  try {
    await writeStoryThenJoin(page, preview.url, 'Jane Smith', server.url, janeToken);

    await sam.goto(samPreview.url);
    await joinAs(sam, 'Sam Patel', server.url, samToken);

    // Both open it: Jane's page again (the story is shared now), Sam's once it has arrived.
    await page.goto(preview.url);
    await openStory(page, 'Ward closures');
    await sam.goto(samPreview.url);
    await openStory(sam, 'Ward closures');
    await expect(page.locator('.desk-connection')).toHaveText('Desk: connected');
    await expect(sam.locator('.desk-connection')).toHaveText('Desk: connected');

    // Jane types at the end of the paragraph: it shows in Sam's editor, with her name at her caret.
    await body(page).getByText('Three wards closed.').click();
    await page.keyboard.press('End');
    await page.keyboard.type(' Two more close next week.');
    await expect(body(sam)).toContainText('Three wards closed. Two more close next week.', { timeout: 10_000 });
    await expect(sam.getByText('Jane Smith', { exact: true })).toBeVisible({ timeout: 10_000 });

    // And back: Sam adds a paragraph, Jane sees it and Sam's caret.
    await body(sam).getByText('Two more close next week.').click();
    await sam.keyboard.press('End');
    await sam.keyboard.press('Enter');
    await sam.keyboard.type('Unions called it a disgrace.');
    await expect(body(page)).toContainText('Unions called it a disgrace.', { timeout: 10_000 });
    await expect(page.getByText('Sam Patel', { exact: true })).toBeVisible({ timeout: 10_000 });

    // Undo in Sam's editor takes back Sam's latest typing, never Jane's words (Jane types last, then Sam undoes).
    await page.keyboard.type(' Beds will move.');
    await expect(body(sam)).toContainText('Two more close next week. Beds will move.', { timeout: 10_000 });
    await sam.keyboard.press('Control+z');
    await expect(body(page)).not.toContainText('Unions called it a disgrace.', { timeout: 10_000 });
    await expect(body(sam)).toContainText('Three wards closed. Two more close next week. Beds will move.');
    await expect(body(page)).toContainText('Three wards closed. Two more close next week. Beds will move.');

    await page.screenshot({ path: testInfo.outputPath('desk-live-jane-1440.png') });
    await sam.screenshot({ path: testInfo.outputPath('desk-live-sam-1440.png') });
    await sam.locator('.story-status').screenshot({ path: testInfo.outputPath('desk-live-status-bar.png') });

    // The server goes away: the status bar says so, and what Sam types waits.
    await server.stop();
    await expect(sam.locator('.desk-connection')).toHaveText(/^(Offline|Desk: connecting)/, { timeout: 15_000 });
    await sam.keyboard.type('Talks resume on Monday.');
    await expect(sam.locator('.desk-connection')).toHaveText(/changes? waiting$/, { timeout: 10_000 });
    await sam.locator('.story-status').screenshot({ path: testInfo.outputPath('desk-live-status-bar-offline.png') });

    // A story Jane starts now is a desk story from the first keystroke: its editor is given its first paragraph to type in,
    // and takes keys once its document is in (none typed before it are lost).
    await page.getByRole('button', { name: 'Library' }).click();
    await page.getByRole('button', { name: 'New story', exact: true }).click();
    await expect(page.getByRole('textbox', { name: 'Headline' })).toBeFocused();
    await page.keyboard.type('Ward reopens');
    await expect(body(page)).toBeEditable();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await page.keyboard.type('A new ward opens.');
    await expect(body(page)).toHaveText('A new ward opens.');
    await page.getByRole('button', { name: 'Library' }).click();
    await page.getByRole('link', { name: 'Ward reopens' }).click();
    await expect(body(page)).toHaveText('A new ward opens.');

    // Typing and at once reloading the window (as closing it would) keeps every word: what was still gathering is saved on the way out.
    await body(page).getByText('A new ward opens.').click();
    await page.keyboard.press('End');
    await page.keyboard.type(' It has twenty beds.');
    await page.reload();
    await expect(body(page)).toHaveText('A new ward opens. It has twenty beds.');

    const axe = await new AxeBuilder({ page: sam }).include('.story-status').analyze();
    expect(axe.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')).toEqual([]);
    expect(pageErrors).toEqual([]);
  } finally {
    await samContext.close();
    await samPreview.stop();
    await server.stop();
    rmSync(samProfile, { recursive: true, force: true });
    rmSync(deskData, { recursive: true, force: true });
  }
});

test('a shared story’s status bar says “Saved” only once its body’s edits are stored, and shows a failed body save as it shows a failed autosave', async ({
  page,
  preview,
}, testInfo) => {
  test.setTimeout(120_000);
  const deskData = mkdtempSync(join(tmpdir(), 'copydesk-e2e-desk-'));
  const token = await addDeskToken(deskData, 'jane');
  const server = await startDeskServer(deskData);
  const status = page.getByRole('status').filter({ hasText: /^(Saved|Saving…|Not saved — retrying)$/ });
  try {
    await writeStoryThenJoin(page, preview.url, 'Jane Smith', server.url, token);
    await page.goto(preview.url);
    await openStory(page, 'Ward closures');

    // The body's edits go as shared-document updates; a slow store keeps them on their way for a while.
    const bodyUpdates: string[] = [];
    await page.route('**/api/saveStory', async (route) => {
      const { changes } = route.request().postDataJSON() as { changes: Record<string, unknown> };
      bodyUpdates.push(...Object.keys(changes));
      await new Promise((resolve) => setTimeout(resolve, 1_500));
      await route.continue();
    });
    await body(page).getByText('Three wards closed.').click();
    await page.keyboard.press('End');
    await page.keyboard.type(' Two more close next week.');
    await expect(status).toHaveText('Saving…');
    await expect(status).toHaveText('Saved', { timeout: 10_000 });
    expect(bodyUpdates).toContain('bodyUpdate');
    expect(bodyUpdates).not.toContain('body');

    // From here every save fails on its way to the store: the bar, the notice and the leave guard say so, and the words stay.
    await page.unroute('**/api/saveStory');
    await page.route('**/api/saveStory', (route) => route.abort());
    await page.keyboard.type(' Beds will move.');
    await expect(status).toHaveText('Not saved — retrying', { timeout: 10_000 });
    await expect(page.getByRole('alert').filter({ hasText: 'Your latest changes are not saved yet' })).toBeVisible();
    await page.locator('.story-status').screenshot({ path: testInfo.outputPath('desk-live-status-bar-failed.png') });
    const back = page.getByRole('navigation', { name: 'Story navigation' }).getByRole('button', { name: 'Library' });
    await back.click();
    const question = page.getByRole('dialog', { name: 'Leave without saving?' });
    await expect(question).toContainText('Your latest changes could not be saved');
    await question.getByRole('button', { name: 'Stay' }).click();
    await expect(body(page)).toContainText('Two more close next week. Beds will move.');

    // The store is reachable again: the retry saves the words, and a fresh page shows them.
    await page.unroute('**/api/saveStory');
    await expect(status).toHaveText('Saved', { timeout: 15_000 });
    await expect(page.getByRole('alert').filter({ hasText: 'Your latest changes are not saved yet' })).toBeHidden();
    await page.locator('.story-status').screenshot({ path: testInfo.outputPath('desk-live-status-bar-saved.png') });
    await page.reload();
    await expect(body(page)).toContainText('Three wards closed. Two more close next week. Beds will move.');
  } finally {
    await server.stop();
    rmSync(deskData, { recursive: true, force: true });
  }
});
