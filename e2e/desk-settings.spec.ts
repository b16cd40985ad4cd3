import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page, TestInfo } from '@playwright/test';
import Database from 'better-sqlite3';
import { joinDesk } from '../src/main/newsroom/join-desk';
import { syncDeskNow } from '../src/main/newsroom/sync-desk-now';
import { openStore, type Store } from '../src/main/store/store';
import { startNewsroomServer, type NewsroomServer } from '../src/server/newsroom-server';
import { addToken } from '../src/server/newsroom-tokens';
import { expect, test } from './support/fixtures';

const HEADLINE = 'Ambulance handovers fall';
const NEW_HEADLINE = 'Ambulance handovers fall by a third';

/** A Lexical body of plain paragraphs, as the store keeps it. */
function paragraphs(...texts: string[]) {
  const text = (t: string) => ({ type: 'text', version: 1, text: t, format: 0, style: '', mode: 'normal', detail: 0 });
  const paragraph = (t: string) => ({ type: 'paragraph', version: 1, direction: null, format: '', indent: 0, textFormat: 0, textStyle: '', children: [text(t)] });
  return { root: { type: 'root', version: 1, direction: null, format: '', indent: 0, children: texts.map(paragraph) } } as never;
}

let folder: string;
let server: NewsroomServer;
let janeToken: string;
let amirToken: string;
/** Jane's profile: another editor on the desk, worked on directly through its store. */
let jane: Store;

test.beforeEach(async () => {
  folder = mkdtempSync(join(tmpdir(), 'copydesk-desk-'));
  janeToken = addToken(join(folder, 'server'), 'jane', new Date());
  amirToken = addToken(join(folder, 'server'), 'amir', new Date());
  server = await startNewsroomServer({ dataDir: join(folder, 'server'), port: 0, host: '127.0.0.1', log: () => undefined });
  jane = openStore({ file: join(folder, 'jane.db'), Database });
  const story = jane.createStory({ section: 'News', headline: HEADLINE });
  jane.saveStory(story.id, story.revision, { body: paragraphs('Handover delays fell over the winter.') });
  await joinDesk(jane, { serverUrl: server.url, token: janeToken, editorName: 'Jane Smith', timeoutSeconds: 10 });
});

test.afterEach(async () => {
  jane.close();
  await server.stop();
  rmSync(folder, { recursive: true, force: true });
});

async function seriousViolations(page: Page): Promise<string[]> {
  const axe = await new AxeBuilder({ page }).analyze();
  return axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id);
}

/** The page in both themes at the size it has now, then at 1024 × 768. */
async function screenshots(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  for (const [width, height] of [
    [1440, 900],
    [1024, 768],
  ] as const) {
    await page.setViewportSize({ width, height });
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      await page.screenshot({ path: testInfo.outputPath(`${name}-${width}-${colorScheme}.png`) });
    }
  }
  await page.emulateMedia({ colorScheme: 'light' });
  await page.setViewportSize({ width: 1440, height: 900 });
}

// Each test looks at its screens in two sizes and two themes.
test.describe.configure({ timeout: 120_000 });

