import { linkHref } from '../../../shared/export/safe-url';

const EMAIL = /^[^\s@<>()]+@[^\s@<>()]+\.[^\s@<>()]+$/;
const HAS_SCHEME = /^[a-z][a-z0-9+.-]*:/i;
const LOOKS_LIKE_HOST = /^(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)+(?:[/?#:]|$)/i;

export type LinkUrlResult = { ok: true; url: string } | { ok: false; message: string };

/**
 * What an editor types as a link target, made into a link the export will
 * keep (http, https or mailto only, as the export allows): "nhs.uk/news" becomes
 * https://nhs.uk/news and "jane@example.org" a mailto: link.
 */
export function normaliseLinkUrl(typed: string): LinkUrlResult {
  const input = typed.trim();
  if (input === '') return { ok: false, message: 'Enter the address the link goes to.' };
  let candidate = input;
  if (EMAIL.test(input) && !HAS_SCHEME.test(input)) candidate = `mailto:${input}`;
  else if (!HAS_SCHEME.test(input) && LOOKS_LIKE_HOST.test(input)) candidate = `https://${input}`;
  const href = linkHref(candidate);
  if (href === null) {
    return {
      ok: false,
      message: HAS_SCHEME.test(input)
        ? 'Links may only use http, https or mailto, e.g. https://www.example.org.'
        : 'That does not look like a web or email address, e.g. https://www.example.org or name@example.org.',
    };
  }
  return { ok: true, url: href };
}

/** Whether a link target may stay in the body as it is. */
export function isAllowedLinkUrl(url: string): boolean {
  return linkHref(url) !== null;
}
