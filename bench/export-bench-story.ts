import { defaultSettings } from '../src/main/settings/load-settings';
import type { ExportInput } from '../src/shared/export/export-input';
import type { StoryBody } from '../src/shared/story/story-schema';
import { bodyPlainText } from '../src/shared/story/body-text';
import { countWords } from '../src/shared/text/word-count';
import { createStoryGenerator } from './story-generator';

/**
 * The export benchmark's story: generated (seed 7) from node types all three
 * renderers know (paragraphs, h2, bold, italic, links, lists, quotes). Built
 * by the Node 20 benchmark and by the Node 22 comparison process alike, so
 * both measure the same story.
 */
export function exportBenchStory(words: number): { input: ExportInput; size: string } {
  const body = withLinks(createStoryGenerator(7).story(words).body);
  const input: ExportInput = {
    story: {
      section: 'Opinion',
      headline: 'A long read',
      standfirst: 'Ten thousand words.',
      socialHeadline: '',
      socialDescription: '',
      slug: 'a-long-read',
      body,
      bylines: [],
      publishDate: '2026-11-26T09:00:00.000Z',
      contentModifiedAt: '2026-11-26T09:00:00.000Z',
    },
    leadImage: null,
    authorBio: '',
    related: [],
    settings: defaultSettings,
  };
  return { input, size: `${countWords(bodyPlainText(body)).toLocaleString('en-GB')}-word story` };
}

/** The body with every third paragraph's first run of text made a link, as articles cite sources. */
function withLinks(body: StoryBody): StoryBody {
  const children = body.root.children.map((block, index) => {
    const node = block as typeof block & { children?: Record<string, unknown>[] };
    if (node.type !== 'paragraph' || index % 3 !== 0 || node.children === undefined || node.children.length === 0) return block;
    const [first, ...rest] = node.children;
    const link = {
      type: 'link',
      version: 1,
      url: `https://www.example.org/reports/${index}?ref=copydesk&page=2`,
      rel: null,
      target: null,
      title: null,
      direction: 'ltr',
      format: '',
      indent: 0,
      children: [first],
    };
    return { ...node, children: [link, ...rest] };
  });
  return { ...body, root: { ...body.root, children } };
}
