import { z } from 'zod';

/** One backup in the profile's backups folder. */
export const backupInfoSchema = z.object({
  /** The file name, e.g. copydesk-20260302T090000Z.db; what a restore names. */
  name: z.string(),
  createdAt: z.iso.datetime({ offset: false }),
  byteSize: z.number().int().nonnegative(),
  /** How many image files the backup's manifest lists. */
  imageCount: z.number().int().nonnegative(),
});
export type BackupInfo = z.infer<typeof backupInfoSchema>;
