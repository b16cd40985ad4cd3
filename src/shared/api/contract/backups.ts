import { z } from 'zod';
import { backupInfoSchema } from '../../backup/backup-schema';
import { noInput, operation } from './operation';

/** The profile's backups: listed, made now, and put back as the database. */
export const backupOperations = {
  listBackups: operation(
    noInput,
    z.array(backupInfoSchema),
    'The backups in the profile’s backups folder, newest first.',
  ),
  createBackup: operation(noInput, backupInfoSchema, 'Back up the database and its images now.'),
  restoreBackup: operation(
    z.object({ name: z.string().regex(/^copydesk-\d{8}T\d{9}Z\.db$/, { error: 'Name one of the listed backups.' }) }).strict(),
    z.object({
      restored: z.string(),
      /** Where the database in use until now was moved (kept, never deleted); null when there was none. */
      movedAside: z.string().nullable(),
    }),
    'Put a backup back as the database: the one in use is moved aside, and the app reloads on the restored one.',
  ),
} as const;
