import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { caretToEndOf } from './support/caret';
import { expect, test } from './support/fixtures';
import { saved } from './support/save-state';
import { solidPng } from './support/png';

const HEADLINE = 'Trusts need the freedom to say no';
const STANDFIRST = 'Managers are being asked to deliver more with less. It cannot go on.';
const PARAGRAPHS = [
  `Managers told us the plan was "too little, too late" -- and they're right.`,
  `Nobody in the '90s would have accepted waiting lists like these...`,
  `Ministers must listen - before it is too late. The rest is detail.`,
];
const TYPESET = [
  'Managers told us the plan was ‘too little, too late’—and they’re right.',
  'Nobody in the ’90s would have accepted waiting lists like these…',
  'Ministers must listen—before it is too late. The rest is detail.',
];
const QUOTED = 'Ministers must listen—before it is too late.';
const ATTRIBUTION = 'Jane Smith, chief executive';

function body(page: Page): Locator {
  return page.getByRole('textbox', { name: 'Story text' });
}

function bodyParagraph(page: Page, text: string): Locator {
  return body(page).locator('p.body-text__p').filter({ hasText: text });
}

function pullQuote(page: Page): Locator {
  return body(page).getByRole('figure', { name: 'Pull-quote' });
}

function pullQuotePanel(page: Page): Locator {
  return page.getByRole('region', { name: 'Pull-quotes' });
}

function selectedText(page: Page): Promise<string> {
  return page.evaluate(() => window.getSelection()?.toString() ?? '');
}

async function openStory(page: Page, headline: string): Promise<void> {
  await page.getByRole('link', { name: headline }).click();
  await expect(page.getByRole('textbox', { name: 'Headline' })).toHaveValue(headline);
}

test('a story is written with house typography, a pull-quote is checked against the text, and all of it survives a restart', async ({
  page,
  preview,
}) => {
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await page.goto(preview.url);
  await page.getByRole('button', { name: 'New story', exact: true }).click();

  // Headline, standfirst and three paragraphs, typed as a person types them.
  await expect(page.getByRole('textbox', { name: 'Headline' })).toBeFocused();
  await page.keyboard.type(HEADLINE);
  await page.keyboard.press('Enter');
  await page.keyboard.type(STANDFIRST);
  await page.keyboard.press('Enter');
  await expect(body(page)).toBeFocused();
  for (const [index, paragraph] of PARAGRAPHS.entries()) {
    if (index > 0) await page.keyboard.press('Enter');
    await page.keyboard.type(paragraph);
  }
  await expect(body(page).locator('p.body-text__p')).toHaveText(TYPESET);
  await expect(page.locator('.story-status')).toContainText('36 words');

  // Undo straight after an automatic change gives back what was typed.
  await page.keyboard.type(' Or--');
  await expect(bodyParagraph(page, 'The rest is detail')).toHaveText(`${TYPESET[2]} Or—`);
  await page.keyboard.press('ControlOrMeta+z');
  await expect(bodyParagraph(page, 'The rest is detail')).toHaveText(`${TYPESET[2]} Or--`);
  for (let i = 0; i < ' Or--'.length; i += 1) await page.keyboard.press('Backspace');
  await expect(bodyParagraph(page, 'The rest is detail')).toHaveText(TYPESET[2]!);

  // Select the first sentence of the last paragraph with the keyboard and lift it out.
  for (let i = 0; i < ' The rest is detail.'.length; i += 1) await page.keyboard.press('ArrowLeft');
  for (let i = 0; i < QUOTED.length; i += 1) await page.keyboard.press('Shift+ArrowLeft');
  await expect.poll(() => selectedText(page)).toBe(QUOTED);
  await page.getByRole('toolbar', { name: 'Formatting' }).getByRole('button', { name: 'Pull-quote from selection' }).click();
  await expect(pullQuote(page)).toContainText(QUOTED);
  await expect(pullQuotePanel(page).getByRole('listitem')).toHaveCount(1);
  await expect(pullQuotePanel(page).getByRole('listitem')).toContainText('After paragraph 3');
  await pullQuotePanel(page).getByRole('textbox', { name: 'Attribution' }).fill(ATTRIBUTION);
  await pullQuotePanel(page).getByRole('textbox', { name: 'Attribution' }).press('Enter');
  await expect(pullQuote(page)).toContainText(ATTRIBUTION);
  await expect(pullQuote(page)).not.toContainText('Not in the story as written');

  // Change the quoted sentence: the pull-quote and the panel both say it no longer matches.
  await bodyParagraph(page, 'Ministers must').getByText('Ministers must listen').dblclick({ position: { x: 90, y: 10 } });
  await page.keyboard.type('should');
  await expect(bodyParagraph(page, 'Ministers')).toHaveText('Ministers should listen—before it is too late. The rest is detail.');
  await expect(pullQuote(page)).toContainText('Not in the story as written');
  await expect(pullQuotePanel(page)).toContainText('One pull-quote no longer matches');
  await expect(pullQuotePanel(page).getByRole('listitem')).toContainText('Not in the story as written');
  await saved(page);

  // A restart of the preview on the same profile brings back everything as it was.
  await page.goto(await preview.restart());
  await openStory(page, HEADLINE);
  await expect(page.getByRole('textbox', { name: 'Standfirst' })).toHaveValue(STANDFIRST);
  await expect(body(page).locator('p.body-text__p')).toHaveText([TYPESET[0]!, TYPESET[1]!, 'Ministers should listen—before it is too late. The rest is detail.']);
  await expect(pullQuote(page)).toContainText(QUOTED);
  await expect(pullQuote(page)).toContainText(ATTRIBUTION);
  await expect(pullQuote(page)).toContainText('Not in the story as written');
  await expect(pullQuotePanel(page)).toContainText('One pull-quote no longer matches');
  await expect(page.locator('.story-status')).toContainText('36 words');
  expect(pageErrors).toEqual([]);
});

