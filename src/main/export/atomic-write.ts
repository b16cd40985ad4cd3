import { randomBytes } from 'node:crypto';
import { rmSync, renameSync, writeFileSync } from 'node:fs';

/**
 * Writes a file whole or not at all: a temporary file beside it, then a
 * rename over it, so a reader (the website's build) never sees half a file.
 */
export function writeFileAtomic(file: string, data: string | Uint8Array): void {
  const temp = `${file}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`;
  try {
    writeFileSync(temp, data);
    renameSync(temp, file);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}
