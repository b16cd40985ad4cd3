/**
 * Runs in the page served by the browser preview, before the renderer: it
 * puts the same window.copydeskBridge on the page that the Electron preload
 * does, with every operation sent to the local preview server over fetch.
 */
import type { ApiResult } from '../shared/api/api-error';
import type { CopydeskBridge, OperationName } from '../shared/api/contract';
import { stringifyWithBytes } from './json-bytes';
import { API_PATH_PREFIX, TOKEN_HEADER, TOKEN_STORAGE_KEY } from './preview-protocol';

/**
 * The contract's operation names and the bridge's global name, written in by
 * the bundler (bridge-bundle.ts): importing them would bring the contract's
 * zod schemas into the page, built before the app can start, only to read
 * their names.
 */
declare const __COPYDESK_OPERATION_NAMES__: readonly OperationName[];
declare const __COPYDESK_BRIDGE_GLOBAL__: string;

/**
 * The token arrives in the URL's hash (#token=…), which never reaches the
 * server's logs or a Referer. It is kept for the tab's lifetime and taken out
 * of the address bar so the renderer's own hash routing starts clean.
 */
function takeToken(): string {
  const match = /(?:^#|&)token=([^&]+)/.exec(location.hash);
  if (match) {
    sessionStorage.setItem(TOKEN_STORAGE_KEY, decodeURIComponent(match[1]!));
    history.replaceState(history.state, '', location.pathname + location.search);
  }
  return sessionStorage.getItem(TOKEN_STORAGE_KEY) ?? '';
}

function failure(message: string): ApiResult<never> {
  return { ok: false, error: { code: 'internal', message } };
}

function isApiResult(value: unknown): value is ApiResult<unknown> {
  return typeof value === 'object' && value !== null && typeof (value as { ok?: unknown }).ok === 'boolean';
}

/**
 * Whether the page has begun to close (or reload). What it sends from then
 * on, or while hidden (the last edits, saved on the way out), goes
 * `keepalive`, so the browser still delivers it once the page is gone, as
 * the app's IPC does; otherwise the request dies with the page and the last
 * keystrokes with it. Browsers allow that for small bodies only (64 KB in
 * flight in all): an edit's save is far smaller; a larger body goes as before.
 */
let closing = false;
addEventListener('beforeunload', () => {
  closing = true;
  // The page may yet stay (someone chose Stay): then this runs and later requests are ordinary again.
  setTimeout(() => {
    closing = false;
  }, 0);
});
const KEEPALIVE_BODY_LIMIT = 32 * 1024;

async function call(token: string, operation: string, input: unknown): Promise<ApiResult<unknown>> {
  let response: Response;
  // Bytes (an image being imported) travel as { "$bytes": base64 }; IPC carries them as they are.
  const request = stringifyWithBytes(input ?? {});
  try {
    response = await fetch(`${API_PATH_PREFIX}${operation}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', [TOKEN_HEADER]: token },
      body: request,
      keepalive: (closing || document.visibilityState === 'hidden') && new Blob([request]).size <= KEEPALIVE_BODY_LIMIT,
    });
  } catch {
    return failure('The preview server cannot be reached. Is it still running?');
  }
  const body: unknown = await response.json().catch(() => undefined);
  if (isApiResult(body)) return body;
  return failure(`The preview server answered ${response.status} ${response.statusText}.`);
}

async function writeClipboardHere(input: { html?: string; text: string }): Promise<ApiResult<unknown>> {
  const flavours: Record<string, Blob> = { 'text/plain': new Blob([input.text], { type: 'text/plain' }) };
  if (input.html !== undefined) flavours['text/html'] = new Blob([input.html], { type: 'text/html' });
  try {
    await navigator.clipboard.write([new ClipboardItem(flavours)]);
    return { ok: true, value: { written: true } };
  } catch (error) {
    return failure(`The browser refused the clipboard (${error instanceof Error ? error.message : String(error)}).`);
  }
}

/** The browser's own download stands in for the save dialog; the export is logged as the app logs it. */
async function downloadExport(token: string, input: { id: string; form: string }): Promise<ApiResult<unknown>> {
  const story = await call(token, 'getStory', { id: input.id });
  if (!story.ok) return story;
  const exported = await call(token, 'exportStory', input);
  if (!exported.ok) return exported;
  const { slug } = story.value as { slug: string };
  const name = `${slug === '' ? input.id : slug}${input.form === 'page' ? '' : `.${input.form}`}.html`;
  const url = URL.createObjectURL(new Blob([(exported.value as { html: string }).html], { type: 'text/html' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  const logged = await call(token, 'recordExport', { ...input, destination: 'file' });
  return logged.ok ? { ok: true, value: { path: name } } : logged;
}

function createBridge(token: string): CopydeskBridge {
  const bridge: Record<string, unknown> = {
    // The preview has no menus; the renderer handles keyboard shortcuts itself.
    onCommand: () => () => undefined,
  };
  for (const operation of __COPYDESK_OPERATION_NAMES__) {
    bridge[operation] = (input: unknown) => call(token, operation, input);
  }
  // A browser has no main process to own the clipboard or a save dialog: the page does both itself.
  bridge.writeClipboard = writeClipboardHere;
  bridge.saveExportFile = (input: { id: string; form: string }) => downloadExport(token, input);
  return Object.freeze(bridge) as CopydeskBridge;
}

Object.defineProperty(window, __COPYDESK_BRIDGE_GLOBAL__, {
  value: createBridge(takeToken()),
  writable: false,
  configurable: false,
  enumerable: true,
});
