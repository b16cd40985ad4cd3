import { describe, expect, it } from 'vitest';
import { compareBodyItems } from '../../shared/story/compare-body-items';
import type { FieldChange } from '../../shared/story/field-change';
import type { StoryBody } from '../../shared/story/story-schema';
import { p, t } from '../../../test/shared/export/export-fixtures';
import { footnoteNode } from './footnote-schema';

const story = (...notes: string[]) =>
  ({ root: { type: 'root', children: [p(t('Costs rose.'), ...notes.map(footnoteNode), t(' Again.'))] } }) as unknown as StoryBody;

/** A change as the history shows it: "Label: text", with [-removed-] and {+added+} words. */
function read(change: FieldChange): string {
  if (change.change === 'edited') {
    return `${change.label}: ${change.parts.map((part) => (part.change === 'same' ? part.text : part.change === 'added' ? `{+${part.text}+}` : `[-${part.text}-]`)).join('')}`;
  }
  return change.change === 'replaced' ? `${change.label}: ${change.from} → ${change.to}` : `${change.label}: ${change.text}`;
}

describe('footnotes in the history comparison', () => {
  it('shows a note reworded, word by word, under its number', () => {
    expect(compareBodyItems(story('Board papers, March 2026.', 'NHS England.'), story('Board papers, 12 March 2026.', 'NHS England.')).map(read)).toEqual([
      'Footnote 1: Board papers, {+12 +}March 2026.',
    ]);
  });

  it('shows notes added and removed, and nothing when the notes are the same', () => {
    expect(compareBodyItems(story('NHS England.'), story('Board papers.', 'NHS England.')).map(read)).toEqual(['Footnote 1 added: Board papers.']);
    expect(compareBodyItems(story('Board papers.', 'NHS England.'), story('NHS England.')).map(read)).toEqual(['Footnote 1 removed: Board papers.']);
    expect(compareBodyItems(story('Board papers.'), story('Board papers.'))).toEqual([]);
  });
});
