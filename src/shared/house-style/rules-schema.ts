import { z } from 'zod';
import { blockKinds, scopes } from './document';
import { severities } from './finding';

/**
 * The house-style rules file (docs/house-style-rules.md): the schema the
 * loader validates each rule against, and the types the engine uses.
 */

export const ruleIdSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'must be kebab-case, e.g. "us-spelling"' });

const scopeListSchema = z.array(z.enum(scopes)).min(1, { error: 'must name at least one scope' });

const messageSchema = z.string().min(1).max(500);

const common = {
  id: ruleIdSchema,
  severity: z.enum(severities),
  /** A longer explanation shown with the finding. */
  advice: z.string().min(1).max(2_000).optional(),
  /** Where the rule looks; every scope when left out. */
  appliesTo: scopeListSchema.default([...scopes]),
};

const ruleBase = {
  ...common,
  /** Shown in the panel; may use {found} and {suggestion}, and for metrics {count}, {min}, {max}, {per}, {section}. */
  message: messageSchema,
};

/** i (ignore case), m (^ and $ at line ends), s (. matches newlines); u is always on. */
const flagsSchema = z
  .string()
  .regex(/^(?:([ims])(?!.*\1))*$/, { error: 'may use only the flags i, m and s, each once' })
  .default('');

const patternSchema = z.string().min(1).max(5_000);

export const substitutionRuleSchema = z.strictObject({
  ...ruleBase,
  kind: z.literal('substitution'),
  pattern: patternSchema,
  flags: flagsSchema,
  /** The fix: $1, $<name> and $& insert what was matched; "" deletes. */
  replacement: z.string().max(500),
});

export const existenceRuleSchema = z.strictObject({
  ...ruleBase,
  kind: z.literal('existence'),
  pattern: patternSchema,
  flags: flagsSchema,
});

const dictionaryEntrySchema = z.union([
  z.string().max(200),
  z.strictObject({
    /** One fix per suggestion; none when null (advice only). */
    replace: z.union([z.string().max(200), z.array(z.string().max(200)).min(1)]).nullable().default(null),
    advice: z.string().min(1).max(2_000).optional(),
  }),
]);
export type DictionaryEntryValue = z.infer<typeof dictionaryEntrySchema>;

export const dictionaryRuleSchema = z.strictObject({
  ...ruleBase,
  kind: z.literal('dictionary'),
  /** Word or phrase → replacement ("" deletes) or { replace, advice }. {a,b} alternatives expand in parallel. */
  entries: z.record(z.string().min(1).max(200), dictionaryEntrySchema),
  /** Off: "Color" and "COLOR" match "color" and the fix follows their case. */
  matchCase: z.boolean().default(false),
});

export const consistencyRuleSchema = z.strictObject({
  ...ruleBase,
  kind: z.literal('consistency'),
  /** Each group lists accepted forms; the first used in a story wins. # stands for a number. */
  groups: z.array(z.array(z.string().min(1).max(200)).min(2, { error: 'a group needs at least two forms' })).min(1),
  matchCase: z.boolean().default(false),
});

export const metricMeasures = ['characters', 'words', 'sentences', 'body-words', 'pull-quotes'] as const;

export const metricRuleSchema = z
  .strictObject({
    ...ruleBase,
    kind: z.literal('metric'),
    /**
     * characters, words, sentences: of each text in scope (each block, for body
     * blocks of blockKinds); body-words: the story's body against min/max or the
     * section's target; pull-quotes: at most max per `per` body words.
     */
    measure: z.enum(metricMeasures),
    min: z.number().int().nonnegative().optional(),
    max: z.number().int().nonnegative().optional(),
    per: z.number().int().positive().optional(),
    target: z.literal('section').optional(),
    blockKinds: z.array(z.enum(blockKinds)).min(1).optional(),
  })
  .superRefine((rule, ctx) => {
    if (rule.min === undefined && rule.max === undefined && rule.target === undefined) {
      ctx.addIssue({ code: 'custom', message: 'needs min, max or target', path: ['max'] });
    }
    if (rule.target !== undefined && rule.measure !== 'body-words') {
      ctx.addIssue({ code: 'custom', message: 'target "section" is only for the body-words measure', path: ['target'] });
    }
    if ((rule.per !== undefined) !== (rule.measure === 'pull-quotes')) {
      ctx.addIssue({ code: 'custom', message: 'per is required for pull-quotes and only allowed there', path: ['per'] });
    }
    if (rule.min !== undefined && rule.max !== undefined && rule.min > rule.max) {
      ctx.addIssue({ code: 'custom', message: 'min must not exceed max', path: ['min'] });
    }
  });

const wordList = z.array(z.string().min(1).max(200));

const builtinBase = { ...common, kind: z.literal('builtin') };

/** A built-in check's messages: each kind of finding has a default (builtin-messages.ts) a file may replace. */
function messages<const K extends string>(keys: readonly [K, ...K[]]) {
  return z.partialRecord(z.enum(keys), messageSchema).default({});
}

