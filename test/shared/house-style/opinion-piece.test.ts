import { describe, expect, it } from 'vitest';
import { applyFix, type CheckDocument, type Finding } from '../../../src/shared/house-style';
import { check } from './check-helpers';
import { opinionPiece } from './fixtures/opinion-piece';

function textOf(document: CheckDocument, finding: Finding): string {
  const whole = finding.blockKey === undefined ? (finding.scope === 'bio' ? (document.bio ?? '') : document[finding.scope as 'headline' | 'standfirst']) : document.body.find((b) => b.key === finding.blockKey)?.text;
  return (whole ?? '').slice(finding.from, finding.to);
}

function paragraph(document: CheckDocument, key: string): string {
  return document.body.find((block) => block.key === key)?.text ?? '';
}

describe('a real-length opinion piece with common slips', () => {
  it('shows each slip, and only the slips, with the right fix', () => {
    const piece = opinionPiece();
    const shown = check(piece).map((f) => [f.ruleId, f.severity, f.blockKey, textOf(piece, f), f.fixes[0]?.label ?? null]);
    expect(shown).toEqual([
      ['british-spelling', 'error', 'p1', 'organization', 'Change to “organisation”'],
      ['british-spelling', 'error', 'p3', 'prioritize', 'Change to “prioritise”'],
      ['attribution-said', 'suggestion', 'p4', 'claimed', 'Change to “said”'],
      ['british-spelling', 'error', 'p5', 'behavior', 'Change to “behaviour”'],
      ['words-to-avoid', 'suggestion', 'p6', 'utilise', 'Change to “use”'],
      ['abbreviation-full-stops', 'error', 'p6', 'N.H.S.', 'Change to “NHS”'],
      ['plural-apostrophe', 'suggestion', 'p7', "ICB's", 'Change to “ICBs”'],
      ['typography', 'error', 'p7', "'", 'Change to “’”'],
      ['numbers', 'warning', 'p8', '5', 'Change to “five”'],
      ['typography', 'error', 'p8', '"', 'Change to “‘”'],
      ['typography', 'error', 'p8', '"', 'Change to “’”'],
      ['typography', 'error', 'p8', ' - ', 'Change to “—”'],
      ['per-cent', 'error', 'p9', '%', 'Change to “per cent”'],
      ['words-to-avoid', 'suggestion', 'p11', 'Going forward', 'Delete “Going forward”'],
      ['typography', 'error', 'p11', '...', 'Change to “…”'],
      ['date-month-day', 'error', 'p12', 'November 26th, 2026', 'Change to “26 November 2026”'],
      ['job-titles', 'warning', 'p12', 'Chief Executive', 'Change to “chief executive”'],
      ['typography', 'error', 'p16', ' ', 'Remove the space'],
      ['pull-quote-verbatim', 'error', 'pq', 'Structures matter less than the people inside them.', null],
    ]);
  });

  it('reads every message as a sentence a person can act on', () => {
    const messages = check(opinionPiece()).map((f) => f.message);
    expect(messages).toContain('British spelling: organisation, not organization');
    expect(messages).toContain('Avoid “Going forward”: delete it');
    for (const message of messages) expect(message).not.toMatch(/[:{]\s*$|\{[a-z]+\}/);
  });

  it('comes out clean once every fix is taken and the pull-quote is made verbatim', () => {
    let piece = opinionPiece();
    for (let round = 0; round < 40; round += 1) {
      const fixable = check(piece).find((f) => f.fixes.length > 0);
      if (fixable === undefined) break;
      piece = applyFix(piece, fixable.fixes[0]!);
    }
    expect(check(piece).map((f) => f.ruleId)).toEqual(['pull-quote-verbatim']);
    expect(paragraph(piece, 'p8')).toContain('I spoke to five chief executives before writing this.');
    expect(paragraph(piece, 'p8')).toContain('One told me, ‘We have been here before, and we know how it ends.’ She is right to be wary—but wariness');
    expect(paragraph(piece, 'p11')).toMatch(/^The test of the plan is simple\./);
    expect(paragraph(piece, 'p11')).toMatch(/kept managers busy…$/);
    expect(paragraph(piece, 'p12')).toContain('The consultation closes on 26 November 2026.');
    expect(paragraph(piece, 'p12')).toContain('The chief executive of every trust');
    expect(paragraph(piece, 'p7')).toContain('the ICBs will keep their say');
    expect(paragraph(piece, 'p9')).toContain('Around 35 per cent of beds');

    const verbatim = { ...piece, body: piece.body.map((b) => (b.key === 'pq' ? { ...b, text: 'In that time I learned that structures matter less than people.' } : b)) };
    expect(check(verbatim)).toEqual([]);
  });
});
