import { describe, expect, it } from 'vitest';
import { applyBodyEdit } from '../../../src/shared/story/body-edit';
import type { StoryBody } from '../../../src/shared/story/story-schema';
import { createBodySender } from '../../../src/renderer/story/body-sender';

function body(...texts: string[]): StoryBody {
  return { root: { type: 'root', children: texts.map((text) => ({ type: 'paragraph', children: [{ type: 'text', text }] })) } };
}

const paragraphs = Array.from({ length: 200 }, (_, i) => `Paragraph ${i} of a long feature about ward staffing and the pay award.`);

describe('what autosave sends of the body', () => {
  it('sends only the paragraph typed into, against the body the store acknowledged', () => {
    const sender = createBodySender();
    const stored = body(...paragraphs);
    sender.reset(stored);
    const typed = paragraphs.slice();
    typed[100] += ' More';
    const first = sender.read(body(...typed));
    expect(first.change.body).toBeUndefined();
    expect(JSON.stringify(first.change).length).toBeLessThan(300);
    expect(applyBodyEdit(stored, first.change.bodyEdit!)).toEqual(body(...typed));

    // Once acknowledged, the next edit is made against what was sent.
    sender.acknowledge(first);
    typed[100] += ' words';
    const second = sender.read(body(...typed));
    expect(second.change.bodyEdit).toMatchObject({ baseBlocks: 200, at: 100, remove: 1 });
    expect(applyBodyEdit(first.body, second.change.bodyEdit!)).toEqual(body(...typed));
  });

  it('sends the whole body when no body is acknowledged: a story with none yet, or after a failed save', () => {
    const sender = createBodySender();
    sender.reset(null);
    const firstWords = body('The first words.');
    expect(sender.read(firstWords).change).toEqual({ body: firstWords });

    sender.reset(body(...paragraphs));
    sender.forget();
    const typed = body(...paragraphs, 'One more paragraph.');
    expect(sender.read(typed).change).toEqual({ body: typed });
  });
});
