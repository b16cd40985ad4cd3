import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page, TestInfo } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { saved } from './support/save-state';
import { scenePng } from './support/png';

const OTHER = 'Pay talks resume after the winter break';
const HEADLINE = 'Trust boards must let managers manage';
const STANDFIRST = 'Boards that ask for assurance on everything get assurance on nothing.';
const SOCIAL_HEADLINE = 'Let managers manage, trust boards are told';
const SOCIAL_DESCRIPTION = 'Boards that want assurance on everything end up with assurance on nothing, managers say.';

async function newStory(page: Page, headline: string): Promise<void> {
  await page.getByRole('button', { name: 'New story', exact: true }).click();
  const field = page.getByRole('textbox', { name: 'Headline' });
  await expect(field).toBeFocused();
  await field.pressSequentially(headline);
}

async function publishingTab(page: Page): Promise<Locator> {
  const tab = page.getByRole('tab', { name: 'Publishing' });
  if ((await tab.getAttribute('aria-selected')) !== 'true') await tab.click();
  return page.getByRole('tabpanel', { name: 'Publishing' });
}

async function seriousViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).include('.story-panel').analyze();
  return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.help}`);
}

/** Saves the page form through the Export tab's "Save to file…" and gives the HTML written. */
async function exportPage(page: Page): Promise<string> {
  await page.keyboard.press('Control+e');
  const panel = page.getByRole('tabpanel', { name: 'Export' });
  await panel.getByText('Page', { exact: true }).click();
  const download = page.waitForEvent('download');
  await panel.getByRole('button', { name: 'Save to file…' }).click();
  // An Opinion piece without its end mark has a house-style error: exporting asks first.
  const askFirst = page.getByRole('dialog', { name: 'Export with house-style errors?' });
  const shown = await Promise.race([download.then(() => false), askFirst.waitFor().then(() => true)]);
  if (shown) await askFirst.getByRole('button', { name: 'Export anyway' }).click();
  return readFileSync((await (await download).path())!, 'utf8');
}

async function shoot(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  await page.screenshot({ path: testInfo.outputPath(`${name}.png`) });
}

/** Another story (whose slug is taken), then the story under test, open on its text. */
async function twoStories(page: Page): Promise<void> {
  await newStory(page, OTHER);
  await saved(page);
  await page.getByRole('navigation', { name: 'Story navigation' }).getByRole('button', { name: 'Library' }).click();
  await newStory(page, HEADLINE);
  await page.getByRole('textbox', { name: 'Standfirst' }).fill(STANDFIRST);
  await page.getByRole('textbox', { name: 'Story text' }).click();
  await page.keyboard.type('A board that asks for assurance on everything gets assurance on nothing.');
  await saved(page);
}

test('a new user sets the publish date, slug and social fields in the Publishing tab and sees the URL and the card', async ({
  page,
  preview,
}, testInfo) => {
  test.slow();
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await page.goto(preview.url);
  await twoStories(page);
  const panel = await publishingTab(page);

  // Nothing set yet: the fields say what happens without them.
  await expect(panel.getByText('Not set: the export warns')).toBeVisible();
  const slug = panel.getByRole('textbox', { name: 'Slug' });
  await expect(slug).toHaveValue('trust-boards-must-let-managers-manage');
  await expect(panel.getByText('Follows the headline until you change it.')).toBeVisible();
  await expect(panel.getByText('https://www.example.org/opinion/trust-boards-must-let-managers-manage')).toBeVisible();
  await expect(panel.getByRole('textbox', { name: 'Social headline' })).toHaveAttribute('placeholder', HEADLINE);
  await expect(panel.getByRole('textbox', { name: 'Social description' })).toHaveAttribute('placeholder', STANDFIRST);
  const card = panel.getByRole('figure', { name: 'Social card preview' });
  await expect(card).toContainText(HEADLINE);
  await expect(card).toContainText(STANDFIRST);
  await expect(card).toContainText('No image');
  await expect(card).toContainText('www.example.org');
  await expect(card).toContainText('Managers in Partnership');

  // A London time in the spring gap does not exist; a winter one is GMT, and said back in words.
  const date = panel.getByLabel('Publish date', { exact: true });
  const time = panel.getByLabel('Publish time', { exact: true });
  await date.fill('2027-03-28');
  await expect(panel.getByText('Add the time too')).toBeVisible();
  await time.fill('01:30');
  await expect(panel.getByText('There is no 01:30 on 28 March 2027 in London: the clocks go forward an hour that night. Choose 02:30')).toBeVisible();
  await date.fill('2026-12-08');
  await time.fill('09:30');
  await expect(panel.getByText('Tuesday 8 December 2026, 09:30 (GMT)')).toBeVisible();

  // A slug another story has is refused by name; a free one is saved, with its URL beside it.
  await slug.fill('pay-talks-resume-after-the-winter-break');
  await expect(panel.getByText(`is already the slug of “${OTHER}”`)).toBeVisible();
  await expect(slug).toHaveAttribute('aria-invalid', 'true');
  await slug.fill('Managers Manage');
  await expect(panel.getByText('Slug may use only lower-case letters')).toBeVisible();
  await panel.getByRole('button', { name: 'Use “managers-manage”' }).click();
  await expect(slug).toHaveValue('managers-manage');
  await expect(slug).toBeFocused();
  await expect(panel.getByText('https://www.example.org/opinion/managers-manage')).toBeVisible();
  await expect(panel.getByRole('button', { name: 'Use the headline’s slug' })).toBeVisible();

  // Tab goes on from the slug to the social fields; the counts follow the text; the card follows both.
  await slug.focus();
  await page.keyboard.press('Tab');
  await expect(panel.getByRole('textbox', { name: 'Social headline' })).toBeFocused();
  await page.keyboard.type('Let');
  // Past the target the count warns; past the store's limit the text is kept on screen but not saved.
  const socialHeadline = panel.getByRole('textbox', { name: 'Social headline' });
  await socialHeadline.fill('x'.repeat(75));
  await expect(panel.getByText('75 / 70 characters')).toBeVisible();
  await socialHeadline.fill('x'.repeat(501));
  await expect(panel.getByText('Social headline is too long to save: at most 500 characters')).toBeVisible();
  await expect(socialHeadline).toHaveAttribute('aria-invalid', 'true');
  await socialHeadline.fill(SOCIAL_HEADLINE);
  await expect(panel.getByText(`${SOCIAL_HEADLINE.length} / 70 characters`)).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(panel.getByRole('textbox', { name: 'Social description' })).toBeFocused();
  await panel.getByRole('textbox', { name: 'Social description' }).fill(SOCIAL_DESCRIPTION);
  await expect(panel.getByText(`${SOCIAL_DESCRIPTION.length} / 200 characters`)).toBeVisible();
  await expect(card).toContainText(SOCIAL_HEADLINE);
  await expect(card).toContainText(SOCIAL_DESCRIPTION);
  await saved(page);

  // With a lead image, the card shows it.
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('region', { name: 'Lead image' }).getByRole('button', { name: 'Add lead image' }).click();
  await (await chooser).setFiles({ name: 'boardroom.png', mimeType: 'image/png', buffer: scenePng(1200, 630) });
  await page.getByRole('region', { name: 'Lead image' }).getByRole('textbox', { name: /Alt text/ }).fill('An empty boardroom table');
  await saved(page);
  await publishingTab(page);
  await expect(card.getByRole('img', { name: 'An empty boardroom table' })).toBeVisible();

  expect(await seriousViolations(page)).toEqual([]);
  await shoot(page, testInfo, 'publishing-1440');
  await card.scrollIntoViewIfNeeded();
  await shoot(page, testInfo, 'social-card-1440');
  await page.emulateMedia({ colorScheme: 'dark' });
  await shoot(page, testInfo, 'social-card-1440-dark');
  expect(await seriousViolations(page)).toEqual([]);
  await page.setViewportSize({ width: 1024, height: 768 });
  await publishingTab(page);
  await panel.getByLabel('Publish date', { exact: true }).scrollIntoViewIfNeeded();
  await shoot(page, testInfo, 'publishing-1024-dark');
  await page.emulateMedia({ colorScheme: 'light' });
  await shoot(page, testInfo, 'publishing-1024');
  expect(pageErrors).toEqual([]);
});

test('the exported page carries the publishing fields, and a new slug after an export warns that the URL changes', async ({ page, preview }, testInfo) => {
  test.slow();
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await page.goto(preview.url);
  await twoStories(page);
  const panel = await publishingTab(page);
  await panel.getByLabel('Publish date', { exact: true }).fill('2026-12-08');
  await panel.getByLabel('Publish time', { exact: true }).fill('09:30');
  await expect(panel.getByText('Tuesday 8 December 2026, 09:30 (GMT)')).toBeVisible();
  await panel.getByRole('textbox', { name: 'Slug' }).fill('managers-manage');
  await expect(panel.getByRole('button', { name: 'Use the headline’s slug' })).toBeVisible();
  await panel.getByRole('textbox', { name: 'Social headline' }).fill(SOCIAL_HEADLINE);
  await panel.getByRole('textbox', { name: 'Social description' }).fill(SOCIAL_DESCRIPTION);
  await saved(page);

  // The exported page carries the date, the URL from the slug and the social tags.
  const html = await exportPage(page);
  expect(html).toContain('<time datetime="2026-12-08T09:30:00.000Z">8 December 2026</time>');
  const jsonLd = JSON.parse(/<script type="application\/ld\+json">(.*?)<\/script>/s.exec(html)![1]!) as Record<string, unknown>;
  expect(jsonLd.datePublished).toBe('2026-12-08T09:30:00.000Z');
  expect(html).toContain('<link rel="canonical" href="https://www.example.org/opinion/managers-manage">');
  expect(html).toContain('<meta property="og:url" content="https://www.example.org/opinion/managers-manage">');
  expect(html).toContain(`<meta property="og:title" content="${SOCIAL_HEADLINE}">`);
  expect(html).toContain(`<meta property="og:description" content="${SOCIAL_DESCRIPTION}">`);
  expect(html).toContain('<meta property="article:published_time" content="2026-12-08T09:30:00.000Z">');

  // Once exported, a new slug warns that the URL changes; going back to the headline's slug follows it again.
  const again = await publishingTab(page);
  const slugAgain = again.getByRole('textbox', { name: 'Slug' });
  await slugAgain.fill('managers-must-manage');
  await expect(again.getByText('Its URL will change: it was exported as https://www.example.org/opinion/managers-manage')).toBeVisible();
  await shoot(page, testInfo, 'publishing-url-changes-1440');
  await again.getByRole('button', { name: 'Use the headline’s slug' }).click();
  await expect(slugAgain).toHaveValue('trust-boards-must-let-managers-manage');
  await expect(again.getByText('Follows the headline until you change it.')).toBeVisible();

  // Clear empties the date and puts focus back on it; Now sets today in words.
  await again.getByRole('button', { name: 'Clear' }).click();
  await expect(again.getByLabel('Publish date', { exact: true })).toBeFocused();
  await expect(again.getByLabel('Publish date', { exact: true })).toHaveValue('');
  await expect(again.getByText('Not set: the export warns')).toBeVisible();
  await again.getByRole('button', { name: 'Now' }).click();
  await expect(again.getByLabel('Publish date', { exact: true })).not.toHaveValue('');
  await expect(again.getByText(/\d{4}, \d{2}:\d{2} \((GMT|BST)\)/)).toBeVisible();
  await saved(page);

  // All of it is stored: after a restart the fields come back as they were.
  await page.goto(await preview.restart());
  await page.getByRole('link', { name: HEADLINE }).click();
  const reopened = await publishingTab(page);
  await expect(reopened.getByRole('textbox', { name: 'Social headline' })).toHaveValue(SOCIAL_HEADLINE);
  await expect(reopened.getByRole('textbox', { name: 'Slug' })).toHaveValue('trust-boards-must-let-managers-manage');
  await expect(reopened.getByLabel('Publish date', { exact: true })).not.toHaveValue('');
  expect(pageErrors).toEqual([]);
});