test('images, links, lists, subheadings and the end mark are made from the toolbar and the keyboard, and kept', async ({
  page,
  preview,
}) => {
  await page.goto(preview.url);
  await page.getByRole('button', { name: 'New story', exact: true }).click();
  await expect(page.getByRole('textbox', { name: 'Headline' })).toBeFocused();
  await page.keyboard.type('Winter plans');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');

  // Markdown-style shortcuts as you type.
  await page.keyboard.type('## What went wrong');
  await page.keyboard.press('Enter');
  await page.keyboard.type('- Beds');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Staff');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await page.keyboard.type('> Read the report');
  await expect(body(page).locator('h2')).toHaveText('What went wrong');
  await expect(body(page).locator('ul li')).toHaveText(['Beds', 'Staff']);
  await expect(body(page).locator('blockquote')).toHaveText('Read the report');

  // A link on the selected words, through the dialog (Ctrl/Cmd+K); a javascript: address is refused.
  await page.keyboard.press('Control+Shift+ArrowLeft');
  await page.keyboard.press('Control+Shift+ArrowLeft');
  await expect.poll(() => selectedText(page)).toBe('the report');
  await page.keyboard.press('ControlOrMeta+k');
  const dialog = page.getByRole('dialog', { name: 'Add link' });
  await dialog.getByRole('textbox', { name: 'Address' }).fill('javascript:alert(1)');
  await dialog.getByRole('button', { name: 'Add link' }).click();
  await expect(dialog.getByRole('alert')).toContainText('http, https or mailto');
  await dialog.getByRole('textbox', { name: 'Address' }).fill('example.org/report');
  await dialog.getByRole('button', { name: 'Add link' }).click();
  await expect(body(page).getByRole('link', { name: 'the report' })).toHaveAttribute('href', 'https://example.org/report');

  // An image from disk: stored in the profile, shown from it, described in its form.
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Last words.');
  await page.keyboard.press('ArrowUp');
  // The caret must have reached the empty paragraph before the picture is picked, as it would for a person.
  await expect.poll(() => page.evaluate(() => window.getSelection()?.anchorNode?.textContent ?? null)).toBe('');
  await page.getByTestId('image-file-input').setInputFiles({ name: 'ward.png', mimeType: 'image/png', buffer: solidPng(320, 180, [40, 90, 160]) });
  const details = page.getByRole('dialog', { name: 'Image details' });
  await details.getByRole('button', { name: 'Save' }).click();
  await expect(details.getByRole('alert')).toContainText('Describe the image');
  await details.getByRole('textbox', { name: /Alt text/ }).fill('An empty hospital corridor');
  await details.getByRole('textbox', { name: 'Caption' }).fill('The corridor at Northfield');
  await details.getByRole('textbox', { name: 'Credit' }).fill('Photo: A Photographer');
  await details.getByRole('button', { name: 'Save' }).click();
  const image = body(page).getByRole('img', { name: 'An empty hospital corridor' });
  await expect(image).toBeVisible();
  expect(await image.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(320);
  await expect(body(page).getByRole('figure', { name: /^Image/ })).toContainText('The corridor at Northfield');
  await expect(body(page).getByRole('link', { name: 'the report' })).toHaveAttribute('href', 'https://example.org/report');

  // With the image selected, a click in the text puts the caret there again.
  await image.click();
  await caretToEndOf(bodyParagraph(page, 'Last words.'));
  await page.keyboard.type(' Honestly.');
  await expect(bodyParagraph(page, 'Last words.')).toHaveText('Last words. Honestly.');

  await page.getByRole('toolbar', { name: 'Formatting' }).getByRole('button', { name: 'End mark' }).click();
  await expect(body(page).getByLabel('End mark')).toBeVisible();
  await saved(page);

  await page.goto(await preview.restart());
  await openStory(page, 'Winter plans');
  await expect(body(page).locator('h2')).toHaveText('What went wrong');
  await expect(body(page).getByRole('link', { name: 'the report' })).toHaveAttribute('href', 'https://example.org/report');
  const restored = body(page).getByRole('img', { name: 'An empty hospital corridor' });
  await expect(restored).toBeVisible();
  expect(await restored.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(320);
  await expect(body(page).getByLabel('End mark')).toBeVisible();

  // The page with its toolbar, image and panel open has no serious accessibility problems.
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
  expect(serious.map((violation) => ({ id: violation.id, targets: violation.nodes.map((node) => node.target) }))).toEqual([]);
});

test('copying from the text carries pull-quotes and stored images, and pasting brings them back whole', async ({ page, preview }) => {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(preview.url);
  await page.getByRole('button', { name: 'New story', exact: true }).click();
  await expect(page.getByRole('textbox', { name: 'Headline' })).toBeFocused();
  await page.keyboard.type('Copy source');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Quote me on this.');
  for (let i = 0; i < 'Quote me on this.'.length; i += 1) await page.keyboard.press('Shift+ArrowLeft');
  await expect.poll(() => selectedText(page)).toBe('Quote me on this.');
  await page.getByRole('toolbar', { name: 'Formatting' }).getByRole('button', { name: 'Pull-quote from selection' }).click();
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  await page.getByTestId('image-file-input').setInputFiles({ name: 'a.png', mimeType: 'image/png', buffer: solidPng(200, 100, [10, 120, 90]) });
  const details = page.getByRole('dialog', { name: 'Image details' });
  await details.getByRole('textbox', { name: /Alt text/ }).fill('A green band');
  await details.getByRole('button', { name: 'Save' }).click();
  await expect(body(page).getByRole('img', { name: 'A green band' })).toBeVisible();

  await bodyParagraph(page, 'Quote me').click();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.press('ControlOrMeta+c');
  const html = await page.evaluate(async () => {
    const items = await navigator.clipboard.read();
    const item = items.find((candidate) => candidate.types.includes('text/html'));
    return item === undefined ? '' : (await item.getType('text/html')).text();
  });
  expect(html).toMatch(/<figure[^>]*data-copydesk-pullquote[^>]*>[\s\S]*Quote me on this\./);
  // The image goes as its content address (the browser's clipboard drops a relative src).
  expect(html).toMatch(/<figure[^>]*data-copydesk-image[^>]*data-sha256="[0-9a-f]{64}"[^>]*>\s*<img[^>]*alt="A green band"/);

  await saved(page);
  await page.getByRole('navigation', { name: 'Story navigation' }).getByRole('button', { name: 'Library' }).click();
  await page.getByRole('button', { name: 'New story', exact: true }).click();
  await expect(page.getByRole('textbox', { name: 'Headline' })).toBeFocused();
  await page.keyboard.type('Copy target');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await page.keyboard.press('ControlOrMeta+v');
  await expect(pullQuote(page)).toContainText('Quote me on this.');
  await expect(body(page).getByRole('img', { name: 'A green band' })).toBeVisible();
});

test('a key pressed before the browser reports the caret moved acts where the caret is', async ({ page, preview }) => {
  await page.goto(preview.url);
  await page.getByRole('button', { name: 'New story', exact: true }).click();
  await expect(page.getByRole('textbox', { name: 'Headline' })).toBeFocused();
  await page.keyboard.type('Fast keys');
  await body(page).click();
  await page.keyboard.type('> Read the report');
  await page.keyboard.press('Control+Shift+ArrowLeft');
  await page.keyboard.press('Control+Shift+ArrowLeft');
  await expect.poll(() => selectedText(page)).toBe('the report');

  // The caret goes to the end of the quote and Enter follows in the same task, before the selectionchange
  // event that tells the editor the caret moved: as when End and Enter come fast on a busy page.
  await body(page).evaluate((root) => {
    const quote = root.querySelector('blockquote') as HTMLElement;
    const text = quote.lastChild?.firstChild as Text;
    window.getSelection()?.collapse(text, text.length);
    root.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', code: 'Enter', bubbles: true, cancelable: true }));
  });
  await page.keyboard.type('Next');

  await expect(body(page).locator('blockquote')).toHaveText('Read the report');
  await expect(body(page).locator('p.body-text__p')).toHaveText(['Next']);
});

test('in a long story, choosing a subheading in the outline brings it to the top of the view', async ({ page, preview }) => {
  await page.goto(preview.url);
  await page.getByRole('button', { name: 'New story', exact: true }).click();
  await page.getByRole('textbox', { name: 'Headline' }).fill('A long read');
  const body = page.getByRole('textbox', { name: 'Story text' });
  await body.click();
  const sentence = 'The trust will review the scheme of its wards before the winter, and the board will meet again in the spring to hear how it went. ';
  let html = '';
  for (let section = 1; section <= 12; section += 1) {
    html += `<h2>Section ${section}</h2>`;
    for (let i = 0; i < 10; i += 1) html += `<p>${sentence.repeat(3)}</p>`;
  }
  await body.evaluate((element, pasted) => {
    const clipboardData = new DataTransfer();
    clipboardData.setData('text/html', pasted);
    element.dispatchEvent(new ClipboardEvent('paste', { clipboardData, bubbles: true, cancelable: true }));
  }, html);
  await expect(body.locator('h2')).toHaveCount(12);
  await body.press('ControlOrMeta+Home');

  // Blocks off screen are laid out with estimated heights; the jump still lands on the heading itself.
  for (const section of [11, 3, 12]) {
    await page.getByRole('button', { name: `Section ${section}`, exact: true }).click();
    const heading = body.locator('h2').nth(section - 1);
    await expect.poll(async () => Math.round((await heading.boundingBox())?.y ?? -1)).toBeGreaterThanOrEqual(0);
    await expect.poll(async () => Math.round((await heading.boundingBox())?.y ?? 9_999)).toBeLessThan(120);
  }
});
