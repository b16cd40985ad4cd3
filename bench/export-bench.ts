import { pathToFileURL } from 'node:url';
import { defaultSettings } from '../src/main/settings/load-settings';
import type { ExportInput } from '../src/shared/export/export-input';
import { exportStory } from '../src/shared/export/export-story';
import type { StoryBody } from '../src/shared/story/story-schema';
import { bodyPlainText } from '../src/shared/story/body-text';
import { countWords } from '../src/shared/text/word-count';
import { median, percentile, reportLine, type BenchResult } from './bench-report';
import { createStoryGenerator } from './story-generator';

export type ExportBenchOptions = { words?: number; runs?: number; log?: (line: string) => void };

const WARM_UP = 50;

/**
 * DESIGN §6: export of a 10,000-word story to HTML, ≤ 3 ms. The story uses
 * only node types Ghost's and Lexical's own renderers also know (paragraphs,
 * h2, bold, italic, links, lists, quotes), for the comparisons to come.
 */
export function runExportBench(options: ExportBenchOptions = {}): BenchResult[] {
  const log = options.log ?? ((line: string) => console.log(line));
  const runs = options.runs ?? 300;
  const body = withLinks(createStoryGenerator(7).story(options.words ?? 10_000).body);
  const words = countWords(bodyPlainText(body));
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
  const size = `${words.toLocaleString('en-GB')}-word story`;
  const results: BenchResult[] = [];
  for (const form of ['body', 'page'] as const) {
    for (let i = 0; i < WARM_UP; i += 1) exportStory(input, { form });
    const times: number[] = [];
    for (let i = 0; i < runs; i += 1) {
      const started = performance.now();
      exportStory(input, { form });
      times.push(performance.now() - started);
    }
    const result: BenchResult = {
      name: `export to HTML (${form} form, ${runs} runs)`,
      size,
      median: median(times),
      p95: percentile(times, 95),
      budget: 3,
    };
    results.push(result);
    log(reportLine(result));
  }
  log(`Ghost's Lexical HTML renderer on the same story   not measured yet (needs Node 22)   budget: ours ≥ 5 × faster`);
  log(`Lexical's $generateHtmlFromNodes on jsdom   not measured yet (needs Node 22 and jsdom)   budget: ours ≥ 15 × faster`);
  return results;
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

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) runExportBench();
