import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './support/fixtures';

const HEADLINE = 'Nurses turn down the pay offer';
const PARAGRAPHS = [
  'Ministers said the plan would work, and that the money was already there.',
  'But the nurses, who had waited three years for a rise, said it would not work at all.',
  'The talks resume on Monday.',
];
const TRIMMED = 'The nurses … said it would not work at all.';
const CHANGED = 'The nurses … said it would never work at all.';
const BODY_WORDS = 'the nurses, who had waited three years for a rise, said it would not work at all.';

function body(page: Page): Locator {
  return page.getByRole('textbox', { name: 'Story text' });
}

function card(page: Page): Locator {
  return body(page).getByRole('figure', { name: 'Pull-quote' });
}

function panel(page: Page): Locator {
  return page.getByRole('region', { name: 'Pull-quotes' });
}

async function expectNoSeriousAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
  expect(serious.map((violation) => ({ id: violation.id, targets: violation.nodes.map((node) => node.target) }))).toEqual([]);
}

/** Opens the card's in-place editing from the keyboard (Enter on the selected card) and writes new words. */
async function editInPlace(page: Page, text: string): Promise<void> {
  await expect(card(page)).toHaveClass(/is-selected/);
  await page.keyboard.press('Enter');
  const field = card(page).getByRole('textbox', { name: 'Pull-quote text' });
  await expect(field).toBeFocused();
  await field.fill(text);
  await page.keyboard.press('Enter');
  await expect(card(page).getByRole('textbox', { name: 'Pull-quote text' })).toHaveCount(0);
}

