/**
 * Dispatched on document by the shell (Ctrl/Cmd+E, the menu's Export…); the
 * open story page answers it with its Export tab and preview.
 */
export const EXPORT_REQUEST_EVENT = 'copydesk:export-request';

export function requestExport(): void {
  document.dispatchEvent(new Event(EXPORT_REQUEST_EVENT));
}
