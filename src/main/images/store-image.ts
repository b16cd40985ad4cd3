import { createHash, randomBytes } from 'node:crypto';
import { mkdir, open, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { imageSize } from 'image-size';
import { ApiError } from '../../shared/api/api-error';
import { MAX_IMAGE_BYTES } from '../../shared/api/contract/images';
import type { ImageRecord } from '../store/image-records';
import { detectImageType, type ImageType } from './image-type';

export type StoredImage = ImageRecord & { ext: ImageType['ext'] };

/** Larger than any camera makes; a file claiming more is damaged or hostile. */
const MAX_SIDE = 50_000;

/** EXIF orientations that turn the picture a quarter, so it shows with width and height swapped. */
const QUARTER_TURNS = new Set([5, 6, 7, 8]);

function refuse(fileName: string, why: string): ApiError {
  const name = fileName.trim() === '' ? 'The file' : `“${fileName}”`;
  return new ApiError('invalid_input', `${name} ${why}`, 'bytes');
}

/** The pixel size the picture is shown at, or an error a person can act on. */
function pixelSize(fileName: string, bytes: Uint8Array): { width: number; height: number } {
  let size;
  try {
    size = imageSize(bytes);
  } catch {
    size = null;
  }
  const { width, height } = size ?? { width: 0, height: 0 };
  if (!Number.isInteger(width) || !Number.isInteger(height) || width < 1 || height < 1 || width > MAX_SIDE || height > MAX_SIDE) {
    throw refuse(fileName, 'could not be read as an image: it may be damaged. Open it in an image editor, save it again and add the new copy.');
  }
  return size?.orientation !== undefined && QUARTER_TURNS.has(size.orientation) ? { width: height, height: width } : { width, height };
}

async function exists(file: string): Promise<boolean> {
  try {
    return (await stat(file)).isFile();
  } catch {
    return false;
  }
}

/** Writes the bytes under a temporary name and renames them into place, so the file is never seen half-written. */
async function writeAtomically(file: string, dir: string, bytes: Uint8Array): Promise<void> {
  const temp = join(dir, `.incoming-${randomBytes(8).toString('hex')}.tmp`);
  try {
    const handle = await open(temp, 'wx');
    try {
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, file);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}

/**
 * Copies an image into the profile, content-addressed as
 * images/<sha256>.<ext>: the type comes from the file's own
 * bytes, the same picture added twice is stored once, and the file is in
 * place before the caller records it.
 */
export async function storeImageFile(imagesDir: string, input: { fileName: string; bytes: Uint8Array }): Promise<StoredImage> {
  const { fileName, bytes } = input;
  if (bytes.byteLength > MAX_IMAGE_BYTES) {
    throw refuse(fileName, `is larger than ${MAX_IMAGE_BYTES / 1024 / 1024} MB. Save a smaller version and add that.`);
  }
  const type = detectImageType(bytes);
  if (type === null) throw refuse(fileName, 'is not a JPEG, PNG, GIF or WebP image. Save it in one of those formats and add it again.');
  const { width, height } = pixelSize(fileName, bytes);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const file = join(imagesDir, `${sha256}.${type.ext}`);
  if (!(await exists(file))) {
    await mkdir(imagesDir, { recursive: true });
    await writeAtomically(file, imagesDir, bytes);
  }
  return { sha256, ext: type.ext, mime: type.mime, width, height, byteSize: bytes.byteLength };
}

/**
 * Stores a picture that came from the desk under the name it was sent as:
 * refused, with nothing written, unless its bytes hash to `expectedSha256`
 * and are of the type they were sent as; then validated as an import is.
 */
export async function storeReceivedImage(imagesDir: string, picture: { bytes: Uint8Array; ext: string }, expectedSha256: string): Promise<StoredImage> {
  const fileName = `picture ${expectedSha256.slice(0, 12)}`;
  if (createHash('sha256').update(picture.bytes).digest('hex') !== expectedSha256) throw refuse(fileName, 'from the desk is not the picture it was named as.');
  if (detectImageType(picture.bytes)?.ext !== picture.ext) throw refuse(fileName, `from the desk is not the ${picture.ext} picture it was sent as.`);
  return storeImageFile(imagesDir, { fileName, bytes: picture.bytes });
}
