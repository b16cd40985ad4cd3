import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { startReader } from '../test/support/held-reader';
import { filesHolding } from '../test/support/profile-files';
import { expect, test } from './support/fixtures';

const HEADLINE = 'Tribunal papers name the panel';
const SECRET = 'Quennellgrievance';

async function writeStory(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'New story', exact: true }).click();
  const field = page.getByRole('textbox', { name: 'Headline' });
  await expect(field).toBeFocused();
  await field.pressSequentially(HEADLINE);
  await page.getByRole('textbox', { name: 'Story text' }).click();
  await page.keyboard.type(`The whistleblower ${SECRET} names the chairwoman.`);
  await expect(page.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible();
  await page.getByRole('navigation', { name: 'Story navigation' }).getByRole('button', { name: 'Library' }).click();
}

test('delete for good while another program reads the library says the log is scrubbed when it lets go, and then it is', async ({ page, preview }) => {
  await page.goto(preview.url);
  await writeStory(page);
  await page.getByRole('button', { name: `Actions for “${HEADLINE}”` }).click();
  await page.getByRole('menuitem', { name: 'Move to trash' }).click();
  await page.getByRole('group', { name: 'Show' }).getByRole('button', { name: 'Trash' }).click();

  // Another program (as the command line would be) holds a read transaction on the library.
  const reader = await startReader(join(preview.profileDir, 'copydesk.db'));
  try {
    await reader.hold();
    await page.getByRole('button', { name: `Actions for “${HEADLINE}”` }).click();
    await page.getByRole('menuitem', { name: 'Delete for good…' }).click();
    await page.getByRole('dialog', { name: `Delete “${HEADLINE}” for good?` }).getByRole('button', { name: 'Delete for good' }).click();
    const toast = page.getByText(`“${HEADLINE}” deleted for good`);
    await expect(toast).toContainText(
      'the text will be scrubbed from the write-ahead log as soon as the other program reading this library (another window, the preview or the command line) lets go',
    );
    await page.screenshot({ path: test.info().outputPath('purge-pending.png') });
    expect(filesHolding(preview.profileDir, SECRET)).not.toEqual([]);

    await reader.letGo();
    await expect.poll(() => filesHolding(preview.profileDir, SECRET), { timeout: 10_000 }).toEqual([]);
    expect(filesHolding(preview.profileDir, HEADLINE)).toEqual([]);
  } finally {
    await reader.close();
  }
});
