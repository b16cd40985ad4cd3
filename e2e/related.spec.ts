import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { saved } from './support/save-state';

const CURRENT = 'Ward closures put winter plans at risk';
const TARGET = 'Ambulance queues lengthen at the winter peak';
const RENAMED = 'Ambulance queues lengthen again';
const TAGGED = 'Flu vaccine uptake falls among staff';
const EXTERNAL = { url: 'https://www.example.org/news/beds', headline: 'Bed occupancy hits record', byline: 'Sam Jones' };

async function newStory(page: Page, headline: string): Promise<void> {
  await page.getByRole('button', { name: 'New story', exact: true }).click();
  const field = page.getByRole('textbox', { name: 'Headline' });
  await expect(field).toBeFocused();
  await field.pressSequentially(headline);
}

async function toLibrary(page: Page): Promise<void> {
  await saved(page);
  await page.getByRole('navigation', { name: 'Story navigation' }).getByRole('button', { name: 'Library' }).click();
}

async function openStory(page: Page, headline: string): Promise<void> {
  await page.getByRole('link', { name: headline }).click();
  await expect(page.getByRole('textbox', { name: 'Headline' })).toHaveValue(headline);
}

async function relatedTab(page: Page): Promise<Locator> {
  const tab = page.getByRole('tab', { name: 'Related' });
  if ((await tab.getAttribute('aria-selected')) !== 'true') await tab.click();
  return page.getByRole('tabpanel', { name: 'Related' });
}

async function addTag(page: Page, typed: string): Promise<void> {
  const panel = await relatedTab(page);
  await panel.getByRole('combobox', { name: 'Tags' }).fill(typed);
  await page.keyboard.press('Enter');
  await expect(panel.getByRole('list', { name: 'Tags on this story' })).toContainText(typed);
}

function linked(panel: Locator): Locator {
  return panel.getByRole('list', { name: 'Linked stories' }).getByRole('listitem');
}

