import { readFile } from 'node:fs/promises';
import { protocol } from 'electron';
import { CONTENT_SECURITY_POLICY } from '../../shared/security/content-security-policy';
import { APP_SCHEME } from './app-origin';
import { contentTypeFor } from '../serving/content-types';
import { isImageRequest, resolveAssetPath, resolveImagePath } from './asset-path';

/** Must run before the app is ready: makes copydesk:// behave like a secure web origin. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
  ]);
}

export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Referrer-Policy': 'no-referrer',
};

/**
 * Serves the built renderer from disk, and the profile's stored images under
 * images/; anything else is a 404.
 */
export function serveAppProtocol(rendererRoot: string, imagesDir: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const file = isImageRequest(request.url) ? resolveImagePath(imagesDir, request.url) : resolveAssetPath(rendererRoot, request.url);
    if (file === null) return new Response('Not found', { status: 404, headers: SECURITY_HEADERS });
    try {
      const body = await readFile(file);
      return new Response(body, {
        status: 200,
        headers: { ...SECURITY_HEADERS, 'Content-Type': contentTypeFor(file) ?? 'application/octet-stream' },
      });
    } catch {
      return new Response('Not found', { status: 404, headers: SECURITY_HEADERS });
    }
  });
}