test('Settings → Newsroom joins the desk, says why a token is refused, syncs, and leaves keeping the stories', async ({ page, preview }, testInfo) => {
  await page.goto(preview.url);
  await page.getByRole('button', { name: 'Settings' }).click();
  const newsroom = page.getByRole('region', { name: 'Newsroom' });
  const address = newsroom.getByRole('textbox', { name: 'Server address' });
  const token = newsroom.getByLabel('Token', { exact: true });
  const name = newsroom.getByRole('textbox', { name: 'Your name' });
  await address.scrollIntoViewIfNeeded();
  expect(await seriousViolations(page)).toEqual([]);

  // Checked on the page: an address that is not ws:// or wss://, a missing token and name.
  await address.fill('https://desk.example.org');
  await newsroom.getByRole('button', { name: 'Join the desk' }).click();
  await expect(newsroom.getByText('Give the desk server’s address as ws://HOST:PORT')).toBeVisible();
  await expect(address).toHaveAttribute('aria-invalid', 'true');
  await expect(address).toBeFocused();
  await expect(newsroom.getByText('Give your name as the other editors should see it')).toBeVisible();

  // Refused by the server: the message says what happened, beside the token, and nothing is stored.
  await address.fill(server.url);
  await token.fill('not-a-token');
  await name.fill('Amir Khan');
  await token.press('Enter');
  await expect(newsroom.getByText(`The desk at ${server.url} refused the token: it is unknown or was revoked.`)).toBeVisible();
  await expect(token).toHaveAttribute('aria-invalid', 'true');
  await expect(token).toBeFocused();
  await screenshots(page, testInfo, 'newsroom-refused');

  await token.fill(amirToken);
  await newsroom.getByRole('button', { name: 'Join the desk' }).click();
  await expect(page.getByRole('status').getByText(`Joined the desk at ${server.url}: 1 story in sync.`)).toBeVisible();
  const membership = newsroom.getByRole('definition');
  await expect(membership.filter({ hasText: server.url })).toBeVisible();
  await expect(membership.filter({ hasText: 'Amir Khan' })).toBeVisible();
  await expect(membership.filter({ hasText: 'None: the desk has every change' })).toBeVisible();
  const syncNow = newsroom.getByRole('button', { name: 'Sync now' });
  await expect(syncNow).toBeFocused();
  // The token is the profile's secret: never on the page again.
  await expect(page.locator('body')).not.toContainText(amirToken);
  expect(await page.locator('input').evaluateAll((inputs, secret) => inputs.some((input) => (input as HTMLInputElement).value === secret), amirToken)).toBe(false);
  expect(await seriousViolations(page)).toEqual([]);
  await screenshots(page, testInfo, 'newsroom-joined');

  await syncNow.click();
  await expect(page.getByRole('status').getByText('In sync with the desk: 1 story.')).toBeVisible();
  await expect(membership.filter({ hasText: /ago|just now|seconds?/ })).toBeVisible();

  // The name is changed in place: Escape leaves it as it was, an empty one is refused beside the field, Enter saves.
  const change = newsroom.getByRole('button', { name: 'Change your name on the desk' });
  await change.click();
  const newName = newsroom.getByRole('textbox', { name: 'Your name on the desk' });
  await expect(newName).toBeFocused();
  await expect(newName).toHaveValue('Amir Khan');
  await newName.press('Escape');
  await expect(change).toBeFocused();
  await change.click();
  await newName.fill('  ');
  await newName.press('Enter');
  await expect(newsroom.getByRole('alert').getByText('Give your name as the other editors should see it')).toBeVisible();
  await expect(newName).toHaveAttribute('aria-invalid', 'true');
  await newName.fill('Amir K. Khan');
  await screenshots(page, testInfo, 'newsroom-rename');
  await newName.press('Enter');
  await expect(page.getByRole('status').getByText('Your name on the desk is now Amir K. Khan.')).toBeVisible();
  await expect(membership.filter({ hasText: 'Amir K. Khan' })).toBeVisible();
  await expect(change).toBeFocused();

  await newsroom.getByRole('button', { name: 'Leave the desk…' }).click();
  const ask = page.getByRole('dialog', { name: 'Leave the desk?' });
  await expect(ask.getByText('The stories stay on this profile')).toBeVisible();
  await expect(ask.getByRole('button', { name: 'Cancel' })).toBeFocused();
  expect(await seriousViolations(page)).toEqual([]);
  await ask.getByRole('button', { name: 'Leave the desk' }).click();
  await expect(page.getByRole('status').getByText('Left the desk. The stories stay on this profile.')).toBeVisible();
  await expect(address).toBeFocused();
  await expect(address).toHaveValue('');

  await page.getByRole('button', { name: 'Library' }).click();
  await expect(page.getByRole('link', { name: HEADLINE })).toBeVisible();
});

test('a story another editor changed is marked in the library until opened, and its history says who changed what', async ({ page, preview }, testInfo) => {
  await page.goto(preview.url);
  await page.getByRole('button', { name: 'Settings' }).click();
  const newsroom = page.getByRole('region', { name: 'Newsroom' });
  await newsroom.getByRole('textbox', { name: 'Server address' }).fill(server.url);
  await newsroom.getByLabel('Token', { exact: true }).fill(amirToken);
  await newsroom.getByRole('textbox', { name: 'Your name' }).fill('Amir Khan');
  await newsroom.getByRole('button', { name: 'Join the desk' }).click();
  await expect(newsroom.getByRole('button', { name: 'Sync now' })).toBeFocused();

  // A story new to this profile is not marked: it is all news. Opening it keeps a version, this profile's own.
  await page.getByRole('button', { name: 'Library' }).click();
  await expect(page.getByText(/^Changed by/)).toHaveCount(0);
  await page.getByRole('link', { name: HEADLINE }).click();
  await expect(page.getByRole('textbox', { name: 'Headline' })).toHaveValue(HEADLINE);
  await page.getByRole('button', { name: 'Library' }).click();

  // Jane changes the headline and the body on her profile, and syncs.
  const [id] = jane.liveStoryIds();
  jane.saveStory(id!, jane.getStory(id!).revision, { headline: NEW_HEADLINE, body: paragraphs('Handover delays fell by a third over the winter.') });
  await syncDeskNow(jane, 10);

  await page.getByRole('button', { name: 'Settings' }).click();
  await newsroom.getByRole('button', { name: 'Sync now' }).click();
  await expect(page.getByRole('status').getByText('In sync with the desk: 1 story.')).toBeVisible();
  await page.getByRole('button', { name: 'Library' }).click();
  const row = page.getByRole('row').filter({ has: page.getByRole('link', { name: NEW_HEADLINE }) });
  await expect(row.getByText('Changed by Jane Smith')).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await screenshots(page, testInfo, 'library-changed-by');

  await page.getByRole('link', { name: NEW_HEADLINE }).click();
  await expect(page.getByRole('textbox', { name: 'Headline' })).toHaveValue(NEW_HEADLINE);
  await page.getByRole('tab', { name: 'History' }).click();
  const versions = page.getByRole('list', { name: 'Kept versions, newest first' }).getByRole('button');
  const fromDesk = versions.filter({ hasText: 'From the desk' });
  await expect(fromDesk).toHaveCount(1);
  await expect(fromDesk).toContainText('Jane Smith changed the headline and the body');
  await expect(versions.filter({ hasText: 'Opened' })).toContainText('Yours');
  expect(await seriousViolations(page)).toEqual([]);
  await screenshots(page, testInfo, 'history-changed-by');

  await page.getByRole('button', { name: 'Library' }).click();
  await expect(page.getByRole('link', { name: NEW_HEADLINE })).toBeVisible();
  await expect(page.getByText(/^Changed by/)).toHaveCount(0);
});
