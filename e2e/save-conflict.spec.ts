import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { caretToEndOf } from './support/caret';
import { expect, test } from './support/fixtures';
import { saved } from './support/save-state';

const HEADLINE = 'Community hospital beds to close in spring';
const STANDFIRST = 'The board says the wards are too costly to staff.';
const FIRST = 'The trust will consult on the plan until March.';
const THEIRS = 'Campaigners have collected four thousand signatures.';
const MINE = 'The local MP has asked the minister to intervene.';
const AFTER = 'A decision is expected in April.';

function paragraphs(page: Page): Locator {
  return page.getByRole('textbox', { name: 'Story text' }).locator('p.body-text__p');
}

function conflictNotice(page: Page): Locator {
  return page.getByRole('alert').filter({ hasText: 'This story was changed elsewhere' });
}

function storyRows(page: Page): Locator {
  return page.getByRole('row').filter({ has: page.getByRole('link', { name: HEADLINE }) });
}

async function toLibrary(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Story navigation' }).getByRole('button', { name: 'Library' }).click();
}

async function addParagraph(page: Page, text: string): Promise<void> {
  // Two windows: the one typed into is the one in front, as on a desk.
  await page.bringToFront();
  await caretToEndOf(paragraphs(page).last());
  await page.keyboard.press('Enter');
  await page.keyboard.insertText(text);
}

/**
 * The same story open in two windows of the preview: "theirs" writes one
 * paragraph and saves, then "mine", still on the revision it opened, writes
 * another, and its save meets the conflict.
 */
async function meetConflict(theirs: Page, mine: Page, url: string, { panelTab }: { panelTab?: string } = {}): Promise<void> {
  await theirs.goto(url);
  await theirs.getByRole('button', { name: 'New story', exact: true }).click();
  await expect(theirs.getByRole('textbox', { name: 'Headline' })).toBeFocused();
  // Whole sentences at once: what is typed is not the point here, and two windows make this spec long enough.
  await theirs.keyboard.insertText(HEADLINE);
  await theirs.keyboard.press('Enter');
  await theirs.keyboard.insertText(STANDFIRST);
  await theirs.keyboard.press('Enter');
  await theirs.keyboard.insertText(FIRST);
  await saved(theirs);

  await mine.goto(url);
  await mine.getByRole('link', { name: HEADLINE }).click();
  await expect(paragraphs(mine)).toHaveText([FIRST]);
  if (panelTab !== undefined) {
    await mine.getByRole('tab', { name: panelTab }).click();
    await expect(mine.getByRole('tabpanel', { name: panelTab })).toBeVisible();
  }

  await addParagraph(theirs, THEIRS);
  await saved(theirs);

  await addParagraph(mine, MINE);
  await expect(conflictNotice(mine)).toBeVisible();
  await expect(mine.getByRole('status').filter({ hasText: /^Saved$/ })).toHaveCount(0);
  // Autosave stops, and the text stays on screen for the person to choose.
  await expect(paragraphs(mine)).toHaveText([FIRST, MINE]);
}

/** On the notice only: the rest of the page has its own specs, and a whole-page check is slow with two windows. */
async function seriousAccessibilityViolations(page: Page) {
  const results = await new AxeBuilder({ page }).include('.story-notices--sticky').analyze();
  return results.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical').map((violation) => violation.id);
}

test('a save conflict from two windows: "Reload theirs" shows the other window\'s text, and editing goes on from it', async ({ context, preview }) => {
  // Two windows: two loads of the app, two editors.
  test.slow();
  const theirs = await context.newPage();
  const mine = await context.newPage();
  const pageErrors: string[] = [];
  for (const page of [theirs, mine]) page.on('pageerror', (error) => pageErrors.push(error.message));
  await meetConflict(theirs, mine, preview.url);
  expect(await seriousAccessibilityViolations(mine)).toEqual([]);

  await conflictNotice(mine).getByRole('button', { name: 'Reload theirs' }).click();
  await expect(conflictNotice(mine)).toHaveCount(0);
  await expect(mine.getByText('Showing the stored version. Your unsaved changes were discarded.')).toBeVisible();
  await expect(paragraphs(mine)).toHaveText([FIRST, THEIRS]);
  await expect(mine.getByRole('textbox', { name: 'Headline' })).toHaveValue(HEADLINE);
  // The person carries on writing, in the text they now see.
  await expect(mine.getByRole('textbox', { name: 'Story text' })).toBeFocused();

  // Saving works again, on top of theirs.
  await addParagraph(mine, AFTER);
  await saved(mine);
  await expect(conflictNotice(mine)).toHaveCount(0);

  // The other window, loaded afresh, has its own paragraph and the one written after the reload.
  await theirs.bringToFront();
  await theirs.reload();
  await expect(paragraphs(theirs)).toHaveText([FIRST, THEIRS, AFTER]);
  await toLibrary(theirs);
  await expect(storyRows(theirs)).toHaveCount(1);
  expect(pageErrors).toEqual([]);
});

test('a save conflict from two windows: "Keep mine as a copy" makes a new story of mine, and the original keeps theirs', async ({
  context,
  preview,
}) => {
  test.slow();
  const theirs = await context.newPage();
  const mine = await context.newPage();
  const pageErrors: string[] = [];
  for (const page of [theirs, mine]) page.on('pageerror', (error) => pageErrors.push(error.message));
  // A narrow window with a side-panel tab open over the text: the conflict brings the notice into sight.
  await mine.setViewportSize({ width: 1024, height: 768 });
  await meetConflict(theirs, mine, preview.url, { panelTab: 'Bylines & pull-quotes' });
  await expect(mine.getByRole('tabpanel')).toHaveCount(0);
  const originalUrl = mine.url();

  await conflictNotice(mine).getByRole('button', { name: 'Keep mine as a copy' }).click();
  await expect(mine.getByText('Your version was saved as a new story. The other version is unchanged.')).toBeVisible();
  await expect(conflictNotice(mine)).toHaveCount(0);
  // This window now shows the copy: another story, with my text, that saves normally.
  await expect(mine).not.toHaveURL(originalUrl);
  await expect(paragraphs(mine)).toHaveText([FIRST, MINE]);
  await expect(mine.getByRole('textbox', { name: 'Headline' })).toHaveValue(HEADLINE);
  await addParagraph(mine, AFTER);
  await saved(mine);

  // The library holds both; each paragraph is in exactly one of them.
  await toLibrary(mine);
  await expect(storyRows(mine)).toHaveCount(2);
  const search = mine.getByRole('searchbox', { name: 'Search stories' });
  await search.fill('signatures');
  await expect(storyRows(mine)).toHaveCount(1);
  await search.fill('minister');
  await expect(storyRows(mine)).toHaveCount(1);

  // The original, loaded afresh in the other window, has theirs and nothing of mine.
  await theirs.bringToFront();
  await theirs.reload();
  await expect(paragraphs(theirs)).toHaveText([FIRST, THEIRS]);
  await toLibrary(theirs);
  await expect(storyRows(theirs)).toHaveCount(2);
  expect(pageErrors).toEqual([]);
});
