import { createHash } from 'node:crypto';

/** The SHA-256 of stored text (hex): a save compares these instead of reading a long body back. */
export function contentHash(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** The hash of a body's JSON as stored: NULL (no body) stays NULL. */
export function bodyHash(json: string | null): string | null {
  return json === null ? null : contentHash(json);
}

/** The hash of the empty body text, a new story's. */
export const EMPTY_TEXT_HASH = contentHash('');
