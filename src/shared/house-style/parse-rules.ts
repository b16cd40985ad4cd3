import type { z } from 'zod';
import defaultRulesJson from '../../../resources/house-style/default-rules.json';
import { readJsonText } from '../api/json-text';
import { expandAlternatives, expandInParallel } from './parallel-forms';
import { ruleSchema, rulesFileSchema, type HouseStyleRules, type Rule } from './rules-schema';
import { compileUserPattern } from './user-pattern';
import { parsePhrase } from './phrase-index';

export const DEFAULT_RULES_SOURCE = 'resources/house-style/default-rules.json';

export class HouseStyleRulesError extends Error {
  override name = 'HouseStyleRulesError';
}

export interface ParseRulesOptions {
  /** What a file with "extends": "default" builds on; the built-in house style unless given. */
  base?: HouseStyleRules;
}

/**
 * Reads and validates a rules file (JSON text or parsed JSON). A file that
 * extends the defaults comes back merged with them: its rules add to them or
 * replace the rule with the same id (a rule without "kind" patches only the
 * fields it gives), and "disable" switches rules off. Throws
 * HouseStyleRulesError naming the file and the bad rule:
 * `rules.json: rule #12 'us-spelling' (dictionary): entries."colo{r,rs}": …`.
 */
export function parseRules(json: unknown, sourceName: string, options: ParseRulesOptions = {}): HouseStyleRules {
  const fail = (detail: string): never => {
    throw new HouseStyleRulesError(`${sourceName}: ${detail}`);
  };
  let raw = json;
  if (typeof json === 'string') {
    const read = readJsonText(json);
    if (!read.ok) fail(read.problem);
    else raw = read.value;
  }
  const envelope = rulesFileSchema.safeParse(raw);
  if (!envelope.success) fail(describeIssue(envelope.error.issues[0] as z.core.$ZodIssue));
  const file = envelope.data as z.infer<typeof rulesFileSchema>;
  const base = file.extends === 'default' ? (options.base ?? defaultRules()) : null;
  const baseById = new Map((base?.rules ?? []).map((rule) => [rule.id, rule]));

  const rules: Rule[] = [];
  const positions = new Map<string, number>();
  file.rules.forEach((rawRule, index) => {
    const label = ruleLabel(index, rawRule);
    const patched = base !== null ? patchOf(rawRule, baseById) : null;
    const parsed = ruleSchema.safeParse(patched ?? rawRule);
    if (!parsed.success) fail(`${label}: ${describeIssue(parsed.error.issues[0] as z.core.$ZodIssue)}`);
    const rule = parsed.data as Rule;
    try {
      checkRule(rule);
    } catch (error) {
      fail(`${label}: ${(error as Error).message}`);
    }
    const earlier = positions.get(rule.id);
    if (earlier !== undefined) fail(`${label}: the id is already used by rule #${earlier + 1}`);
    positions.set(rule.id, index);
    rules.push(rule);
  });
  file.exceptions.forEach((exception, index) => {
    try {
      parsePhrase(exception);
    } catch (error) {
      fail(`exceptions[${index}]: ${(error as Error).message}`);
    }
  });
  for (const id of file.disable) {
    if (!baseById.has(id)) fail(`disable: there is no rule '${id}' in the rules this file extends`);
  }

  if (base === null) return { name: file.name, exceptions: file.exceptions, rules };
  const disabled = new Set(file.disable);
  const own = new Map(rules.map((rule) => [rule.id, rule]));
  const merged = base.rules.filter((rule) => !disabled.has(rule.id)).map((rule) => own.get(rule.id) ?? rule);
  const kept = new Set(merged.map((rule) => rule.id));
  merged.push(...rules.filter((rule) => !kept.has(rule.id)));
  return { name: file.name, exceptions: [...new Set([...base.exceptions, ...file.exceptions])], rules: merged };
}

let defaults: HouseStyleRules | undefined;

