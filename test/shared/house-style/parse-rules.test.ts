import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  createChecker,
  defaultRules,
  HouseStyleRulesError,
  parseRules,
  type CheckDocument,
  type HouseStyleRules,
} from '../../../src/shared/house-style';
import { baseDocument, settings } from './check-helpers';

const file = (rules: unknown[], extra: Record<string, unknown> = {}) => ({ name: 'Test rules', version: 1, rules, ...extra });

const substitution = (id: string, fields: Record<string, unknown> = {}) => ({
  id,
  kind: 'substitution',
  severity: 'error',
  message: 'Use {suggestion}',
  pattern: 'colou?r',
  replacement: 'hue',
  ...fields,
});

function parseError(json: unknown, source = 'rules.json'): string {
  try {
    parseRules(json, source);
  } catch (error) {
    expect(error).toBeInstanceOf(HouseStyleRulesError);
    return (error as Error).message;
  }
  throw new Error('expected the rules to be refused');
}

describe('the default rules file', () => {
  it('loads and validates', () => {
    const rules = defaultRules();
    expect(rules.rules.length).toBeGreaterThan(30);
    expect(new Set(rules.rules.map((r) => r.id)).size).toBe(rules.rules.length);
    expect(rules.exceptions).toEqual(expect.arrayContaining(['World Health Organization', 'Pearl Harbor', 'Center for Medicare']));
  });

  it('holds a solid American→British list as data', () => {
    const raw = JSON.parse(readFileSync('resources/house-style/default-rules.json', 'utf8')) as { rules: Array<{ id: string; entries?: object }> };
    const spelling = raw.rules.find((r) => r.id === 'british-spelling');
    const expanded = Object.keys(spelling?.entries ?? {}).flatMap((key) => {
      const braces = /\{([^}]*)\}/.exec(key);
      return braces === null ? [key] : (braces[1] as string).split(',');
    });
    expect(expanded.length).toBeGreaterThan(1_000);
  });
});

