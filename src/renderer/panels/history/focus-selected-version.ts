/** Back from a comparison: focus returns to the version that was being compared. */
export function focusSelectedVersion(): void {
  document.querySelector<HTMLButtonElement>('.history-item[aria-pressed="true"]')?.focus();
}
