import type { Scope } from './document';

export const severities = ['error', 'warning', 'suggestion'] as const;
export type Severity = (typeof severities)[number];

/** Replace [from, to) of one text with `insert`. No blockKey: the field named by scope. */
export interface TextEdit {
  scope: Scope;
  blockKey?: string;
  from: number;
  to: number;
  insert: string;
}

export interface Fix {
  label: string;
  edits: TextEdit[];
}

/**
 * One problem. Offsets are into the text of the block (blockKey) or field
 * (scope); a finding about the whole body (its length) has scope 'body', no
 * blockKey and an empty range at 0.
 */
export interface Finding {
  ruleId: string;
  severity: Severity;
  message: string;
  /** A longer explanation from the rules file, when it has one. */
  advice?: string;
  scope: Scope;
  blockKey?: string;
  from: number;
  to: number;
  fixes: Fix[];
}

/** A finding inside one text, before the checker says which text: what block checks return and the cache keeps. */
export interface LocalFinding {
  ruleId: string;
  severity: Severity;
  message: string;
  advice?: string;
  from: number;
  to: number;
  fixes: LocalFix[];
}

export interface LocalFix {
  label: string;
  edits: LocalEdit[];
}

export interface LocalEdit {
  from: number;
  to: number;
  insert: string;
}

/** What every rule has that a finding needs. */
export interface FindingSource {
  id: string;
  severity: Severity;
  advice?: string;
}

/** A finding of `rule` at [from, to) of one text, with the rule's advice. */
export function findingOf(rule: FindingSource, message: string, from: number, to: number, fixes: LocalFix[] = []): LocalFinding {
  const finding: LocalFinding = { ruleId: rule.id, severity: rule.severity, message, from, to, fixes };
  if (rule.advice !== undefined) finding.advice = rule.advice;
  return finding;
}

/** The fix that puts `insert` in place of [from, to). */
export function changeFix(from: number, to: number, insert: string): LocalFix {
  // The label names the words, not the spacing around them (“per cent”, not “ per cent”).
  return { label: `Change to “${insert.trim() === '' ? insert : insert.trim()}”`, edits: [{ from, to, insert }] };
}

/** The finding placed in a block or field, with its fixes' edits placed there too. */
export function placeFinding(local: LocalFinding, scope: Scope, blockKey: string | undefined): Finding {
  const finding: Finding = {
    ruleId: local.ruleId,
    severity: local.severity,
    message: local.message,
    scope,
    from: local.from,
    to: local.to,
    fixes: local.fixes.map((fix) => ({
      label: fix.label,
      edits: fix.edits.map((edit) => (blockKey === undefined ? { scope, ...edit } : { scope, blockKey, ...edit })),
    })),
  };
  if (local.advice !== undefined) finding.advice = local.advice;
  if (blockKey !== undefined) finding.blockKey = blockKey;
  return finding;
}

/**
 * Fills {name} placeholders in a rule's message; unknown names are left as
 * they are. An empty value at the end (an advice-only entry) leaves no
 * dangling colon.
 */
export function fillMessage(message: string, values: Readonly<Record<string, string | number>>): string {
  if (!message.includes('{')) return message;
  const filled = message.replace(/\{([a-z]+)\}/g, (whole, name: string) => {
    const value = values[name];
    return value === undefined ? whole : String(value);
  });
  return filled.replace(/[\s:]+$/, '');
}

/** How a message names a fix: a deletion reads as "delete it" rather than as nothing. */
export function suggestionText(insert: string): string {
  return insert === '' ? 'delete it' : insert;
}
