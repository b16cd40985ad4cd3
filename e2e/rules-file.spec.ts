import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './support/fixtures';

const RULES = { name: 'Local', version: 1, extends: 'default', rules: [{ id: 'no-synergy', kind: 'existence', severity: 'error', message: 'No “{found}”', pattern: 'synergy' }] };

test('a rules file chosen from disk is checked and copied into the profile; a path outside it is refused, quoting nothing', async ({ page, preview }, testInfo) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto(preview.url);
  await page.getByRole('button', { name: 'Settings' }).click();
  await page.getByRole('radio', { name: 'A rules file in the profile folder' }).check();
  const path = page.getByRole('textbox', { name: 'Rules file' });
  const files = page.getByTestId('rules-file-input');

  // Not a rules file: refused, nothing copied, and none of its lines shown.
  const passwd = readFileSync('/etc/passwd');
  await files.setInputFiles({ name: 'passwd', mimeType: 'application/json', buffer: passwd });
  await expect(page.getByRole('alert')).toContainText('Nothing was copied');
  await expect(page.locator('body')).not.toContainText('root:x:0');
  await expect(path).toHaveValue('');
  expect(existsSync(join(preview.profileDir, 'house-rules'))).toBe(false);

  await files.setInputFiles({ name: 'Our rules.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(RULES)) });
  await expect(path).toHaveValue('house-rules/Our-rules.json');
  await expect(page.getByRole('alert')).toHaveCount(0);
  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
  await page.getByRole('group', { name: 'Rules' }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: testInfo.outputPath('rules-file-1440.png') });
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.screenshot({ path: testInfo.outputPath('rules-file-1440-dark.png') });
  await page.emulateMedia({ colorScheme: 'light' });
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByRole('status').getByText('Settings saved')).toBeVisible();
  expect(JSON.parse(readFileSync(join(preview.profileDir, 'house-rules', 'Our-rules.json'), 'utf8'))).toEqual(RULES);

  await path.fill('/etc/passwd');
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByText('must be a file inside the profile folder').first()).toBeVisible();
  await expect(path).toHaveAttribute('aria-invalid', 'true');
  await page.setViewportSize({ width: 1024, height: 768 });
  await page.screenshot({ path: testInfo.outputPath('rules-file-refused-1024.png') });
  expect(JSON.parse(readFileSync(join(preview.profileDir, 'settings.json'), 'utf8')).houseStyleRules).toBe('house-rules/Our-rules.json');
});
