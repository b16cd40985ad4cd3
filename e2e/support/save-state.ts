import type { Page } from '@playwright/test';
import { expect } from '@playwright/test';

/** Waits until the status line says every change is stored. */
export async function saved(page: Page): Promise<void> {
  await expect(page.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible();
}
