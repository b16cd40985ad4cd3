import { createChecksClient, type ChecksClient } from './checks-client';

let client: ChecksClient | null = null;

/**
 * The app's one checks worker's client. Its worker starts with the first
 * check (once a story is open and editable) and stays warm for the next
 * story.
 */
export function sharedChecksClient(): ChecksClient {
  client ??= createChecksClient();
  return client;
}
