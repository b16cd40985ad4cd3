import { createSpellingClient, type SpellingClient } from './spelling-client';

let client: SpellingClient | null = null;

/**
 * The app's one spelling worker, started by the first check (after a story
 * is open and editable, so the engine's 16 MB never delays opening it) and
 * kept warm for the next story; one that failed is replaced by a new one.
 */
export function sharedSpellingClient(): SpellingClient {
  if (client === null || client.status().state === 'failed') client = createSpellingClient();
  return client;
}
