import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './support/fixtures';

// A failure trace's DOM snapshot lays out every off-screen block of the 5 MB story below: minutes. The app never asks that.
test.use({ trace: { mode: 'retain-on-failure', snapshots: false } });

/** The story's paragraphs: slips to find, and house words and an author's name that must pass. */
const PARAGRAPHS = [
  'The trust will recieve the the report from Ngozi Okonjo-Adeyemi on Monday.',
  'Its a good idea, said the chair of MiP, and the NHS agrees.',
  'Their going to ask an manager at two ICBs about the plan.',
  'The color of the Zorbington logo changed, and Zorbington staff noticed.',
];

/** Dark colours for the page, once the buttons' colour transitions have ended (a screenshot mid-transition looks greyed out). */
async function darkTheme(page: Page): Promise<void> {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.waitForTimeout(300);
}

/** A button's text and background colours and its contrast ratio, as computed. */
function buttonColours(button: Locator) {
  return button.evaluate((element) => {
    const style = getComputedStyle(element);
    const channels = (colour: string) => (colour.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);
    const luminance = (colour: string) => {
      const [r, g, b] = channels(colour).map((c) => (c / 255 <= 0.03928 ? c / 255 / 12.92 : ((c / 255 + 0.055) / 1.055) ** 2.4));
      return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
    };
    const [light, dark] = [luminance(style.color), luminance(style.backgroundColor)].sort((a, b) => b - a);
    return { color: style.color, background: style.backgroundColor, opacity: style.opacity, contrast: (light! + 0.05) / (dark! + 0.05) };
  });
}

async function seriousAccessibilityViolations(page: Page, include: string) {
  const results = await new AxeBuilder({ page }).include(include).analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => ({ id: violation.id, help: violation.help, targets: violation.nodes.map((node) => node.target) }));
}

/** The words one kind of underline covers, in the order they were put on. */
function underlinedWords(page: Page, kind: 'error' | 'warning' | 'suggestion' | 'spelling' | 'grammar'): Promise<string[]> {
  return page.evaluate((name) => [...(CSS.highlights.get(name) ?? [])].map((range) => (range as Range).toString()).sort(), `cd-hs-${kind}`);
}

function body(page: Page): Locator {
  return page.getByRole('textbox', { name: 'Story text' });
}

/** A new story with a byline for the seeded author and the paragraphs typed into its body. */
async function storyWithSlips(page: Page, url: string): Promise<void> {
  await page.goto(url);
  const seeded = await page.evaluate(
    (input) => (window as unknown as { copydeskBridge: { createAuthor(i: unknown): Promise<{ ok: boolean }> } }).copydeskBridge.createAuthor(input),
    { name: 'Ngozi Okonjo-Adeyemi', role: 'chief nurse', organisation: 'Example Trust' },
  );
  expect(seeded.ok).toBe(true);
  await page.getByRole('button', { name: 'New story', exact: true }).click();
  await page.getByRole('textbox', { name: 'Headline' }).fill('Trusts plan for a hard winter');
  const bylines = page.getByRole('tabpanel', { name: 'Bylines & pull-quotes' });
  await bylines.getByRole('combobox', { name: 'Add a byline' }).pressSequentially('Okonjo');
  await bylines.getByRole('option', { name: /Ngozi Okonjo-Adeyemi/ }).click();
  await expect(page.getByLabel('Bylines', { exact: true })).toHaveText('By Ngozi Okonjo-Adeyemi');
  await body(page).click();
  for (const [index, paragraph] of PARAGRAPHS.entries()) {
    if (index > 0) await page.keyboard.press('Enter');
    await page.keyboard.insertText(paragraph);
  }
}

