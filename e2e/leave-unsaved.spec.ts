import { expect, test } from './support/fixtures';

/**
 * Leaving a story whose latest changes cannot be saved asks first: "Stay"
 * keeps the page and every word typed; "Leave without saving" goes.
 */
test('leaving a story whose changes cannot be saved asks first, and Stay keeps the text', async ({ page, preview }) => {
  await page.goto(preview.url);
  await page.getByRole('button', { name: 'New story', exact: true }).click();
  await page.getByRole('textbox', { name: 'Headline' }).fill('Night shifts to be reviewed');
  const body = page.getByRole('textbox', { name: 'Story text' });
  await body.click();
  await page.keyboard.type('The first paragraph is saved.');
  const status = page.getByRole('status').filter({ hasText: /^(Saved|Saving…|Not saved — retrying)$/ });
  await expect(status).toHaveText('Saved');

  // From here every save fails on its way to the store.
  await page.route('**/api/saveStory', (route) => route.abort());
  await page.keyboard.press('Enter');
  await page.keyboard.type('This one is not.');
  await expect(status).toHaveText('Not saved — retrying', { timeout: 15_000 });

  const back = page.getByRole('navigation', { name: 'Story navigation' }).getByRole('button', { name: 'Library' });
  await back.click();
  const question = page.getByRole('dialog', { name: 'Leave without saving?' });
  await expect(question).toBeVisible();
  await expect(question).toContainText('Your latest changes could not be saved');
  await question.getByRole('button', { name: 'Stay' }).click();
  await expect(question).toBeHidden();
  await expect(body).toContainText('This one is not.');

  await back.click();
  await question.getByRole('button', { name: 'Leave without saving' }).click();
  await expect(page.getByRole('button', { name: 'New story', exact: true })).toBeVisible();
});
