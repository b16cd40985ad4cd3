import { builtinMessage } from '../builtin-messages';
import type { LinkRange } from '../document';
import { findingOf, type LocalFinding } from '../finding';
import type { BuiltinRuleNamed } from '../rules-schema';

type LinksRule = BuiltinRuleNamed<'links'>;

const BARE_URL = /^(?:[a-z][a-z0-9+.-]*:\/\/|www\.|mailto:)/i;

function protocolOf(url: string): string | null {
  try {
    return new URL(url.trim()).protocol.slice(0, -1);
  } catch {
    return null; // relative or malformed: no protocol the site can rely on
  }
}

function normalisedText(text: string): string {
  return text
    .trim()
    .toLowerCase()
    .replace(/[\s\u00A0]+/g, ' ')
    .replace(/[.,;:!?…»›>]+$/u, '');
}

/** House rule 19 (docs/house-style-rules.md): links are http, https or mailto; their text is neither “click here” nor a bare URL. */
export function checkLinks(text: string, links: readonly LinkRange[], rules: readonly LinksRule[], out: LocalFinding[]): void {
  for (const rule of rules) {
    const vague = new Set(rule.params.vagueText.map(normalisedText));
    const push = (key: 'protocol' | 'vagueText' | 'bareUrl', link: LinkRange, found: string) =>
      out.push(findingOf(rule, builtinMessage(rule, key, { found, protocols: rule.params.protocols.join(', ') }), link.from, link.to));
    for (const link of links) {
      const linkText = text.slice(link.from, link.to);
      const protocol = protocolOf(link.url);
      if (protocol === null || !rule.params.protocols.includes(protocol)) push('protocol', link, link.url);
      if (vague.has(normalisedText(linkText))) push('vagueText', link, linkText.trim());
      else if (BARE_URL.test(linkText.trim()) || linkText.trim() === link.url.trim()) push('bareUrl', link, linkText.trim());
    }
  }
}
