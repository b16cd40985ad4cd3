import type { Locator, Page } from '@playwright/test';
import { spellingRuleLabel } from '../src/shared/spelling/rule-labels';
import { addedHouseWord, bylinedAuthor, directoryAuthor, neverFlagged, twentySlips, twentySlipsParagraphs, type Slip } from '../test/fixtures/spelling/twenty-slips';
import { expect, test } from './support/fixtures';

type Bridge = {
  createAuthor(input: unknown): Promise<{ ok: boolean }>;
  addHouseWord(input: { word: string }): Promise<{ ok: boolean }>;
};

const underlineKinds = ['error', 'warning', 'suggestion', 'spelling', 'grammar'] as const;

/** What each underline of one kind covers, as "paragraph: text" (paragraphs counted from 1), sorted. */
function underlined(page: Page, kind: (typeof underlineKinds)[number]): Promise<string[]> {
  return page.evaluate((name) => {
    const paragraphs = [...document.querySelectorAll('[aria-label="Story text"] p')];
    return [...(CSS.highlights.get(name) ?? [])]
      .map((range) => {
        const node = (range as Range).startContainer;
        const paragraph = (node instanceof Element ? node : node.parentElement)?.closest('p');
        return `${paragraph === null || paragraph === undefined ? '?' : paragraphs.indexOf(paragraph) + 1}: ${(range as Range).toString()}`;
      })
      .sort();
  }, `cd-hs-${kind}`);
}

const placesOf = (slips: readonly Slip[]) => slips.map((slip) => `${slip.paragraph}: ${slip.text}`).sort();
const spellingSlips = twentySlips.filter((slip) => slip.category === 'spelling');
const grammarSlips = twentySlips.filter((slip) => slip.category === 'grammar');
const houseStyleSlips = twentySlips.filter((slip) => slip.category === 'house style');

/** The panel section a slip is listed in, and the name of its rule group there. */
function panelPlace(slip: Slip): { section: string; rule: string } {
  if (slip.category === 'house style') return { section: 'House style', rule: slip.ruleId };
  return { section: slip.category === 'spelling' ? 'Spelling' : 'Grammar', rule: spellingRuleLabel(slip.ruleId) ?? slip.ruleId };
}

/** Every finding listed in one section of the panel: its rule group, the flagged text it shows, and its whole text. */
function listed(panel: Locator, section: string) {
  return panel
    .getByRole('region', { name: section, exact: true })
    .locator('.hs-finding')
    .evaluateAll((items) =>
      items.map((item) => ({
        rule: (item.closest('.hs-rule')?.getAttribute('aria-label') ?? '').replace(/^Rule /, ''),
        shown: item.querySelector('.hs-finding__text')?.textContent ?? '',
        content: item.textContent ?? '',
      })),
    );
}

/** A finding listed for the slip: in its paragraph, its text shown in quotes, or quoted by its message (spelling messages quote the word). */
const listsSlip = (item: { rule: string; shown: string; content: string }, slip: Slip) =>
  item.rule === panelPlace(slip).rule &&
  item.content.startsWith(`Paragraph ${slip.paragraph}:`) &&
  (item.shown === '' ? item.content.includes(`“${slip.text}”`) : item.shown === slip.text);

async function darkTheme(page: Page): Promise<void> {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.waitForTimeout(300); // buttons' colour transitions end
}

