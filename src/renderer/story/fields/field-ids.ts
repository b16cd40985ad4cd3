import type { FieldScope } from '../../../shared/house-style';

/** The element id of each story text field, so a finding in the House style panel can go to its field. */
export const fieldElementIds: Record<Exclude<FieldScope, 'bio'>, string> = {
  headline: 'story-headline',
  standfirst: 'story-standfirst',
  socialHeadline: 'social-headline',
  socialDescription: 'social-description',
};
