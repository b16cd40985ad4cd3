import { describe, expect, it } from 'vitest';
import { isAllowedLinkUrl, normaliseLinkUrl } from '../../../src/renderer/editor/plugins/link-url';

describe('link targets', () => {
  it.each([
    ['https://www.example.org/report', 'https://www.example.org/report'],
    ['  http://example.org ', 'http://example.org/'],
    ['nhs.uk/news', 'https://nhs.uk/news'],
    ['www.example.co.uk', 'https://www.example.co.uk/'],
    ['jane.smith@example.org', 'mailto:jane.smith@example.org'],
    ['mailto:desk@example.org', 'mailto:desk@example.org'],
  ])('%s becomes %s', (typed, url) => expect(normaliseLinkUrl(typed)).toEqual({ ok: true, url }));

  it.each(['javascript:alert(1)', 'file:///etc/passwd', 'ftp://example.org', 'data:text/html,hi', 'not a link', ''])(
    'refuses %s with a sentence saying why',
    (typed) => {
      const result = normaliseLinkUrl(typed);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.message).toMatch(/\.$/);
    },
  );

  it('lets only http, https and mailto stay as links', () => {
    expect(isAllowedLinkUrl('https://example.org')).toBe(true);
    expect(isAllowedLinkUrl('mailto:a@example.org')).toBe(true);
    expect(isAllowedLinkUrl('javascript:void(0)')).toBe(false);
    expect(isAllowedLinkUrl('/relative')).toBe(false);
  });
});
