import { linkHref, webHref } from '../export/safe-url';
import type { DomElement } from './dom-nodes';
import { plainTextOf } from './dom-text';

/**
 * Which links survive a paste or an import: the export's rule (http, https
 * and mailto only, checked by the WHATWG URL parser, so "java\tscript:" is
 * caught), applied at the door so nothing else ever reaches the body.
 */
export type LinkDecision =
  | { kind: 'link'; url: string }
  /** Not a link but nothing the editor needs to hear about: a bookmark or Word footnote (#_ftn1). */
  | { kind: 'text' }
  /** Not kept as a link; `shown` names it for the warning without repeating a script. */
  | { kind: 'refused'; shown: string };

const SHOWN_MAX = 60;

export function decideLink(href: string | undefined, baseUrl: string | null): LinkDecision {
  const raw = (href ?? '').trim();
  if (raw === '' || raw.startsWith('#')) return { kind: 'text' };
  let url: URL;
  try {
    url = baseUrl === null ? new URL(raw) : new URL(raw, baseUrl);
  } catch {
    return { kind: 'refused', shown: `relative link ${shorten(raw)}` };
  }
  const allowed = linkHref(unwrapRedirect(url).href);
  if (allowed === null) return { kind: 'refused', shown: url.protocol };
  return { kind: 'link', url: allowed };
}

/** A page's base for its relative links: its own `<base href>` read against where it came from; http(s) only. */
export function pageBaseUrl(baseHref: string | undefined, pageUrl: string | undefined): string | null {
  const page = pageUrl === undefined ? null : webHref(pageUrl);
  if (baseHref === undefined || baseHref.trim() === '') return page;
  try {
    return webHref(page === null ? baseHref.trim() : new URL(baseHref.trim(), page).href);
  } catch {
    return page;
  }
}

/** Google's redirect links (https://www.google.com/url?q=…) point at the page the writer meant. */
function unwrapRedirect(url: URL): URL {
  if (!/^(?:www\.)?google\.[a-z.]+$/.test(url.hostname) || url.pathname !== '/url') return url;
  const target = url.searchParams.get('q') ?? url.searchParams.get('url');
  if (target === null || webHref(target) === null) return url;
  return new URL(target);
}

function shorten(text: string): string {
  return text.length <= SHOWN_MAX ? text : `${text.slice(0, SHOWN_MAX - 1)}…`;
}

/** The "#" or "¶" link a page puts beside a heading to link to it: a symbol, not words. */
export function isSectionAnchor(link: DomElement): boolean {
  return (link.attribs.href ?? '').trim().startsWith('#') && /^[^\p{L}\p{N}]{1,2}$/u.test(plainTextOf(link));
}