test('related stories are linked by search, suggestion and URL, follow a rename, and are named before a delete', async ({
  page,
  preview,
}) => {
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await page.goto(preview.url);

  await newStory(page, TARGET);
  await toLibrary(page);
  await newStory(page, TAGGED);
  await addTag(page, 'Winter pressures');
  await toLibrary(page);

  await newStory(page, CURRENT);
  const panel = await relatedTab(page);

  // A tag typed in part is completed from the tags in use, and brings a suggestion.
  const tags = panel.getByRole('combobox', { name: 'Tags' });
  await tags.pressSequentially('wint');
  await expect(panel.getByRole('option', { name: 'Winter pressures' })).toBeVisible();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(panel.getByRole('list', { name: 'Tags on this story' })).toHaveText('Winter pressures');
  await saved(page);
  const suggestions = panel.getByRole('list', { name: 'Suggested stories' });
  await expect(suggestions.getByRole('listitem').filter({ hasText: TAGGED })).toContainText('Shared tag “Winter pressures”');
  await expect(suggestions).not.toContainText(CURRENT);
  await suggestions.getByRole('button', { name: `Link “${TAGGED}”` }).click();
  await expect(linked(panel)).toHaveCount(1);
  // A linked story is no longer suggested; the one with similar words still is.
  await expect(suggestions).not.toContainText(TAGGED);
  await expect(suggestions.getByRole('listitem').filter({ hasText: TARGET })).toContainText('Similar text');

  // Link a story found by searching the library, by keyboard.
  const search = panel.getByRole('combobox', { name: 'Search the library' });
  await search.pressSequentially('ambulance');
  await expect(panel.getByRole('option', { name: new RegExp(TARGET) })).toBeVisible();
  await expect(panel.getByRole('option', { name: new RegExp(CURRENT) })).toHaveCount(0);
  await page.keyboard.press('Enter');
  await expect(linked(panel).nth(1)).toContainText(TARGET);

  // An external story by URL: the contract's message shows next to a wrong field.
  await panel.getByText('Add a published story by URL').click();
  const form = panel.getByRole('form', { name: 'Add a published story by URL' });
  await form.getByRole('textbox', { name: 'URL', exact: true }).fill('www.example.org/beds');
  await form.getByRole('textbox', { name: 'Headline' }).fill(EXTERNAL.headline);
  await form.getByRole('button', { name: 'Add link' }).click();
  await expect(form.getByText('Must be an http or https URL.')).toBeVisible();
  await expect(form.getByRole('textbox', { name: 'URL', exact: true })).toBeFocused();
  await form.getByRole('textbox', { name: 'URL', exact: true }).fill(EXTERNAL.url);
  await form.getByRole('textbox', { name: 'Byline' }).fill(EXTERNAL.byline);
  await form.getByRole('textbox', { name: 'Image URL' }).fill('https://www.example.org/beds.jpg');
  await form.getByRole('button', { name: 'Add link' }).click();
  await expect(linked(panel)).toHaveCount(3);
  const external = linked(panel).nth(2);
  await expect(external).toContainText(EXTERNAL.headline);
  await expect(external).toContainText(`example.org · ${EXTERNAL.byline}`);
  // The picture is a placeholder: nothing is fetched from the internet.
  await expect(external.getByRole('img', { name: /Picture from example\.org/ })).toBeVisible();
  await expect(panel.locator('img')).toHaveCount(0);

  // Reorder by keyboard: Alt+Up twice brings the external link to the top.
  await external.getByRole('button', { name: `Move “${EXTERNAL.headline}” up` }).focus();
  await page.keyboard.press('Alt+ArrowUp');
  await page.keyboard.press('Alt+ArrowUp');
  await expect(linked(panel).first()).toContainText(EXTERNAL.headline);
  await expect(linked(panel).nth(2)).toContainText(TARGET);

  const axe = await new AxeBuilder({ page }).include('.story-panel').analyze();
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);

  // Rename the linked story; the first story shows its new headline.
  await toLibrary(page);
  await openStory(page, TARGET);
  await page.getByRole('textbox', { name: 'Headline' }).fill(RENAMED);
  await toLibrary(page);
  await openStory(page, CURRENT);
  const reopened = await relatedTab(page);
  await expect(linked(reopened)).toHaveCount(3);
  await expect(linked(reopened).nth(2)).toContainText(RENAMED);
  await expect(reopened.getByRole('list', { name: 'Linked stories' })).not.toContainText(TARGET);

  // Deleting the linked story for good names the story that links to it first.
  await toLibrary(page);
  await page.getByRole('button', { name: `Actions for “${RENAMED}”` }).click();
  await page.getByRole('menuitem', { name: 'Move to trash' }).click();
  await page.getByRole('group', { name: 'Show' }).getByRole('button', { name: 'Trash' }).click();
  await page.getByRole('button', { name: `Actions for “${RENAMED}”` }).click();
  await page.getByRole('menuitem', { name: 'Delete for good…' }).click();
  const dialog = page.getByRole('dialog', { name: `Delete “${RENAMED}” for good?` });
  await expect(dialog).toContainText(`Linked from 1 story: “${CURRENT}”.`);
  await expect(dialog).toContainText('from its backups too');
  await dialog.getByRole('button', { name: 'Delete for good' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(page.getByText(new RegExp(`“${RENAMED}” deleted for good`))).toBeVisible();

  // The link stays, shown as a deleted story.
  await page.getByRole('group', { name: 'Show' }).getByRole('button', { name: 'Stories' }).click();
  await openStory(page, CURRENT);
  const afterDelete = await relatedTab(page);
  await expect(linked(afterDelete).nth(2)).toContainText('Deleted story');
  await afterDelete.getByRole('button', { name: 'Remove “Deleted story”' }).click();
  await expect(linked(afterDelete)).toHaveCount(2);
  await toLibrary(page);
  await openStory(page, CURRENT);
  await expect(linked(await relatedTab(page))).toHaveCount(2);
  expect(pageErrors).toEqual([]);
});
