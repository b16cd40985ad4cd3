import { describe, expect, it } from 'vitest';
import { blocksFromBody } from '../../../src/shared/house-style/blocks-from-body';
import { baseDocument, check } from './check-helpers';

const verbatimFindings = (editedQuote: boolean | undefined, text: string) =>
  check({ ...baseDocument(), body: [...baseDocument().body, { key: 'q', kind: 'pullquote', text, editedQuote }] }).filter(
    (finding) => finding.ruleId === 'pull-quote-verbatim',
  );

describe('pull-quote-verbatim and edited quotes', () => {
  it('flags a quote the body does not say', () => {
    expect(verbatimFindings(undefined, 'the plan will never work')).toHaveLength(1);
  });

  it('passes a trimmed quote with a capital at the start and an ellipsis for the cut', () => {
    expect(verbatimFindings(undefined, 'The plan … would not work.')).toEqual([]);
  });

  it('skips a quote the desk keeps as edited, and its other rules still apply', () => {
    expect(verbatimFindings(true, 'the plan will never work')).toEqual([]);
    const all = check({ ...baseDocument(), body: [...baseDocument().body, { key: 'q', kind: 'pullquote', text: 'Trusts organize', editedQuote: true }] });
    expect(all.map((finding) => finding.ruleId)).toContain('british-spelling');
  });

  it('reads the mark from the stored JSON, for the command line', () => {
    const body = {
      root: {
        type: 'root',
        children: [
          { type: 'pullquote', version: 2, text: 'Edited.', attribution: '', edited: true },
          { type: 'pullquote', version: 1, text: 'Old.', attribution: '' },
        ],
      },
    };
    expect(blocksFromBody(body as never).map((block) => block.editedQuote)).toEqual([true, undefined]);
  });
});
