import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page, TestInfo } from '@playwright/test';
import { expect, test } from './support/fixtures';

function headline(page: Page): Locator {
  return page.getByRole('textbox', { name: 'Headline', exact: true });
}

function standfirst(page: Page): Locator {
  return page.getByRole('textbox', { name: 'Standfirst', exact: true });
}

function body(page: Page): Locator {
  return page.getByRole('textbox', { name: 'Story text' });
}

function headlineIssues(page: Page): Locator {
  return page.getByRole('group', { name: 'Style issues in the headline' });
}

function saveStatus(page: Page): Locator {
  return page.getByRole('status').filter({ hasText: /^(Saved|Saving…|Not saved — retrying)$/ });
}

async function newStory(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.getByRole('button', { name: 'New story', exact: true }).click();
  await expect(headline(page)).toBeFocused();
}

/** A real paste event, as the browser fires it for Ctrl+V, carrying plain text. */
async function pasteText(field: Locator, text: string): Promise<void> {
  await field.evaluate((element, pasted) => {
    const clipboardData = new DataTransfer();
    clipboardData.setData('text/plain', pasted);
    element.dispatchEvent(new ClipboardEvent('paste', { clipboardData, bubbles: true, cancelable: true }));
  }, text);
}

/** Axe over the whole story page takes a while on a busy machine. */
const AXE_TEST_TIMEOUT = 180_000;

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => ({ id: violation.id, help: violation.help, targets: violation.nodes.map((node) => node.target) }));
}

/** The story header at 1440×900, light and dark (buttons fade between themes, so each waits for that). */
async function screenshotHeader(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  await page.locator('.story-scroll').evaluate((scroller) => scroller.scrollTo(0, 0));
  await page.screenshot({ path: testInfo.outputPath(`${name}-light-1440.png`), animations: 'disabled' });
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.screenshot({ path: testInfo.outputPath(`${name}-dark-1440.png`), animations: 'disabled' });
  await page.emulateMedia({ colorScheme: 'light' });
}

test('the headline gets house typography as you type, and one undo gives back what was typed', async ({ page, preview }) => {
  await newStory(page, preview.url);
  await headline(page).pressSequentially(`"Trusts -- and 'ICBs'...`);
  // Quotes nest in house style (single outside, double inside), -- closes up to an em dash, ... is an ellipsis.
  // (ICBs' reads as a plural possessive until more follows, as it does in the text.)
  await expect(headline(page)).toHaveValue('‘Trusts—and “ICBs’…');
  // The last fix made ... an ellipsis: undo takes back only that.
  await page.keyboard.press('Control+z');
  await expect(headline(page)).toHaveValue('‘Trusts—and “ICBs’...');
  await page.keyboard.press('Control+Shift+z');
  await expect(headline(page)).toHaveValue('‘Trusts—and “ICBs’…');
  await page.keyboard.type(`"`);
  await expect(headline(page)).toHaveValue('‘Trusts—and “ICBs’…”');
  // A spaced hyphen closes up to an em dash once the next word starts.
  await page.keyboard.type(' - yes');
  await expect(headline(page)).toHaveValue('‘Trusts—and “ICBs’…”—yes');
  // What is saved is what the field shows.
  await expect(saveStatus(page)).toHaveText('Saved');
  await page.reload();
  await expect(headline(page)).toHaveValue('‘Trusts—and “ICBs’…”—yes');
});

test('a headline finding shows at the field with a fix that applies and can be undone; Tab goes headline, standfirst, text', async ({ page, preview }, testInfo) => {
  test.setTimeout(AXE_TEST_TIMEOUT);
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await newStory(page, preview.url);
  await headline(page).pressSequentially('Trusts face pressure on pay.');
  await standfirst(page).fill('Managers say the plan will not work. The organization disagrees.');

  const issues = headlineIssues(page);
  await expect(issues).toContainText('No full stop at the end of a headline');
  // The full stop is underlined in the field, in the error colour.
  await expect(page.locator('.story-field__mark.is-error').first()).toHaveText('.');
  await headline(page).focus();
  await screenshotHeader(page, testInfo, 'story-fields-findings');
  expect(await seriousViolations(page)).toEqual([]);

  // Tab from the headline, with its finding showing, lands in the standfirst: typing goes there.
  await headline(page).focus();
  await page.keyboard.press('Tab');
  await expect(standfirst(page)).toBeFocused();
  await page.keyboard.press('End');
  await page.keyboard.type(' Boards too.');
  await expect(standfirst(page)).toHaveValue('Managers say the plan will not work. The organization disagrees. Boards too.');
  await expect(headline(page)).toHaveValue('Trusts face pressure on pay.');
  // Tab again lands in the text; Shift+Tab goes back the same way.
  await page.keyboard.press('Tab');
  await expect(body(page)).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await expect(standfirst(page)).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await expect(headline(page)).toBeFocused();
  // Enter in the headline still goes on to the standfirst.
  await page.keyboard.press('Enter');
  await expect(standfirst(page)).toBeFocused();

  // The fixes are reached from the field with Ctrl+.; Escape goes back.
  await headline(page).focus();
  await page.keyboard.press('Control+.');
  await expect(issues.getByRole('button').first()).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(headline(page)).toBeFocused();

  // The fix applies to the field, and Ctrl+Z there takes it back.
  await issues.getByRole('button', { name: 'Delete “.”' }).click();
  await expect(headline(page)).toHaveValue('Trusts face pressure on pay');
  await expect(issues).toHaveCount(0);
  await expect(headline(page)).toBeFocused();
  await page.keyboard.press('Control+z');
  await expect(headline(page)).toHaveValue('Trusts face pressure on pay.');
  await expect(issues).toContainText('No full stop at the end of a headline');

  // The same finding in the House style panel fixes the field too.
  await page.getByRole('button', { name: /style issues?$/ }).click();
  const rule = page.getByRole('region', { name: 'Rule headline-full-stop' });
  await rule.getByRole('button', { name: 'Fix', exact: true }).click();
  await expect(headline(page)).toHaveValue('Trusts face pressure on pay');
  expect(pageErrors).toEqual([]);
});

test('a 400-character headline pasted in is kept whole, says it is too long to save, and the text still saves', async ({ page, preview }, testInfo) => {
  test.setTimeout(AXE_TEST_TIMEOUT);
  await newStory(page, preview.url);
  await headline(page).fill('Trusts plan for a hard winter');
  await body(page).click();
  await page.keyboard.type('The first paragraph is saved.');
  await expect(saveStatus(page)).toHaveText('Saved');

  const long = `Managers "warn" ${'that winter pressure grows '.repeat(15)}`.slice(0, 400);
  await headline(page).focus();
  await page.keyboard.press('Control+a');
  await pasteText(headline(page), `${long}\nsecond line`);
  const value = await headline(page).inputValue();
  expect(value).toBe(`Managers ‘warn’ ${long.slice('Managers "warn" '.length)} second line`);
  await expect(page.getByRole('alert').filter({ hasText: 'Headline is too long to save' })).toContainText('at most 300 characters');
  await expect(page.locator('.story-field__meter.is-over')).toContainText('/ 90 characters');

  await body(page).click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type(' And so is this, with the headline too long.');
  await expect(saveStatus(page)).toHaveText('Saved');
  await screenshotHeader(page, testInfo, 'story-fields-too-long');
  expect(await seriousViolations(page)).toEqual([]);

  await page.reload();
  await expect(body(page)).toContainText('The first paragraph is saved. And so is this, with the headline too long.');
  // The last headline that fitted is the stored one.
  await expect(headline(page)).toHaveValue('Trusts plan for a hard winter');
});
