import { describe, expect, it } from 'vitest';
import { compareStoryText, type BlockChange, type StoryText, type TextPart } from '../../../src/shared/story/compare-revisions';
import type { StoryBody } from '../../../src/shared/story/story-schema';

function text(content: string) {
  return { type: 'text', version: 1, detail: 0, format: 0, mode: 'normal', style: '', text: content };
}

function block(type: string, content: string, extra: Record<string, unknown> = {}) {
  return { type, version: 1, direction: 'ltr', format: '', indent: 0, children: [text(content)], ...extra };
}

function body(...children: unknown[]): StoryBody {
  return { root: { type: 'root', version: 1, direction: 'ltr', format: '', indent: 0, children } } as StoryBody;
}

function paragraphs(...texts: string[]): StoryBody {
  return body(...texts.map((t) => block('paragraph', t)));
}

function story(bodyValue: StoryBody | null, headline = 'Ward staffing survey', standfirst = 'Nurses answered.'): StoryText {
  return { headline, standfirst, body: bodyValue };
}

/** A part list as a string a reader can check: [-removed-] and {+added+}. */
function marked(parts: readonly TextPart[] | null): string | null {
  if (parts === null) return null;
  return parts.map((p) => (p.change === 'same' ? p.text : p.change === 'added' ? `{+${p.text}+}` : `[-${p.text}-]`)).join('');
}

function outline(blocks: readonly BlockChange[]): string[] {
  return blocks.map((b) => (b.change === 'unchanged' ? `${b.count} unchanged` : `${b.change} ${b.kind}: ${marked(b.parts)}`));
}

const VOCABULARY = (
  'ward nurse trust board pay winter survey staff shift patient manager budget rota agency bed theatre clinic ' +
  'minister review target waiting list doctor union strike pension training vacancy overtime rest sickness ' +
  'community hospital discharge social care funding deficit audit inspector report quality safety morale'
).split(' ');

/** A 20-word paragraph of newsroom words, different for each seed, like real prose rather than a template. */
function proseParagraph(seed: number): string {
  let state = seed * 7919 + 17;
  const words = Array.from({ length: 19 }, () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return VOCABULARY[(state >>> 16) % VOCABULARY.length];
  });
  return `Paragraph ${words.join(' ')}.`;
}

describe('comparing two versions of a story', () => {
  it('finds nothing to show between identical versions', () => {
    const same = story(paragraphs('One in three wards was short of staff.', 'Two paragraphs.'));
    expect(compareStoryText(same, same)).toEqual({
      headline: null,
      standfirst: null,
      blocks: [{ change: 'unchanged', count: 2 }],
      wordsAdded: 0,
      wordsRemoved: 0,
    });
  });

  it('marks a changed word inside a paragraph, and folds the paragraphs around it', () => {
    const older = story(paragraphs('First.', 'One in three wards was short of staff last winter.', 'Third.', 'Fourth.'));
    const newer = story(paragraphs('First.', 'One in three wards was short of nurses last winter.', 'Third.', 'Fourth.'));
    const result = compareStoryText(older, newer);
    expect(outline(result.blocks)).toEqual([
      '1 unchanged',
      'edited paragraph: One in three wards was short of [-staff-]{+nurses+} last winter.',
      '2 unchanged',
    ]);
    expect([result.wordsAdded, result.wordsRemoved]).toEqual([1, 1]);
  });

  it('shows added and removed paragraphs and headings whole, and keeps the kinds of blocks', () => {
    const older = story(body(block('paragraph', 'Kept.'), block('paragraph', 'A paragraph that was cut entirely.')));
    const newer = story(
      body(block('paragraph', 'Kept.'), block('heading', 'What happens next', { tag: 'h2' }), block('quote', 'A new quotation from the minister.')),
    );
    expect(outline(compareStoryText(older, newer).blocks)).toEqual([
      '1 unchanged',
      'removed paragraph: [-A paragraph that was cut entirely.-]',
      'added heading: {+What happens next+}',
      'added quote: {+A new quotation from the minister.+}',
    ]);
  });

  it('treats a rewritten paragraph as replaced rather than as a confetti of tiny edits', () => {
    const older = story(paragraphs('The trust said it would review the figures next month.'));
    const newer = story(paragraphs('Ministers rejected every one of those proposals outright on Tuesday.'));
    expect(outline(compareStoryText(older, newer).blocks)).toEqual([
      'removed paragraph: [-The trust said it would review the figures next month.-]',
      'added paragraph: {+Ministers rejected every one of those proposals outright on Tuesday.+}',
    ]);
  });

  it('compares the headline and standfirst word by word, and copes with a missing body', () => {
    const result = compareStoryText(story(null, 'Wards short of staff', ''), story(paragraphs('New text.'), 'Wards short of nurses', 'Nurses answered.'));
    expect(marked(result.headline)).toBe('Wards short of [-staff-]{+nurses+}');
    expect(marked(result.standfirst)).toBe('{+Nurses answered.+}');
    expect(outline(result.blocks)).toEqual(['added paragraph: {+New text.+}']);
  });

  it('includes pull-quotes and captions, which a restore brings back too', () => {
    const older = story(body(block('paragraph', 'Text.'), { type: 'pullquote', version: 1, text: 'A line worth quoting.', attribution: '' }));
    const newer = story(body(block('paragraph', 'Text.'), { type: 'pullquote', version: 1, text: 'A line worth quoting again.', attribution: '' }));
    expect(outline(compareStoryText(older, newer).blocks)).toEqual(['1 unchanged', 'edited pullquote: A line worth quoting {+again+}.']);
  });

  it('stays quick on a 10,000-word story with edits throughout', () => {
    const paragraphsOld = Array.from({ length: 500 }, (_, i) => proseParagraph(i));
    const paragraphsNew = paragraphsOld.map((p, i) => (i % 10 === 0 ? `${p} Added${i}.` : p));
    paragraphsNew.splice(250, 20);
    const started = performance.now();
    const result = compareStoryText(story(paragraphs(...paragraphsOld)), story(paragraphs(...paragraphsNew)));
    const elapsed = performance.now() - started;
    expect(result.blocks.filter((b) => b.change === 'edited')).toHaveLength(48);
    expect(result.blocks.filter((b) => b.change === 'removed')).toHaveLength(20);
    expect(result.blocks.filter((b) => b.change === 'added')).toHaveLength(0);
    expect([result.wordsAdded, result.wordsRemoved]).toEqual([48, 400]);
    // Generous for a loaded CI machine; it takes a few tens of milliseconds on an idle one.
    expect(elapsed).toBeLessThan(1_500);

    // The worst case: every paragraph rewritten.
    const rewritten = paragraphsOld.map((_, i) => proseParagraph(i + 1_000));
    const rewriteStarted = performance.now();
    const rewrite = compareStoryText(story(paragraphs(...paragraphsOld)), story(paragraphs(...rewritten)));
    expect(performance.now() - rewriteStarted).toBeLessThan(1_500);
    expect(rewrite.blocks.some((b) => b.change === 'unchanged')).toBe(false);
    // The made-up paragraphs draw on one small vocabulary, so a few still read as edits of each other.
    expect(rewrite.wordsRemoved).toBeGreaterThan(9_000);
  });
});
