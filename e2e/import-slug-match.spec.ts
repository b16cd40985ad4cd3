import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';

type Bridge = Record<string, (input: unknown) => Promise<{ ok: boolean; value?: unknown }>>;

/** A ready story, saved through the page's own bridge as another window would. */
async function seedReadyStory(page: Page, headline: string): Promise<void> {
  const ok = await page.evaluate(async (title) => {
    const bridge = (window as unknown as { copydeskBridge: Bridge }).copydeskBridge;
    const created = (await bridge.createStory!({ section: 'News', headline: title })) as { ok: boolean; value: { id: string; revision: number } };
    const saved = await bridge.saveStory!({ id: created.value.id, baseRevision: created.value.revision, changes: { status: 'ready' } });
    return created.ok && saved.ok;
  }, headline);
  expect(ok).toBe(true);
}

/** A page dressed as a Copydesk export (our article markup, a canonical URL on any host) with the ready story's slug. */
const LOOKALIKE = `<!doctype html><html><head><title>Pay talks collapse</title>
<link rel="canonical" href="https://attacker.example/news/pay-talks-resume"></head><body>
<article class="cd-article"><p class="cd-section">News</p><h1 class="cd-headline">Pay talks collapse</h1>
<div class="cd-body"><p>Not what was agreed.</p></div></article></body></html>`;

async function importLookalike(page: Page) {
  await page.getByLabel('Import a Word document or web page').setInputFiles({ name: 'pay.html', mimeType: 'text/html', buffer: Buffer.from(LOOKALIKE) });
}

async function seriousAccessibilityViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical').map((violation) => violation.id);
}

test('a page carrying a ready story’s slug comes in as a new draft with a note; replacing the story takes a confirm and keeps a revision', async ({ page, preview }, testInfo) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto(preview.url);
  await seedReadyStory(page, 'Pay talks resume');
  await page.reload();
  await expect(page.getByRole('link', { name: 'Pay talks resume' })).toBeVisible();

  await importLookalike(page);
  const result = page.getByRole('dialog', { name: '“pay.html” came in as a new draft' });
  await expect(result).toContainText('This page has the slug of “Pay talks resume” (pay-talks-resume), which is ready: it came in as a new draft (pay-talks-resume-2) and that story is unchanged.');
  await expect(result.getByRole('button', { name: 'Open the new draft' })).toBeFocused();
  expect(await seriousAccessibilityViolations(page)).toEqual([]);
  await page.screenshot({ path: testInfo.outputPath('import-match-1440.png') });
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.screenshot({ path: testInfo.outputPath('import-match-dark-1440.png') });
  await page.emulateMedia({ colorScheme: 'light' });

  // Replacing a ready story asks first; cancelling leaves everything as it was.
  await result.getByRole('button', { name: 'Replace that story…' }).click();
  const confirm = page.getByRole('dialog', { name: 'Replace “Pay talks resume”?' });
  await expect(confirm).toContainText('“Pay talks resume” is ready. Its headline, text and other fields will be replaced by those of “pay.html”');
  await expect(confirm.getByRole('button', { name: 'Keep it as it is' })).toBeFocused();
  await page.screenshot({ path: testInfo.outputPath('import-replace-confirm-1440.png') });
  await confirm.getByRole('button', { name: 'Keep it as it is' }).click();
  await result.getByRole('button', { name: 'Replace that story…' }).click();
  await page.getByRole('dialog', { name: 'Replace “Pay talks resume”?' }).getByRole('button', { name: 'Replace story' }).click();

  // The ready story now has the page's headline, under its own slug; the new draft went to the trash.
  await expect(page.getByRole('textbox', { name: 'Headline' })).toHaveValue('Pay talks collapse');
  await expect(page.getByRole('status').filter({ hasText: 'Updated “Pay talks collapse” from “pay.html”' })).toContainText('The new draft was moved to the trash.');
  const library = await page.evaluate(async () => {
    const bridge = (window as unknown as { copydeskBridge: Bridge }).copydeskBridge;
    const list = (query: Record<string, unknown>) => bridge.listStories!({ status: null, section: null, query: '', sort: 'modified', offset: 0, limit: 50, ...query });
    const active = (await list({ view: 'active' })) as { value: { rows: { id: string; headline: string; status: string }[] } };
    const trash = (await list({ view: 'trash' })) as { value: { rows: { headline: string }[] } };
    const story = active.value.rows[0]!;
    const revisions = (await bridge.listRevisions!({ storyId: story.id })) as { value: { reason: string; headline: string }[] };
    return { active: active.value.rows, trash: trash.value.rows.map((row) => row.headline), revisions: revisions.value };
  });
  expect(library.active).toMatchObject([{ headline: 'Pay talks collapse', status: 'ready' }]);
  expect(library.trash).toEqual(['Pay talks collapse']);
  expect(library.revisions).toContainEqual(expect.objectContaining({ reason: 'before-import', headline: 'Pay talks resume' }));
});

test('the new draft is what the import keeps unless the person asks: Open the new draft leaves the ready story alone', async ({ page, preview }) => {
  await page.goto(preview.url);
  await seedReadyStory(page, 'Pay talks resume');
  await page.reload();
  await importLookalike(page);
  await page.getByRole('dialog', { name: '“pay.html” came in as a new draft' }).getByRole('button', { name: 'Open the new draft' }).click();
  await expect(page.getByRole('textbox', { name: 'Headline' })).toHaveValue('Pay talks collapse');
  await page.getByRole('navigation', { name: 'Story navigation' }).getByRole('button', { name: 'Library' }).click();
  await expect(page.getByRole('link', { name: 'Pay talks resume' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Pay talks collapse' })).toBeVisible();
});

test('a draft’s page updates the draft without a confirm; a PDF is refused by its bytes, named, and the library is unchanged', async ({ page, preview }, testInfo) => {
  await page.goto(preview.url);
  const created = await page.evaluate(async () => {
    const bridge = (window as unknown as { copydeskBridge: Bridge }).copydeskBridge;
    return (await bridge.createStory!({ section: 'News', headline: 'Pay talks resume' })).ok;
  });
  expect(created).toBe(true);
  await page.reload();
  await importLookalike(page);
  const result = page.getByRole('dialog', { name: '“pay.html” came in as a new draft' });
  await expect(result).toContainText('which is a draft: it came in as a new draft (pay-talks-resume-2)');
  await result.getByRole('button', { name: 'Update that story instead' }).click();
  await expect(page.getByRole('textbox', { name: 'Headline' })).toHaveValue('Pay talks collapse');
  await page.getByRole('navigation', { name: 'Story navigation' }).getByRole('button', { name: 'Library' }).click();
  await expect(page.getByRole('grid', { name: /Stories, 1 story/ })).toBeVisible();

  // A PDF named .html: what it is comes from its bytes.
  await page.getByLabel('Import a Word document or web page').setInputFiles({ name: 'report.html', mimeType: 'text/html', buffer: Buffer.from('%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\n') });
  const refused = page.getByRole('dialog', { name: '“report.html” was not imported' });
  await expect(refused).toContainText('“report.html” is a PDF document, not a web page or a Word document (.docx).');
  await expect(refused).toContainText('Nothing was added to the library.');
  await page.setViewportSize({ width: 1024, height: 768 });
  await page.screenshot({ path: testInfo.outputPath('import-refused-pdf-1024.png') });
  await refused.getByRole('button', { name: 'Close' }).click();
  await expect(page.getByRole('grid', { name: /Stories, 1 story/ })).toBeVisible();
});
