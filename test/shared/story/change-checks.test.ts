import { describe, expect, it } from 'vitest';
import { boundedTextProblem, boundedTexts, leadImageChangeProblem } from '../../../src/shared/story/change-checks';
import { leadImageChangeSchema, storyChangesSchema } from '../../../src/shared/story/story-schema';
import { LIMITS } from '../../../src/shared/story/story-constants';

/** The store's answer: the first problem storyChangesSchema finds, or null. */
function schemaProblem(result: { success: boolean; error?: { issues: { message: string }[] } }): string | null {
  return result.success ? null : (result.error?.issues[0]?.message ?? 'refused');
}

const texts = [
  '',
  'A plain headline',
  'Two\nlines',
  'Carriage\rreturn',
  'A tab\tinside',
  'A NUL \u0000 inside',
  'x'.repeat(LIMITS.headline),
  'x'.repeat(LIMITS.headline + 1),
  'x'.repeat(LIMITS.socialText + 1),
  'x'.repeat(LIMITS.standfirst + 1),
  `${'x'.repeat(LIMITS.headline + 1)}\u0007`,
];

describe('the autosave checks without zod', () => {
  it.each(boundedTexts)('give the store’s answer for the %s', (key) => {
    for (const text of texts) {
      expect(boundedTextProblem(key, text), JSON.stringify(text.slice(0, 20))).toBe(
        schemaProblem(storyChangesSchema.shape[key].safeParse(text)),
      );
    }
  });

  it('give the store’s answer for a lead image', () => {
    const image = { sha256: 'a'.repeat(64), alt: 'A heron at dawn', caption: 'By the river', credit: 'Photo: J. Smith' };
    const changes = [
      image,
      { ...image, alt: '' },
      { ...image, alt: '   ' },
      { ...image, alt: 'x'.repeat(LIMITS.imageAlt + 1) },
      { ...image, alt: 'Bell \u0007' },
      { ...image, caption: 'x'.repeat(LIMITS.imageCaption + 1) },
      { ...image, credit: 'x'.repeat(LIMITS.imageCredit + 1) },
      { ...image, credit: 'NUL \u0000' },
      { ...image, sha256: 'not-a-hash' },
      { ...image, sha256: 'not-a-hash', alt: '' },
    ];
    for (const change of changes) {
      expect(leadImageChangeProblem(change), JSON.stringify(change).slice(0, 120)).toBe(
        schemaProblem(leadImageChangeSchema.safeParse(change)),
      );
    }
  });
});
