/** What a paste or an import could not bring in, said to the editor rather than lost in silence. */
export const importWarningCodes = ['image-not-imported', 'link-not-allowed', 'embed-removed', 'too-deep', 'too-large', 'footnote-without-note'] as const;
export type ImportWarningCode = (typeof importWarningCodes)[number];

export interface ImportWarning {
  code: ImportWarningCode;
  /** A sentence for the editor. */
  message: string;
  /** What it is about (an image's name, a link's scheme, an element), so several can be summed up in one line; '' when nothing. */
  subject: string;
}

/** Whether the words are for a paste in the editor or a file import. */
export type ImportSource = 'paste' | 'import';

export function importWarning(code: ImportWarningCode, source: ImportSource, subject: string, limit = 0): ImportWarning {
  const done = source === 'paste' ? 'pasted' : 'imported';
  const what = source === 'paste' ? 'paste' : 'import';
  const messages: Record<ImportWarningCode, string> = {
    'image-not-imported': `Image not ${done}: pictures must be added from disk (${subject}).`,
    'link-not-allowed': `Link not kept: only http, https and mailto links can be ${done}; its text is kept (${subject}).`,
    'embed-removed': `Embedded content not ${done}: only text, tables and links are kept (${subject}).`,
    'too-deep': `Part of the ${what} was nested more than ${limit} levels deep; its text was kept as plain text.`,
    'too-large': `The ${what} is too large for one story: its end was left out.`,
    'footnote-without-note': `Footnote not ${done}: its note is not in the ${what}, so its mark is kept as text (${subject}).`,
  };
  return { code, message: messages[code], subject };
}
