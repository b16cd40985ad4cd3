import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { solidPng } from './support/png';

const HEADLINE = 'Ward closures put winter plans at risk';

async function seriousAccessibilityViolations(page: Page, include?: string) {
  const builder = new AxeBuilder({ page });
  if (include !== undefined) builder.include(include);
  const results = await builder.analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => ({ id: violation.id, help: violation.help, targets: violation.nodes.map((node) => node.target) }));
}

/** An author already in the directory, added through the page's own bridge as another window would. */
async function seedAuthor(page: Page, fields: { name: string; role: string; organisation: string }) {
  const result = await page.evaluate(
    (input) => (window as unknown as { copydeskBridge: { createAuthor(i: unknown): Promise<{ ok: boolean }> } }).copydeskBridge.createAuthor(input),
    fields,
  );
  expect(result.ok).toBe(true);
}

function bylineItems(page: Page) {
  return page.getByRole('list').filter({ has: page.getByRole('listitem', { name: /^Byline 1:/ }) }).getByRole('listitem');
}

test('bylines are added, ordered and given a bio that survive a restart', async ({ page, preview }) => {
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await page.goto(preview.url);
  await expect(page.getByRole('heading', { name: 'No stories yet' })).toBeVisible();
  await seedAuthor(page, { name: 'Priya Shah', role: 'chair', organisation: 'the Nursing Forum' });

  await page.getByRole('button', { name: 'New story', exact: true }).click();
  await page.getByRole('textbox', { name: 'Headline' }).pressSequentially(HEADLINE);
  const panel = page.getByRole('tabpanel', { name: 'Bylines & pull-quotes' });
  await expect(panel).toBeVisible();

  // A new author, added inline from what was typed.
  const picker = panel.getByRole('combobox', { name: 'Add a byline' });
  await picker.fill('Tom Reid');
  await panel.getByRole('option', { name: 'Add “Tom Reid” as a new author' }).click();
  const form = panel.getByRole('form', { name: 'New author' });
  await form.getByRole('textbox', { name: 'Role' }).fill('chief executive');
  await form.getByRole('textbox', { name: 'Organisation' }).fill('Example Trust');
  await form.getByLabel('Photo file').setInputFiles({ name: 'tom.png', mimeType: 'image/png', buffer: solidPng(120, 120, [40, 90, 160]) });
  await expect(form.getByRole('button', { name: 'Change photo…' })).toBeVisible();
  await form.getByRole('button', { name: 'Add author' }).click();
  await expect(bylineItems(page)).toHaveCount(1);

  // An existing author, found by typing part of the name and picked with the keyboard.
  await picker.pressSequentially('pri');
  await expect(panel.getByRole('option', { name: /Priya Shah/ })).toBeVisible();
  await picker.press('ArrowDown');
  await picker.press('ArrowUp');
  await picker.press('Enter');
  await expect(bylineItems(page)).toHaveText([/Tom Reid/, /Priya Shah/]);

  const bio = panel.getByLabel('Generated author bio');
  await expect(bio).toHaveText(
    'Tom Reid is chief executive of Example Trust. Priya Shah is chair of the Nursing Forum.',
  );
  await expect(page.getByLabel('Bylines', { exact: true })).toHaveText('By Tom Reid and Priya Shah');

  // Reorder: with the button, then back and forth with Alt+arrows.
  await panel.getByRole('button', { name: 'Move Priya Shah up' }).click();
  await expect(bylineItems(page)).toHaveText([/Priya Shah/, /Tom Reid/]);
  await panel.getByRole('textbox', { name: 'Role of Tom Reid in this story' }).press('Alt+ArrowUp');
  await expect(bylineItems(page)).toHaveText([/Tom Reid/, /Priya Shah/]);
  await panel.getByRole('textbox', { name: 'Role of Tom Reid in this story' }).press('Alt+ArrowDown');
  await expect(bylineItems(page)).toHaveText([/Priya Shah/, /Tom Reid/]);
  await expect(bio).toHaveText(
    'Priya Shah is chair of the Nursing Forum. Tom Reid is chief executive of Example Trust.',
  );

  // This story's own copy of the role feeds the bio at once.
  await panel.getByRole('textbox', { name: 'Role of Priya Shah in this story' }).fill('former chair');
  await expect(bio).toHaveText(
    'Priya Shah is former chair of the Nursing Forum. Tom Reid is chief executive of Example Trust.',
  );
  expect(await seriousAccessibilityViolations(page, '.story-panel')).toEqual([]);

  // Opening the bio and leaving it unchanged (Escape, or Done) keeps it following the bylines.
  const editBio = panel.getByRole('button', { name: 'Edit', exact: true });
  await editBio.click();
  await expect(panel.getByRole('textbox', { name: 'Author bio for this story' })).toBeFocused();
  await expect(panel.getByRole('textbox', { name: 'Author bio for this story' })).toHaveValue(
    'Priya Shah is former chair of the Nursing Forum.\nTom Reid is chief executive of Example Trust.',
  );
  await page.keyboard.press('Escape');
  await expect(editBio).toBeFocused();
  await editBio.click();
  await panel.getByRole('button', { name: 'Done', exact: true }).click();
  await expect(editBio).toBeFocused();
  await panel.getByRole('textbox', { name: 'Role of Priya Shah in this story' }).fill('chair');
  await expect(bio).toHaveText('Priya Shah is chair of the Nursing Forum. Tom Reid is chief executive of Example Trust.');
  await panel.getByRole('textbox', { name: 'Role of Priya Shah in this story' }).fill('former chair');

  await panel.getByRole('button', { name: 'Edit', exact: true }).click();
  const bioText = panel.getByRole('textbox', { name: 'Author bio for this story' });
  await expect(bioText).toBeFocused();
  await bioText.fill('Priya Shah chairs the Nursing Forum. Tom Reid runs Example Trust.');
  await expect(page.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible();

  await page.goto(await preview.restart());
  await page.getByRole('link', { name: HEADLINE }).click();
  const reopened = page.getByRole('tabpanel', { name: 'Bylines & pull-quotes' });
  await expect(reopened.getByRole('listitem', { name: /^Byline \d/ })).toHaveText([/Priya Shah/, /Tom Reid/]);
  await expect(reopened.getByRole('textbox', { name: 'Role of Priya Shah in this story' })).toHaveValue('former chair');
  await expect(reopened.getByRole('textbox', { name: 'Author bio for this story' })).toHaveValue(
    'Priya Shah chairs the Nursing Forum. Tom Reid runs Example Trust.',
  );

  await reopened.getByRole('button', { name: 'Reset to generated' }).click();
  await expect(reopened.getByLabel('Generated author bio')).toHaveText(
    'Priya Shah is former chair of the Nursing Forum. Tom Reid is chief executive of Example Trust.',
  );

  // Tom's photo was copied into the profile and shows in the directory.
  await page.getByRole('navigation', { name: 'Story navigation' }).getByRole('button', { name: 'Library' }).click();
  await page.getByRole('button', { name: 'Authors', exact: true }).click();
  const photo = page.getByRole('row', { name: /Tom Reid/ }).locator('img');
  await expect(photo).toHaveJSProperty('naturalWidth', 120);
  expect(pageErrors).toEqual([]);
});

test('the author directory edits and merges authors, leaving each story’s byline details alone', async ({ page, preview }) => {
  await page.goto(preview.url);
  await seedAuthor(page, { name: 'Priya Shah', role: 'chair', organisation: 'the Nursing Forum' });
  await seedAuthor(page, { name: 'P. Shah', role: 'chair', organisation: 'Nursing Forum' });

  // A story crediting the duplicate, with its own role for her.
  await page.getByRole('button', { name: 'New story', exact: true }).click();
  await page.getByRole('textbox', { name: 'Headline' }).pressSequentially(HEADLINE);
  const panel = page.getByRole('tabpanel', { name: 'Bylines & pull-quotes' });
  await panel.getByRole('combobox', { name: 'Add a byline' }).pressSequentially('P. Sh');
  await panel.getByRole('option', { name: /^P\. Shah/ }).click();
  await panel.getByRole('textbox', { name: 'Role of P. Shah in this story' }).fill('guest writer');
  await page.getByRole('navigation', { name: 'Story navigation' }).getByRole('button', { name: 'Library' }).click();

  await page.getByRole('button', { name: 'Authors', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Authors', level: 1 })).toBeVisible();
  await expect(page.getByRole('row')).toHaveCount(3);
  expect(await seriousAccessibilityViolations(page)).toEqual([]);
  await page.getByRole('button', { name: 'Edit P. Shah' }).click();
  expect(await seriousAccessibilityViolations(page)).toEqual([]);
  await page.getByRole('dialog', { name: 'Edit P. Shah' }).getByRole('button', { name: 'Cancel' }).click();

  await page.getByRole('searchbox', { name: 'Search authors' }).fill('p.');
  await expect(page.getByRole('row')).toHaveCount(2);
  await page.getByRole('searchbox', { name: 'Search authors' }).fill('');

  await page.getByRole('button', { name: 'Merge P. Shah into another author' }).click();
  const dialog = page.getByRole('dialog', { name: 'Merge P. Shah into another author' });
  await expect(dialog).toContainText('P. Shah is credited on 1 story.');
  await dialog.getByRole('combobox', { name: 'Author to keep' }).selectOption({ label: 'Priya Shah (the Nursing Forum)' });
  await expect(dialog).toContainText('1 story will credit Priya Shah instead of P. Shah');
  expect(await seriousAccessibilityViolations(page)).toEqual([]);
  await dialog.getByRole('button', { name: 'Merge authors' }).click();
  await expect(page.getByRole('row')).toHaveCount(2);

  await page.getByRole('button', { name: 'Edit Priya Shah' }).click();
  const edit = page.getByRole('dialog', { name: 'Edit Priya Shah' });
  await edit.getByRole('textbox', { name: 'Name' }).fill('Priya Okonjo');
  await edit.getByRole('textbox', { name: 'Role' }).fill('president');
  await edit.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('cell', { name: 'Priya Okonjo', exact: true })).toBeVisible();

  // The library finds the story under the new name; the story keeps its own role for her.
  await page.getByRole('button', { name: 'Library' }).click();
  await page.getByRole('searchbox', { name: 'Search stories' }).fill('Okonjo');
  await page.getByRole('link', { name: HEADLINE }).click();
  const reopened = page.getByRole('tabpanel', { name: 'Bylines & pull-quotes' });
  await expect(reopened.getByRole('textbox', { name: 'Role of Priya Okonjo in this story' })).toHaveValue('guest writer');
});
