import { createVerbatimIndex, type VerbatimIndex } from '../../nodes/pull-quote/verbatim';
import { readingMinutes } from '../text/word-count';
import type { TextRange } from '../typography';
import { analyseBlock, type BlockAnalysis } from './analyse-block';
import { builtinMessage } from './builtin-messages';
import { ConsistencyReader } from './checks/consistency';
import { endMarkAndBioFindings } from './checks/end-mark-and-bio';
import { PullQuoteLocator, type BodyPart } from './checks/pull-quotes';
import { sentenceCaseFindings } from './checks/sentence-case';
import { compileRules, type CheckerSettings, type CompiledRules } from './compile-rules';
import { scopeOfBlock, type BlockKind, type CheckDocument, type LinkRange, type Scope } from './document';
import { fillMessage, findingOf, placeFinding, type Finding, type LocalFinding } from './finding';
import type { HouseStyleRules } from './rules-schema';

export interface CheckStats {
  /** Body words: not pull-quotes, captions or the bio. */
  bodyWords: number;
  readingMinutes: number;
  /** The section's target length from the settings, for the meter; null for an unknown section. */
  target: { min: number; max: number } | null;
  pullQuotes: number;
}

export interface CheckResult {
  /** In reading order: headline, standfirst, the body as a whole, each block, the bio, then the social headline and description. */
  findings: Finding[];
  stats: CheckStats;
}

export interface HouseStyleChecker {
  check(document: CheckDocument): CheckResult;
}

/** A checked text and everything worked out from it, kept while the text stays the same. */
class Entry implements BodyPart {
  private index: VerbatimIndex | null = null;
  private placed: readonly Finding[] | null = null;

  constructor(
    readonly scope: Scope,
    readonly kind: BlockKind,
    readonly text: string,
    readonly links: readonly LinkRange[] | undefined,
    readonly code: readonly TextRange[] | undefined,
    readonly analysis: BlockAnalysis,
  ) {}

  verbatimIndex(): VerbatimIndex {
    this.index ??= createVerbatimIndex(this.text);
    return this.index;
  }

  /** The block's own findings, placed in it (an entry belongs to one block, so this is kept too). */
  findings(blockKey: string | undefined): readonly Finding[] {
    // A block without findings shares its analysis's empty list.
    this.placed ??= this.analysis.findings.length === 0 ? (this.analysis.findings as readonly never[]) : this.analysis.findings.map((f) => placeFinding(f, this.scope, blockKey));
    return this.placed;
  }

  matches(scope: Scope, kind: BlockKind, text: string, links: readonly LinkRange[] | undefined, code: readonly TextRange[] | undefined): boolean {
    return this.text === text && this.scope === scope && this.kind === kind && sameRanges(this.links, links) && sameRanges(this.code, code);
  }
}

function sameRanges(a: readonly (TextRange & { url?: string })[] | undefined, b: readonly (TextRange & { url?: string })[] | undefined): boolean {
  if (a === b) return true;
  const left = a ?? [];
  const right = b ?? [];
  return left.length === right.length && left.every((r, i) => r.from === right[i]?.from && r.to === right[i]?.to && r.url === right[i]?.url);
}

interface Unit {
  blockKey: string | undefined;
  entry: Entry;
}

/** The checked texts in reading order. */
interface Units {
  headline: Unit;
  standfirst: Unit;
  blocks: Unit[];
  bio: Unit;
  socialHeadline: Unit;
  socialDescription: Unit;
}

/**
 * The house-style checker for one rule set and settings. check() is
 * incremental: each block's own analysis is cached by its text (and scope,
 * kind, links, code), so after a keystroke only the changed block is
 * analysed again; story-wide rules (consistency, lengths, pull-quotes,
 * sentence case, end mark and bio) are recomputed from the cached per-block
 * results without rescanning the other blocks.
 */
