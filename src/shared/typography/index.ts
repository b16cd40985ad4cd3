export { fixTypography, type TypographyOptions, type TypographyResult } from './fix-typography';
export { typographyForKeystroke, type KeystrokeOptions, type TypographyEdit } from './keystroke';
export { findProtectedRanges, mergeRanges, protectedTest, type ProtectedTest } from './protected-ranges';
export { applyChanges, type TextRange, type TypographyChange, type TypographyRule } from './typography-change';
