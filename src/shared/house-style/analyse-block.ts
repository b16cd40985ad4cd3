import { countWords } from '../text/word-count';
import type { TextRange } from '../typography';
import { BlockText } from './block-text';
import { findConsistencyForms, type ConsistencyOccurrence } from './checks/consistency';
import { dictionaryFinding } from './checks/dictionary';
import { checkJobTitles, type JobTitleMatch } from './checks/job-titles';
import { checkLinks } from './checks/links';
import { checkUnitMetrics } from './checks/metrics';
import { checkNumbers } from './checks/numbers';
import { checkPatterns } from './checks/pattern-rules';
import { capitalisedMidSentence, caseCandidates, type CaseCandidate } from './checks/sentence-case';
import { checkTypography } from './checks/typography';
import type { CompiledRules, EntryPayload, WordPayload } from './compile-rules';
import type { BlockKind, LinkRange, Scope } from './document';
import type { LocalFinding } from './finding';

export interface BlockInput {
  scope: Scope;
  kind: BlockKind;
  text: string;
  links?: readonly LinkRange[];
  code?: readonly TextRange[];
}

/** What the checker keeps per block text: its own findings and what story-wide rules read from it. */
export interface BlockAnalysis {
  /** From the rules that need only this text, sorted by position. */
  findings: readonly LocalFinding[];
  /** Words (as src/shared/text/word-count.ts counts them) of a body block; 0 for other scopes. */
  words: number;
  consistency: readonly ConsistencyOccurrence[];
  /** Words capitalised mid-sentence, the evidence of names for sentence case; null when none or not needed. */
  properNouns: Set<string> | null;
  /** Words a headline or subheading may have capitalised wrongly. */
  caseCandidates: readonly CaseCandidate[];
}

/** What most blocks keep of each kind: one shared empty list rather than one per block, for the story's life. */
const NONE: readonly never[] = Object.freeze([]);

/** Body text that shows how the story capitalises its names. */
const EVIDENCE_KINDS: ReadonlySet<BlockKind> = new Set(['paragraph', 'quote', 'listitem', 'tablecell', 'caption']);

/** The text [from, to) spelt exactly as a phrase from a rules file: same words, one space or hyphen between. */
function spelledAs(text: string, from: number, to: number, exact: string): boolean {
  const found = text.slice(from, to);
  if (found === exact) return true;
  return found.replace(/[\s\u00A0]+/g, ' ').replace(/[‐‑]/g, '-').replaceAll("'", '’') === exact;
}

/** Runs every rule that needs only this one text. */
export function analyseBlock(compiled: CompiledRules, input: BlockInput): BlockAnalysis {
  const { scope, kind, text } = input;
  const rules = compiled.byScope[scope];
  const block = new BlockText(text, scope, kind, input.code);
  const findings: LocalFinding[] = [];
  const jobTitles: JobTitleMatch[] = [];

  // One pass over the words finds exceptions (which mask the rest), word-list entries and job titles.
  const entrySuggestions = (payload: EntryPayload, from: number, to: number, key: string) =>
    payload.suggestionsFor(key, (exact) => !payload.rule.matchCase || spelledAs(text, from, to, exact));
  const accept = (payload: WordPayload, from: number, to: number, key: string): boolean => {
    switch (payload.type) {
      case 'exception':
        return spelledAs(text, from, to, payload.exact);
      case 'entry':
        return payload.rule.appliesTo.includes(scope) && entrySuggestions(payload, from, to, key) !== null;
      case 'job-title':
        return rules.jobTitles.includes(payload.rule);
    }
  };
  compiled.words.scan(text, block.tokens, accept, (match) => {
    if (match.payloads.some((p) => p.type === 'exception')) {
      block.masked.push({ from: match.from, to: match.to });
      return;
    }
    for (const payload of match.payloads) {
      if (payload.type === 'entry') {
        const suggestions = entrySuggestions(payload, match.from, match.to, match.key) as string[];
        findings.push(dictionaryFinding(block, payload, suggestions, match.from, match.to));
      }
      else if (payload.type === 'job-title') jobTitles.push({ from: match.from, to: match.to, last: match.last, title: payload });
    }
  });

  checkPatterns(block, rules.patterns, findings);
  checkTypography(block, rules.typography, findings);
  checkNumbers(block, rules.numbers, findings);
  const titlesBeforeNames = checkJobTitles(block, jobTitles, findings);
  if (input.links !== undefined && input.links.length > 0) checkLinks(text, input.links, rules.links, findings);
  const words = scope === 'body' ? countWords(text) : 0;
  checkUnitMetrics(block, rules.unitMetrics, scope === 'body' ? words : undefined, findings);
  findings.sort((a, b) => a.from - b.from || a.to - b.to);

  const evidence = compiled.needsProperNouns && (scope === 'body' || scope === 'caption') && EVIDENCE_KINDS.has(kind);
  const casesHere = rules.sentenceCase.length > 0 && (scope === 'headline' || scope === 'socialHeadline' || kind === 'heading');
  // Kept per block for the story's life: most blocks have no such word, and an empty set is not free.
  const properNouns = evidence ? capitalisedMidSentence(block) : null;
  const consistency = rules.consistency.length > 0 ? findConsistencyForms(block, rules.consistency) : NONE;
  const candidates = casesHere ? caseCandidates(block, titlesBeforeNames) : NONE;
  return {
    findings: findings.length > 0 ? findings : NONE,
    words,
    consistency: consistency.length > 0 ? consistency : NONE,
    properNouns: properNouns !== null && properNouns.size > 0 ? properNouns : null,
    caseCandidates: candidates.length > 0 ? candidates : NONE,
  };
}
