import { describe, expect, it } from 'vitest';
import { ftsMatchExpression } from '../../../src/main/store/search-query';

describe('turning typed text into a full-text query', () => {
  it('needs every word and matches the last one as a prefix, so results follow typing', () => {
    expect(ftsMatchExpression('pension refor')).toBe('"pension" "refor"*');
  });

  it('quotes away everything FTS5 would read as syntax', () => {
    expect(ftsMatchExpression('"; DROP TABLE stories; --')).toBe('"DROP" "TABLE" "stories"*');
    expect(ftsMatchExpression('NEAR(nurses pay')).toBe('"NEAR" "nurses" "pay"*');
    expect(ftsMatchExpression('headline:NHS OR body:* AND NOT ^x')).toBe('"headline" "NHS" "OR" "body" "AND" "NOT" "x"');
  });

  it('keeps letters of any script and drops emoji and punctuation', () => {
    expect(ftsMatchExpression('مرحبا بالعالم')).toBe('"مرحبا" "بالعالم"*');
    expect(ftsMatchExpression('Zoë’s café 🙂')).toBe('"Zoë" "s" "café"*');
  });

  it('gives nothing to search for when nothing searchable was typed', () => {
    expect(ftsMatchExpression('🙂 — !!! "')).toBeNull();
  });

  it('does not prefix-match a one- or two-letter last word, which would match most of the library', () => {
    expect(ftsMatchExpression('NHS re')).toBe('"NHS" "re"');
    expect(ftsMatchExpression('a')).toBe('"a"');
  });

  it('bounds the work a pasted essay can cause', () => {
    const essay = Array.from({ length: 200 }, (_, i) => `word${i}`).join(' ');
    expect(ftsMatchExpression(essay)?.split(' ')).toHaveLength(12);
  });
});
