import { describe, expect, it } from 'vitest';
import { fixTypography } from '../../../src/shared/typography';
import { fixed } from './fix-helpers';

describe('dashes are closed-up em dashes (house rule 2)', () => {
  it.each([
    ['a spaced hyphen', 'trusts - and', 'trusts—and'],
    ['a spaced double hyphen', 'trusts -- and', 'trusts—and'],
    ['a spaced triple hyphen', 'trusts --- and', 'trusts—and'],
    ['a closed double hyphen', 'trusts--and', 'trusts—and'],
    ['a spaced en dash', 'trusts – and', 'trusts—and'],
    ['a spaced em dash', 'trusts — and', 'trusts—and'],
    ['an em dash spaced on the left', 'trusts —and', 'trusts—and'],
    ['an em dash spaced on the right', 'trusts— and', 'trusts—and'],
    ['no-break spaces and doubled spaces round a dash', 'trusts\u00A0-  and', 'trusts—and'],
    ['a dash before a quotation', 'trusts - "and"', 'trusts—‘and’'],
    ['a dash after a quotation', '"Yes" - he said', '‘Yes’—he said'],
    ['two dashes in a sentence', 'the trusts - and the ICBs - agree', 'the trusts—and the ICBs—agree'],
    ['an interruption at the end of a quotation', '"I was going to --"', '‘I was going to—’'],
    ['a double hyphen at the end of a line', 'and then--\nnext', 'and then—\nnext'],
  ])('%s', (_case, input, expected) => {
    expect(fixed(input)).toBe(expected);
  });
});

describe('ranges take a closed-up en dash', () => {
  it.each([
    ['a financial year', '2024-25', '2024–25'],
    ['full years', '2024-2025', '2024–2025'],
    ['pages', 'pages 10-12', 'pages 10–12'],
    ['a spaced range', '10 - 12', '10–12'],
    ['a spaced en dash range', '10 – 12', '10–12'],
    ['money', '£5m-£10m', '£5m–£10m'],
    ['times', '10am-2pm and 10.30-11.30', '10am–2pm and 10.30–11.30'],
    ['percentages', '10%-20%', '10%–20%'],
    ['decades', '1980s-1990s', '1980s–1990s'],
    ['thousands', '1,000-2,000 staff', '1,000–2,000 staff'],
    ['a range before a hyphenated word', '5-12-year-olds', '5–12-year-olds'],
    ['a range at the end of a sentence', 'in 2024-25.', 'in 2024–25.'],
  ])('%s', (_case, input, expected) => {
    expect(fixed(input)).toBe(expected);
  });
});

describe('hyphens that are not dashes are left alone', () => {
  it.each([
    ['a hyphenated word', 'a well-known fact'],
    ['a suspended hyphen', 'pre- and post-war'],
    ['a negative number', 'from 5 to -5 degrees'],
    ['a negative number after a figure', 'a swing of 10 -5'],
    ['an ISO date', 'on 2026-11-26 at noon'],
    ['a hyphenated phone number', 'call 0800-123-4567'],
    ['a figure joined to a word', 'a 4-year-old and Covid-19'],
    ['a list marker at the start of a line', '- first\n- second'],
    ['a dash at the start of a line', '— Jane Smith'],
    ['a closed em dash', 'trusts—and'],
    ['a closed en dash range', '2024–25'],
    ['a rule of four hyphens', 'above\n----\nbelow'],
  ])('%s', (_case, input) => {
    expect(fixed(input)).toBe(input);
  });
});

describe('the rules behind dash changes', () => {
  it('names ranges apart from dashes and covers the spaces a dash swallows', () => {
    const input = '2024 - 25 and trusts - and';
    expect(fixTypography(input).changes).toEqual([
      { rule: 'range', from: 4, to: 7, replacement: '–' },
      { rule: 'dash', from: 20, to: 23, replacement: '—' },
    ]);
  });
});
