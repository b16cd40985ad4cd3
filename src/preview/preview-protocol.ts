/** What the preview server and its browser bridge agree on; no Node or DOM here, both sides import it. */
export const TOKEN_HEADER = 'x-copydesk-token';
export const API_PATH_PREFIX = '/api/';
export const BRIDGE_SCRIPT_PATH = '/preview-bridge.js';
/** Where the page keeps the token for the tab's lifetime once it has taken it from the URL. */
export const TOKEN_STORAGE_KEY = 'copydesk-preview-token';
