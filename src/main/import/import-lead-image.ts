import { readFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { imageFileName } from '../../nodes/image/image-names';
import { leadImageChangeSchema, type LeadImageChange } from '../../shared/story/story-schema';
import { storeImageFile, type StoredImage } from '../images/store-image';
import { profilePaths } from '../profile/profile-dir';
import type { Store } from '../store/store';
import type { PageLeadImage } from '../../shared/html-import/page-fields';

/** What an imported page's lead image comes to: the change to save (with a file to record first), or why it was left out. */
export type ImportedLeadImage = { change: LeadImageChange | null; record: StoredImage | null; warning: string | null };

const NONE: ImportedLeadImage = { change: null, record: null, warning: null };

function leftOut(why: string): ImportedLeadImage {
  return { ...NONE, warning: `The lead image was left out: ${why}` };
}

/**
 * Keeps the lead image of an imported page when its picture is available:
 * already stored in the profile, or in images/ beside the HTML file, where
 * Copydesk's export writes it. The file is copied into the profile now; its
 * row is recorded with the story, so a failed import records nothing. A
 * picture that cannot be found, or that is not what its name says, is left
 * out with a warning, as is one without alt text.
 */
export async function importLeadImage(found: PageLeadImage, htmlFile: string, store: Store, profileDir: string): Promise<ImportedLeadImage> {
  if (found === null) return NONE;
  if (found.kind === 'unreadable') {
    return leftOut('its picture is not one of Copydesk’s stored images (images/<sha256>.<ext>). Add the picture in Copydesk.');
  }
  const { image } = found;
  const parsed = leadImageChangeSchema.safeParse({ sha256: image.sha256, alt: image.alt, caption: image.caption, credit: image.credit });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return leftOut(issue?.path[0] === 'alt' ? 'it has no alt text. Add it in Copydesk and describe the picture.' : `${issue?.message ?? 'it is not a lead image Copydesk can keep'}.`);
  }
  if (store.images.has(image.sha256)) return { ...NONE, change: parsed.data };

  const beside = join(dirname(htmlFile), imageFileName(image));
  let bytes: Buffer;
  try {
    bytes = await readFile(beside);
  } catch {
    return leftOut(`${imageFileName(image)} is neither in this profile nor beside the HTML file (${beside}). Put the export’s images folder beside the file and import it again, or add the picture in Copydesk.`);
  }
  let stored: StoredImage;
  try {
    stored = await storeImageFile(profilePaths(profileDir).images, { fileName: basename(beside), bytes });
  } catch (error) {
    return leftOut(error instanceof Error ? error.message : String(error));
  }
  if (stored.sha256 !== image.sha256) return leftOut(`${beside} is not the picture its name says: its content has changed since the export.`);
  return { change: parsed.data, record: stored, warning: null };
}
