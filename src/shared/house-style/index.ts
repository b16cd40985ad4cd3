/**
 * The house-style checker (docs/house-style-rules.md): pure, shared by the editor and
 * the command line. Rules come from a validated rules file
 * (docs/house-style-rules.md); the checker takes a CheckDocument and returns
 * findings with exact ranges and one-click fixes.
 */
export { createChecker, type CheckResult, type CheckStats, type HouseStyleChecker } from './checker';
export type { CheckerSettings } from './compile-rules';
export { blocksFromBody, documentFromStory } from './blocks-from-body';
export {
  blockKinds,
  fieldScopes,
  fieldText,
  isFieldScope,
  scopeOfBlock,
  scopes,
  type BlockKind,
  type BylineLike,
  type CheckBlock,
  type CheckDocument,
  type FieldScope,
  type LinkRange,
  type Scope,
} from './document';
export { severities, type Finding, type Fix, type Severity, type TextEdit } from './finding';
export { applyEdits, applyFix, mapCaret } from './fixes';
export { filterIgnored, ignoreHere, ignoreRuleInStory, type HouseStyleIgnore } from './ignores';
export { houseStyleIgnoreSchema } from './ignore-schema';
export { defaultRules, DEFAULT_RULES_SOURCE, HouseStyleRulesError, parseRules, type ParseRulesOptions } from './parse-rules';
export { defaultBuiltinMessages } from './builtin-messages';
export { builtinNames, ruleSchema, rulesFileSchema, type HouseStyleRules, type Rule } from './rules-schema';
