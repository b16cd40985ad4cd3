import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ExportForm, ExportInput } from '../../../src/shared/export/export-input';
import { exportInputSchema } from '../../../src/shared/export/export-input';
import type { ExportResult } from '../../../src/shared/export/export-story';
import { exportStory } from '../../../src/shared/export/export-story';
import { settingsSchema } from '../../../src/shared/settings/settings-schema';
import type { StoryBody } from '../../../src/shared/story/story-schema';

export const examplesDir = join(__dirname, '..', '..', '..', 'docs', 'examples');

/** The documented example: every part of a story (docs/examples/full-story.json). */
export function fullStoryInput(): ExportInput {
  return exportInputSchema.parse(JSON.parse(readFileSync(join(examplesDir, 'full-story.json'), 'utf8')));
}

export function exampleHtml(form: ExportForm): string {
  return readFileSync(join(examplesDir, `full-story.${form}.html`), 'utf8');
}

export const defaultSettings = settingsSchema.parse(
  JSON.parse(readFileSync(join(__dirname, '..', '..', '..', 'resources', 'default-settings.json'), 'utf8')),
);

export const SHA_A = 'a'.repeat(64);
export const SHA_B = 'b'.repeat(64);

/** A plain story with the given body blocks; override any part. */
export function inputWith(blocks: unknown[], overrides: Partial<Omit<ExportInput, 'story'>> & { story?: Partial<ExportInput['story']> } = {}): ExportInput {
  return {
    leadImage: null,
    authorBio: '',
    related: [],
    settings: defaultSettings,
    ...overrides,
    story: {
      section: 'News',
      headline: 'Trusts told to cut running costs',
      standfirst: 'The guidance gives boards until March.',
      socialHeadline: '',
      socialDescription: '',
      slug: 'trusts-told-to-cut-running-costs',
      body: { root: el('root', blocks) } as unknown as StoryBody,
      bylines: [{ authorId: '0b9d6a1e-5f0c-4a8e-9a43-1c2d3e4f5a6b', name: 'Jane Smith', role: 'chief executive', organisation: 'Example Trust' }],
      publishDate: '2026-11-26T09:00:00.000Z',
      contentModifiedAt: '2026-11-25T17:42:10.000Z',
      ...overrides.story,
    },
  };
}

export function exportBlocks(blocks: unknown[], form: ExportForm = 'body'): ExportResult {
  return exportStory(inputWith(blocks), { form });
}

// Lexical 0.52 serialized node shapes, as the editor stores them.

export const FORMAT = { bold: 1, italic: 2, strikethrough: 4, underline: 8, code: 16, subscript: 32, superscript: 64, highlight: 128 };

export function t(text: string, format = 0): Record<string, unknown> {
  return { detail: 0, format, mode: 'normal', style: '', text, type: 'text', version: 1 };
}

export function el(type: string, children: unknown[], extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { children, direction: 'ltr', format: '', indent: 0, type, version: 1, ...extra };
}

export function p(...children: unknown[]): Record<string, unknown> {
  return el('paragraph', children, { textFormat: 0, textStyle: '' });
}

export function heading(tag: string, text: string): Record<string, unknown> {
  return el('heading', [t(text)], { tag });
}

export function link(url: string, ...children: unknown[]): Record<string, unknown> {
  return el('link', children, { rel: null, target: null, title: null, url });
}

export function list(listType: 'bullet' | 'number' | 'check', items: unknown[], start = 1): Record<string, unknown> {
  return el('list', items, { listType, start, tag: listType === 'number' ? 'ol' : 'ul' });
}

export function li(...children: unknown[]): Record<string, unknown> {
  return el('listitem', children, { value: 1 });
}

export function cell(content: string | unknown[], headerState = 0, extra: Record<string, unknown> = {}): Record<string, unknown> {
  const children = typeof content === 'string' ? [p(t(content))] : content;
  return el('tablecell', children, { backgroundColor: null, colSpan: 1, headerState, rowSpan: 1, ...extra });
}

export function row(...cells: unknown[]): Record<string, unknown> {
  return el('tablerow', cells);
}

export function image(fields: Record<string, unknown> = {}): Record<string, unknown> {
  return { type: 'image', version: 1, sha256: SHA_A, ext: 'jpg', width: 800, height: 600, alt: 'A ward', caption: '', credit: '', ...fields };
}

export const endMark = { type: 'endmark', version: 1 };
