import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';

async function expectNoSeriousViolations(page: Page): Promise<void> {
  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
}

test('the house dictionary takes a word with Enter, removes one from the keyboard, and keeps them and the Oxford dialect after a restart', async ({
  page,
  preview,
}, testInfo) => {
  // A restart of the preview and four accessibility checks on a shared machine.
  test.setTimeout(120_000);
  await page.goto(preview.url);
  await page.getByRole('button', { name: 'Settings' }).click();
  const words = page.getByRole('list', { name: 'Words in the house dictionary' });
  await expect(words.getByRole('listitem')).toHaveText([/^CSU/, /^ICB/, /^ICBs/, /^MiP/, /^MPs/, /^NHS/]);
  await expect(page.getByText('The names in a story’s bylines and in the author directory are always accepted', { exact: false })).toBeVisible();
  await expect(page.getByRole('radio', { name: 'British -ise' })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: /^Spelling/ })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: /^Grammar/ })).toBeChecked();
  await expectNoSeriousViolations(page);

  const add = page.getByRole('textbox', { name: 'Add a word or name' });
  await add.fill('  Trussell Trust ');
  await add.press('Enter');
  await expect(words.getByRole('listitem').filter({ hasText: 'Trussell Trust' })).toBeVisible();
  await expect(add).toHaveValue('');
  await expect(add).toBeFocused();
  // Enter added the word: it did not save the settings form around it.
  await expect(page.getByText('Settings saved')).toHaveCount(0);

  await add.fill('NHS');
  await add.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: '“NHS” is already in the house dictionary.' })).toBeAttached();
  await add.fill('NHS!');
  await add.press('Enter');
  await expect(page.getByRole('alert').filter({ hasText: '“NHS!” has “!” in it.' })).toBeVisible();
  await expect(add).toHaveAttribute('aria-invalid', 'true');
  await add.fill('');

  const removeCsu = page.getByRole('button', { name: 'Remove CSU from the house dictionary' });
  await removeCsu.focus();
  await page.keyboard.press('Enter');
  await expect(removeCsu).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Remove ICB from the house dictionary' })).toBeFocused();
  await expect(words.getByRole('listitem')).toHaveText([/^ICB/, /^ICBs/, /^MiP/, /^MPs/, /^NHS/, /^Trussell Trust/]);

  await page.getByRole('radio', { name: 'Oxford -ize' }).check();
  await page.getByRole('checkbox', { name: /^Grammar/ }).uncheck();
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByRole('status').getByText('Settings saved')).toBeVisible();
  // Off the Save button: its hover colour is not what is being checked here.
  await page.mouse.move(1, 1);

  await page.evaluate(() => document.querySelector('.settings-screen__body')?.scrollBy(0, 420));
  await expectNoSeriousViolations(page);
  await page.screenshot({ path: testInfo.outputPath('house-dictionary-1440.png') });
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.screenshot({ path: testInfo.outputPath('house-dictionary-1440-dark.png') });
  await expectNoSeriousViolations(page);
  await page.emulateMedia({ colorScheme: 'light' });
  await page.setViewportSize({ width: 1024, height: 768 });
  await words.scrollIntoViewIfNeeded();
  await page.screenshot({ path: testInfo.outputPath('house-dictionary-1024.png') });
  await page.setViewportSize({ width: 1440, height: 900 });

  await page.goto(await preview.restart());
  await page.keyboard.press('Control+,');
  await expect(page.getByRole('radio', { name: 'Oxford -ize' })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: /^Grammar/ })).not.toBeChecked();
  await expect(page.getByRole('checkbox', { name: /^Spelling/ })).toBeChecked();
  await expect(page.getByRole('list', { name: 'Words in the house dictionary' }).getByRole('listitem')).toHaveText([
    /^ICB/,
    /^ICBs/,
    /^MiP/,
    /^MPs/,
    /^NHS/,
    /^Trussell Trust/,
  ]);

  // A long list gets a filter box; a filter that finds nothing says so.
  await page.evaluate(async () => {
    const bridge = (window as unknown as { copydeskBridge: { addHouseWord(input: { word: string }): Promise<unknown> } }).copydeskBridge;
    for (const word of ['Alder Hey', 'Barts Health', 'Great Ormond Street', 'Guy’s', 'King’s Fund', 'Nuffield Trust', 'St Thomas’', 'Unison']) {
      await bridge.addHouseWord({ word });
    }
  });
  await page.getByRole('button', { name: 'Library' }).click();
  await page.getByRole('button', { name: 'Settings' }).click();
  const find = page.getByRole('searchbox', { name: 'Find a word' });
  await find.fill('trust');
  await expect(page.getByRole('list', { name: 'Words in the house dictionary' }).getByRole('listitem')).toHaveText([/^Nuffield Trust/, /^Trussell Trust/]);
  await expect(page.getByText('2 of 14 words')).toBeVisible();
  await page.getByRole('list', { name: 'Words in the house dictionary' }).scrollIntoViewIfNeeded();
  await expectNoSeriousViolations(page);
  await page.screenshot({ path: testInfo.outputPath('house-dictionary-filter-1440.png') });
  await find.fill('xyz');
  await expect(page.getByText('No word in the house dictionary contains “xyz”.')).toBeVisible();
});

test('with Oxford -ize chosen, the story page flags organisation and leaves organize and advise', async ({ page, preview }, testInfo) => {
  await page.goto(preview.url);
  // An emptied house dictionary says so, and what it is for.
  await page.evaluate(async () => {
    const bridge = (window as unknown as { copydeskBridge: { removeHouseWord(input: { word: string }): Promise<unknown> } }).copydeskBridge;
    for (const word of ['CSU', 'ICB', 'ICBs', 'MiP', 'MPs', 'NHS']) await bridge.removeHouseWord({ word });
  });
  await page.getByRole('button', { name: 'Settings' }).click();
  await expect(page.getByText('The house dictionary is empty. Add the names and words the spelling checker should accept.')).toBeVisible();
  await expect(page.getByRole('list', { name: 'Words in the house dictionary' })).toHaveCount(0);
  await page.getByRole('heading', { name: 'House dictionary' }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: testInfo.outputPath('house-dictionary-empty-1440.png') });
  // Choosing Oxford and then British again leaves nothing to save: leaving asks nothing.
  await page.getByRole('radio', { name: 'Oxford -ize' }).check();
  await page.getByRole('radio', { name: 'British -ise' }).check();
  await page.getByRole('button', { name: 'Library' }).click();
  await expect(page.getByRole('button', { name: 'New story', exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Settings' }).click();

  await page.getByRole('radio', { name: 'Oxford -ize' }).check();
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByRole('status').getByText('Settings saved')).toBeVisible();
  await page.getByRole('button', { name: 'Library' }).click();

  await page.getByRole('button', { name: 'New story', exact: true }).click();
  await page.getByRole('textbox', { name: 'Headline' }).fill('Trusts plan for a hard winter');
  const body = page.getByRole('textbox', { name: 'Story text' });
  await body.click();
  await page.keyboard.type('The organisation will organize it, and advise on the exercise.');
  await expect.poll(() => page.evaluate(() => CSS.highlights.get('cd-hs-error')?.size ?? 0)).toBe(1);

  await page.getByRole('button', { name: /style issues?$/ }).click();
  const rule = page.getByRole('region', { name: 'Rule british-spelling' });
  await expect(rule).toContainText('organization, not organisation');
  await rule.getByRole('button', { name: 'Fix', exact: true }).click();
  await expect(body).toContainText('The organization will organize it, and advise on the exercise.');
  await expect(rule).toHaveCount(0);
});
