/**
 * Runs in the page served by the browser preview, before the renderer: it
 * puts the same window.copydeskBridge on the page that the Electron preload
 * does, with every operation sent to the local preview server over fetch.
 */
import type { ApiResult } from '../shared/api/api-error';
import { BRIDGE_GLOBAL, operationNames, type CopydeskBridge } from '../shared/api/contract';
import { API_PATH_PREFIX, TOKEN_HEADER } from './preview-protocol';

const TOKEN_KEY = 'copydesk-preview-token';

/**
 * The token arrives in the URL's hash (#token=…), which never reaches the
 * server's logs or a Referer. It is kept for the tab's lifetime and taken out
 * of the address bar so the renderer's own hash routing starts clean.
 */
function takeToken(): string {
  const match = /(?:^#|&)token=([^&]+)/.exec(location.hash);
  if (match) {
    sessionStorage.setItem(TOKEN_KEY, decodeURIComponent(match[1]!));
    history.replaceState(history.state, '', location.pathname + location.search);
  }
  return sessionStorage.getItem(TOKEN_KEY) ?? '';
}

function failure(message: string): ApiResult<never> {
  return { ok: false, error: { code: 'internal', message } };
}

function isApiResult(value: unknown): value is ApiResult<unknown> {
  return typeof value === 'object' && value !== null && typeof (value as { ok?: unknown }).ok === 'boolean';
}

async function call(token: string, operation: string, input: unknown): Promise<ApiResult<unknown>> {
  let response: Response;
  try {
    response = await fetch(`${API_PATH_PREFIX}${operation}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', [TOKEN_HEADER]: token },
      body: JSON.stringify(input ?? {}),
    });
  } catch {
    return failure('The preview server cannot be reached. Is it still running?');
  }
  const body: unknown = await response.json().catch(() => undefined);
  if (isApiResult(body)) return body;
  return failure(`The preview server answered ${response.status} ${response.statusText}.`);
}

function createBridge(token: string): CopydeskBridge {
  const bridge: Record<string, unknown> = {
    // The preview has no menus; the renderer handles keyboard shortcuts itself.
    onCommand: () => () => undefined,
  };
  for (const operation of operationNames) {
    bridge[operation] = (input: unknown) => call(token, operation, input);
  }
  return Object.freeze(bridge) as CopydeskBridge;
}

Object.defineProperty(window, BRIDGE_GLOBAL, {
  value: createBridge(takeToken()),
  writable: false,
  configurable: false,
  enumerable: true,
});
