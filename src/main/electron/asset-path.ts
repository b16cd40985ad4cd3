import { isAbsolute, join, normalize, relative } from 'node:path';
import { parseImagePath } from '../../nodes/image/image-path';
import { contentTypeFor } from '../serving/content-types';
import { APP_HOST, APP_SCHEME } from './app-origin';

/**
 * Maps a copydesk://app/… request to a file inside the renderer's build
 * folder, or null when the request must be refused: another host, a path that
 * escapes the folder (plain or percent-encoded), or a file type we never serve.
 */
export function resolveAssetPath(rendererRoot: string, requestUrl: string): string | null {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return null;
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return null;
  let pathname: string;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    return null;
  }
  if (pathname.includes('\0') || pathname.includes('\\')) return null;
  const relativePath = pathname === '/' ? 'index.html' : pathname.replace(/^\/+/, '');
  const file = normalize(join(rendererRoot, relativePath));
  const fromRoot = relative(rendererRoot, file);
  if (fromRoot === '' || fromRoot.startsWith('..') || isAbsolute(fromRoot)) return null;
  return contentTypeFor(file) === null ? null : file;
}

/**
 * Maps copydesk://app/images/<sha256>.<ext> to the stored image in the
 * profile's images folder; null for anything that is not exactly that name.
 */
export function resolveImagePath(imagesDir: string, requestUrl: string): string | null {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return null;
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return null;
  const image = parseImagePath(url.pathname);
  return image === null ? null : join(imagesDir, `${image.sha256}.${image.ext}`);
}

/** Requests for stored images go to the profile, never to the renderer's build. */
export function isImageRequest(requestUrl: string): boolean {
  try {
    return new URL(requestUrl).pathname.startsWith('/images/');
  } catch {
    return false;
  }
}
