import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { saved } from './support/save-state';
import { scenePng } from './support/png';

const CURRENT = 'Ward closures put winter plans at risk';
const TRASHED = 'Withdrawn report on bed numbers';
const DRAFT = 'Winter beds: the full figures';

async function newStory(page: Page, headline: string): Promise<void> {
  await page.getByRole('button', { name: 'New story', exact: true }).click();
  const field = page.getByRole('textbox', { name: 'Headline' });
  await expect(field).toBeFocused();
  await field.fill(headline);
  await page.getByRole('textbox', { name: 'Story text' }).click();
  await page.keyboard.type('Wards close.');
  await saved(page);
}

async function toLibrary(page: Page): Promise<void> {
  await saved(page);
  await page.getByRole('navigation', { name: 'Story navigation' }).getByRole('button', { name: 'Library' }).click();
}

async function openTab(page: Page, name: string): Promise<Locator> {
  const tab = page.getByRole('tab', { name });
  if ((await tab.getAttribute('aria-selected')) !== 'true') await tab.click();
  return page.getByRole('tabpanel', { name });
}

async function linkBySearch(panel: Locator, page: Page, words: string, headline: string): Promise<void> {
  const search = panel.getByRole('combobox', { name: 'Search the library' });
  await search.fill('');
  await search.pressSequentially(words);
  await expect(panel.getByRole('option', { name: new RegExp(headline) })).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(panel.getByRole('list', { name: 'Linked stories' })).toContainText(headline);
}

function checklist(page: Page): Locator {
  return page.getByRole('tabpanel', { name: 'Export' }).getByRole('region', { name: 'Ready to publish' });
}

function item(page: Page, label: string): Locator {
  return checklist(page).getByRole('list', { name: 'Ready to publish' }).getByRole('listitem').filter({ hasText: label }).first();
}