export const builtinMessageKeys = {
  typography: ['quotes', 'apostrophe', 'dash', 'range', 'ellipsis', 'spaces'],
  numbers: ['sentenceStart', 'smallNumber', 'largeNumber', 'alwaysFigures'],
  'sentence-case': ['firstWord', 'capitalised'],
  'job-titles': ['beforeName', 'standingAlone'],
  'pull-quote-verbatim': ['notFound'],
  'end-mark-and-bio': ['noEndMark', 'endMarkNotLast', 'noBio'],
  links: ['protocol', 'vagueText', 'bareUrl'],
} as const;

const defaultVagueText = ['click here', 'here', 'this link', 'link', 'read more', 'more'];

export const builtinRuleSchema = z.discriminatedUnion('name', [
  z.strictObject({
    ...builtinBase,
    name: z.literal('typography'),
    messages: messages(builtinMessageKeys.typography),
    params: z.strictObject({}).default({}),
  }),
  z.strictObject({
    ...builtinBase,
    name: z.literal('numbers'),
    messages: messages(builtinMessageKeys.numbers),
    params: z
      .strictObject({
        /** Whole numbers from one up to below this are written in words. */
        wordsBelow: z.number().int().min(2).max(100).default(10),
        /** Words before a figure that make it a label: band 5, page 3. */
        labels: wordList.default([]),
        /** Words after a figure that keep it a figure: 5 million, 5 km. */
        units: wordList.default([]),
      })
      .default({ wordsBelow: 10, labels: [], units: [] }),
  }),
  z.strictObject({
    ...builtinBase,
    name: z.literal('sentence-case'),
    messages: messages(builtinMessageKeys['sentence-case']),
    params: z
      .strictObject({
        /** Words always capitalised, besides those the body capitalises mid-sentence. */
        properNouns: wordList.default([]),
        /** How many capitalised words without a reason it takes to call it Title Case. */
        minimumWords: z.number().int().min(1).max(20).default(2),
      })
      .default({ properNouns: [], minimumWords: 2 }),
  }),
  z.strictObject({
    ...builtinBase,
    name: z.literal('job-titles'),
    messages: messages(builtinMessageKeys['job-titles']),
    params: z.strictObject({
      titles: wordList.min(1),
      /** Words a title keeps in lower case before a name: Director of Nursing. */
      minorWords: wordList.default(['of', 'for', 'and', 'the', 'to', 'in', 'on', 'at']),
    }),
  }),
  z.strictObject({
    ...builtinBase,
    name: z.literal('pull-quote-verbatim'),
    messages: messages(builtinMessageKeys['pull-quote-verbatim']),
    params: z.strictObject({}).default({}),
  }),
  z.strictObject({
    ...builtinBase,
    name: z.literal('end-mark-and-bio'),
    messages: messages(builtinMessageKeys['end-mark-and-bio']),
    params: z.strictObject({ sections: wordList.min(1).default(['Opinion']) }).default({ sections: ['Opinion'] }),
  }),
  z.strictObject({
    ...builtinBase,
    name: z.literal('links'),
    messages: messages(builtinMessageKeys.links),
    params: z
      .strictObject({
        protocols: z.array(z.string().regex(/^[a-z][a-z0-9+.-]*$/)).min(1).default(['http', 'https', 'mailto']),
        /** Link texts that do not say where the link goes. */
        vagueText: wordList.default(defaultVagueText),
      })
      .default({ protocols: ['http', 'https', 'mailto'], vagueText: defaultVagueText }),
  }),
]);

export const builtinNames = builtinRuleSchema.options.map((option) => option.shape.name.value);

export const ruleSchema = z.discriminatedUnion('kind', [
  substitutionRuleSchema,
  existenceRuleSchema,
  dictionaryRuleSchema,
  consistencyRuleSchema,
  metricRuleSchema,
  builtinRuleSchema,
]);

export type Rule = z.infer<typeof ruleSchema>;
export type SubstitutionRule = z.infer<typeof substitutionRuleSchema>;
export type ExistenceRule = z.infer<typeof existenceRuleSchema>;
export type DictionaryRule = z.infer<typeof dictionaryRuleSchema>;
export type ConsistencyRule = z.infer<typeof consistencyRuleSchema>;
export type MetricRule = z.infer<typeof metricRuleSchema>;
export type BuiltinRule = z.infer<typeof builtinRuleSchema>;
export type BuiltinName = BuiltinRule['name'];
export type BuiltinRuleNamed<N extends BuiltinName> = Extract<BuiltinRule, { name: N }>;

/** The file's envelope; its rules are validated one by one so an error can name the rule. */
export const rulesFileSchema = z.strictObject({
  $schema: z.string().optional(),
  name: z.string().min(1).max(200),
  version: z.literal(1, { error: 'version must be 1' }),
  /** "default": start from the built-in house style and add, override (by id) or disable rules. */
  extends: z.literal('default', { error: 'extends must be "default" or left out' }).optional(),
  /** Proper nouns and phrases never changed by word rules: World Health Organization, Pearl Harbor. */
  exceptions: wordList.default([]),
  /** Ids of rules from the file extended to switch off. */
  disable: z.array(ruleIdSchema).default([]),
  rules: z.array(z.unknown()).default([]),
});

/** Validated rules, ready for createChecker. */
export interface HouseStyleRules {
  name: string;
  exceptions: string[];
  rules: Rule[];
}
