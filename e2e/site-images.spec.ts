import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { scenePng, solidPng } from './support/png';

async function seriousViolations(page: Page): Promise<string[]> {
  const axe = await new AxeBuilder({ page }).analyze();
  return axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id);
}

test('the settings take a site logo and a fallback social image with alt text, and keep them after a restart', async ({ page, preview }, testInfo) => {
  // Three pictures, two saves and a restart on two shared cores.
  test.slow();
  await page.goto(preview.url);
  await page.getByRole('button', { name: 'Settings' }).click();
  const logo = page.getByRole('group', { name: 'Site logo' });
  const social = page.getByRole('group', { name: 'Fallback social image' });
  await expect(logo.getByText('None chosen')).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Alt text of the fallback social image' })).toHaveCount(0);

  // A logo too small for search engines is kept, with advice.
  await page.getByTestId('site-logo-file-input').setInputFiles({ name: 'logo.png', mimeType: 'image/png', buffer: solidPng(80, 80, [40, 86, 196]) });
  await expect(logo.getByText('This logo is 80 × 80 pixels: search engines want at least 112 × 112. Choose a larger one.')).toBeVisible();
  await page.getByTestId('site-logo-file-input').setInputFiles({ name: 'logo.png', mimeType: 'image/png', buffer: solidPng(512, 512, [40, 86, 196]) });
  await expect(logo.getByText('512 × 512 pixels, PNG')).toBeVisible();
  await expect(logo.getByRole('img', { name: 'Managers in Partnership logo' })).toBeVisible();
  await expect(logo.getByText(/search engines want/)).toHaveCount(0);

  // A file that is not a picture is refused, and says so.
  await page.getByTestId('social-image-file-input').setInputFiles({ name: 'notes.png', mimeType: 'image/png', buffer: Buffer.from('not a picture') });
  await expect(social.getByRole('alert')).toBeVisible();
  await expect(social.getByText('None chosen')).toBeVisible();

  // A fallback social image asks for its alt text at once.
  await page.getByTestId('social-image-file-input').setInputFiles({ name: 'card.png', mimeType: 'image/png', buffer: scenePng(1200, 630) });
  const alt = page.getByRole('textbox', { name: 'Alt text of the fallback social image' });
  await expect(alt).toBeFocused();
  await expect(social.getByRole('alert')).toHaveCount(0);
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByText('The fallback social image needs alt text: describe the picture for readers who cannot see it.')).toBeVisible();
  await expect(alt).toHaveAttribute('aria-invalid', 'true');
  await expect(alt).toBeFocused();
  await alt.fill('Hills at dusk under the magazine’s masthead');
  await expect(social.getByRole('img', { name: 'Hills at dusk under the magazine’s masthead' })).toBeVisible();

  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByRole('status').getByText('Settings saved')).toBeVisible();
  await alt.scrollIntoViewIfNeeded();
  await page.screenshot({ path: testInfo.outputPath('site-images-1440.png') });
  expect(await seriousViolations(page)).toEqual([]);

  await page.goto(await preview.restart());
  await page.keyboard.press('Control+,');
  await expect(page.getByRole('group', { name: 'Site logo' }).getByText('512 × 512 pixels, PNG')).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Alt text of the fallback social image' })).toHaveValue('Hills at dusk under the magazine’s masthead');
  await page.setViewportSize({ width: 1024, height: 768 });
  await page.getByRole('textbox', { name: 'Alt text of the fallback social image' }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: testInfo.outputPath('site-images-1024.png') });
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.screenshot({ path: testInfo.outputPath('site-images-dark.png') });
  expect(await seriousViolations(page)).toEqual([]);

  // Removing the fallback image takes its alt text with it and puts focus back on "Choose".
  await page.getByRole('button', { name: 'Remove fallback social image' }).click();
  await expect(page.getByRole('button', { name: 'Choose fallback social image…' })).toBeFocused();
  await expect(page.getByRole('textbox', { name: 'Alt text of the fallback social image' })).toHaveCount(0);
});
