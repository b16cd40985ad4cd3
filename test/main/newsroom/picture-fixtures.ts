import { createHash, randomBytes } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { storeImageFile } from '../../../src/main/images/store-image';
import type { Store } from '../../../src/main/store/store';
import { pngBytes } from '../../support/image-bytes';

/** A profile whose pictures travel: its folder, its open store and its images folder. */
export type PictureProfile = { dir: string; store: Store; images: string };

export const sha256Of = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** A PNG of the given pixel size, `size` bytes long (the rest random, so each is a new picture). */
export function picture(width: number, height: number, size = 2_000): Uint8Array {
  const bytes = new Uint8Array(size);
  bytes.set(randomBytes(size));
  bytes.set(pngBytes(width, height));
  return bytes;
}

/** Imports a picture into the profile as importImage does; its sha256. */
export async function importPicture({ store, images }: PictureProfile, bytes: Uint8Array): Promise<string> {
  const stored = await storeImageFile(images, { fileName: 'photo.png', bytes });
  store.images.record(stored);
  return stored.sha256;
}

/** Gives the story the picture as its lead image (null: none). */
export function setLead(store: Store, id: string, sha256: string | null): void {
  const leadImage = sha256 === null ? null : { sha256, alt: 'A nurse at a ward desk', caption: '', credit: '' };
  store.saveStory(id, store.getStory(id).revision, { leadImage });
}

/** A story whose lead image is the picture. */
export function storyWithLead(store: Store, sha256: string): string {
  const { id } = store.createStory({ section: 'News', headline: 'Night shifts on the wards' });
  setLead(store, id, sha256);
  return id;
}

export async function filesIn(dir: string): Promise<string[]> {
  try {
    return (await readdir(dir)).sort();
  } catch {
    return [];
  }
}

/** Whether the profile holds the picture: recorded, and its file's bytes hash to it. */
export async function holds({ store, images }: PictureProfile, sha256: string): Promise<boolean> {
  const ext = store.images.storedExt(sha256);
  if (ext === undefined) return false;
  return sha256Of(await readFile(join(images, `${sha256}.${ext}`))) === sha256;
}
