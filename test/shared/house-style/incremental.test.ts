import { describe, expect, it } from 'vitest';
import { createChecker, defaultRules, type CheckBlock, type CheckDocument, type Finding } from '../../../src/shared/house-style';
import { baseDocument, settings } from './check-helpers';

const PARAGRAPHS = [
  'The reorganisation of the trusts will organize 3 boards.',
  '‘We cannot go on like this,’ says Jane Smith, chief executive of the Example Trust.',
  'It cost £180bn, or 35% of the budget, on November 26th, 2026.',
  'The Chief Executive said the re-organisation was late...',
  'Health secretary Jane Smith met twelve managers.',
];

function story(): CheckDocument {
  const body: CheckBlock[] = [];
  for (let i = 0; i < 40; i += 1) body.push({ key: `p${i}`, kind: 'paragraph', text: PARAGRAPHS[i % PARAGRAPHS.length] as string });
  body.splice(10, 0, { key: 'pq', kind: 'pullquote', text: 'We cannot go on like this' });
  return { ...baseDocument(), section: 'Opinion', body };
}

function withBlock(document: CheckDocument, key: string, text: string): CheckDocument {
  return { ...document, body: document.body.map((b) => (b.key === key ? { ...b, text } : b)) };
}

function fresh(document: CheckDocument): Finding[] {
  return createChecker(defaultRules(), settings).check(document).findings;
}

describe('re-checking after a change gives what checking from cold gives', () => {
  const edits: Array<[string, (d: CheckDocument) => CheckDocument]> = [
    ['a keystroke in a block', (d) => withBlock(d, 'p7', `${d.body[7]?.text}x`)],
    ['a block that now uses the other form first', (d) => withBlock(d, 'p0', 'The re-organisation of the trusts.')],
    ['a new block', (d) => ({ ...d, body: [...d.body.slice(0, 3), { key: 'new', kind: 'paragraph', text: 'We saw 4 colors.' }, ...d.body.slice(3)] })],
    ['a deleted block', (d) => ({ ...d, body: d.body.filter((b) => b.key !== 'p1') })],
    ['a block turned into a heading', (d) => ({ ...d, body: d.body.map((b) => (b.key === 'p2' ? { ...b, kind: 'heading' as const } : b)) })],
    ['a link added to a block', (d) => ({ ...d, body: d.body.map((b) => (b.key === 'p3' ? { ...b, links: [{ from: 0, to: 3, url: 'javascript:x' }] } : b)) })],
    ['a new headline', (d) => ({ ...d, headline: 'Trusts Face New Cuts.' })],
    ['a new section', (d) => ({ ...d, section: 'News' })],
    ['the pull-quote edited', (d) => withBlock(d, 'pq', 'We cannot go on like that')],
  ];

  it.each(edits)('%s', (_case, edit) => {
    const checker = createChecker(defaultRules(), settings);
    const before = story();
    checker.check(before);
    const after = edit(before);
    expect(checker.check(after).findings).toEqual(fresh(after));
  });

  it('over a run of keystrokes in several blocks', () => {
    const checker = createChecker(defaultRules(), settings);
    let document = story();
    checker.check(document);
    for (const [key, typed] of [['p3', ' and the reorganisation'], ['p0', ' 5 of them'], ['p3', '.'], ['pq', 'x']] as const) {
      for (const ch of typed) {
        const block = document.body.find((b) => b.key === key) as CheckBlock;
        document = withBlock(document, key, block.text + ch);
        expect(checker.check(document).findings).toEqual(fresh(document));
      }
    }
  });
});

