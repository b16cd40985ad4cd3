/**
 * JSON that can carry bytes: the preview bridge sends API inputs as JSON,
 * and a Uint8Array (an image being imported) travels as { "$bytes": base64 }.
 * Pure code, no Node or DOM, so the page's bridge and the server share it.
 */
export const BYTES_TAG = '$bytes';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const VALUES = new Int16Array(128).fill(-1);
for (let i = 0; i < ALPHABET.length; i += 1) VALUES[ALPHABET.charCodeAt(i)] = i;

export function bytesToBase64(bytes: Uint8Array): string {
  const parts: string[] = [];
  const CHUNK = 3 * 4096;
  for (let start = 0; start < bytes.length; start += CHUNK) {
    const end = Math.min(bytes.length, start + CHUNK);
    let chunk = '';
    for (let i = start; i < end; i += 3) {
      const a = bytes[i] as number;
      const b = i + 1 < end ? (bytes[i + 1] as number) : 0;
      const c = i + 2 < end ? (bytes[i + 2] as number) : 0;
      const triple = (a << 16) | (b << 8) | c;
      chunk +=
        ALPHABET[(triple >> 18) & 63]! +
        ALPHABET[(triple >> 12) & 63]! +
        (i + 1 < end ? ALPHABET[(triple >> 6) & 63]! : '=') +
        (i + 2 < end ? ALPHABET[triple & 63]! : '=');
    }
    parts.push(chunk);
  }
  return parts.join('');
}

/** Null for anything that is not canonical base64. */
export function base64ToBytes(text: string): Uint8Array | null {
  if (text.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(text)) return null;
  const padding = text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0;
  const bytes = new Uint8Array((text.length / 4) * 3 - padding);
  let out = 0;
  for (let i = 0; i < text.length; i += 4) {
    const triple =
      (VALUES[text.charCodeAt(i)]! << 18) |
      (VALUES[text.charCodeAt(i + 1)]! << 12) |
      ((VALUES[text.charCodeAt(i + 2)]! & 63) << 6) |
      (VALUES[text.charCodeAt(i + 3)]! & 63);
    if (out < bytes.length) bytes[out++] = (triple >> 16) & 255;
    if (out < bytes.length) bytes[out++] = (triple >> 8) & 255;
    if (out < bytes.length) bytes[out++] = triple & 255;
  }
  return bytes;
}

/** JSON.stringify, with every Uint8Array written as { "$bytes": base64 }. */
export function stringifyWithBytes(value: unknown): string {
  return JSON.stringify(value, (_key, item: unknown) => (item instanceof Uint8Array ? { [BYTES_TAG]: bytesToBase64(item) } : item));
}

/** JSON.parse, with every { "$bytes": base64 } (that key alone) read back as a Uint8Array. */
export function parseWithBytes(text: string): unknown {
  return JSON.parse(text, (_key, item: unknown) => {
    if (typeof item !== 'object' || item === null || Array.isArray(item)) return item;
    const keys = Object.keys(item);
    if (keys.length !== 1 || keys[0] !== BYTES_TAG) return item;
    const encoded = (item as Record<string, unknown>)[BYTES_TAG];
    if (typeof encoded !== 'string') return item;
    return base64ToBytes(encoded) ?? item;
  });
}