test('the twenty-slips story: every slip underlined in its category and listed in the panel, no house word, name, URL or quotation flagged', async ({ page, preview }) => {
  test.setTimeout(120_000);
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await page.goto(preview.url);

  // The profile as the editors left it: both authors in the directory, and a word added to the house dictionary.
  const seeded = await page.evaluate(
    async ({ authors, word }) => {
      const bridge = (window as unknown as { copydeskBridge: Bridge }).copydeskBridge;
      const results = [...(await Promise.all(authors.map((author) => bridge.createAuthor(author)))), await bridge.addHouseWord({ word })];
      return results.every((result) => result.ok);
    },
    { authors: [bylinedAuthor, directoryAuthor], word: addedHouseWord },
  );
  expect(seeded).toBe(true);

  // The story, written in the app: its headline, a byline through the byline picker, and its paragraphs typed.
  await page.getByRole('button', { name: 'New story', exact: true }).click();
  await page.getByRole('textbox', { name: 'Headline' }).fill('Trusts plan for a hard winter');
  const bylines = page.getByRole('tabpanel', { name: 'Bylines & pull-quotes' });
  await bylines.getByRole('combobox', { name: 'Add a byline' }).pressSequentially('Smyth');
  await bylines.getByRole('option', { name: new RegExp(bylinedAuthor.name) }).click();
  await expect(page.getByLabel('Bylines', { exact: true })).toHaveText(`By ${bylinedAuthor.name}`);
  const body = page.getByRole('textbox', { name: 'Story text' });
  await body.click();
  for (const [index, paragraph] of twentySlipsParagraphs.entries()) {
    if (index > 0) await page.keyboard.press('Enter');
    await page.keyboard.insertText(paragraph);
  }
  await expect(body.locator('p')).toHaveCount(twentySlipsParagraphs.length);

  // Each slip under its own category's underline, in its paragraph, and nothing else underlined: no house word, name,
  // added word, URL or address, and nothing inside the quotation but its misspelling.
  expect(twentySlips).toHaveLength(20);
  await expect.poll(() => underlined(page, 'spelling'), { timeout: 45_000 }).toEqual(placesOf(spellingSlips));
  await expect.poll(() => underlined(page, 'grammar')).toEqual(placesOf(grammarSlips));
  const houseStyleUnderlines = (await Promise.all((['error', 'warning', 'suggestion'] as const).map((kind) => underlined(page, kind)))).flat();
  expect(houseStyleUnderlines.sort()).toEqual(placesOf(houseStyleSlips));
  const everyUnderline = (await Promise.all(underlineKinds.map((kind) => underlined(page, kind)))).flat();
  expect(everyUnderline.filter((place) => neverFlagged.includes(place.replace(/^\S+ /, '')))).toEqual([]);
  const status = page.getByRole('button', { name: `${spellingSlips.length} spelling, ${grammarSlips.length} grammar` });
  await expect(status).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('acceptance-underlines-1440-light.png') });
  await darkTheme(page);
  await page.screenshot({ path: test.info().outputPath('acceptance-underlines-1440-dark.png') });
  await page.emulateMedia({ colorScheme: 'light' });

  // The panel lists every slip in its section, under its rule's name, and nothing else under spelling or grammar.
  await status.click();
  const panel = page.getByRole('tabpanel', { name: 'House style' });
  await expect(panel.getByRole('region', { name: 'Spelling', exact: true }).getByRole('heading', { name: `Spelling ${spellingSlips.length}` })).toBeVisible();
  await expect(panel.getByRole('region', { name: 'Grammar', exact: true }).getByRole('heading', { name: `Grammar ${grammarSlips.length}` })).toBeVisible();
  const sections = {
    'House style': await listed(panel, 'House style'),
    Spelling: await listed(panel, 'Spelling'),
    Grammar: await listed(panel, 'Grammar'),
  };
  for (const slip of twentySlips) {
    const items = sections[panelPlace(slip).section as keyof typeof sections];
    expect(items.filter((item) => listsSlip(item, slip)), `${slip.category} “${slip.text}” under ${panelPlace(slip).rule}`).toHaveLength(1);
  }
  expect(sections.Spelling).toHaveLength(spellingSlips.length);
  expect(sections.Grammar).toHaveLength(grammarSlips.length);
  // Rules are named in words, never by ruleId.
  await expect(panel).not.toContainText('grammar.');
  await expect(panel).not.toContainText('spelling.');
  // The panel's spelling and grammar sections, in both themes and at both sizes.
  for (const [width, height] of [
    [1440, 900],
    [1024, 768],
  ] as const) {
    await page.setViewportSize({ width, height });
    for (const theme of ['light', 'dark'] as const) {
      if (theme === 'dark') await darkTheme(page);
      for (const section of ['Spelling', 'Grammar']) {
        await panel.getByRole('region', { name: section, exact: true }).getByRole('heading', { name: new RegExp(`^${section} \\d+$`) }).scrollIntoViewIfNeeded();
        await page.screenshot({ path: test.info().outputPath(`acceptance-panel-${section.toLowerCase()}-${width}-${theme}.png`) });
      }
      await page.emulateMedia({ colorScheme: 'light' });
      await page.waitForTimeout(300);
    }
  }
  await panel.getByRole('region', { name: 'Grammar', exact: true }).locator('.hs-finding').last().scrollIntoViewIfNeeded();
  await page.screenshot({ path: test.info().outputPath('acceptance-panel-grammar-end-1024-light.png') });

  // “their” and “there” are two of the engine's rules but one heading; ignoring it ignores both.
  const grammar = panel.getByRole('region', { name: 'Grammar', exact: true });
  const theirThere = grammar.getByRole('region', { name: 'Rule their, there, they’re' });
  await expect(theirThere).toHaveCount(1);
  await expect(theirThere.getByRole('heading', { name: 'their, there, they’re 2' })).toBeVisible();
  await theirThere.getByRole('button', { name: 'Ignore this rule in this story' }).click();
  await expect(theirThere).toHaveCount(0);
  await expect(grammar.getByRole('heading', { name: `Grammar ${grammarSlips.length - 2}` })).toBeVisible();
  // Two “Ignore here” in the same moment: the second does not undo the first.
  await grammar.evaluate((section) => {
    const buttons = [...section.querySelectorAll<HTMLButtonElement>('.hs-finding button')].filter((button) => button.textContent === 'Ignore here');
    buttons[0]!.click();
    buttons[1]!.click();
  });
  await expect(grammar.getByRole('heading', { name: `Grammar ${grammarSlips.length - 4}` })).toBeVisible();
  await expect(panel.locator('.hs-ignored__item')).toHaveCount(4);
  expect(pageErrors).toEqual([]);
});