test('a pull-quote is edited in place and in the panel, a changed word is traced to its paragraph, and every step undoes', async ({
  page,
  preview,
}, testInfo) => {
  test.setTimeout(180_000);
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await page.goto(preview.url);
  await page.getByRole('button', { name: 'New story', exact: true }).click();
  await expect(page.getByRole('textbox', { name: 'Headline' })).toBeFocused();
  await page.keyboard.type(HEADLINE);
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await expect(body(page)).toBeFocused();
  for (const [index, paragraph] of PARAGRAPHS.entries()) {
    if (index > 0) await page.keyboard.press('Enter');
    await page.keyboard.insertText(paragraph);
  }
  const paragraphs = body(page).locator('p.body-text__p');
  await expect(paragraphs).toHaveText(PARAGRAPHS);

  await expect(panel(page)).toBeVisible();

  // Lift the second paragraph out as a pull-quote.
  await paragraphs.nth(1).click();
  // The whole paragraph, as a drag across it would select it (Shift+End stops at the end of a wrapped line).
  await paragraphs.nth(1).evaluate((element) => {
    const range = document.createRange();
    range.selectNodeContents(element);
    window.getSelection()?.removeAllRanges();
    window.getSelection()?.addRange(range);
  });
  await expect.poll(() => page.evaluate(() => window.getSelection()?.toString() ?? '')).toBe(PARAGRAPHS[1]);
  await page.getByRole('toolbar', { name: 'Formatting' }).getByRole('button', { name: 'Pull-quote from selection' }).click();
  await expect(card(page).locator('blockquote')).toHaveText(PARAGRAPHS[1]!);

  // Trim it in place: a capital at the start and "…" for the cut are no difference.
  await card(page).click();
  await expect(card(page)).toHaveClass(/is-selected/);
  await page.keyboard.press('Enter');
  await expect(card(page).getByRole('textbox', { name: 'Pull-quote text' })).toBeFocused();
  await card(page).getByRole('textbox', { name: 'Pull-quote text' }).fill(TRIMMED);
  await page.screenshot({ path: testInfo.outputPath('pull-quote-editing-1440.png') });
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.screenshot({ path: testInfo.outputPath('pull-quote-editing-1440-dark.png') });
  await page.emulateMedia({ colorScheme: 'light' });
  await page.keyboard.press('Enter');
  await expect(card(page).locator('blockquote')).toHaveText(TRIMMED);
  await expect(card(page)).toHaveClass(/is-selected/);
  await expect(body(page)).toBeFocused();
  await expect(card(page)).not.toContainText('Not in the story as written');
  await expect(panel(page).getByRole('listitem')).not.toContainText('Not in the story as written');

  // Change a word: the finding names the paragraph it came from and shows the difference.
  await editInPlace(page, CHANGED);
  const finding = card(page).getByRole('group', { name: 'Pull-quote not in the text' });
  await expect(finding).toContainText('Closest to paragraph 2 (“But the nurses, who had waited three years…”)');
  // The cut stands against the words left out, the changed word against the body's.
  await expect(finding.locator('.pull-quote-diff del')).toHaveText(['…', 'never']);
  await expect(finding.locator('.pull-quote-diff ins')).toHaveText(['who had waited three years for a rise,', 'not']);
  await expect(panel(page)).toContainText('One pull-quote no longer matches');
  // The House style tab's finding says the same, with the same ways out.
  await page.getByRole('tab', { name: 'House style' }).click();
  const styleFinding = page.getByRole('tabpanel', { name: 'House style' }).getByRole('group', { name: 'Pull-quote not in the text' });
  await expect(styleFinding).toContainText('Closest to paragraph 2 (“But the nurses, who had waited three years…”)');
  await expect(styleFinding.getByRole('button', { name: 'Keep as an edited quote' })).toBeVisible();
  await page.getByRole('tab', { name: 'Bylines & pull-quotes' }).click();
  await card(page).scrollIntoViewIfNeeded();
  await page.screenshot({ path: testInfo.outputPath('pull-quote-finding-1440.png') });
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.screenshot({ path: testInfo.outputPath('pull-quote-finding-1440-dark.png') });
  await page.emulateMedia({ colorScheme: 'light' });
  await expectNoSeriousAxeViolations(page);

  // The jump puts the caret in that paragraph, on screen.
  await finding.getByRole('button', { name: 'Show paragraph 2' }).click();
  await expect(paragraphs.nth(1)).toBeInViewport();
  await expect.poll(() => page.evaluate(() => window.getSelection()?.anchorNode?.textContent ?? '')).toContain('But the nurses');

  // "Use the body's words" puts the passage back; Ctrl+Z takes that back.
  await finding.getByRole('button', { name: 'Use the body’s words' }).click();
  await expect(card(page).locator('blockquote')).toHaveText(BODY_WORDS);
  await expect(card(page)).not.toContainText('Not in the story as written');
  await expect(body(page)).toBeFocused();
  await page.keyboard.press('ControlOrMeta+z');
  await expect(card(page).locator('blockquote')).toHaveText(CHANGED);
  await expect(finding).toBeVisible();

  // "Keep as an edited quote": no longer an error, labelled as such in the panel.
  await finding.getByRole('button', { name: 'Keep as an edited quote' }).click();
  await expect(card(page)).not.toContainText('Not in the story as written');
  const entry = panel(page).getByRole('listitem');
  await expect(entry).toContainText('Edited quote');
  await expect(panel(page)).not.toContainText('no longer match');
  await expect(card(page)).not.toHaveClass(/is-mismatch/);

  // Editing it again keeps it an edited quote.
  await editInPlace(page, 'The nurses say it will never work.');
  await expect(card(page)).not.toContainText('Not in the story as written');
  await expect(entry).toContainText('Edited quote');

  // In the panel: the words through Edit, and the attribution.
  await entry.getByRole('button', { name: 'Edit the pull-quote’s words' }).click();
  const text = entry.getByRole('textbox', { name: 'Pull-quote text' });
  await expect(text).toBeFocused();
  await text.fill('The nurses say it will not work.');
  await entry.getByRole('button', { name: 'Save' }).click();
  await expect(card(page).locator('blockquote')).toHaveText('The nurses say it will not work.');
  await expect(entry.getByRole('button', { name: 'Edit the pull-quote’s words' })).toBeFocused();
  await entry.getByRole('textbox', { name: 'Attribution' }).fill('A ward nurse in Leeds');
  await entry.getByRole('textbox', { name: 'Attribution' }).press('Enter');
  await expect(card(page).locator('figcaption')).toHaveText('A ward nurse in Leeds');

  // Both panel edits undo in the text, one step each.
  await paragraphs.nth(2).click();
  await page.keyboard.press('ControlOrMeta+z');
  await expect(card(page).locator('figcaption')).toHaveCount(0);
  await page.keyboard.press('ControlOrMeta+z');
  await expect(card(page).locator('blockquote')).toHaveText('The nurses say it will never work.');
  expect(pageErrors).toEqual([]);
});
