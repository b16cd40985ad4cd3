import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { saved } from './support/save-state';

const FIRST = 'Trusts spent more on agency staff this year than in any year before.';
const SECOND = 'The boards were told of the overspend in March.';
const NOTE_A = 'Board papers, March 2026.';
const NOTE_B = 'NHS England, agency spending figures.';

function body(page: Page): Locator {
  return page.getByRole('textbox', { name: 'Story text' });
}

function paragraph(page: Page, index: number): Locator {
  return body(page).locator('p.body-text__p').nth(index);
}

function marker(page: Page, number: number): Locator {
  return body(page).getByRole('button', { name: new RegExp(`^Footnote ${number}:`) });
}

function noteField(page: Page): Locator {
  return page.getByRole('dialog').getByRole('textbox');
}

async function caretToEnd(page: Page, index: number): Promise<void> {
  await paragraph(page, index).click();
  await page.keyboard.press('End');
}

async function expectNoSeriousAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
  expect(serious.map((violation) => ({ id: violation.id, targets: violation.nodes.map((node) => node.target) }))).toEqual([]);
}

test('footnotes are inserted at the caret, numbered in order, edited in place, left out of the word count and exported', async ({
  page,
  preview,
}, testInfo) => {
  test.setTimeout(180_000);
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto(preview.url);
  await page.getByRole('button', { name: 'New story', exact: true }).click();
  await expect(page.getByRole('textbox', { name: 'Headline' })).toBeFocused();
  await page.keyboard.type('Agency bills rise again');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await expect(body(page)).toBeFocused();
  await page.keyboard.insertText(FIRST);
  await page.keyboard.press('Enter');
  await page.keyboard.insertText(SECOND);
  const status = page.locator('.story-status');
  await expect(status).toContainText('22 words');

  // Word's key puts a note at the caret and opens it, focused.
  await page.keyboard.press('Control+Alt+f');
  await expect(noteField(page)).toBeFocused();
  await page.keyboard.type(NOTE_A);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(marker(page, 1)).toHaveAccessibleName(`Footnote 1: ${NOTE_A}`);
  await expect(body(page)).toBeFocused();
  // The caret is back after the marker: typing goes on from there.
  await page.keyboard.type(' Really.');
  await expect(paragraph(page, 1)).toHaveText(`${SECOND}1 Really.`);
  await expect(status).toContainText('23 words');

  // A second note before the first takes number 1; the first becomes 2.
  await caretToEnd(page, 0);
  await page.getByRole('toolbar', { name: 'Formatting' }).getByRole('button', { name: 'Footnote' }).click();
  await expect(noteField(page)).toBeFocused();
  await page.keyboard.type(NOTE_B);
  await page.keyboard.press('Control+Enter');
  await expect(marker(page, 1)).toHaveAccessibleName(`Footnote 1: ${NOTE_B}`);
  await expect(marker(page, 2)).toHaveAccessibleName(`Footnote 2: ${NOTE_A}`);
  await expect(status).toContainText('23 words');

  // The notes under the text, numbered as in the export.
  const notes = page.getByRole('region', { name: 'Notes' });
  await expect(notes.getByRole('listitem')).toHaveText([`1. ${NOTE_B}`, `2. ${NOTE_A}`]);

  // Edited in place from its marker, with house typography; Escape keeps the change and undo takes it back.
  await marker(page, 2).click();
  await expect(noteField(page)).toHaveValue(NOTE_A);
  await noteField(page).fill('Board papers, "Finance report", March 2026.');
  await page.screenshot({ path: testInfo.outputPath('footnote-editor-1440.png') });
  await page.setViewportSize({ width: 1024, height: 768 });
  await page.screenshot({ path: testInfo.outputPath('footnote-editor-1024.png') });
  await page.setViewportSize({ width: 1440, height: 900 });
  await expectNoSeriousAxeViolations(page);
  await page.keyboard.press('Escape');
  await expect(marker(page, 2)).toHaveAccessibleName('Footnote 2: Board papers, ‘Finance report’, March 2026.');
  await expect(body(page)).toBeFocused();
  await page.keyboard.press('Control+z');
  await expect(marker(page, 2)).toHaveAccessibleName(`Footnote 2: ${NOTE_A}`);

  // Opened from the notes list too.
  await notes.getByRole('button', { name: new RegExp(`^1\\. ${NOTE_B}`) }).click();
  await expect(noteField(page)).toHaveValue(NOTE_B);
  await page.getByRole('dialog').getByRole('button', { name: 'Done' }).click();
  await expect(page.getByRole('dialog')).toHaveCount(0);

  await page.emulateMedia({ colorScheme: 'dark' });
  await marker(page, 1).click();
  await expect(noteField(page)).toBeFocused();
  await page.screenshot({ path: testInfo.outputPath('footnote-editor-dark-1440.png') });
  await expectNoSeriousAxeViolations(page);
  await page.keyboard.press('Escape');
  await page.emulateMedia({ colorScheme: 'light' });

  // A note emptied is taken out, renumbering the rest, and the notice's Undo brings it back.
  await marker(page, 1).click();
  await noteField(page).fill('');
  await page.keyboard.press('Escape');
  await expect(marker(page, 1)).toHaveAccessibleName(`Footnote 1: ${NOTE_A}`);
  await expect(marker(page, 2)).toHaveCount(0);
  await page.getByRole('status').filter({ hasText: 'Empty footnote removed.' }).getByRole('button', { name: 'Undo' }).click();
  await expect(marker(page, 1)).toHaveAccessibleName(`Footnote 1: ${NOTE_B}`);
  await expect(marker(page, 2)).toHaveAccessibleName(`Footnote 2: ${NOTE_A}`);

  // The export lists the notes after the body, linked both ways.
  await saved(page);
  await page.keyboard.press('Control+e');
  const frame = page.frameLocator('iframe[title^="Export preview"]');
  await expect(frame.locator('.cd-footnotes li')).toHaveText([`${NOTE_B} ↩`, `${NOTE_A} ↩`]);
  await expect(frame.locator('sup.cd-footnote-ref a')).toHaveText(['1', '2']);

  // Kept in the story's own body: a reload brings them back.
  await page.reload();
  await expect(marker(page, 1)).toHaveAccessibleName(`Footnote 1: ${NOTE_B}`);
  await expect(marker(page, 2)).toHaveAccessibleName(`Footnote 2: ${NOTE_A}`);
  await expect(status).toContainText('23 words');
  expect(pageErrors).toEqual([]);
});