export function createChecker(rules: HouseStyleRules, settings: CheckerSettings): HouseStyleChecker {
  const compiled = compileRules(rules, settings);
  let cache = new Map<string, Entry>();
  const pullQuotes = new PullQuoteLocator();

  const entryFor = (id: string, scope: Scope, kind: BlockKind, text: string, links?: readonly LinkRange[], code?: readonly TextRange[]): Entry => {
    const cached = cache.get(id);
    if (cached !== undefined && cached.matches(scope, kind, text, links, code)) return cached;
    return new Entry(scope, kind, text, links, code, analyseBlock(compiled, { scope, kind, text, links, code }));
  };

  return {
    check(document: CheckDocument): CheckResult {
      const next = new Map<string, Entry>();
      const visit = (id: string, blockKey: string | undefined, scope: Scope, kind: BlockKind, text: string, links?: readonly LinkRange[], code?: readonly TextRange[]): Unit => {
        const own = next.get(id);
        const entry = own !== undefined && own.matches(scope, kind, text, links, code) ? own : entryFor(id, scope, kind, text, links, code);
        next.set(id, entry);
        return { blockKey, entry };
      };
      const units: Units = {
        headline: visit('field:headline', undefined, 'headline', 'paragraph', document.headline),
        standfirst: visit('field:standfirst', undefined, 'standfirst', 'paragraph', document.standfirst),
        blocks: document.body.map((block) =>
          visit(`block:${block.key}`, block.key, scopeOfBlock(block.kind), block.kind, block.text, block.links, block.code),
        ),
        bio: visit('field:bio', undefined, 'bio', 'paragraph', document.bio ?? ''),
        socialHeadline: visit('field:socialHeadline', undefined, 'socialHeadline', 'paragraph', document.socialHeadline ?? ''),
        socialDescription: visit('field:socialDescription', undefined, 'socialDescription', 'paragraph', document.socialDescription ?? ''),
      };
      // Entries for texts no longer in the story are dropped here.
      cache = next;
      return storyWide(compiled, document, units, pullQuotes);
    },
  };
}

/** Findings of story-wide rules, gathered per text (and for the body as a whole). */
class StoryFindings {
  private readonly byUnit = new Map<Unit, Finding[]>();
  readonly wholeBody: Finding[] = [];

  add(unit: Unit, local: LocalFinding): void {
    this.addPlaced(unit, placeFinding(local, unit.entry.scope, unit.blockKey));
  }

  addPlaced(unit: Unit, finding: Finding): void {
    const list = this.byUnit.get(unit);
    if (list === undefined) this.byUnit.set(unit, [finding]);
    else list.push(finding);
  }

  /** A text's own cached findings with the story-wide ones for it, in order. */
  of(unit: Unit): readonly Finding[] {
    const own = unit.entry.findings(unit.blockKey);
    const more = this.byUnit.get(unit);
    return more === undefined ? own : [...own, ...more].sort((a, b) => a.from - b.from || a.to - b.to);
  }
}

function storyWide(compiled: CompiledRules, document: CheckDocument, units: Units, pullQuotes: PullQuoteLocator): CheckResult {
  const inOrder = [units.headline, units.standfirst, ...units.blocks, units.bio, units.socialHeadline, units.socialDescription];
  const story = new StoryFindings();

  let bodyWords = 0;
  const body: Unit[] = [];
  const quotes: Unit[] = [];
  for (const unit of units.blocks) {
    if (unit.entry.scope === 'body') {
      bodyWords += unit.entry.analysis.words;
      if (unit.entry.kind !== 'endmark') body.push(unit);
    } else if (unit.entry.scope === 'pullquote') {
      quotes.push(unit);
    }
  }

  const consistency = new ConsistencyReader(compiled.consistencyForms);
  for (const unit of inOrder) {
    if (unit.entry.analysis.consistency.length === 0) continue;
    for (const finding of consistency.read(unit.entry.analysis.consistency)) story.add(unit, finding);
  }

  checkSentenceCase(compiled, document, inOrder, story);
  const editedQuotes = new Set(document.body.filter((block) => block.editedQuote === true).map((block) => block.key));
  checkPullQuotes(compiled, quotes.filter((unit) => !editedQuotes.has(unit.blockKey ?? '')), body, pullQuotes, story);
  const target = compiled.settings.sections.find((s) => s.name === document.section)?.targetWords ?? null;
  checkStoryMetrics(compiled, document, { bodyWords, target, quotes }, story);

  for (const rule of compiled.endMarkAndBio) {
    for (const finding of endMarkAndBioFindings(rule, document, compiled.settings)) {
      const unit = finding.scope === 'bio' ? units.bio : units.blocks.find((u) => u.blockKey === finding.blockKey);
      if (unit === undefined) story.wholeBody.push(finding);
      else story.addPlaced(unit, finding);
    }
  }

  const findings = [...story.of(units.headline), ...story.of(units.standfirst), ...story.wholeBody];
  for (const unit of units.blocks) findings.push(...story.of(unit));
  findings.push(...story.of(units.bio), ...story.of(units.socialHeadline), ...story.of(units.socialDescription));
  return {
    findings,
    stats: { bodyWords, readingMinutes: readingMinutes(bodyWords), target: target === null ? null : { ...target }, pullQuotes: quotes.length },
  };
}

