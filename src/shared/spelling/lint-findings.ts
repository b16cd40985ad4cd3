import { changeFix, type LocalFinding, type LocalFix } from '../house-style/finding';
import { categoryOf, type SpellingCategory } from './engine-rules';
import type { EngineLint } from './engine';

/** Fixes offered per finding, as house style offers them. */
const MAX_FIXES = 3;

/** "ItsContraction" → "its-contraction", "AnA" → "an-a". */
function kebab(name: string): string {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .replace(/([A-Z])([A-Z][a-z])/g, '$1-$2')
    .toLowerCase();
}

/** The ruleId of a lint's findings: spelling.spell-check, grammar.repeated-words, grammar.an-a, … */
export function spellingRuleId(category: SpellingCategory, lint: Pick<EngineLint, 'rule'>): string {
  return `${category}.${kebab(lint.rule)}`;
}

/** The category of a spelling or grammar finding from its ruleId; null for any other finding. */
export function spellingCategoryOf(ruleId: string): SpellingCategory | null {
  if (ruleId.startsWith('spelling.')) return 'spelling';
  if (ruleId.startsWith('grammar.')) return 'grammar';
  return null;
}

/** The house's apostrophe in place of the engine's straight one: it’s, they’re. */
function curlyApostrophes(text: string): string {
  return text.replace(/(?<=\p{L})'(?=\p{L})/gu, '’');
}

/** The engine's `code` quoting in the house's curly quotes, and its apostrophes curly too. */
function houseWording(message: string): string {
  return curlyApostrophes(message.replace(/`([^`]*)`/g, '“$1”'));
}

const ACRONYM = /^\p{Lu}{2,}s?$/u;

/**
 * The end of what a wrong article is about: the word after it, and when that
 * word is an acronym (NHS) the word after that too ("a NHS trust"), since the
 * acronym alone reads as a noun it is not.
 */
function articlePhraseEnd(text: string, articleEnd: number): number {
  const next = /^\s+([\p{L}\p{N}][\p{L}\p{N}'’-]*)/u.exec(text.slice(articleEnd));
  if (next === null) return articleEnd;
  const end = articleEnd + next[0].length;
  if (!ACRONYM.test(next[1] as string)) return end;
  const after = /^\s+[\p{L}\p{N}][\p{L}\p{N}'’-]*/u.exec(text.slice(end));
  return after === null ? end : end + after[0].length;
}

/** A replacement with the first letter's case of what it replaces: "The the" → "The", not "the". */
function matchingCase(insert: string, flagged: string): string {
  const first = flagged.charAt(0);
  return first !== first.toLowerCase() ? insert.charAt(0).toUpperCase() + insert.slice(1) : insert;
}

function fixesOf(lint: EngineLint, flagged: string): LocalFix[] {
  const seen = new Set<string>();
  const fixes: LocalFix[] = [];
  for (const suggestion of lint.suggestions) {
    // The engine sometimes offers one word twice, with and without a trailing space.
    const spelt = curlyApostrophes(suggestion.trimEnd());
    const insert = lint.rule === 'RepeatedWords' ? matchingCase(spelt, flagged) : spelt;
    if (seen.has(insert)) continue;
    seen.add(insert);
    fixes.push(
      insert === '' ? { label: 'Delete it', edits: [{ from: lint.from, to: lint.to, insert: '' }] } : changeFix(lint.from, lint.to, insert),
    );
    if (fixes.length === MAX_FIXES) break;
  }
  return fixes;
}

function messageOf(lint: EngineLint, flagged: string): string {
  if (lint.rule === 'SpellCheck') return `“${flagged}” may be misspelt.`;
  if (lint.rule === 'RepeatedWords') return `“${flagged}”: the word is repeated.`;
  // Harper's own message quotes in straight single quotes and lectures: “the its” needs only one of its words.
  if (lint.rule === 'TheMy') return `“${flagged}”: use “the” or the possessive, not both.`;
  if (lint.rule === 'AnA') {
    const article = lint.suggestions[0];
    return article === undefined ? 'Wrong article.' : `Use “${article.trim().toLowerCase()}” here: “${flagged}”.`;
  }
  return houseWording(lint.message).trim();
}

/**
 * The finding for an engine's lint in `text`, or null for a lint we do not
 * show. Its range is exactly what it flags — for a wrong article, the article
 * with its noun ("an manager", "a NHS trust") — while its fixes change only
 * what the engine would change.
 */
export function findingOfLint(text: string, lint: EngineLint): LocalFinding | null {
  const category = categoryOf(lint);
  if (category === null) return null;
  const to = lint.rule === 'AnA' ? articlePhraseEnd(text, lint.to) : lint.to;
  const flagged = text.slice(lint.from, to);
  return {
    ruleId: spellingRuleId(category, lint),
    severity: 'warning',
    message: messageOf(lint, flagged),
    from: lint.from,
    to,
    fixes: fixesOf(lint, text.slice(lint.from, lint.to)),
  };
}
