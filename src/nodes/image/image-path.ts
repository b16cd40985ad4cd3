import { imageExtensions } from './image-names';
import type { SerializedImageNode } from './image-schema';

const IMAGE_PATH = new RegExp(`^/images/([0-9a-f]{64})\\.(${imageExtensions.join('|')})$`);

/**
 * The stored image a URL path names: exactly /images/<sha256>.<ext>, as the
 * page asks for images/… relative to itself; anything else is null. The one
 * check the app protocol and the browser preview both make before reading a
 * file from the profile.
 */
export function parseImagePath(pathname: string): Pick<SerializedImageNode, 'sha256' | 'ext'> | null {
  const match = IMAGE_PATH.exec(pathname);
  if (match === null) return null;
  return { sha256: match[1] as string, ext: match[2] as SerializedImageNode['ext'] };
}