test('spelling and grammar: underlined apart from house style, listed in their own sections, fixed, and words added to the house dictionary', async ({ page, preview }) => {
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await storyWithSlips(page, preview.url);

  // Each slip under its own kind of underline; house words, the author's name and the house-style word are not spelling slips.
  await expect.poll(() => underlinedWords(page, 'spelling'), { timeout: 30_000 }).toEqual(['Zorbington', 'Zorbington', 'recieve']);
  await expect.poll(() => underlinedWords(page, 'grammar')).toEqual(['Its', 'Their', 'an manager', 'the the']);
  expect(await underlinedWords(page, 'error')).toEqual(['color']);
  await expect(page.getByRole('button', { name: '3 spelling, 4 grammar' })).toBeVisible();
  await expect(page.getByRole('button', { name: /style issues?$/ })).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('spelling-underlines-1440-light.png') });

  // The card of the misspelling under the pointer: its suggestions, Add to house dictionary, Ignore here.
  const word = await page.evaluate(() => {
    const range = [...(CSS.highlights.get('cd-hs-spelling') ?? [])].find((r) => (r as Range).toString() === 'recieve') as Range;
    const rect = range.getBoundingClientRect();
    return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
  });
  await page.mouse.move(word.x, word.y);
  const card = page.getByRole('dialog', { name: 'Spelling finding' });
  await expect(card.getByRole('button', { name: 'Change to “receive”' })).toBeVisible();
  await expect(card.getByRole('button', { name: 'Add to house dictionary: “recieve”' })).toBeVisible();
  // Only the first suggestion is the primary action.
  await expect(card.getByRole('button', { name: 'Change to “receive”' })).toHaveClass(/button--primary/);
  await expect(card.locator('.button--primary')).toHaveCount(1);
  await expect(card.getByRole('button', { name: /^Change to/ })).not.toHaveCount(1);
  await page.screenshot({ path: test.info().outputPath('spelling-card-1440-light.png') });
  await page.mouse.move(5, 5);

  // The panel: a section per category with its count, a filter that the keyboard moves.
  await page.getByRole('button', { name: '3 spelling, 4 grammar' }).click();
  const panel = page.getByRole('tabpanel', { name: 'House style' });
  const houseStyle = panel.getByRole('region', { name: 'House style', exact: true });
  const spelling = panel.getByRole('region', { name: 'Spelling', exact: true });
  const grammar = panel.getByRole('region', { name: 'Grammar', exact: true });
  await expect(houseStyle.getByRole('region', { name: 'Rule british-spelling' })).toContainText('color');
  await expect(spelling.getByRole('heading', { name: 'Spelling 3' })).toBeVisible();
  await expect(grammar.getByRole('heading', { name: 'Grammar 4' })).toBeVisible();
  await expect(grammar).toContainText('the the');
  await expect(grammar).toContainText('an manager');
  // Rules named in words, not ruleIds; the spell check cannot be ignored as a whole, a grammar rule can.
  const misspelt = spelling.getByRole('region', { name: 'Rule Misspelt words' });
  await expect(misspelt.getByRole('heading', { name: 'Misspelt words 3' })).toBeVisible();
  await expect(grammar.getByRole('region', { name: 'Rule Doubled words' })).toContainText('the the');
  await expect(grammar.getByRole('region', { name: 'Rule a or an' })).toContainText('an manager');
  await expect(grammar.getByRole('region', { name: 'Rule its or it’s' })).toBeVisible();
  await expect(grammar.getByRole('region', { name: 'Rule their, there, they’re' })).toBeVisible();
  await expect(panel).not.toContainText('spelling.spell-check');
  await expect(panel).not.toContainText('grammar.');
  await expect(spelling.getByRole('button', { name: 'Ignore this rule in this story' })).toHaveCount(0);
  await expect(grammar.getByRole('button', { name: 'Ignore this rule in this story' })).toHaveCount(4);
  const recieve = misspelt.getByRole('listitem').filter({ hasText: 'recieve' });
  await expect(recieve.getByRole('button', { name: 'Ignore here' })).toBeVisible();
  await expect(recieve.getByRole('button', { name: 'Add to house dictionary: “recieve”' })).toBeVisible();
  await expect(recieve.locator('.button--primary')).toHaveCount(1);
  await page.screenshot({ path: test.info().outputPath('spelling-panel-1440-light.png') });
  await darkTheme(page);
  // Secondary buttons in the dark theme read as buttons, not disabled ones.
  const addWord = recieve.getByRole('button', { name: 'Add to house dictionary: “recieve”' });
  const colours = await buttonColours(addWord);
  console.log('dark secondary button:', JSON.stringify(colours));
  expect(colours.opacity).toBe('1');
  expect(colours.contrast).toBeGreaterThan(7);
  await page.screenshot({ path: test.info().outputPath('spelling-panel-1440-dark.png') });
  await page.emulateMedia({ colorScheme: 'light' });
  expect(await seriousAccessibilityViolations(page, '.hs-panel')).toEqual([]);

  const filter = panel.getByRole('group', { name: 'Show findings' });
  await filter.getByRole('radio', { name: /^All/ }).focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(filter.getByRole('radio', { name: /^Spelling/ })).toBeChecked();
  await expect(spelling).toBeVisible();
  await expect(houseStyle).toHaveCount(0);
  await expect(grammar).toHaveCount(0);
  await page.screenshot({ path: test.info().outputPath('spelling-filtered-1440-light.png') });
  await darkTheme(page);
  await page.screenshot({ path: test.info().outputPath('spelling-filtered-1440-dark.png') });
  await page.setViewportSize({ width: 1024, height: 768 });
  await page.screenshot({ path: test.info().outputPath('spelling-filtered-1024-dark.png') });
  await page.emulateMedia({ colorScheme: 'light' });
  await page.waitForTimeout(300);
  await page.screenshot({ path: test.info().outputPath('spelling-filtered-1024-light.png') });
  await page.setViewportSize({ width: 1440, height: 900 });
  // Kept while the page is open: another tab and back.
  await page.getByRole('tab', { name: 'Export' }).click();
  await page.getByRole('tab', { name: 'House style' }).click();
  await expect(filter.getByRole('radio', { name: /^Spelling/ })).toBeChecked();
  await expect(grammar).toHaveCount(0);

  // The first suggestion is the one-click fix.
  await recieve.getByRole('button', { name: 'Change to “receive”' }).click();
  await expect(body(page).locator('p').first()).toHaveText('The trust will receive the the report from Ngozi Okonjo-Adeyemi on Monday.');
  await expect.poll(() => underlinedWords(page, 'spelling')).toEqual(['Zorbington', 'Zorbington']);

  // Added to the house dictionary: both of the word's findings go, and the word is kept in the profile.
  await spelling.getByRole('listitem').first().getByRole('button', { name: 'Add to house dictionary: “Zorbington”' }).click();
  await expect.poll(() => underlinedWords(page, 'spelling')).toEqual([]);
  await expect(spelling.getByRole('heading', { name: 'Spelling 0' })).toBeVisible();
  const words = await page.evaluate(() =>
    (window as unknown as { copydeskBridge: { listHouseWords(i: unknown): Promise<{ ok: boolean; value: { word: string }[] }> } }).copydeskBridge.listHouseWords({}),
  );
  expect(words.value.map((entry) => entry.word)).toContain('Zorbington');

  // Grammar fixes go through the same path: "the the" loses its second word, keeping the first's case.
  await filter.getByRole('radio', { name: /^Grammar/ }).check();
  await page.screenshot({ path: test.info().outputPath('grammar-filtered-1440-light.png') });
  await grammar.getByRole('listitem').filter({ hasText: 'the the' }).getByRole('button', { name: /^(Fix|Delete it|Change to “the”)$/ }).first().click();
  await expect(body(page).locator('p').first()).toHaveText('The trust will receive the report from Ngozi Okonjo-Adeyemi on Monday.');
  await expect.poll(() => underlinedWords(page, 'grammar')).toEqual(['Its', 'Their', 'an manager']);
  expect(pageErrors).toEqual([]);
});