describe('parseRules refuses bad files with a message naming the rule', () => {
  it.each([
    ['not JSON', '{ "name": ', /^rules\.json: not valid JSON/],
    ['a missing version', { name: 'x', rules: [] }, /^rules\.json: version: version must be 1$/],
    ['an unknown top-level field', file([], { rule: [] }), /^rules\.json: Unrecognized key: "rule"$/],
    [
      'a bad regular expression',
      file([substitution('ok'), substitution('us-spelling', { pattern: 'colo(u?r' })]),
      /^rules\.json: rule #2 'us-spelling' \(substitution\): pattern is not a valid regular expression: .*colo\(u\?r/,
    ],
    ['a pattern that matches nothing visible', file([substitution('empty', { pattern: 'x*' })]), /rule #1 'empty' \(substitution\): pattern matches empty text/],
    ['a flag that is not allowed', file([substitution('flags', { flags: 'g' })]), /rule #1 'flags' \(substitution\): flags: may use only the flags i, m and s/],
    ['an id not in kebab-case', file([substitution('US_spelling')]), /rule #1 'US_spelling' \(substitution\): id: must be kebab-case/],
    ['an unknown kind', file([{ id: 'x', kind: 'grammar', severity: 'error', message: 'm' }]), /rule #1 'x' \(grammar\): kind: must be one of "substitution", "existence"/],
    ['an unknown severity', file([substitution('x', { severity: 'fatal' })]), /rule #1 'x' \(substitution\): severity: /],
    ['an unknown scope', file([substitution('x', { appliesTo: ['footer'] })]), /rule #1 'x' \(substitution\): appliesTo\[0\]: /],
    ['a misspelt field', file([substitution('x', { patern: 'a' })]), /rule #1 'x' \(substitution\): Unrecognized key: "patern"/],
    [
      'alternatives that do not line up',
      file([{ id: 'spelling', kind: 'dictionary', severity: 'error', message: 'm', entries: { 'colo{r,rs}': 'colou{r,rs,red}' } }]),
      /rule #1 'spelling' \(dictionary\): entries\."colo\{r,rs\}": “colo\{r,rs\}” has 2 alternatives but “colou\{r,rs,red\}” has 3/,
    ],
    [
      'a word list entry that is not words',
      file([{ id: 'spelling', kind: 'dictionary', severity: 'error', message: 'm', entries: { 'e.g.': 'eg' } }]),
      /rule #1 'spelling' \(dictionary\): entries\."e\.g\.": “e\.g\.” must be words \(letters and digits, with inner apostrophes\) separated by spaces or hyphens$/,
    ],
    [
      'consistency forms that do not line up',
      file([{ id: 'c', kind: 'consistency', severity: 'warning', message: 'm', groups: [['re{set,sets}', 're-set']] }]),
      /rule #1 'c' \(consistency\): groups\[0\]: the forms have different numbers of \{alternatives\}/,
    ],
    ['a metric without limits', file([{ id: 'm', kind: 'metric', measure: 'words', severity: 'warning', message: 'm' }]), /rule #1 'm' \(metric\): max: needs min, max or target/],
    [
      'an unknown built-in check',
      file([{ id: 'b', kind: 'builtin', name: 'grammar', severity: 'warning' }]),
      /rule #1 'b' \(builtin grammar\): name: must be one of "typography", "numbers"/,
    ],
    [
      'a bad built-in parameter',
      file([{ id: 'b', kind: 'builtin', name: 'numbers', severity: 'warning', params: { wordsBelow: 'ten' } }]),
      /rule #1 'b' \(builtin numbers\): params\.wordsBelow: /,
    ],
    [
      'an unknown built-in message',
      file([{ id: 'b', kind: 'builtin', name: 'typography', severity: 'warning', messages: { quote: 'x' } }]),
      /rule #1 'b' \(builtin typography\): messages/,
    ],
    ['a repeated id', file([substitution('same'), substitution('other'), substitution('same')]), /rule #3 'same' \(substitution\): the id is already used by rule #1/],
    ['an exception that is not words', file([], { exceptions: ['AT&T'] }), /^rules\.json: exceptions\[0\]: “AT&T” must be words/],
    ['disabling a rule that does not exist', file([], { extends: 'default', disable: ['us-spelling'] }), /^rules\.json: disable: there is no rule 'us-spelling'/],
  ])('%s', (_case, json, message) => {
    expect(parseError(json)).toMatch(message);
  });

  it('names the file it was given', () => {
    expect(parseError(file([substitution('x', { pattern: '(' })]), '/profile/house-rules.json')).toMatch(/^\/profile\/house-rules\.json: rule #1 'x'/);
  });
});

describe('a publication extends the defaults without touching code', () => {
  const check = (rules: HouseStyleRules, text: string, extra: Partial<CheckDocument> = {}) =>
    createChecker(rules, settings)
      .check({ ...baseDocument(), body: [{ key: 'p', kind: 'paragraph', text }], ...extra })
      .findings.filter((f) => f.blockKey === 'p')
      .map((f) => [f.ruleId, f.severity, text.slice(f.from, f.to)]);

  it('adds rules and exceptions', () => {
    const rules = parseRules(
      file(
        [
          { id: 'house-terms', kind: 'dictionary', severity: 'warning', message: 'Say {suggestion}', entries: { 'health service': 'NHS', 'A and E': 'A&E' } },
        ],
        { extends: 'default', exceptions: ['Harbor Hospital'] },
      ),
      'extra.json',
    );
    expect(rules.rules.length).toBe(defaultRules().rules.length + 1);
    expect(check(rules, 'The health service in Harbor Hospital.')).toEqual([['house-terms', 'warning', 'health service']]);
    expect(check(defaultRules(), 'The health service in Harbor Hospital.')).toEqual([['british-spelling', 'error', 'Harbor']]);
  });

  it('overrides a rule by id, in its place', () => {
    const rules = parseRules(
      file([{ id: 'numbers', kind: 'builtin', name: 'numbers', severity: 'suggestion', params: { wordsBelow: 4 } }], { extends: 'default' }),
      'extra.json',
    );
    expect(rules.rules.map((r) => r.id)).toEqual(defaultRules().rules.map((r) => r.id));
    expect(check(rules, 'We saw 3 trusts and 5 boards.')).toEqual([['numbers', 'suggestion', '3']]);
  });

  it('patches the fields it gives when the rule has no kind', () => {
    const rules = parseRules(file([{ id: 'british-spelling', severity: 'suggestion' }], { extends: 'default' }), 'extra.json');
    expect(check(rules, 'The color.')).toEqual([['british-spelling', 'suggestion', 'color']]);
  });

  it('disables rules by id', () => {
    const rules = parseRules(file([], { extends: 'default', disable: ['british-spelling', 'numbers'] }), 'extra.json');
    expect(rules.rules.some((r) => r.id === 'british-spelling')).toBe(false);
    expect(check(rules, 'We saw 3 colors.')).toEqual([]);
  });

  it('validates a patched rule as a whole', () => {
    expect(parseError(file([{ id: 'british-spelling', severity: 'loud' }], { extends: 'default' }))).toMatch(/rule #1 'british-spelling': severity: /);
  });

  it('replaces the defaults when it does not extend them', () => {
    const rules = parseRules(file([substitution('only')]), 'replacement.json');
    expect(rules.rules.map((r) => r.id)).toEqual(['only']);
    expect(check(rules, 'The color and the colour.')).toEqual([
      ['only', 'error', 'color'],
      ['only', 'error', 'colour'],
    ]);
  });
});
