import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { caretToEndOf } from './support/caret';
import { expect, test } from './support/fixtures';
import { saved } from './support/save-state';
import { solidPng } from './support/png';

const HEADLINE = 'Night shifts left unfilled';
const STANDFIRST = 'Trusts relied on agency staff all year.';
const FIRST = 'The trust will review staffing over the winter.';
const SECOND = 'The trust will review staffing over the spring.';
const OTHER = 'Managers said the rota had been stretched for months.';

function body(page: Page): Locator {
  return page.getByRole('textbox', { name: 'Story text' });
}

function paragraphs(page: Page): Locator {
  return body(page).locator('p.body-text__p');
}

function versions(page: Page): Locator {
  return page.getByRole('list', { name: 'Kept versions, newest first' }).getByRole('button');
}

function comparison(page: Page): Locator {
  return page.getByRole('region', { name: 'Compare with the current text' });
}

/** Back to the library and in again: opening a story keeps its current content as a version. */
async function reopen(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Library' }).click();
  await page.getByRole('link', { name: HEADLINE }).click();
  await expect(page.getByRole('textbox', { name: 'Headline' })).toHaveValue(HEADLINE);
}

/** Opens a side-panel tab (pressing the open one would close the panel). */
async function openTab(page: Page, name: string): Promise<void> {
  const tab = page.getByRole('tab', { name });
  if ((await tab.getAttribute('aria-selected')) !== 'true') await tab.click();
}

async function openHistory(page: Page): Promise<void> {
  await page.getByRole('tab', { name: 'History' }).click();
  await expect(page.getByRole('tabpanel')).toContainText('History');
}

test('the history lists kept versions, compares one with the current text, restores it, and the restore can be undone', async ({
  page,
  preview,
}) => {
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await page.goto(preview.url);
  await page.getByRole('button', { name: 'New story', exact: true }).click();
  await expect(page.getByRole('textbox', { name: 'Headline' })).toBeFocused();
  await page.keyboard.type(HEADLINE);
  await page.keyboard.press('Enter');
  await page.keyboard.type(STANDFIRST);
  await page.keyboard.press('Enter');
  await page.keyboard.type(FIRST);
  await page.keyboard.press('Enter');
  await page.keyboard.type(OTHER);
  await saved(page);

  // Opened again: this text is kept. Then one word changes, and opening once more keeps that too.
  await reopen(page);
  await caretToEndOf(paragraphs(page).filter({ hasText: 'winter' }));
  for (let i = 0; i < 'winter.'.length; i += 1) await page.keyboard.press('Backspace');
  await page.keyboard.type('spring.');
  await expect(paragraphs(page)).toHaveText([SECOND, OTHER]);
  await saved(page);
  await reopen(page);

  await openHistory(page);
  // Newest first: the changed text (the current one), the first text, and the empty new story.
  await expect(versions(page)).toHaveCount(3);
  await expect(versions(page).nth(0)).toContainText('Opened');
  await expect(versions(page).nth(0)).toContainText('Same as now');
  await expect(versions(page).nth(0)).toContainText(/just now|minute/);
  await expect(versions(page).nth(1)).toContainText('17 words');
  await expect(versions(page).nth(2)).toContainText('First kept version');

  // The keyboard walks the list; Enter picks the older text, and the comparison marks the changed word.
  await versions(page).nth(0).focus();
  await page.keyboard.press('ArrowDown');
  await expect(versions(page).nth(1)).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(versions(page).nth(1)).toHaveAttribute('aria-pressed', 'true');
  await expect(comparison(page).locator('del')).toHaveText(['struck through', 'winter']);
  await expect(comparison(page).locator('ins')).toHaveText(['underlined', 'spring']);
  await expect(comparison(page)).toContainText('1 paragraph unchanged');
  await expect(body(page)).toBeHidden();

  const axe = await new AxeBuilder({ page }).analyze();
  const serious = axe.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
  expect(serious.map((violation) => ({ id: violation.id, targets: violation.nodes.map((node) => node.target) }))).toEqual([]);

  // Escape goes back to the text, focus back to the version; Enter compares it again.
  await page.keyboard.press('Escape');
  await expect(comparison(page)).toBeHidden();
  await expect(body(page)).toBeVisible();
  await expect(versions(page).nth(1)).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(comparison(page).locator('del')).toHaveText(['struck through', 'winter']);

  // Restoring asks first, says how to undo it, and puts the old text back in the editor.
  await comparison(page).getByRole('button', { name: 'Restore this version' }).click();
  const confirm = page.getByRole('dialog', { name: 'Restore this version?' });
  await expect(confirm).toContainText('so you can undo this by restoring that one');
  await confirm.getByRole('button', { name: 'Restore this version' }).click();
  await expect(comparison(page)).toBeHidden();
  await expect(paragraphs(page)).toHaveText([FIRST, OTHER]);
  await expect(versions(page).nth(0)).toContainText('Before restore');
  await expect(versions(page).nth(0)).toBeFocused();
  await saved(page);

  // The restored text is what is stored.
  await page.goto(await preview.restart());
  await page.getByRole('link', { name: HEADLINE }).click();
  await expect(paragraphs(page)).toHaveText([FIRST, OTHER]);

  // Undo the restore: put back the version kept just before it.
  await openHistory(page);
  await versions(page).filter({ hasText: 'Before restore' }).click();
  await expect(comparison(page).locator('.history-compare__text del')).toHaveText(['spring']);
  await expect(comparison(page).locator('.history-compare__text ins')).toHaveText(['winter']);
  await comparison(page).getByRole('button', { name: 'Restore this version' }).click();
  await page.getByRole('dialog', { name: 'Restore this version?' }).getByRole('button', { name: 'Restore this version' }).click();
  await expect(paragraphs(page)).toHaveText([SECOND, OTHER]);
  await expect(page.getByRole('textbox', { name: 'Standfirst' })).toHaveValue(STANDFIRST);

  // Typing after a restore is saved as usual.
  await caretToEndOf(paragraphs(page).filter({ hasText: 'rota' }));
  await page.keyboard.type(' Again.');
  await saved(page);
  await page.goto(await preview.restart());
  await page.getByRole('link', { name: HEADLINE }).click();
  await expect(paragraphs(page)).toHaveText([SECOND, `${OTHER} Again.`]);
  expect(pageErrors).toEqual([]);
});

