import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { caretToEndOf } from './support/caret';
import { expect, test } from './support/fixtures';

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

async function saved(page: Page): Promise<void> {
  await expect(page.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible();
}

/** Back to the library and in again: opening a story keeps its current content as a version. */
async function reopen(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Library' }).click();
  await page.getByRole('link', { name: HEADLINE }).click();
  await expect(page.getByRole('textbox', { name: 'Headline' })).toHaveValue(HEADLINE);
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
  await page.keyboard.type(HEADLINE);
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await page.keyboard.type(FIRST);
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
