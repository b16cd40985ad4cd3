import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './support/fixtures';

// A failure trace's DOM snapshot reads every element's scroll position, which lays out each off-screen block
// the editor leaves unrendered (content-visibility): minutes for the 5 MB story below. The app never asks that.
test.use({ trace: { mode: 'retain-on-failure', snapshots: false } });

const FIXTURES = join(__dirname, '../test/shared/html-import/fixtures');
const WORD = readFileSync(join(FIXTURES, 'word-windows.html'), 'utf8');

function body(page: Page): Locator {
  return page.getByRole('textbox', { name: 'Story text' });
}

async function newStory(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.getByRole('button', { name: 'New story', exact: true }).click();
  await expect(page.getByRole('textbox', { name: 'Headline' })).toBeFocused();
  await page.keyboard.type('Pasted from Word');
  await body(page).click();
}

/** A real paste event, as the browser fires it for Ctrl+V, carrying what Word puts on the clipboard. */
async function pasteInto(editable: Locator, data: Record<string, string>): Promise<void> {
  await editable.evaluate((element, entries) => {
    const clipboardData = new DataTransfer();
    for (const [type, value] of Object.entries(entries)) clipboardData.setData(type, value);
    element.dispatchEvent(new ClipboardEvent('paste', { clipboardData, bubbles: true, cancelable: true }));
  }, data);
}

/** The Word fixture's body repeated to about `bytes` characters. */
function hugeWordPaste(bytes: number): { html: string; copies: number } {
  const start = WORD.indexOf('<!--StartFragment-->');
  const end = WORD.indexOf('<!--EndFragment-->');
  const fragment = WORD.slice(start, end);
  const copies = Math.ceil(bytes / fragment.length);
  return { html: WORD.slice(0, start) + fragment.repeat(copies) + WORD.slice(end), copies };
}

test('a Word paste keeps headings, lists, the table and house quote marks, and says which picture it left out', async ({ page, preview }) => {
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await newStory(page, preview.url);

  await pasteInto(body(page), { 'text/html': WORD, 'text/plain': 'Winter pressures on the wards' });

  await expect(body(page).getByRole('heading', { level: 2 })).toHaveText(['Winter pressures on the wards', 'Three changes would help', 'The numbers']);
  await expect(body(page).locator('p').filter({ hasText: 'chief executive told us' })).toContainText(
    'The chief executive told us: ‘We were promised “freedom to manage” and we got forms—lots of them.’',
  );
  const bullets = body(page).locator('ul').first();
  await expect(bullets.locator(':scope > li')).toHaveCount(4);
  await expect(bullets.locator('ul > li')).toHaveText(['for chairs', 'for chief executives']);
  await expect(body(page).locator('ol > li')).toHaveText(['publish the review', 'cut the returns by half', 'fund the training']);
  await expect(body(page).getByRole('table').getByRole('cell')).toHaveText(['Region', 'Managers', 'Change', 'North', '1,200', '−4 per cent', 'South', '950', '+2 per cent']);
  await expect(body(page).locator('blockquote')).toHaveText('‘Give us the room to run services, and judge us on the results.’');
  await expect(body(page).getByRole('link', { name: 'the editor' })).toHaveCount(1);
  await expect(body(page)).not.toContainText('finance team');
  await expect(body(page)).not.toContainText('mso-');
  await expect(page.getByRole('status').filter({ hasText: 'Image not pasted: pictures must be added from disk' })).toBeVisible();

  // One undo takes the whole paste back.
  await page.keyboard.press('ControlOrMeta+z');
  await expect(body(page).getByRole('table')).toHaveCount(0);
  expect(pageErrors).toEqual([]);
});

test('a 5 MB paste completes and the editor keeps responding', async ({ page, preview }) => {
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await newStory(page, preview.url);
  const { html, copies } = hugeWordPaste(5 * 1024 * 1024);

  const started = Date.now();
  await pasteInto(body(page), { 'text/html': html });
  await expect(body(page).getByRole('table')).not.toHaveCount(0, { timeout: 30_000 });
  await expect(body(page).getByRole('table')).toHaveCount(copies);
  console.log(`5 MB paste (${(html.length / 1024 / 1024).toFixed(1)} M characters) shown after ${Date.now() - started} ms`);

  // Still an editor: typing at the end lands, in house style.
  await body(page).press('ControlOrMeta+End');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Still "typing"');
  await expect(body(page).locator('p').last()).toHaveText('Still ‘typing’');
  expect(pageErrors).toEqual([]);
});

test('pastes made the moment a story opens arrive in order, and typing after them lands after them', async ({ page, preview }) => {
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  // A fresh window: the paste converter has not been fetched yet when these pastes happen.
  await newStory(page, preview.url);
  await body(page).evaluate((element) => {
    for (const html of ['<p>First paste.</p>', '<p><b>Second</b> paste.</p>']) {
      const clipboardData = new DataTransfer();
      clipboardData.setData('text/html', html);
      clipboardData.setData('text/plain', html.replace(/<[^>]+>/g, ''));
      element.dispatchEvent(new ClipboardEvent('paste', { clipboardData, bubbles: true, cancelable: true }));
    }
  });
  await expect(body(page).locator('p').first()).toHaveText('First paste.Second paste.');
  await expect(body(page).locator('strong, b')).toHaveText('Second');
  await page.keyboard.type(' Then "typing".');
  await expect(body(page).locator('p').first()).toHaveText('First paste.Second paste. Then ‘typing’.');
  expect(pageErrors).toEqual([]);
});

test('plain text that starts with a line end starts a new paragraph; without one it joins the words at the caret', async ({ page, preview }) => {
  await newStory(page, preview.url);
  await page.keyboard.type('The board met on Tuesday.');
  await pasteInto(body(page), { 'text/plain': '\nMinutes will follow next week.' });
  await expect(body(page).locator('p')).toHaveText(['The board met on Tuesday.', 'Minutes will follow next week.']);
  await page.keyboard.type(' Honest.');
  await expect(body(page).locator('p')).toHaveText(['The board met on Tuesday.', 'Minutes will follow next week. Honest.']);

  // Without a leading line end the paste carries on the paragraph, as before; in an empty paragraph no blank one is left.
  await page.keyboard.type(' ');
  await pasteInto(body(page), { 'text/plain': 'Again.' });
  await expect(body(page).locator('p')).toHaveText(['The board met on Tuesday.', 'Minutes will follow next week. Honest. Again.']);
  await page.keyboard.press('Enter');
  await pasteInto(body(page), { 'text/plain': '\r\nA third paragraph.' });
  await expect(body(page).locator('p')).toHaveText(['The board met on Tuesday.', 'Minutes will follow next week. Honest. Again.', 'A third paragraph.']);
});