test('a version is kept every few minutes while the story changes, and older ones show their day', async ({ page, preview }) => {
  await page.clock.install();
  await page.goto(preview.url);
  await page.getByRole('button', { name: 'New story', exact: true }).click();
  // Keys pressed before the new story's headline has focus go nowhere.
  await expect(page.getByRole('textbox', { name: 'Headline' })).toBeFocused();
  await page.keyboard.type(HEADLINE);
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await page.keyboard.type(FIRST);
  // The headline's save already said "Saved": wait until the editor has counted the text, so the status is the body's.
  await expect(page.locator('.story-status')).toContainText('8 words');
  await saved(page);

  await page.clock.fastForward('05:01');
  await openHistory(page);
  await expect(versions(page)).toHaveCount(2);
  await expect(versions(page).nth(0)).toContainText('While editing');
  await expect(versions(page).nth(0)).toContainText('8 words');

  // Nothing changed since: five more minutes keep nothing new.
  await page.clock.fastForward('05:01');
  await page.getByRole('tab', { name: 'Bylines & pull-quotes' }).click();
  await openHistory(page);
  await expect(versions(page)).toHaveCount(2);

  // A day later the list reads "Yesterday" with the time (or the date, when the test runs just before midnight).
  await page.clock.fastForward('24:00:00');
  await expect(versions(page).nth(0)).toContainText(/^(Yesterday \d\d:\d\d|\w{3} \d{1,2} \w{3},? \d\d:\d\d)/);
});

