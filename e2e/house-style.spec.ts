import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';

const TEXT = 'The organization changed the color of its logo.';

/** How many ranges the house-style underlines of one severity cover. */
function underlined(page: Page, severity: 'error' | 'warning' | 'suggestion'): Promise<number> {
  return page.evaluate((name) => CSS.highlights.get(name)?.size ?? 0, `cd-hs-${severity}`);
}

test('house style: findings are underlined as you type, listed in the panel, fixed in one undo step', async ({ page, preview }) => {
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await page.goto(preview.url);
  await page.getByRole('button', { name: 'New story', exact: true }).click();
  await page.getByRole('textbox', { name: 'Headline' }).fill('Trusts plan for a hard winter');
  const body = page.getByRole('textbox', { name: 'Story text' });
  await body.click();
  await page.keyboard.type(TEXT);

  // American spellings are errors: underlined in red, counted in the status line.
  await expect.poll(() => underlined(page, 'error')).toBe(2);
  await expect(page.getByRole('button', { name: /style issues?$/ })).toBeVisible();

  // The hover card shows the finding under the pointer with its fix.
  const word = body.getByText('organization', { exact: false });
  const box = await page.evaluate(() => {
    const text = document.querySelector('#story-body p')?.firstChild?.firstChild as Text;
    const range = document.createRange();
    range.setStart(text, 6);
    range.setEnd(text, 10);
    const rect = range.getBoundingClientRect();
    return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
  });
  await expect(word).toBeVisible();
  await page.mouse.move(box.x, box.y);
  const card = page.getByRole('dialog', { name: 'House-style finding' });
  await expect(card).toContainText('organisation');
  await page.mouse.move(5, 5);

  // The panel lists them under their rule; "Fix all of this kind" fixes both at once.
  await page.getByRole('button', { name: /style issues?$/ }).click();
  const rule = page.getByRole('region', { name: 'Rule british-spelling' });
  await expect(rule).toContainText('2');
  await expect(page.getByText('Rules: Built-in house style')).toBeVisible();
  await rule.getByRole('button', { name: /Fix all of this kind/ }).click();
  await expect(body).toContainText('The organisation changed the colour of its logo.');
  await expect(rule).toHaveCount(0);
  await expect.poll(() => underlined(page, 'error')).toBe(0);

  // One undo restores the text the fix replaced.
  await body.click();
  await page.keyboard.press('Control+z');
  await expect(body).toContainText(TEXT);
  await expect(rule).toHaveCount(1);

  // "Ignore here" is kept with the story: after a reload the finding stays ignored.
  await rule.getByRole('listitem').first().getByRole('button', { name: 'Ignore here' }).click();
  await expect(rule.getByRole('listitem')).toHaveCount(1);
  await expect(page.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible();
  await page.reload();
  await page.getByRole('tab', { name: 'House style' }).click();
  await expect(page.getByRole('region', { name: 'Rule british-spelling' }).getByRole('listitem')).toHaveCount(1);
  expect(pageErrors).toEqual([]);
});

test('house style before export: the open errors are listed and exporting with errors asks first', async ({ page, preview }) => {
  await page.goto(preview.url);
  await page.getByRole('button', { name: 'New story', exact: true }).click();
  await page.getByRole('textbox', { name: 'Headline' }).fill('Trusts plan for a hard winter');
  await page.getByRole('textbox', { name: 'Story text' }).click();
  await page.keyboard.type('The organization is ready.');
  await expect.poll(() => underlined(page, 'error')).toBe(1);

  await page.getByRole('tab', { name: 'Export' }).click();
  const open = page.getByRole('list', { name: 'Open house-style errors and warnings' });
  await expect(open).toContainText('Paragraph 1: British spelling');
  await page.getByRole('button', { name: 'Copy source' }).click();
  const confirm = page.getByRole('dialog', { name: 'Export with house-style errors?' });
  await expect(confirm).toContainText(/This story still has \d+ house-style errors?/);
  await confirm.getByRole('button', { name: 'Cancel' }).click();
  await expect(confirm).toHaveCount(0);
});

/** Clean copy of about 330 words in short paragraphs, so a News story sits inside its target length. */
const CLEAN_COPY = [
  'Hospital trusts across England are preparing for a winter that managers expect to be the hardest in a decade.',
  'Bed occupancy is already high, and the number of patients who are well enough to leave but have nowhere to go has risen since the summer.',
  'Finance directors say the extra money announced in the autumn will not cover the cost of the plans they have been asked to draw up.',
  'Several trusts have opened escalation wards early, and some have asked staff to defer leave until the spring.',
  'Managers in the north west told this magazine that the pressure on community services is as great as the pressure on emergency departments.',
  'Social care remains the bottleneck. Councils say they cannot recruit enough care workers to take patients home, and the agencies they rely on are closing.',
  'The plan asks systems to share beds and staff across organisations. Leaders welcome the aim but doubt that the timetable is realistic.',
  'One chief executive said the service had been promised a joined-up winter before, and that the promise had faded once the headlines moved on.',
  'Another said the test would be simple: whether the person waiting on a trolley in the corridor waits for less time than last year.',
  'Clinical leaders want room to redesign pathways without waiting for permission from several tiers of management.',
  'Unions say staff are tired after years of pressure and that goodwill cannot be assumed for another winter.',
  'The department says the plan will be reviewed in the new year, when the first figures for December are published.',
  'Patient groups have asked for clearer information about waiting times, so that families know what to expect when they arrive.',
  'Until then, managers will do what they have always done: find the beds, move the patients and keep the wards open.',
].join('\n\n');

test('house style: a story typed with American spellings, spaced hyphens and straight quotes is clean once every fix is taken', async ({ page, preview }) => {
  await page.goto(preview.url);
  await page.getByRole('button', { name: 'New story', exact: true }).click();
  await page.getByRole('textbox', { name: 'Headline' }).fill('Trusts plan for a hard winter');
  await page.getByRole('textbox', { name: 'Standfirst' }).fill('Managers say the money will not cover the cost of the plans.');
  await page.getByRole('combobox', { name: 'Section' }).selectOption('News');
  const body = page.getByRole('textbox', { name: 'Story text' });
  await body.click();
  await body.evaluate((element, text) => {
    const clipboardData = new DataTransfer();
    clipboardData.setData('text/plain', text);
    element.dispatchEvent(new ClipboardEvent('paste', { clipboardData, bubbles: true, cancelable: true }));
  }, CLEAN_COPY);
  // The paste lands after the event returns: type on only once it is in (an empty story has no issues either).
  await expect(body).toContainText('keep the wards open.');
  await expect(page.getByRole('button', { name: 'No style issues' })).toBeVisible();

  await page.keyboard.press('Enter');
  await page.keyboard.type('She said "the organization\'s new color - and its logo - will last".');
  // The typography is put right as it is typed; the spellings wait for a fix.
  await expect(body).toContainText('She said ‘the organization’s new color—and its logo—will last’.');
  await expect.poll(() => underlined(page, 'error')).toBe(2);
  const count = page.getByRole('button', { name: '2 style issues' });
  await expect(count).toBeVisible();

  await count.click();
  await page.getByRole('region', { name: 'Rule british-spelling' }).getByRole('button', { name: /Fix all of this kind/ }).click();
  await expect(body).toContainText('She said ‘the organisation’s new colour—and its logo—will last’.');
  await expect(page.getByRole('button', { name: 'No style issues' })).toBeVisible();
  await expect.poll(() => underlined(page, 'error')).toBe(0);
  await expect.poll(() => underlined(page, 'warning')).toBe(0);
  await expect.poll(() => underlined(page, 'suggestion')).toBe(0);
});

test('house style: a long story is underlined wherever it is scrolled to, and only there', async ({ page, preview }) => {
  const paragraphs = 120;
  await page.goto(preview.url);
  await page.getByRole('button', { name: 'New story', exact: true }).click();
  await page.getByRole('textbox', { name: 'Headline' }).fill('A long read');
  const body = page.getByRole('textbox', { name: 'Story text' });
  await body.click();
  const text = Array.from(
    { length: paragraphs },
    (_, i) => `Paragraph ${i + 1}: the trust will review the color scheme of its wards before the winter, and the board will meet again in the spring to hear how it went.`,
  ).join('\n\n');
  await body.evaluate((element, plain) => {
    const clipboardData = new DataTransfer();
    clipboardData.setData('text/plain', plain);
    element.dispatchEvent(new ClipboardEvent('paste', { clipboardData, bubbles: true, cancelable: true }));
  }, text);
  // Every finding is counted (one spelling a paragraph, and the story's length), ...
  await expect(page.getByRole('button', { name: /^1[2-9]\d style issues$/ })).toBeVisible();
  await page.getByRole('tab', { name: 'House style' }).click();
  await expect(page.getByRole('region', { name: 'Rule british-spelling' })).toContainText(String(paragraphs));

  // ... but only the text on and near the screen carries underlines.
  await body.press('ControlOrMeta+Home');
  await expect.poll(() => underlined(page, 'error')).toBeGreaterThan(0);
  expect(await underlined(page, 'error')).toBeLessThan(paragraphs / 2);

  // Wherever the writer goes, the words there are underlined.
  const lastIsUnderlined = () =>
    page.evaluate(() => {
      const last = document.querySelector('#story-body > p:last-child');
      return [...(CSS.highlights.get('cd-hs-error') ?? [])].some((range) => last?.contains((range as Range).startContainer) === true);
    });
  expect(await lastIsUnderlined()).toBe(false);
  await page.keyboard.press('ControlOrMeta+End');
  await expect.poll(lastIsUnderlined).toBe(true);
  expect(await underlined(page, 'error')).toBeLessThan(paragraphs / 2);
});

test('house style: an ignore can be undone from its notice, and the panel lists what is ignored with a way to bring it back', async ({ page, preview }, testInfo) => {
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto(preview.url);
  await page.getByRole('button', { name: 'New story', exact: true }).click();
  await page.getByRole('textbox', { name: 'Headline' }).fill('Trusts plan for a hard winter');
  await page.getByRole('textbox', { name: 'Story text' }).click();
  await page.keyboard.type(TEXT);
  await expect.poll(() => underlined(page, 'error')).toBe(2);
  await page.getByRole('button', { name: /style issues?$/ }).click();
  const rule = page.getByRole('region', { name: 'Rule british-spelling' });
  const ignored = page.getByRole('region', { name: 'Ignored in this story' });
  await expect(ignored).toContainText('Nothing is ignored.');

  // "Ignore here", then Undo in its notice: the finding is back and nothing is ignored.
  await rule.getByRole('listitem').first().getByRole('button', { name: 'Ignore here' }).click();
  await expect(rule.getByRole('listitem')).toHaveCount(1);
  const notices = page.getByRole('region', { name: 'Notifications' });
  await expect(notices).toContainText('Rule british-spelling ignored for “organization” here.');
  await notices.getByRole('button', { name: 'Undo' }).click();
  await expect(rule.getByRole('listitem')).toHaveCount(2);
  await expect(ignored).toContainText('Nothing is ignored.');

  // Ignored here and then the whole rule: both are listed, and the rule's findings are gone.
  await rule.getByRole('listitem').first().getByRole('button', { name: 'Ignore here' }).click();
  await expect(ignored.getByRole('listitem')).toHaveText([/^british-spelling here: …The organization changed the…Bring back$/]);
  await rule.getByRole('button', { name: 'Ignore this rule in this story' }).click();
  await expect(rule).toHaveCount(0);
  await expect(ignored.getByRole('listitem')).toHaveCount(2);
  await expect(ignored.getByRole('listitem').nth(1)).toContainText('british-spelling everywhere in this story');
  await expect(page.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('house-style-ignored-1440.png') });

  // Kept with the story; each one can be brought back, and focus stays in the list.
  await page.reload();
  await page.getByRole('tab', { name: 'House style' }).click();
  await expect(ignored.getByRole('listitem')).toHaveCount(2);
  await ignored.getByRole('button', { name: 'Bring back british-spelling in this story' }).click();
  await expect(rule.getByRole('listitem')).toHaveCount(1);
  await expect(rule).toContainText('color');
  await expect(ignored.getByRole('button', { name: 'Bring back british-spelling for “organization”' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(rule.getByRole('listitem')).toHaveCount(2);
  await expect(ignored).toContainText('Nothing is ignored.');
  await expect(ignored.getByRole('heading', { name: 'Ignored in this story' })).toBeFocused();
  expect(pageErrors).toEqual([]);
});
