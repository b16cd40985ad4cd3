/**
 * Whether the story page's autosave can send a change, checked without zod:
 * the same rules as storyChangesSchema (story-schema.ts, which the store
 * applies to every save) for the few fields a person can type past them, so
 * the page never builds the schemas to say so (docs/editor-speed.md).
 * test/shared/story/change-checks.test.ts holds the two to the same answers.
 */
import { HEADLINE_ONE_LINE, isOneLine, plainTextProblem } from './plain-text';
import type { LeadImage, LeadImageChange } from './story-schema';
import { LEAD_IMAGE_ALT_REQUIRED, LIMITS, SHA256_PATTERN, SHA256_REQUIRED } from './story-constants';

/** The text fields a person can type past what the store keeps. */
export const boundedTexts = ['headline', 'standfirst', 'socialHeadline', 'socialDescription'] as const;
export type BoundedText = (typeof boundedTexts)[number];

const boundedTextRules: Record<BoundedText, { max: number; label: string }> = {
  headline: { max: LIMITS.headline, label: 'Headline' },
  standfirst: { max: LIMITS.standfirst, label: 'Standfirst' },
  socialHeadline: { max: LIMITS.socialText, label: 'Social text' },
  socialDescription: { max: LIMITS.socialText, label: 'Social text' },
};

/** Why the store would refuse this text for the field, or null when it takes it. */
export function boundedTextProblem(key: BoundedText, text: string): string | null {
  const { max, label } = boundedTextRules[key];
  const problem = plainTextProblem(text, max, label);
  if (problem !== null) return problem;
  return key === 'headline' && !isOneLine(text) ? HEADLINE_ONE_LINE : null;
}

/** Why the store would refuse this lead image change (e.g. it has no alt text), or null when it takes it. */
export function leadImageChangeProblem(change: LeadImageChange): string | null {
  if (!SHA256_PATTERN.test(change.sha256)) return SHA256_REQUIRED;
  const alt = plainTextProblem(change.alt, LIMITS.imageAlt, 'Alt text');
  if (alt !== null) return alt;
  if (change.alt.trim() === '') return LEAD_IMAGE_ALT_REQUIRED;
  return (
    plainTextProblem(change.caption, LIMITS.imageCaption, 'Caption') ??
    plainTextProblem(change.credit, LIMITS.imageCredit, 'Credit')
  );
}

/** The save that sets a stored lead image again (the file's type and size come from the images table). */
export function leadImageChangeOf({ sha256, alt, caption, credit }: LeadImage): LeadImageChange {
  return { sha256, alt, caption, credit };
}
