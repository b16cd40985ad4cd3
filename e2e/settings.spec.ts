import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './support/fixtures';

test('the settings screen saves the site name and a section target, refuses a bad URL, and keeps them after a restart', async ({
  page,
  preview,
}) => {
  await page.goto(preview.url);
  await page.getByRole('button', { name: 'Settings' }).click();
  const siteName = page.getByRole('textbox', { name: 'Site name' });
  await expect(siteName).toHaveValue('Managers in Partnership');
  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);

  await page.getByRole('textbox', { name: 'Site base URL' }).fill('ftp://example.org');
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByText('must be an http or https URL')).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Site base URL' })).toHaveAttribute('aria-invalid', 'true');
  await page.getByRole('textbox', { name: 'Site base URL' }).fill('https://www.example.org');

  await siteName.fill('The Trustee Weekly');
  await page.getByRole('textbox', { name: 'Most words for News' }).fill('700');
  await page.getByRole('textbox', { name: 'Fewest words for Opinion' }).fill('2000');
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByText('The fewest words must not be more than the most.')).toBeVisible();
  await page.getByRole('textbox', { name: 'Fewest words for Opinion' }).fill('650');
  await page.getByRole('textbox', { name: 'Bio template' }).fill('{name} is {role} at {organisation}.');
  await expect(page.getByText('Jane Smith is chief executive at Example Trust.')).toBeVisible();
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByRole('status').getByText('Settings saved')).toBeVisible();

  await page.goto(await preview.restart());
  await page.keyboard.press('Control+,');
  await expect(page.getByRole('textbox', { name: 'Site name' })).toHaveValue('The Trustee Weekly');
  await expect(page.getByRole('textbox', { name: 'Most words for News' })).toHaveValue('700');
  await expect(page.getByRole('textbox', { name: 'Bio template' })).toHaveValue('{name} is {role} at {organisation}.');

  await page.getByRole('textbox', { name: 'Site name' }).fill('Not kept');
  await page.keyboard.press('Escape');
  const ask = page.getByRole('dialog', { name: 'Leave without saving the settings?' });
  await ask.getByRole('button', { name: 'Leave without saving' }).click();
  await expect(page.getByRole('button', { name: 'New story', exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Settings' }).click();
  await expect(page.getByRole('textbox', { name: 'Site name' })).toHaveValue('The Trustee Weekly');
});
