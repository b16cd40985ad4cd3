import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';

const HEADLINE = 'Ward closures put winter plans at risk';
const STANDFIRST = 'Managers warn that bed shortages will lengthen ambulance queues this January';
const SEARCH_WORD = 'ambulance';

/** Violations a user of assistive technology would hit hard; minor and moderate ones are reported elsewhere. */
async function seriousAccessibilityViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => ({ id: violation.id, help: violation.help, targets: violation.nodes.map((node) => node.target) }));
}

function storyRow(page: Page, headline: string) {
  return page.getByRole('row').filter({ has: page.getByRole('link', { name: headline }) });
}

async function writeStory(page: Page) {
  await page.getByRole('button', { name: 'New story', exact: true }).click();
  const headline = page.getByRole('textbox', { name: 'Headline' });
  await expect(headline).toBeFocused();
  await headline.pressSequentially(HEADLINE);
  await page.getByRole('textbox', { name: 'Standfirst' }).fill(STANDFIRST);
}

async function moveRowTo(page: Page, action: 'Move to trash' | 'Restore') {
  await page.getByRole('button', { name: `Actions for “${HEADLINE}”` }).click();
  await page.getByRole('menu', { name: `Actions for “${HEADLINE}”` }).getByRole('menuitem', { name: action }).click();
}

test('a story is written, found, trashed, restored and still there after a restart', async ({ page, preview }) => {
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await page.goto(preview.url);
  await expect(page.getByRole('heading', { name: 'No stories yet' })).toBeVisible();

  await writeStory(page);
  await page.getByRole('navigation', { name: 'Story navigation' }).getByRole('button', { name: 'Library' }).click();

  const search = page.getByRole('searchbox', { name: 'Search stories' });
  await search.fill(SEARCH_WORD);
  const found = storyRow(page, HEADLINE);
  await expect(found).toHaveCount(1);
  await expect(found.locator('mark')).toHaveText(SEARCH_WORD);

  await moveRowTo(page, 'Move to trash');
  await expect(found).toHaveCount(0);
  await search.fill('');
  await expect(page.getByRole('heading', { name: 'No stories yet' })).toBeVisible();

  await page.getByRole('group', { name: 'Show' }).getByRole('button', { name: 'Trash' }).click();
  await expect(storyRow(page, HEADLINE)).toHaveCount(1);
  await moveRowTo(page, 'Restore');
  await expect(page.getByRole('heading', { name: 'The trash is empty' })).toBeVisible();

  await page.goto(await preview.restart());
  await expect(storyRow(page, HEADLINE)).toHaveCount(1);
  await expect(storyRow(page, HEADLINE)).toContainText('Opinion');
  expect(pageErrors).toEqual([]);
});

test('the library and the story page have no serious accessibility violations', async ({ page, preview }) => {
  await page.goto(preview.url);
  await expect(page.getByRole('heading', { name: 'No stories yet' })).toBeVisible();
  expect(await seriousAccessibilityViolations(page)).toEqual([]);

  await writeStory(page);
  expect(await seriousAccessibilityViolations(page)).toEqual([]);

  await page.getByRole('navigation', { name: 'Story navigation' }).getByRole('button', { name: 'Library' }).click();
  await expect(storyRow(page, HEADLINE)).toHaveCount(1);
  expect(await seriousAccessibilityViolations(page)).toEqual([]);
});