/** The house style of docs/house-style-rules.md, shipped as resources/house-style/default-rules.json. */
export function defaultRules(): HouseStyleRules {
  defaults ??= parseRules(defaultRulesJson as unknown, DEFAULT_RULES_SOURCE);
  return defaults;
}

/** A rule without "kind" whose id is in the base patches that rule: its fields over the base rule's. */
function patchOf(rawRule: unknown, baseById: ReadonlyMap<string, Rule>): unknown {
  if (typeof rawRule !== 'object' || rawRule === null || 'kind' in rawRule) return null;
  const id = (rawRule as { id?: unknown }).id;
  const base = typeof id === 'string' ? baseById.get(id) : undefined;
  return base === undefined ? null : { ...base, ...rawRule };
}

function ruleLabel(index: number, rawRule: unknown): string {
  const fields = typeof rawRule === 'object' && rawRule !== null ? (rawRule as Record<string, unknown>) : {};
  const id = typeof fields.id === 'string' ? ` '${fields.id}'` : '';
  const kind = typeof fields.kind === 'string' ? fields.kind : undefined;
  const name = typeof fields.name === 'string' ? ` ${fields.name}` : '';
  return `rule #${index + 1}${id}${kind === undefined ? '' : ` (${kind}${kind === 'builtin' ? name : ''})`}`;
}

function describeIssue(issue: z.core.$ZodIssue): string {
  const path = formatPath(issue.path);
  let message = issue.message;
  if (issue.code === 'invalid_union' && 'options' in issue && Array.isArray(issue.options)) {
    message = `must be one of ${issue.options.map((o) => JSON.stringify(o)).join(', ')}`;
  }
  return path === '' ? message : `${path}: ${message}`;
}

function formatPath(path: ReadonlyArray<PropertyKey>): string {
  return path
    .map((part, i) => {
      if (typeof part === 'number') return `[${part}]`;
      const name = String(part);
      const plain = /^[A-Za-z_$][\w$]*$/.test(name) ? name : JSON.stringify(name);
      return i === 0 ? plain : `.${plain}`;
    })
    .join('');
}

/** What the schema cannot say: patterns compile, alternatives line up, word lists hold words. */
function checkRule(rule: Rule): void {
  switch (rule.kind) {
    case 'substitution':
    case 'existence': {
      const pattern = compileUserPattern(rule.pattern, rule.flags);
      if (pattern.exec('')?.[0] === '') throw new Error('pattern matches empty text; it must match at least one character');
      return;
    }
    case 'dictionary':
      for (const [key, value] of Object.entries(rule.entries)) {
        const suggestions = typeof value === 'string' ? [value] : value.replace === null ? [] : [value.replace].flat();
        try {
          const forms = suggestions.length === 0 ? expandAlternatives(key) : suggestions.flatMap((s) => expandInParallel(key, s).map(([form]) => form));
          forms.forEach(parsePhrase);
        } catch (error) {
          throw new Error(`entries.${JSON.stringify(key)}: ${(error as Error).message}`);
        }
      }
      return;
    case 'consistency':
      rule.groups.forEach((group, g) => {
        const counts = group.map((form) => {
          try {
            const alternatives = expandAlternatives(form);
            if (alternatives.some((a) => a.trim() === '')) throw new Error(`“${form}” has an empty alternative`);
            return alternatives.length;
          } catch (error) {
            throw new Error(`groups[${g}]: ${(error as Error).message}`);
          }
        });
        if (new Set(counts).size > 1) throw new Error(`groups[${g}]: the forms have different numbers of {alternatives}`);
        const numbers = group.flatMap(expandAlternatives).map((form) => form.split('#').length);
        if (new Set(numbers).size > 1) throw new Error(`groups[${g}]: every form needs the same number of # (numbers)`);
      });
      return;
    case 'builtin':
      if (rule.name === 'job-titles') {
        rule.params.titles.forEach((title, i) => {
          try {
            parsePhrase(title);
          } catch (error) {
            throw new Error(`params.titles[${i}]: ${(error as Error).message}`);
          }
        });
      }
      return;
    case 'metric':
      return;
  }
}
