import type { FieldScope } from '../../../shared/house-style';
import { LIMITS } from '../../../shared/story/story-constants';
import type { FieldLimit } from './field-text';

/**
 * What each story text field may hold in the store, and whether its count
 * shows from the first character. The target its meter counts towards is the
 * house rules' (the session's lengthTarget), so a profile's rules file moves it.
 */
export const fieldStoreLimits: Record<Exclude<FieldScope, 'bio'>, Omit<FieldLimit, 'target'>> = {
  headline: { storeMax: LIMITS.headline },
  standfirst: { storeMax: LIMITS.standfirst },
  socialHeadline: { storeMax: LIMITS.socialText, countAlways: true },
  socialDescription: { storeMax: LIMITS.socialText, countAlways: true },
};