function checkStoryMetrics(
  compiled: CompiledRules,
  document: CheckDocument,
  body: { bodyWords: number; target: { min: number; max: number } | null; quotes: readonly Unit[] },
  story: StoryFindings,
): void {
  const { bodyWords, target, quotes } = body;
  for (const rule of compiled.storyMetrics) {
    if (rule.measure === 'body-words' && rule.appliesTo.includes('body')) {
      const min = rule.target === 'section' ? target?.min : rule.min;
      const max = rule.target === 'section' ? target?.max : rule.max;
      if ((min !== undefined && bodyWords < min) || (max !== undefined && bodyWords > max)) {
        const message = fillMessage(rule.message, { count: bodyWords, min: min ?? '', max: max ?? '', section: document.section });
        story.wholeBody.push(placeFinding(findingOf(rule, message, 0, 0), 'body', undefined));
      }
    } else if (rule.measure === 'pull-quotes' && rule.appliesTo.includes('pullquote') && rule.max !== undefined && rule.per !== undefined) {
      const allowed = rule.max * Math.max(1, Math.floor(bodyWords / rule.per));
      const message = fillMessage(rule.message, { count: quotes.length, max: rule.max, per: rule.per, words: bodyWords });
      for (const unit of quotes.slice(allowed)) story.add(unit, findingOf(rule, message, 0, unit.entry.text.length));
    }
  }
}

function checkSentenceCase(compiled: CompiledRules, document: CheckDocument, units: readonly Unit[], story: StoryFindings): void {
  let bylineNames: Set<string> | undefined;
  const isName = (word: string): boolean => {
    bylineNames ??= new Set((document.bylines ?? []).flatMap((b) => b.name.split(/\s+/)));
    return bylineNames.has(word) || units.some((u) => u.entry.analysis.properNouns?.has(word) === true);
  };
  for (const unit of units) {
    const candidates = unit.entry.analysis.caseCandidates;
    if (candidates.length === 0) continue;
    for (const rule of compiled.byScope[unit.entry.scope].sentenceCase) {
      for (const finding of sentenceCaseFindings(rule, candidates, isName)) story.add(unit, finding);
    }
  }
}

function checkPullQuotes(compiled: CompiledRules, quotes: readonly Unit[], body: readonly Unit[], locator: PullQuoteLocator, story: StoryFindings): void {
  const rules = compiled.pullQuoteVerbatim.filter((rule) => rule.appliesTo.includes('pullquote'));
  if (rules.length === 0 || quotes.length === 0) return;
  const found = locator.locate(
    quotes.map((unit) => ({ id: unit.blockKey ?? '', text: unit.entry.text })),
    body.map((unit) => unit.entry),
  );
  for (const unit of quotes) {
    if (found.get(unit.blockKey ?? '') === true) continue;
    for (const rule of rules) {
      story.add(unit, findingOf(rule, builtinMessage(rule, 'notFound', { found: unit.entry.text }), 0, unit.entry.text.length));
    }
  }
}