for (const [part, blocked] of [
  ['its code', /spelling-engine-[^/]*\.js$/],
  ['its WebAssembly', /harper_wasm_bg-[^/]*\.wasm$/],
] as const) {
  test(`spelling: when ${part} cannot load, the panel says so, house style still works, and Retry starts it`, async ({ page, preview }) => {
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.setViewportSize({ width: 1024, height: 768 });
    await page.route(blocked, (route) => route.abort());
    await page.goto(preview.url);
    await page.getByRole('button', { name: 'New story', exact: true }).click();
    await page.getByRole('textbox', { name: 'Headline' }).fill('Trusts plan for a hard winter');
    await body(page).click();
    await page.keyboard.insertText('The color of the report will recieve attention.');

    await expect.poll(() => underlinedWords(page, 'error')).toEqual(['color']);
    const notChecked = page.getByRole('button', { name: 'Spelling not checked' });
    await expect(notChecked).toBeVisible();
    await notChecked.click();
    const alert = page.getByRole('tabpanel', { name: 'House style' }).getByRole('alert');
    await expect(alert).toContainText('Spelling and grammar could not start:');
    await expect(alert).toContainText('House style still works.');
    await page.screenshot({ path: test.info().outputPath('spelling-failed-1024.png') });

    await page.unroute(blocked);
    await alert.getByRole('button', { name: 'Retry' }).click();
    await expect.poll(() => underlinedWords(page, 'spelling'), { timeout: 30_000 }).toEqual(['recieve']);
    await expect(alert).toHaveCount(0);
    expect(pageErrors).toEqual([]);
  });
}

