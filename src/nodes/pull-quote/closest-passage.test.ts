import { describe, expect, it } from 'vitest';
import { closestPassage, wordChanges } from './closest-passage';

const PARAGRAPHS = [
  'Ministers said the plan would work, and that the money was already there.',
  'But the nurses, who had waited three years for a rise, said it would not. ‘We have heard this before,’ one said.',
  'The talks resume on Monday.',
];

describe('closestPassage', () => {
  it('finds the paragraph and the passage a changed quote came from', () => {
    const closest = closestPassage('The nurses, who had waited four years for a rise', PARAGRAPHS);
    expect(closest?.paragraph).toBe(1);
    expect(closest?.passage).toBe('the nurses, who had waited three years for a rise,');
    expect(closest?.similarity).toBeCloseTo(9 / 10);
  });

  it('takes the body word for a changed last word, not a shorter passage', () => {
    expect(closestPassage('the plan would fail', PARAGRAPHS)?.passage).toBe('the plan would work,');
  });

  it('takes the body word for a changed first word', () => {
    expect(closestPassage('Labour said the plan would work', PARAGRAPHS)?.passage).toBe('Ministers said the plan would work,');
  });

  it('ignores quote marks, dashes and case in choosing', () => {
    expect(closestPassage('"We have heard it before"', PARAGRAPHS)).toMatchObject({ paragraph: 1, passage: '‘We have heard this before,’' });
  });

  it('is null when no paragraph shares a word with the quote', () => {
    expect(closestPassage('Completely unrelated wording', PARAGRAPHS)).toBeNull();
    expect(closestPassage('…', PARAGRAPHS)).toBeNull();
    expect(closestPassage('nurses', [])).toBeNull();
  });
});

describe('wordChanges', () => {
  it('shows the quote against the passage word by word', () => {
    expect(wordChanges('who had waited four years', 'who had waited three years')).toEqual([
      { kind: 'same', text: 'who had waited' },
      { kind: 'quote', text: 'four' },
      { kind: 'body', text: 'three' },
      { kind: 'same', text: 'years' },
    ]);
  });

  it('does not count quote marks, dashes or case as changes', () => {
    expect(wordChanges('"It\'s the plan"', '‘it’s the plan’')).toEqual([{ kind: 'same', text: '‘it’s the plan’' }]);
  });
});
