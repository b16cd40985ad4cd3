import type { FieldScope } from '../../../shared/house-style';
import { LIMITS } from '../../../shared/story/story-schema';
import type { FieldLimit } from './field-text';

/**
 * Each field's length: the house target its meter counts towards (the same
 * numbers as the default rules' headline-length, standfirst-length and the
 * social card lengths) and what the store keeps.
 */
export const fieldLimits: Record<Exclude<FieldScope, 'bio'>, FieldLimit> = {
  headline: { unit: 'characters', target: 90, storeMax: LIMITS.headline },
  standfirst: { unit: 'words', target: 40, storeMax: LIMITS.standfirst },
  socialHeadline: { unit: 'characters', target: 70, storeMax: LIMITS.socialText, countAlways: true },
  socialDescription: { unit: 'characters', target: 200, storeMax: LIMITS.socialText, countAlways: true },
};
