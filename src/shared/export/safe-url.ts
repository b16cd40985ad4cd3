/**
 * URL checks for the export. The WHATWG URL parser (a web standard, so fine
 * in pure code) does the work: it removes the tabs, newlines and leading
 * spaces that hide a scheme ("java\tscript:"), lower-cases the scheme, keeps
 * existing percent-encoding and percent-encodes what is unsafe.
 */

const LINK_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);
const WEB_PROTOCOLS = new Set(['http:', 'https:']);

function parsedHref(raw: string, allowed: Set<string>): string | null {
  if (typeof raw !== 'string' || raw.trim() === '') return null;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return null; // relative or malformed
  }
  return allowed.has(url.protocol) ? url.href : null;
}

/** A body link's href (http, https or mailto), or null when it must not be a link. */
export function linkHref(raw: string): string | null {
  return parsedHref(raw, LINK_PROTOCOLS);
}

/** An http or https URL, serialised, or null. */
export function webHref(raw: string): string | null {
  return parsedHref(raw, WEB_PROTOCOLS);
}

/** The URL without trailing slashes, for appending a path; null unless http or https. */
export function baseUrl(raw: string): string | null {
  const href = webHref(raw);
  return href === null ? null : href.replace(/\/+$/, '');
}

const RELATIVE_PATH = /^(?!\/\/)[A-Za-z0-9._~/-]+$/;

/** A stylesheet href: an http(s) URL or a plain relative path without "..". */
export function stylesheetHref(raw: string): string | null {
  if (RELATIVE_PATH.test(raw) && !raw.split('/').includes('..')) return raw;
  return webHref(raw);
}
