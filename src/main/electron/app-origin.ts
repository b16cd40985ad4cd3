/** The app is served from copydesk://app/, never file:// or an HTTP server. */
export const APP_SCHEME = 'copydesk';
export const APP_HOST = 'app';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/** In development (electron-vite dev, never packaged) the renderer comes from Vite's dev server. */
export function devServerUrl(isPackaged: boolean, env: NodeJS.ProcessEnv): string | null {
  if (isPackaged) return null;
  const url = env.ELECTRON_RENDERER_URL;
  if (url === undefined) return null;
  const parsed = new URL(url);
  const loopback = parsed.hostname === 'localhost' || parsed.hostname === '127.0.0.1';
  return parsed.protocol === 'http:' && loopback ? parsed.origin : null;
}

export function isAppUrl(url: string, allowedOrigins: readonly string[]): boolean {
  try {
    const parsed = new URL(url);
    return allowedOrigins.includes(parsed.origin) || (parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST);
  } catch {
    return false;
  }
}
