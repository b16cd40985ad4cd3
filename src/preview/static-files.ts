import { readFile, stat } from 'node:fs/promises';
import { resolve, sep } from 'node:path';

/**
 * The file under root that a URL path names, or undefined when the path is
 * malformed or would leave root (../, encoded separators, NUL).
 */
export function resolveStaticPath(root: string, urlPath: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return undefined;
  const base = resolve(root);
  const file = resolve(base, '.' + (decoded.startsWith('/') ? decoded : `/${decoded}`));
  if (!file.startsWith(base + sep)) return undefined;
  return file;
}

/** The bytes of a regular file, or undefined when there is none. */
export async function readStaticFile(file: string): Promise<Buffer | undefined> {
  try {
    const info = await stat(file);
    if (!info.isFile()) return undefined;
    return await readFile(file);
  } catch {
    return undefined;
  }
}
