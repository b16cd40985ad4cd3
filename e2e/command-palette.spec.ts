import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';

/** Violations a user of assistive technology would hit hard. */
async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).include('dialog').analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => ({ id: violation.id, help: violation.help, targets: violation.nodes.map((node) => node.target) }));
}

async function openPalette(page: Page) {
  await page.keyboard.press('ControlOrMeta+Shift+P');
  const palette = page.getByRole('dialog', { name: 'Commands' });
  await expect(palette).toBeVisible();
  const search = palette.getByRole('combobox', { name: 'Search commands' });
  await expect(search).toBeFocused();
  return { palette, search, options: palette.getByRole('listbox', { name: 'Commands' }).getByRole('option') };
}

test('the command palette finds commands by name, shows their keys, runs them and gives focus back', async ({ page, preview }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto(preview.url);
  await expect(page.getByRole('heading', { name: 'No stories yet' })).toBeVisible();
  const librarySearch = page.getByRole('searchbox', { name: 'Search stories' });
  await page.keyboard.press('/');
  await expect(librarySearch).toBeFocused();

  // Everything is listed; what needs a story is greyed with the reason.
  let { palette, search, options } = await openPalette(page);
  await expect(palette.getByRole('option', { name: 'New story', exact: true })).toContainText(/Ctrl\+N|⌘N/);
  const bold = palette.getByRole('option', { name: 'Bold', exact: true });
  await expect(bold).toHaveAttribute('aria-disabled', 'true');
  await expect(bold).toContainText('Open a story to use this in its text');
  expect(await seriousViolations(page)).toEqual([]);
  await page.screenshot({ path: test.info().outputPath('palette-1440-light.png') });
  await page.emulateMedia({ colorScheme: 'dark' });
  expect(await seriousViolations(page)).toEqual([]);
  await page.screenshot({ path: test.info().outputPath('palette-1440-dark.png') });
  await page.emulateMedia({ colorScheme: 'light' });
  await page.setViewportSize({ width: 1024, height: 768 });
  await search.fill('lib');
  await page.screenshot({ path: test.info().outputPath('palette-1024-search.png') });

  // Arrows move between the matches; Enter runs the one chosen.
  await expect(options.first()).toHaveAttribute('aria-selected', 'true');
  await expect(options.first()).toContainText('Go to the library');
  await search.press('ArrowDown');
  const searchLibrary = palette.getByRole('option', { name: 'Search the library' });
  await expect(searchLibrary).toHaveAttribute('aria-selected', 'true');
  await expect(search).toHaveAttribute('aria-activedescendant', (await searchLibrary.getAttribute('id'))!);
  await search.press('Escape');
  await expect(palette).toBeHidden();
  await expect(librarySearch).toBeFocused();

  ({ palette, search, options } = await openPalette(page));
  await search.fill('nothing like this');
  await expect(palette.getByRole('status')).toContainText('No command matches');
  await search.fill('new st');
  await expect(options.first()).toContainText('New story');
  await search.press('Enter');
  await expect(palette).toBeHidden();
  await expect(page.getByRole('textbox', { name: 'Headline' })).toBeFocused();

  // A writing command from the palette acts on the text where the caret was.
  const body = page.getByRole('textbox', { name: 'Story text' });
  await body.click();
  await page.keyboard.type('Crisis talks');
  ({ palette, search, options } = await openPalette(page));
  await search.fill('subheading');
  await expect(options.first()).toContainText(/Ctrl\+Alt\+2|⌥⌘2/);
  await search.press('Enter');
  await expect(palette).toBeHidden();
  await expect(body.locator('h2')).toHaveText('Crisis talks');
  await expect(body).toBeFocused();
});

test('the shortcut help sheet is made from the same commands', async ({ page, preview }) => {
  await page.goto(preview.url);
  await expect(page.getByRole('heading', { name: 'No stories yet' })).toBeVisible();
  await page.keyboard.press('ControlOrMeta+/');
  const sheet = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(sheet).toBeVisible();
  await expect(sheet.locator('.shortcuts__item').filter({ hasText: 'Show all commands' })).toContainText(/Ctrl\+Shift\+P|⇧⌘P/);
  await expect(sheet.locator('.shortcuts__item').filter({ hasText: 'Search the library' })).toContainText('/');
  await page.screenshot({ path: test.info().outputPath('shortcuts-sheet.png') });
  await sheet.getByRole('button', { name: 'Close' }).click();

  // Ctrl/Cmd+Shift+L, the menu's Library, goes back from a story.
  await page.getByRole('button', { name: 'New story', exact: true }).click();
  await expect(page.getByRole('textbox', { name: 'Headline' })).toBeFocused();
  await page.keyboard.press('ControlOrMeta+Shift+L');
  await expect(page.getByRole('heading', { name: 'No stories yet' })).toBeHidden();
  await expect(page.getByRole('searchbox', { name: 'Search stories' })).toBeVisible();
});
