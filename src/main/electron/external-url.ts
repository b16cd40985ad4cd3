const EXTERNAL_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);

/**
 * Whether a link may be handed to the system browser or mail client: only
 * http, https and mailto, no embedded credentials, and nothing that is not a
 * well-formed URL.
 */
export function isSafeExternalUrl(url: string): boolean {
  if (url.length > 2_000) return false;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (!EXTERNAL_PROTOCOLS.has(parsed.protocol)) return false;
  if (parsed.protocol === 'mailto:') return parsed.pathname.includes('@');
  return parsed.hostname !== '' && parsed.username === '' && parsed.password === '';
}
