import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { ExportInput } from '../src/shared/export/export-input';
import { exportStory } from '../src/shared/export/export-story';
import type { StoryBody } from '../src/shared/story/story-schema';
import { formatMs, median, type BenchResult } from './bench-report';

/**
 * The comparison the budgets of bench/README.md ask for, run inside the Node 22 process that
 * export-comparison-process.ts starts: our exporter against Ghost's
 * @tryghost/kg-lexical-html-renderer (with the Lexical 0.13.1 and jsdom it
 * ships) and Lexical 0.52's own $generateHtmlFromNodes on a headless editor
 * with jsdom's window as the DOM. The renderers come from their own package,
 * bench/comparisons (pinned, with its own lock file), never from the app's
 * dependencies.
 */

/** bench/README.md budgets: ours at least this many times faster than each. */
const FASTER_THAN = { ghost: 5, lexical: 15 } as const;

const WARM_UP_ROUNDS = 10;

type ComparisonRenderers = {
  /** Ghost's renderer: the story as Lexical 0.13 JSON → HTML. */
  ghost: (body: StoryBody) => Promise<string>;
  /** Lexical's exporter: the story as Lexical 0.52 JSON → HTML, on jsdom. */
  lexical: (body: StoryBody) => string;
  /** e.g. `kg-lexical-html-renderer 1.5.1, jsdom 30.0.1`, from what is installed. */
  versions: { ghost: string; lexical: string };
};

/**
 * Ours (the body form, which is what the other two produce), Ghost's and
 * Lexical's, interleaved round by round so all three see the same machine
 * load, plus a second run of ours so the noise shows. Each result's figure
 * is ours ÷ theirs, so the budget is 1/5 and 1/15.
 */
export async function compareWithOtherRenderers(
  setup: { input: ExportInput; size: string; rounds: number; comparisonsDir: string },
  log: (line: string) => void,
): Promise<BenchResult[]> {
  const { input, size, rounds } = setup;
  const renderers = loadComparisonRenderers(setup.comparisonsDir);
  const body = input.story.body!;
  // Ghost's render takes Lexical 0.13 JSON: converted once, as a site would store it.
  const ghostJson = toLexical013(body);
  const ours = () => exportStory(input, { form: 'body' }).html;
  const outputs = { ours: ours(), ghost: await renderers.ghost(ghostJson), lexical: renderers.lexical(body) };
  const shapes = { ours: htmlShape(outputs.ours), ghost: htmlShape(outputs.ghost), lexical: htmlShape(outputs.lexical) };
  log(`  all three in one Node ${process.versions.node} process (${process.platform}-${process.arch}), taking turns within each round`);
  for (const side of ['ours', 'ghost', 'lexical'] as const) {
    log(`  ${side.padEnd(7)} ${outputs[side].length.toLocaleString('en-GB')} characters of HTML: ${describeShape(shapes[side])}`);
  }
  const comparable = (['ghost', 'lexical'] as const).every((side) => describeShape(shapes[side]) === describeShape(shapes.ours));
  if (!comparable) log('  NOT COMPARABLE: the renderings differ in elements or words, so the ratios below compare different work.');
  const times = { ours: [] as number[], ours2: [] as number[], ghost: [] as number[], lexical: [] as number[] };
  for (let round = 0; round < WARM_UP_ROUNDS + rounds; round += 1) {
    const warm = round < WARM_UP_ROUNDS;
    let started = performance.now();
    ours();
    if (!warm) times.ours.push(performance.now() - started);
    started = performance.now();
    await renderers.ghost(ghostJson);
    if (!warm) times.ghost.push(performance.now() - started);
    started = performance.now();
    ours();
    if (!warm) times.ours2.push(performance.now() - started);
    started = performance.now();
    renderers.lexical(body);
    if (!warm) times.lexical.push(performance.now() - started);
  }
  const oursMedian = median(times.ours);
  const results: BenchResult[] = [];
  for (const side of ['ghost', 'lexical'] as const) {
    const theirs = median(times[side]);
    const faster = theirs / oursMedian;
    const name =
      side === 'ghost'
        ? `Ghost's Lexical HTML renderer (${renderers.versions.ghost}, Node ${process.versions.node})`
        : `Lexical's $generateHtmlFromNodes on jsdom (${renderers.versions.lexical}, Node ${process.versions.node})`;
    log(
      `${name}   ${size}   ${rounds} rounds interleaved   theirs median ${formatMs(theirs)}   ours median ${formatMs(oursMedian)}   ours ${faster.toFixed(1)} × faster   budget ≥ ${FASTER_THAN[side]} ×   ${comparable && faster >= FASTER_THAN[side] ? 'OK' : 'OVER'}`,
    );
    results.push({
      name: `export, time as a share of ${side === 'ghost' ? "Ghost's renderer" : "Lexical's exporter"}`,
      size,
      // Not comparable is never within budget.
      median: comparable ? oursMedian / theirs : Number.POSITIVE_INFINITY,
      budget: 1 / FASTER_THAN[side],
    });
  }
  log(`noise, ours against ours   median ${formatMs(oursMedian)} / ${formatMs(median(times.ours2))}   ratio ${(median(times.ours2) / oursMedian).toFixed(2)}`);
  return results;
}

type LexicalEditor = {
  parseEditorState: (state: unknown) => unknown;
  setEditorState: (state: unknown) => void;
  read: <T>(work: () => T) => T;
};

type GhostRendererClass = new () => { render: (state: unknown) => Promise<string> };

