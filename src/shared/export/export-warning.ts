/** What the exporter reports instead of silently changing or dropping content. */
export const exportWarningCodes = [
  'no-headline',
  'no-publish-date',
  'no-slug',
  'image-no-alt',
  'link-not-allowed',
  'related-link-not-allowed',
  'related-image-not-allowed',
  'related-story-not-live',
  'related-story-not-ready',
  'unknown-node',
  'misplaced-node',
  'invalid-node',
  'too-deep',
  'stylesheet-not-allowed',
] as const;
export type ExportWarningCode = (typeof exportWarningCodes)[number];

export type ExportWarningField = 'headline' | 'publishDate' | 'slug' | 'leadImage' | 'body' | 'related' | 'options';

export interface ExportWarning {
  code: ExportWarningCode;
  /** A sentence for the editor. */
  message: string;
  field: ExportWarningField;
  /** body: child indexes from the root; related: [index]; otherwise []. */
  path: number[];
}

const QUOTED_MAX = 80;

/** A value quoted in a warning message, shortened and without control characters. */
export function quoted(value: unknown): string {
  const text = String(value).replace(/[\u0000-\u001F\u007F-\u009F]/g, ' ');
  return `“${text.length > QUOTED_MAX ? `${text.slice(0, QUOTED_MAX)}…` : text}”`;
}