test('the comparison lists the bylines, link addresses, alt text and tags that changed, above the text', async ({ page, preview }, testInfo) => {
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto(preview.url);
  const seeded = await page.evaluate(
    (input) => (window as unknown as { copydeskBridge: { createAuthor(i: unknown): Promise<{ ok: boolean }> } }).copydeskBridge.createAuthor(input),
    { name: 'Amir Khan', role: 'director of strategy', organisation: 'North Example ICB' },
  );
  expect(seeded.ok).toBe(true);

  // A story with a link, a picture and a tag.
  await page.getByRole('button', { name: 'New story', exact: true }).click();
  await expect(page.getByRole('textbox', { name: 'Headline' })).toBeFocused();
  await page.keyboard.type(HEADLINE);
  await page.keyboard.press('Enter');
  await page.keyboard.type(STANDFIRST);
  await page.keyboard.press('Enter');
  await page.keyboard.type('Read the report');
  await page.keyboard.press('Control+Shift+ArrowLeft');
  await page.keyboard.press('Control+Shift+ArrowLeft');
  await page.keyboard.press('ControlOrMeta+k');
  const addLink = page.getByRole('dialog', { name: 'Add link' });
  await addLink.getByRole('textbox', { name: 'Address' }).fill('https://example.org/report');
  await addLink.getByRole('button', { name: 'Add link' }).click();
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  await page.getByTestId('image-file-input').setInputFiles({ name: 'ward.png', mimeType: 'image/png', buffer: solidPng(320, 180, [40, 90, 160]) });
  const details = page.getByRole('dialog', { name: 'Image details' });
  await details.getByRole('textbox', { name: /Alt text/ }).fill('A ward at night');
  await details.getByRole('button', { name: 'Save' }).click();
  await openTab(page, 'Related');
  const related = page.getByRole('tabpanel', { name: 'Related' });
  await related.getByRole('combobox', { name: 'Tags' }).fill('Nursing');
  await page.keyboard.press('Enter');
  await expect(related.getByRole('list', { name: 'Tags on this story' })).toContainText('Nursing');
  await saved(page);
  await reopen(page);

  // Then a byline, the link's address (its words stay), the alt text and the tags change.
  await openTab(page, 'Bylines & pull-quotes');
  const bylines = page.getByRole('tabpanel', { name: 'Bylines & pull-quotes' });
  await bylines.getByRole('combobox', { name: 'Add a byline' }).pressSequentially('Amir');
  await bylines.getByRole('option', { name: /Amir Khan/ }).click();
  await body(page).getByRole('link', { name: 'the report' }).click();
  await page.keyboard.press('ControlOrMeta+k');
  const editLink = page.getByRole('dialog', { name: 'Edit link' });
  await editLink.getByRole('textbox', { name: 'Address' }).fill('https://example.org/report-2026');
  await editLink.getByRole('button', { name: 'Save' }).click();
  await expect(body(page).getByRole('link', { name: 'the report' })).toHaveAttribute('href', 'https://example.org/report-2026');
  await body(page).getByRole('button', { name: 'Edit details' }).click();
  await details.getByRole('textbox', { name: /Alt text/ }).fill('A ward at night, half the beds empty');
  await details.getByRole('button', { name: 'Save' }).click();
  await openTab(page, 'Related');
  await related.getByRole('button', { name: 'Remove tag “Nursing”' }).click();
  await related.getByRole('combobox', { name: 'Tags' }).fill('Workforce');
  await page.keyboard.press('Enter');
  await expect(related.getByRole('list', { name: 'Tags on this story' })).toHaveText('Workforce');
  await saved(page);

  await openHistory(page);
  // The newest version: kept when the story was opened again, before these changes.
  await expect(versions(page).first()).toContainText('Opened');
  await versions(page).first().click();
  const fields = comparison(page).getByRole('region', { name: /fields? changed/ });
  await expect(fields.getByRole('listitem')).toHaveText([
    'Byline added: Amir Khan, director of strategy, North Example ICB',
    'Bio (from the bylines): Amir Khan is director of strategy of North Example ICB.',
    'Tag removed: Nursing',
    'Tag added: Workforce',
    'Link URL of “the report”: https://example.org/report →changed to https://example.org/report-2026',
    'Image alt text: A ward at night, half the beds empty',
  ]);
  await expect(fields.locator('ins')).toContainText(['Amir Khan, director of strategy, North Example ICB']);
  await expect(comparison(page)).toContainText('The headline, standfirst and text are the same as now.');
  await page.screenshot({ path: testInfo.outputPath('history-fields-1440.png') });
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.screenshot({ path: testInfo.outputPath('history-fields-1440-dark.png') });

  const axe = await new AxeBuilder({ page }).include('.history-compare').analyze();
  const serious = axe.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
  expect(serious.map((violation) => ({ id: violation.id, targets: violation.nodes.map((node) => node.target) }))).toEqual([]);
  expect(pageErrors).toEqual([]);
});