/**
 * Ghost's renderer is loaded first, before any DOM globals exist, as on a
 * Ghost server, and makes its own jsdom; Lexical 0.52 then reads jsdom's
 * window from the globals. The process runs with NODE_ENV=production, so
 * both Lexical versions load their production builds, as a site runs them.
 */
function loadComparisonRenderers(comparisonsDir: string): ComparisonRenderers {
  const require = createRequire(join(comparisonsDir, 'package.json'));
  const { LexicalHTMLRenderer } = require('@tryghost/kg-lexical-html-renderer') as { LexicalHTMLRenderer: GhostRendererClass };
  const ghost = new LexicalHTMLRenderer();
  installJsdomGlobals(require);
  const { createHeadlessEditor } = require('@lexical/headless') as { createHeadlessEditor: (config: object) => LexicalEditor };
  const { $generateHtmlFromNodes } = require('@lexical/html') as { $generateHtmlFromNodes: (editor: LexicalEditor, selection: null) => string };
  const { HeadingNode, QuoteNode } = require('@lexical/rich-text') as Record<string, unknown>;
  const { ListNode, ListItemNode } = require('@lexical/list') as Record<string, unknown>;
  const { LinkNode } = require('@lexical/link') as Record<string, unknown>;
  const editor = createHeadlessEditor({
    nodes: [HeadingNode, QuoteNode, ListNode, ListItemNode, LinkNode],
    onError: (error: Error) => {
      throw error;
    },
  });
  const ghostDir = join(comparisonsDir, 'node_modules', '@tryghost', 'kg-lexical-html-renderer');
  const version = (from: string, name: string) => `${name} ${installedVersion(comparisonsDir, from, name)}`;
  return {
    ghost: (lexicalState) => ghost.render(lexicalState),
    lexical: (body) => {
      editor.setEditorState(editor.parseEditorState(body));
      return editor.read(() => $generateHtmlFromNodes(editor, null));
    },
    versions: {
      ghost: `${version(ghostDir, '@tryghost/kg-lexical-html-renderer')}, its ${version(ghostDir, 'lexical')} and ${version(ghostDir, 'jsdom')}`,
      lexical: `${version(comparisonsDir, 'lexical')}, ${version(comparisonsDir, 'jsdom')}`,
    },
  };
}

/** The version Node's resolution would load for `name` from the folder `from`, up to the comparisons folder. */
function installedVersion(comparisonsDir: string, from: string, name: string): string {
  for (let folder = from; folder.startsWith(comparisonsDir); folder = dirname(folder)) {
    const manifest = join(folder, 'node_modules', name, 'package.json');
    if (existsSync(manifest)) return (JSON.parse(readFileSync(manifest, 'utf8')) as { version: string }).version;
  }
  return '(not installed)';
}

const DOM_GLOBALS = ['window', 'document', 'navigator', 'Node', 'Element', 'HTMLElement', 'Text', 'DocumentFragment'] as const;

/** Lexical reads the DOM from globals: jsdom's, for the rest of this process (it exists only for the comparison). */
function installJsdomGlobals(require: NodeJS.Require): void {
  const { JSDOM } = require('jsdom') as { JSDOM: new (html: string) => { window: Record<string, unknown> } };
  const dom = new JSDOM('<!DOCTYPE html><html><body></body></html>');
  for (const name of DOM_GLOBALS) {
    Object.defineProperty(globalThis, name, { value: name === 'window' ? dom.window : dom.window[name], configurable: true, writable: true });
  }
}

/**
 * The body as Lexical 0.13 (Ghost's) serialises it: the same nodes, without
 * the paragraph's textFormat/textStyle, which 0.13 did not have yet.
 */
export function toLexical013(body: StoryBody): StoryBody {
  const convert = (node: Record<string, unknown>): Record<string, unknown> => {
    const { textFormat: _format, textStyle: _style, children, ...rest } = node;
    return Array.isArray(children) ? { ...rest, children: children.map((child) => convert(child as Record<string, unknown>)) } : rest;
  };
  return convert(body as unknown as Record<string, unknown>) as unknown as StoryBody;
}

const COUNTED = ['p', 'h2', 'a', 'ul', 'ol', 'li', 'blockquote', 'strong', 'em'] as const;

/**
 * What a reader would see in a rendering: how many of each element and how
 * many words of text. Paragraphs inside a quotation are not counted (we write
 * `<blockquote><p>`, the others put the text straight in the blockquote).
 */
export function htmlShape(html: string): Record<(typeof COUNTED)[number] | 'words', number> {
  const withoutQuotes = html.replace(/<blockquote[\s\S]*?<\/blockquote>/g, '<blockquote></blockquote>');
  const count = (tag: string, source: string) => (source.match(new RegExp(`<${tag}[\\s>]`, 'g')) ?? []).length;
  const shape = Object.fromEntries(COUNTED.map((tag) => [tag, count(tag, tag === 'p' ? withoutQuotes : html)]));
  const text = html.replace(/<[^>]*>/g, ' ').replace(/&[a-z]+;|&#\d+;/g, 'x');
  return { ...shape, words: text.split(/\s+/).filter((word) => word !== '').length } as Record<(typeof COUNTED)[number] | 'words', number>;
}

export function describeShape(shape: ReturnType<typeof htmlShape>): string {
  return Object.entries(shape)
    .map(([name, value]) => `${value.toLocaleString('en-GB')} ${name === 'words' ? 'words' : `<${name}>`}`)
    .join(', ');
}