test('a story linking a trashed story and a draft: the checklist and the related panel say so, the export leaves the trashed one out, and each unmet item jumps to its control', async ({
  page,
  preview,
}, testInfo) => {
  test.setTimeout(300_000);
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto(preview.url);

  await newStory(page, TRASHED);
  await toLibrary(page);
  await newStory(page, DRAFT);
  await toLibrary(page);
  await newStory(page, CURRENT);
  const related = await openTab(page, 'Related');
  await linkBySearch(related, page, 'withdrawn', TRASHED);
  await linkBySearch(related, page, 'figures', DRAFT);
  await toLibrary(page);

  await page.getByRole('button', { name: `Actions for “${TRASHED}”` }).click();
  await page.getByRole('menuitem', { name: 'Move to trash' }).click();
  await expect(page.getByRole('link', { name: TRASHED })).toHaveCount(0);
  await page.getByRole('link', { name: CURRENT }).click();
  await expect(page.getByRole('textbox', { name: 'Headline' })).toHaveValue(CURRENT);

  // The related panel: a chip for each linked story's state, the trashed one flagged.
  const panel = await openTab(page, 'Related');
  const links = panel.getByRole('list', { name: 'Linked stories' }).getByRole('listitem');
  await expect(links.nth(0)).toContainText('In trash');
  await expect(links.nth(0)).toContainText('Will be left out of the export.');
  await expect(links.nth(1)).toContainText('Draft');
  await expect(links.nth(1)).toContainText('Not on the site yet');
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await panel.getByRole('list', { name: 'Linked stories' }).screenshot({ path: testInfo.outputPath(`related-states-${scheme}.png`) });
    const axe = await new AxeBuilder({ page }).include('.story-panel').analyze();
    expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
  }
  await page.emulateMedia({ colorScheme: 'light' });

  // The checklist, before the preview: what is met, what is not, and a summary.
  await page.keyboard.press('Control+e');
  await expect(checklist(page)).toBeVisible();
  await expect(checklist(page)).toContainText('1 of 5 ready');
  await expect(item(page, 'Slug set')).toContainText('ward-closures-put-winter-plans-at-risk');
  await expect(item(page, 'Publish date set')).toContainText('No publish date');
  await expect(item(page, 'Lead image')).toContainText('No lead image');
  await expect(item(page, 'Author bio')).toContainText('An opinion piece closes with a bio');
  const relatedItem = item(page, 'Related stories live and ready');
  await expect(relatedItem).toContainText('2 of 2 linked stories are not live or not ready.');
  await expect(relatedItem.getByRole('button', { name: `Related story “${TRASHED}” is in the trash: it is left out of the export.` })).toBeVisible();
  await expect(relatedItem.getByRole('button', { name: new RegExp(`Related story “${DRAFT}” is a draft, not yet on the site`) })).toBeVisible();

  // The export: the draft is linked, the trashed story is not, and the warnings say both.
  const frame = page.frameLocator('iframe[title^="Export preview"]');
  await expect(frame.locator('a.cd-related-headline')).toHaveText([DRAFT]);
  await expect(frame.locator('body')).not.toContainText(TRASHED);
  const warnings = page.getByRole('tabpanel', { name: 'Export' }).getByRole('region', { name: 'Warnings' });
  await expect(warnings).toContainText(`Related story “${TRASHED}” is in the trash: it is left out of the export.`);
  await expect(warnings).toContainText(`Related story “${DRAFT}” is a draft, not yet on the site`);

  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.getByRole('tabpanel', { name: 'Export' }).screenshot({ path: testInfo.outputPath(`ready-to-publish-panel-${scheme}.png`) });
    await page.screenshot({ path: testInfo.outputPath(`ready-to-publish-1440-${scheme}.png`) });
    const axe = await new AxeBuilder({ page }).include('.story-panel').analyze();
    expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
  }
  await page.emulateMedia({ colorScheme: 'light' });

  // A related story not live: the Related tab opens on its entry.
  await relatedItem.getByRole('button', { name: new RegExp(`“${TRASHED}” is in the trash`) }).click();
  const trashedEntry = page.getByRole('tabpanel', { name: 'Related' }).getByRole('list', { name: 'Linked stories' }).getByRole('listitem').nth(0);
  await expect(trashedEntry).toBeFocused();
  await expect(trashedEntry).toContainText(TRASHED);

  // The bio: the Bylines tab opens with its bio line's control focused.
  await page.getByRole('tab', { name: 'Export' }).click();
  await item(page, 'Author bio').getByRole('button').click();
  const bylines = page.getByRole('tabpanel', { name: 'Bylines & pull-quotes' });
  await expect(bylines.getByRole('region', { name: 'Author bio' }).getByRole('button', { name: 'Edit' })).toBeFocused();

  // No lead image: the jump lands on "Add lead image"; a picture without alt text, on the alt text, with the preview closed.
  await page.keyboard.press('Control+e');
  await item(page, 'Lead image').getByRole('button').click();
  await expect(page.getByRole('region', { name: 'Lead image' }).getByRole('button', { name: 'Add lead image' })).toBeFocused();
  const chooser = page.waitForEvent('filechooser');
  await page.keyboard.press('Enter');
  await (await chooser).setFiles({ name: 'ward.png', mimeType: 'image/png', buffer: scenePng(1200, 675) });
  const alt = page.getByRole('region', { name: 'Lead image' }).getByRole('textbox', { name: /Alt text/ });
  await expect(alt).toBeFocused();
  await page.keyboard.press('Control+e');
  await expect(page.locator('iframe[title^="Export preview"]')).toBeVisible();
  await item(page, 'Lead image has alt text').getByRole('button').click();
  await expect(alt).toBeFocused();
  await expect(page.locator('iframe[title^="Export preview"]')).toHaveCount(0);
  await alt.fill('An empty hospital ward at night');
  await expect(item(page, 'Lead image has alt text')).toContainText('An empty hospital ward at night');
  await expect(checklist(page)).toContainText('2 of 5 ready');

  // The publish date: the jump opens the Publishing tab on the date, and setting it there meets the item.
  await item(page, 'Publish date set').getByRole('button').click();
  const publishing = page.getByRole('tabpanel', { name: 'Publishing' });
  await expect(publishing.locator('#publish-date')).toBeFocused();
  await publishing.locator('#publish-date').fill('2026-12-08');
  await publishing.locator('#publish-time').fill('09:30');
  await page.getByRole('tab', { name: 'Export' }).click();
  await expect(item(page, 'Publish date set')).toContainText('8 December 2026');
  await expect(checklist(page)).toContainText('3 of 5 ready');
  expect(pageErrors).toEqual([]);
});
