import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Settings } from '../../shared/settings/settings-schema';
import { writeFileAtomic } from '../export/atomic-write';

/** Writes the profile's settings file whole or not at all, keys in the schema's order, for people who read it. */
export function saveSettingsFile(file: string, settings: Settings): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileAtomic(file, `${JSON.stringify(settings, null, 2)}\n`);
}
