import { existsSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { ApiError } from '../../shared/api/api-error';
import { imageFileName } from '../../nodes/image/image-names';
import type { Settings } from '../../shared/settings/settings-schema';
import { writeFileAtomic } from '../export/atomic-write';

/** Writes the profile's settings file whole or not at all, keys in the schema's order, for people who read it. */
export function saveSettingsFile(file: string, settings: Settings): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileAtomic(file, `${JSON.stringify(settings, null, 2)}\n`);
}

/**
 * Refuses settings whose logo or fallback social image is not in the
 * profile's images folder: every export would point at a missing file.
 */
export function checkSettingsImages(profileDir: string, settings: Settings): void {
  const pictures = [
    ['siteLogo', 'The site logo', settings.siteLogo],
    ['socialImage', 'The fallback social image', settings.socialImage],
  ] as const;
  for (const [field, name, image] of pictures) {
    if (image === undefined) continue;
    const file = imageFileName(image);
    if (!existsSync(join(profileDir, file))) {
      throw new ApiError('invalid_input', `${name} (${file}) is not in this profile’s images folder. Choose the picture again.`, field);
    }
  }
}
