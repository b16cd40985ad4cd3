import { describe, expect, it } from 'vitest';
import { splitSnippet } from '../../../src/renderer/library/snippet-parts';
import { SNIPPET_MARK_END as E, SNIPPET_MARK_START as S } from '../../../src/shared/story/story-constants';

describe('search snippet highlighting', () => {
  it('marks exactly the words between the markers', () => {
    expect(splitSnippet(`…cuts to ${S}NHS${E} pay and ${S}NHS${E} pensions…`)).toEqual([
      { text: '…cuts to ', marked: false },
      { text: 'NHS', marked: true },
      { text: ' pay and ', marked: false },
      { text: 'NHS', marked: true },
      { text: ' pensions…', marked: false },
    ]);
  });

  it('keeps markup-like text as text, never as HTML', () => {
    expect(splitSnippet(`<b>${S}bold${E}</b>`)).toEqual([
      { text: '<b>', marked: false },
      { text: 'bold', marked: true },
      { text: '</b>', marked: false },
    ]);
  });

  it('drops stray markers instead of showing them', () => {
    const parts = splitSnippet(`a${E}b${S}c`);
    expect(parts.map((p) => p.text).join('')).toBe('abc');
    expect(parts.some((p) => /[\uE000\uE001]/.test(p.text))).toBe(false);
  });

  it('gives nothing for an empty snippet', () => {
    expect(splitSnippet('')).toEqual([]);
  });
});
