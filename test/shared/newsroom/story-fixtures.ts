import { createHeadlessEditor } from '@lexical/headless';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { storyBodyNodes } from '../../../src/shared/newsroom/story-body-nodes';
import type { Story, StoryBody } from '../../../src/shared/story/story-schema';

export const STORY_ID = '3f1c2a9e-6b1d-4c55-9a43-1d2e3f4a5b6c';
export const AUTHOR_A = '0d7c3b4a-1e2f-4a5b-8c6d-7e8f9a0b1c2d';
export const AUTHOR_B = '9a8b7c6d-5e4f-4a3b-9c1d-0e9f8a7b6c5d';

/** The documented example story's body (docs/examples/full-story.json): every kind of block but the footnote. */
export function exampleBody(): StoryBody {
  const example = JSON.parse(readFileSync(join(__dirname, '..', '..', '..', 'docs', 'examples', 'full-story.json'), 'utf8'));
  return example.story.body as StoryBody;
}

/** `body` as the app stores it: loaded into Lexical and written back, as the body editor's autosave does. */
export function storedForm(body: StoryBody): StoryBody {
  const editor = createHeadlessEditor({ nodes: storyBodyNodes, onError: (error) => { throw error; } });
  editor.setEditorState(editor.parseEditorState(JSON.stringify(body)));
  return editor.getEditorState().toJSON() as unknown as StoryBody;
}

export function text(value: string, format = 0): Record<string, unknown> {
  return { detail: 0, format, mode: 'normal', style: '', text: value, type: 'text', version: 1 };
}

export function paragraph(...children: unknown[]): Record<string, unknown> {
  return { children, direction: null, format: '', indent: 0, type: 'paragraph', version: 1, textFormat: 0, textStyle: '' };
}

export function footnote(note: string): Record<string, unknown> {
  return { type: 'footnote', version: 1, text: note };
}

export function bodyOf(...blocks: unknown[]): StoryBody {
  return { root: { children: blocks, direction: null, format: '', indent: 0, type: 'root', version: 1 } } as unknown as StoryBody;
}

/** A story as the store reads it, with `overrides`. */
export function story(overrides: Partial<Story> = {}): Story {
  return {
    id: STORY_ID,
    revision: 3,
    section: 'Opinion',
    headline: 'The NHS needs a plan',
    standfirst: 'Beds are short; so is time.',
    socialHeadline: '',
    socialDescription: '',
    slug: 'the-nhs-needs-a-plan',
    slugLocked: false,
    status: 'draft',
    body: storedForm(bodyOf(paragraph(text('First paragraph.')), paragraph(text('Second paragraph.')), paragraph(text('Third paragraph.')))),
    authorBio: null,
    bylines: [{ authorId: AUTHOR_A, name: 'Ann Writer', role: 'Health editor', organisation: '' }],
    leadImage: null,
    tags: ['NHS', 'health'],
    related: [],
    houseStyleIgnores: [],
    wordCount: 6,
    publishDate: null,
    createdAt: '2026-12-01T09:00:00.000Z',
    contentModifiedAt: '2026-12-01T09:00:00.000Z',
    modifiedAt: '2026-12-01T09:00:00.000Z',
    archivedAt: null,
    trashedAt: null,
    ...overrides,
  };
}