describe('only the changed block is analysed again', () => {
  it('keeps the other blocks’ findings as they were', () => {
    const checker = createChecker(defaultRules(), settings);
    const before = checker.check(story()).findings;
    const after = checker.check(withBlock(story(), 'p7', 'The Chief Executive said the organization was late.')).findings;
    // Story-wide findings are worked out afresh, from cached per-block data, on every check.
    const storyWide = new Set(['re-words', 'money-consistency', 'end-mark-and-bio', 'pull-quote-verbatim', 'pull-quote-count', 'sentence-case']);
    const of = (findings: Finding[], key: string) => findings.filter((f) => f.blockKey === key && !storyWide.has(f.ruleId));
    for (const key of ['p0', 'p8', 'p9', 'p39']) {
      const kept = of(after, key);
      expect(kept.length).toBeGreaterThan(0);
      kept.forEach((finding, i) => expect(finding).toBe(of(before, key)[i]));
    }
    expect(of(after, 'p7').map((f) => f.ruleId)).toEqual(['job-titles', 'british-spelling']);
  });
});

describe('story-wide rules follow the change', () => {
  it('consistency: the first form used wins, wherever it is', () => {
    const checker = createChecker(defaultRules(), settings);
    const flaggedKeys = (d: CheckDocument) => checker.check(d).findings.filter((f) => f.ruleId === 're-words').map((f) => f.blockKey);
    const document = story();
    expect(flaggedKeys(document)).toEqual(['p3', 'p8', 'p13', 'p18', 'p23', 'p28', 'p33', 'p38']);
    const flipped = withBlock(document, 'p0', 'The re-organisation of the trusts.');
    expect(flaggedKeys(flipped)).toEqual(['p5', 'p10', 'p15', 'p20', 'p25', 'p30', 'p35']);
  });

  it('pull-quotes: flagged when the body stops quoting them, and again fine when it does', () => {
    const checker = createChecker(defaultRules(), settings);
    const verbatim = (d: CheckDocument) => checker.check(d).findings.filter((f) => f.ruleId === 'pull-quote-verbatim').map((f) => f.blockKey);
    let document = story();
    expect(verbatim(document)).toEqual([]);
    for (const key of ['p1', 'p6', 'p11', 'p16', 'p21', 'p26', 'p31', 'p36']) {
      document = withBlock(document, key, '‘We can’t go on like this,’ says Jane Smith.');
    }
    expect(verbatim(document)).toEqual(['pq']);
    document = withBlock(document, 'p21', '‘We cannot go on like this,’ says Jane Smith.');
    expect(verbatim(document)).toEqual([]);
  });

  it('pull-quotes may span paragraphs', () => {
    const checker = createChecker(defaultRules(), settings);
    const document: CheckDocument = {
      ...baseDocument(),
      body: [
        { key: 'a', kind: 'paragraph', text: 'It ended badly.' },
        { key: 'b', kind: 'paragraph', text: 'Nobody asked the staff.' },
        { key: 'q', kind: 'pullquote', text: 'It ended badly. Nobody asked' },
      ],
    };
    expect(checker.check(document).findings.filter((f) => f.ruleId === 'pull-quote-verbatim')).toEqual([]);
    const changed = withBlock(document, 'b', 'Somebody asked the staff.');
    expect(checker.check(changed).findings.filter((f) => f.ruleId === 'pull-quote-verbatim').map((f) => f.blockKey)).toEqual(['q']);
  });

  it('word counts and the body length', () => {
    const checker = createChecker(defaultRules(), settings);
    const document: CheckDocument = { ...baseDocument(), body: [{ key: 'a', kind: 'paragraph', text: Array(299).fill('word').join(' ') }] };
    const first = checker.check(document);
    expect(first.stats).toEqual({ bodyWords: 299, readingMinutes: 2, target: { min: 300, max: 600 }, pullQuotes: 0 });
    expect(first.findings.map((f) => f.ruleId)).toContain('body-length');
    const second = checker.check(withBlock(document, 'a', `${document.body[0]?.text} word`));
    expect(second.stats.bodyWords).toBe(300);
    expect(second.findings.map((f) => f.ruleId)).not.toContain('body-length');
  });
});
