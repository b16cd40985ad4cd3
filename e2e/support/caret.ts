import { expect, type Locator } from '@playwright/test';

/** Whether the caret is at the very end of the element's text. */
function caretAtEnd(element: Element): boolean {
  const selection = window.getSelection();
  if (selection === null || selection.focusNode === null || !element.contains(selection.focusNode)) return false;
  const rest = document.createRange();
  rest.selectNodeContents(element);
  rest.setStart(selection.focusNode, selection.focusOffset);
  return rest.toString().length === 0;
}

/**
 * Clicks into a block of the editor and puts the caret at its end, as a
 * person does with a click and End. A loaded machine can deliver the End
 * before the editor has taken the click's caret, so End is pressed until the
 * caret is there.
 */
export async function caretToEndOf(block: Locator): Promise<void> {
  await block.click();
  await expect(async () => {
    await block.page().keyboard.press('End');
    expect(await block.evaluate(caretAtEnd)).toBe(true);
  }).toPass({ timeout: 5_000 });
}
