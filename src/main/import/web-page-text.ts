import { startsWithBytes } from './file-signature';

/** How far into a file an HTML page's first tag must appear. */
const HTML_SNIFF_CHARS = 4096;
const HTML_START = /<(?:!doctype\s+html|html|head|body|meta|title|article|main|section|div|p|h[1-6]|table|ul|ol|blockquote)[\s>/]/i;
/** Control characters no written page holds (tab, newlines and form feed aside); a few stray ones are forgiven, as old pages have them. */
const CONTROL = /[\u0001-\u0008\u000B\u000E-\u001F\u007F-\u009F]/g;
const CHARSET = /<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_:.-]+)/i;

/** A file read as a web page: its text; or why it is not one. */
export type PageText = { kind: 'page'; text: string } | { kind: 'svg' } | { kind: 'plain-text' } | { kind: 'binary' };

/**
 * The file as a web page when it is one: text that decodes (UTF-8, UTF-16
 * by its byte-order mark, or the charset its <meta> declares, else
 * Windows-1252 as browsers assume) and opens with HTML markup. Text without
 * it is plain text; bytes that are not text at all (a NUL, or control
 * characters no page holds) are binary, wherever they are in the file.
 */
export function readPageText(bytes: Uint8Array): PageText {
  const text = decodeText(bytes);
  if (text === null || !looksWritten(text)) return { kind: 'binary' };
  const start = text
    .replace(/^\uFEFF/, '')
    .trimStart()
    .slice(0, HTML_SNIFF_CHARS);
  const markup = start.replace(/^(?:<\?xml[^>]*>\s*|<!--[\s\S]*?-->\s*)*/, '');
  if (/^<svg[\s>]/i.test(markup)) return { kind: 'svg' };
  if (!start.startsWith('<') || !HTML_START.test(start)) return { kind: 'plain-text' };
  return { kind: 'page', text };
}

function decodeText(bytes: Uint8Array): string | null {
  if (startsWithBytes(bytes, [0xef, 0xbb, 0xbf])) return decoded('utf-8', bytes.subarray(3));
  if (startsWithBytes(bytes, [0xff, 0xfe])) return decoded('utf-16le', bytes.subarray(2));
  if (startsWithBytes(bytes, [0xfe, 0xff])) return decoded('utf-16be', bytes.subarray(2));
  if (bytes.includes(0)) return null;
  const utf8 = decoded('utf-8', bytes);
  if (utf8 !== null) return utf8;
  // The head of a legacy page is ASCII, so its <meta charset> reads before the page is decoded.
  const declared = CHARSET.exec(new TextDecoder('latin1').decode(bytes.subarray(0, HTML_SNIFF_CHARS)))?.[1];
  return (declared === undefined ? null : decoded(declared, bytes)) ?? decoded('windows-1252', bytes);
}

function decoded(label: string, bytes: Uint8Array): string | null {
  try {
    const decoder = new TextDecoder(label, { fatal: true });
    return decoder.encoding === 'windows-1252' ? windows1252(bytes) : decoder.decode(bytes);
  } catch {
    // An unknown charset label, or bytes that are not in that encoding.
    return null;
  }
}

/** Windows-1252's characters for 0x80–0x9F (the rest is Latin-1); undefined ones stay C1 controls, as browsers do. */
const WINDOWS_1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';

/** Node's TextDecoder reads windows-1252 as plain Latin-1 (curly quotes become controls), so its upper half is mapped here. */
function windows1252(bytes: Uint8Array): string {
  const latin1 = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  return latin1.replace(/[\u0080-\u009F]/g, (ch) => WINDOWS_1252_HIGH[ch.charCodeAt(0) - 0x80]!);
}

function looksWritten(text: string): boolean {
  if (text.includes('\u0000')) return false;
  const controls = text.match(CONTROL)?.length ?? 0;
  return controls <= text.length / 1000;
}
