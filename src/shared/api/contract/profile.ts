import { z } from 'zod';
import { settingsSchema } from '../../settings/settings-schema';
import { noInput, operation } from './operation';

/** The profile the app runs on: where it lives, which versions run, and its settings. */
export const profileOperations = {
  getAppInfo: operation(
    noInput,
    z.object({
      appVersion: z.string(),
      profileDir: z.string(),
      databaseFile: z.string(),
      settingsFile: z.string(),
      schemaVersion: z.number().int(),
      /** Whether a native dialog picks the folder of a batch export; false in the browser preview, where the person types it. */
      folderDialog: z.boolean(),
    }),
    'Where the profile lives and which versions are running.',
  ),
  getSettings: operation(noInput, settingsSchema, 'The validated settings of the profile.'),
  saveSettings: operation(
    settingsSchema,
    settingsSchema,
    'Validate and write the profile’s settings file (whole or not at all); the app uses them at once. A rules file must be inside the profile folder.',
  ),
} as const;