test('spelling: a paragraph too long or not in English gets a quiet note, not findings', async ({ page, preview }) => {
  await page.goto(preview.url);
  await page.getByRole('button', { name: 'New story', exact: true }).click();
  await page.getByRole('textbox', { name: 'Headline' }).fill('Trusts plan for a hard wintre');
  await body(page).click();
  await page.keyboard.insertText('Le conseil d’administration a décidé de fermer deux services hospitaliers cette semaine.');
  await page.keyboard.press('Enter');
  await page.keyboard.insertText('The board will recieve it. ');
  await page.keyboard.press('Enter');
  await page.keyboard.insertText('The board met on Tuesday and agreed the plan. '.repeat(500));

  // Only "recieve" and the headline's "wintre" are found: the French is not read word by word, the long paragraph not at all.
  await page.getByRole('button', { name: '2 spelling, 0 grammar' }).click({ timeout: 30_000 });
  await expect(page.locator('.story-field__mark.is-spelling')).toHaveText('wintre');
  const panel = page.getByRole('tabpanel', { name: 'House style' });
  await expect(panel.getByText('1 paragraph not checked for spelling and grammar: not English.')).toBeVisible();
  await expect(panel.getByText(/1 paragraph not checked for spelling and grammar: over 20,000 characters/)).toBeVisible();

  // A misspelling under a field is added to the house dictionary from there too.
  const headlineFindings = page.getByRole('group', { name: 'Style issues in the headline' });
  await headlineFindings.scrollIntoViewIfNeeded();
  await page.screenshot({ path: test.info().outputPath('spelling-headline-1440-light.png') });
  await headlineFindings.getByRole('button', { name: 'Add to house dictionary: “wintre”' }).click();
  await expect(page.locator('.story-field__mark.is-spelling')).toHaveCount(0);
  await expect(page.getByRole('button', { name: '1 spelling, 0 grammar' })).toBeVisible();
});

test('spelling: a 5 MB paste is checked off the keystroke, and typing after it lands', async ({ page, preview }) => {
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await page.goto(preview.url);
  await page.getByRole('button', { name: 'New story', exact: true }).click();
  await page.getByRole('textbox', { name: 'Headline' }).fill('Trusts plan for a hard winter');
  await body(page).click();
  test.setTimeout(240_000);
  const paragraph = `<p>The board will recieve the report. ${'The board met on Tuesday and agreed the plan for the winter wards. '.repeat(20)}</p>`;
  const copies = Math.ceil((5 * 1024 * 1024) / paragraph.length);
  const html = paragraph.repeat(copies);
  await body(page).evaluate((element, pasted) => {
    const clipboardData = new DataTransfer();
    clipboardData.setData('text/html', pasted);
    element.dispatchEvent(new ClipboardEvent('paste', { clipboardData, bubbles: true, cancelable: true }));
  }, html);
  await expect(body(page).locator('p').nth(1000)).toBeAttached({ timeout: 60_000 });

  // Typing right after it lands while the checks run.
  await body(page).press('ControlOrMeta+End');
  await page.keyboard.press('Enter');
  const started = Date.now();
  await page.keyboard.type('Still typing');
  await expect(body(page).locator('p').last()).toHaveText('Still typing');
  console.log(`typing after a 5 MB paste: 12 keys shown after ${Date.now() - started} ms`);
  // The check goes through the story in steps (the count shows how far it has got), to every paragraph's slip.
  await expect(page.getByRole('button', { name: `${copies} spelling, 0 grammar` })).toBeVisible({ timeout: 180_000 });
  expect(pageErrors).toEqual([]);
});
