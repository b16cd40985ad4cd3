/**
 * The story's plain constants, apart from its zod schemas (story-schema.ts
 * builds on them): the story page reads these at start, and building the
 * schemas would cost it start time and heap (docs/editor-speed.md).
 */

/** Limits that keep a single bad call from bloating the store or the UI. */
export const LIMITS = {
  headline: 300,
  standfirst: 2_000,
  socialText: 500,
  slug: 120,
  authorBio: 2_000,
  tag: 60,
  tags: 50,
  bylines: 20,
  related: 50,
  houseStyleIgnores: 1_000,
  name: 200,
  bodyJsonBytes: 20 * 1024 * 1024,
  query: 500,
  imageAlt: 1_000,
  imageCaption: 2_000,
  imageCredit: 300,
} as const;

export const workflowStatuses = ['draft', 'in_edit', 'ready'] as const;
export type WorkflowStatus = (typeof workflowStatuses)[number];

export const statusLabels: Record<WorkflowStatus, string> = {
  draft: 'Draft',
  in_edit: 'In edit',
  ready: 'Ready',
};

/** Where a story lives apart from its workflow status. */
export const storyViews = ['active', 'archived', 'trash'] as const;
export type StoryView = (typeof storyViews)[number];

export const storySortKeys = ['modified', 'status', 'section', 'author'] as const;
export type StorySort = (typeof storySortKeys)[number];

/** Private-use characters that cannot be typed, so highlighting never needs HTML. */
export const SNIPPET_MARK_START = '\uE000';
export const SNIPPET_MARK_END = '\uE001';

export const LEAD_IMAGE_ALT_REQUIRED = 'The lead image needs alt text: describe the picture for readers who cannot see it.';

/** How an image stored with importImage is named: by the sha256 of its bytes. */
export const SHA256_PATTERN = /^[0-9a-f]{64}$/;
export const SHA256_REQUIRED = 'must be the sha256 of an image stored with importImage';
