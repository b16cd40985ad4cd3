import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { saved } from './support/save-state';
import { scenePng } from './support/png';

const HEADLINE = 'Night shifts are where the NHS shows its strain';
const ALT = 'A hospital on a hill at dusk, its windows lit';
const CAPTION = 'Northfield General at the start of the night shift';
const CREDIT = 'Photo: Sam Lee';

function leadImage(page: Page): Locator {
  return page.getByRole('region', { name: 'Lead image' });
}

test('a lead image is picked from disk, described, exported, kept over a restart and removed', async ({ page, preview }, testInfo) => {
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await page.goto(preview.url);
  await page.getByRole('button', { name: 'New story', exact: true }).click();
  await page.getByRole('textbox', { name: 'Headline' }).pressSequentially(HEADLINE);
  await page.getByRole('textbox', { name: 'Standfirst' }).fill('Staff on nights carry wards that were built for days.');
  await page.getByRole('textbox', { name: 'Story text' }).click();
  await page.keyboard.type('At three in the morning, one nurse may have thirty patients.');
  await saved(page);

  // The empty state says what the picture is for; the button opens the file picker from the keyboard.
  const add = leadImage(page).getByRole('button', { name: 'Add lead image' });
  await expect(leadImage(page)).toContainText('on social cards and on related-story cards');
  await page.screenshot({ path: testInfo.outputPath('lead-image-empty-1440.png') });
  await add.focus();
  const chooser = page.waitForEvent('filechooser');
  await page.keyboard.press('Enter');
  await (await chooser).setFiles({ name: 'northfield.png', mimeType: 'image/png', buffer: scenePng(1200, 675) });

  // Shown from the profile at once, with the alt text asked for first.
  const picture = leadImage(page).locator('img.lead-image__img');
  await expect(picture).toBeVisible();
  expect(await picture.evaluate((img: HTMLImageElement) => [img.naturalWidth, img.naturalHeight])).toEqual([1200, 675]);
  const alt = leadImage(page).getByRole('textbox', { name: /Alt text/ });
  await expect(alt).toBeFocused();
  await expect(leadImage(page).getByRole('alert')).toHaveText(
    'The lead image needs alt text: describe the picture for readers who cannot see it. The picture is not saved until it has some.',
  );
  await page.screenshot({ path: testInfo.outputPath('lead-image-without-alt-1440.png') });

  // The export's warnings say the picture is not in it yet.
  await page.keyboard.press('Control+e');
  const panel = page.getByRole('tabpanel', { name: 'Export' });
  await expect(panel.getByRole('listitem').filter({ hasText: 'The lead image on the page has no alt text' })).toContainText(
    'so it is not saved and the export has no lead image',
  );
  const frame = page.frameLocator('iframe[title^="Export preview"]');
  await expect(frame.locator('h1.cd-headline')).toHaveText(HEADLINE);
  await expect(frame.locator('figure.cd-lead-image')).toHaveCount(0);
  // The preview stands in for the text; Escape goes back to it.
  await page.keyboard.press('Escape');

  await alt.fill(ALT);
  await expect(leadImage(page).getByRole('alert')).toHaveCount(0);
  await leadImage(page).getByRole('textbox', { name: 'Caption' }).fill(CAPTION);
  await page.keyboard.press('Enter');
  await expect(leadImage(page).getByRole('textbox', { name: 'Credit' })).toBeFocused();
  await page.keyboard.type(CREDIT);
  await saved(page);

  // In the export, in the header, as the website will receive it.
  await page.getByRole('button', { name: 'Open the preview' }).click();
  const exported = frame.locator('header.cd-header figure.cd-lead-image');
  await expect(exported.locator('img')).toHaveAttribute('alt', ALT);
  await expect(exported.locator('figcaption .cd-caption')).toHaveText(CAPTION);
  await expect(exported.locator('figcaption .cd-credit')).toHaveText(CREDIT);
  expect(await exported.locator('img').evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(1200);
  await expect(panel.getByRole('region', { name: 'Warnings' }).getByRole('listitem').filter({ hasText: 'lead image' })).toHaveCount(0);
  await page.keyboard.press('Escape');
  await expect(page.locator('iframe[title^="Export preview"]')).toHaveCount(0);

  // The story page as an editor sees it.
  await page.locator('.story-scroll').evaluate((scroller) => scroller.scrollTo(0, 0));
  await page.screenshot({ path: testInfo.outputPath('story-with-lead-image-1440.png') });
  await page.setViewportSize({ width: 1024, height: 768 });
  await page.emulateMedia({ colorScheme: 'dark' });
  // On a narrow window the panel lies over the text: fold it away first.
  await page.getByRole('button', { name: 'Hide the panel' }).click();
  await page.screenshot({ path: testInfo.outputPath('story-with-lead-image-1024-dark.png') });
  await page.emulateMedia({ colorScheme: 'light' });
  await page.setViewportSize({ width: 1440, height: 900 });

  await page.goto(await preview.restart());
  await page.getByRole('link', { name: HEADLINE }).click();
  await expect(leadImage(page).getByRole('img', { name: ALT })).toBeVisible();
  await expect(leadImage(page).getByRole('textbox', { name: /Alt text/ })).toHaveValue(ALT);
  await expect(leadImage(page).getByRole('textbox', { name: 'Caption' })).toHaveValue(CAPTION);
  await expect(leadImage(page).getByRole('textbox', { name: 'Credit' })).toHaveValue(CREDIT);
  await page.screenshot({ path: testInfo.outputPath('story-after-restart-1440.png') });

  const results = await new AxeBuilder({ page }).include('.story-column').analyze();
  const serious = results.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
  expect(serious.map((violation) => ({ id: violation.id, targets: violation.nodes.map((node) => node.target) }))).toEqual([]);

  // Remove: the empty state again, focus on its button, an undo offered; the export has no lead image.
  await leadImage(page).getByRole('button', { name: 'Remove' }).click();
  await expect(leadImage(page).getByRole('button', { name: 'Add lead image' })).toBeFocused();
  // Undo puts it back as it was; removed again, it stays removed.
  await page.getByRole('status').getByRole('button', { name: 'Undo' }).click();
  await expect(leadImage(page).getByRole('img', { name: ALT })).toBeVisible();
  await expect(leadImage(page).getByRole('textbox', { name: 'Credit' })).toHaveValue(CREDIT);
  await leadImage(page).getByRole('button', { name: 'Remove' }).click();
  await expect(leadImage(page).getByRole('button', { name: 'Add lead image' })).toBeFocused();
  await saved(page);
  await page.keyboard.press('Control+e');
  await expect(frame.locator('h1.cd-headline')).toHaveText(HEADLINE);
  await expect(frame.locator('figure.cd-lead-image')).toHaveCount(0);

  await page.goto(await preview.restart());
  await page.getByRole('link', { name: HEADLINE }).click();
  await expect(leadImage(page).getByRole('button', { name: 'Add lead image' })).toBeVisible();
  await expect(leadImage(page).getByRole('img')).toHaveCount(0);
  expect(pageErrors).toEqual([]);
});
