import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';

/** The story has house-style errors (an Opinion piece without its end mark), so exporting asks first. */
async function exportAnyway(page: Page): Promise<void> {
  await page.getByRole('dialog', { name: 'Export with house-style errors?' }).getByRole('button', { name: 'Export anyway' }).click();
}

const HEADLINE = 'Trust boards must let managers manage';
const SECOND = 'Pay talks resume after the winter break';

async function writeStory(page: Page, headline: string, text: string): Promise<void> {
  await page.getByRole('button', { name: 'New story', exact: true }).click();
  const field = page.getByRole('textbox', { name: 'Headline' });
  await expect(field).toBeFocused();
  await field.pressSequentially(headline);
  await page.getByRole('textbox', { name: 'Standfirst' }).fill('Boards ask for assurance on everything.');
  await page.getByRole('textbox', { name: 'Story text' }).click();
  await page.keyboard.type(text);
  await expect(page.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible();
}

async function toLibrary(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Story navigation' }).getByRole('button', { name: 'Library' }).click();
}

function seriousViolations(result: Awaited<ReturnType<AxeBuilder['analyze']>>): string[] {
  return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id);
}

test('the export view previews with the site stylesheet, switches forms, copies and logs the export', async ({ page, preview, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(preview.url).origin });
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await page.goto(preview.url);
  await writeStory(page, HEADLINE, 'Boards that ask for assurance on everything get assurance on nothing.');

  await page.keyboard.press('Control+e');
  const panel = page.getByRole('tabpanel', { name: 'Export' });
  await expect(panel).toBeVisible();
  const frame = page.frameLocator('iframe[title^="Export preview"]');
  const headline = frame.locator('h1.cd-headline');
  await expect(headline).toHaveText(HEADLINE);
  // Styled by resources/site/site.css: the section label in the site's accent, the headline in its weight.
  await expect(frame.locator('.cd-section')).toHaveCSS('color', 'rgb(163, 18, 42)');
  await expect(headline).toHaveCSS('font-weight', '600');
  await expect(panel.getByRole('region', { name: 'Warnings' }).getByText(/publish date/i)).toBeVisible();

  await panel.getByText('Body', { exact: true }).click();
  await expect(page.locator('iframe[title="Export preview: Body"]')).toBeVisible();
  await expect(frame.locator('h1')).toHaveCount(0);
  await expect(frame.locator('.cd-body p')).toHaveCSS('margin-bottom', '20px');

  await panel.getByRole('button', { name: 'Copy HTML' }).click();
  await exportAnyway(page);
  await expect(page.getByRole('status').getByText('Copied the body HTML')).toBeVisible();
  const clipboard = await page.evaluate(async () => {
    const [item] = await navigator.clipboard.read();
    return {
      html: await (await item!.getType('text/html')).text(),
      text: await (await item!.getType('text/plain')).text(),
    };
  });
  expect(clipboard.text).toBe('<p>Boards that ask for assurance on everything get assurance on nothing.</p>\n');
  expect(clipboard.html).toContain('<p>Boards that ask for assurance on everything get assurance on nothing.</p>');

  await panel.getByRole('button', { name: 'Copy source' }).click();
  await exportAnyway(page);
  await expect(page.getByRole('status').getByText('Copied the body source')).toBeVisible();

  await panel.getByText('Page', { exact: true }).click();
  await expect(frame.locator('h1.cd-headline')).toHaveText(HEADLINE);
  const download = page.waitForEvent('download');
  await panel.getByRole('button', { name: 'Save to file…' }).click();
  await exportAnyway(page);
  expect((await download).suggestedFilename()).toBe('trust-boards-must-let-managers-manage.html');
  await expect(page.getByRole('status').getByText('Saved trust-boards-must-let-managers-manage.html')).toBeVisible();

  // The frame runs no scripts, so axe cannot look inside it; the exported HTML itself is validated by the exporter's tests.
  const axe = new AxeBuilder({ page }).include('.story-panel').include('.export-preview').options({ iframes: false }).setLegacyMode();
  expect(seriousViolations(await axe.analyze())).toEqual([]);

  await page.getByRole('button', { name: 'Back to the text' }).click();
  await expect(page.getByRole('textbox', { name: 'Story text' })).toBeVisible();
  await toLibrary(page);
  const row = page.getByRole('row').filter({ hasText: HEADLINE });
  await expect(row).toContainText('just now');
  await expect(row).toContainText('no changes since');
  expect(pageErrors).toEqual([]);
});

test('ticked stories are exported into a folder with progress and a summary', async ({ page, preview }) => {
  await page.goto(preview.url);
  await writeStory(page, HEADLINE, 'The first story’s text.');
  await toLibrary(page);
  await writeStory(page, SECOND, 'The second story’s text.');
  await toLibrary(page);

  await page.getByRole('checkbox', { name: `Tick “${HEADLINE}” to export` }).check();
  // Away from the headline link, which would open the story.
  await page.getByRole('row').filter({ hasText: SECOND }).getByRole('gridcell').nth(3).click();
  await page.keyboard.press('Space');
  const bar = page.getByRole('region', { name: 'Ticked stories' });
  await expect(bar).toContainText('2 stories ticked');
  await bar.getByRole('button', { name: 'Export to a folder…' }).click();

  // The browser has no folder dialog: the person types the folder, which must be outside the profile.
  const choose = page.getByRole('dialog', { name: 'Export 2 stories' });
  const field = choose.getByRole('textbox', { name: 'Folder to export into' });
  await expect(field).toBeFocused();
  await field.fill(join(preview.profileDir, 'exports'));
  await choose.getByRole('button', { name: 'Export', exact: true }).click();
  await expect(choose.getByRole('alert')).toContainText('is inside the Copydesk profile');
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await expect(field).toHaveValue(join(preview.profileDir, 'exports'));
  await expect(field).toBeFocused();
  expect(seriousViolations(await new AxeBuilder({ page }).include('dialog').analyze())).toEqual([]);
  await page.screenshot({ path: test.info().outputPath('batch-folder-refused.png') });
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.setViewportSize({ width: 1024, height: 768 });
  expect(seriousViolations(await new AxeBuilder({ page }).include('dialog').analyze())).toEqual([]);
  await page.screenshot({ path: test.info().outputPath('batch-folder-refused-dark-1024.png') });

  const target = join(mkdtempSync(join(tmpdir(), 'copydesk-e2e-batch-')), 'pages');
  await field.fill(target);
  await field.press('Enter');

  const dialog = page.getByRole('dialog', { name: 'Export finished' });
  await expect(dialog).toContainText(`2 stories written to ${target}`);
  await expect(dialog).toContainText('2 with warnings');
  expect(readdirSync(target).filter((name) => name.endsWith('.html')).sort()).toEqual([expect.stringMatching(/^pay-talks/), expect.stringMatching(/^trust-boards/)]);
  expect(existsSync(join(preview.profileDir, 'exports'))).toBe(false);
  rmSync(dirname(target), { recursive: true, force: true });
  expect(seriousViolations(await new AxeBuilder({ page }).include('dialog').analyze())).toEqual([]);
  await dialog.getByRole('button', { name: 'Close' }).click();

  await expect(bar).toBeHidden();
  for (const headline of [HEADLINE, SECOND]) {
    await expect(page.getByRole('row').filter({ hasText: headline })).toContainText('just now');
  }
});
