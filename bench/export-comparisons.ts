import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import type { StoryBody } from '../src/shared/story/story-schema';

/**
 * The two renderers DESIGN §6 compares the exporter with, loaded from their
 * own package in bench/comparisons (pinned, with its own lock file), never
 * from the app's dependencies: Ghost's @tryghost/kg-lexical-html-renderer
 * (1.3.44, the last release whose whole tree still runs on Node 20; it
 * bundles Lexical 0.13.1) and Lexical 0.52's own $generateHtmlFromNodes
 * on a headless editor with jsdom's window as the DOM.
 */

export const COMPARISONS_DIR = resolve(import.meta.dirname, 'comparisons');

export type ComparisonRenderers = {
  /** Ghost's renderer: the story as Lexical 0.13 JSON → HTML. */
  ghost: (body: StoryBody) => Promise<string>;
  /** Lexical's exporter: the story as Lexical 0.52 JSON → HTML, on jsdom. */
  lexical: (body: StoryBody) => string;
  /** Takes jsdom's globals away again, so later benchmarks see plain Node. */
  close: () => void;
};

type LexicalEditor = {
  parseEditorState: (state: unknown) => unknown;
  setEditorState: (state: unknown) => void;
  read: <T>(work: () => T) => T;
};

/** Installs bench/comparisons on first use (`npm ci`, its lock file); null, with the reason logged, when that fails. */
export function loadComparisonRenderers(log: (line: string) => void): ComparisonRenderers | null {
  if (!existsSync(join(COMPARISONS_DIR, 'node_modules', '@tryghost', 'kg-lexical-html-renderer'))) {
    log('Installing the comparison renderers into bench/comparisons (benchmark only, not part of the app): npm ci --prefix bench/comparisons');
    const install = spawnSync('npm', ['ci', '--prefix', COMPARISONS_DIR, '--no-audit', '--no-fund', '--loglevel', 'error'], {
      stdio: 'inherit',
    });
    if (install.status !== 0) {
      log('Could not install bench/comparisons (offline?): the comparisons are not measured. Run npm ci --prefix bench/comparisons and try again.');
      return null;
    }
  }
  const require = createRequire(join(COMPARISONS_DIR, 'package.json'));
  const globals = installJsdomGlobals(require);
  // Both Lexical builds choose dev or prod when first loaded: the comparison is with the production builds.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    const { createHeadlessEditor } = require('@lexical/headless') as { createHeadlessEditor: (config: object) => LexicalEditor };
    const { $generateHtmlFromNodes } = require('@lexical/html') as { $generateHtmlFromNodes: (editor: LexicalEditor, selection: null) => string };
    const { HeadingNode, QuoteNode } = require('@lexical/rich-text') as Record<string, unknown>;
    const { ListNode, ListItemNode } = require('@lexical/list') as Record<string, unknown>;
    const { LinkNode } = require('@lexical/link') as Record<string, unknown>;
    const ghostModule = require('@tryghost/kg-lexical-html-renderer') as GhostRendererClass | { default: GhostRendererClass };
    const GhostRenderer = 'default' in ghostModule ? ghostModule.default : ghostModule;
    const ghost = new GhostRenderer({ dom: globals.dom });
    const editor = createHeadlessEditor({
      nodes: [HeadingNode, QuoteNode, ListNode, ListItemNode, LinkNode],
      onError: (error: Error) => {
        throw error;
      },
    });
    return {
      ghost: (body) => ghost.render(toLexical013(body)),
      lexical: (body) => {
        editor.setEditorState(editor.parseEditorState(body));
        return editor.read(() => $generateHtmlFromNodes(editor, null));
      },
      close: globals.remove,
    };
  } catch (error) {
    globals.remove();
    throw error;
  } finally {
    if (nodeEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = nodeEnv;
  }
}

type GhostRendererClass = new (options: { dom: unknown }) => { render: (state: unknown) => Promise<string> };

const DOM_GLOBALS = ['window', 'document', 'navigator', 'Node', 'Element', 'HTMLElement', 'Text', 'DocumentFragment'] as const;

/** Lexical reads the DOM from globals (and Node 20 has no navigator): jsdom's, while the comparison runs. */
function installJsdomGlobals(require: NodeJS.Require): { dom: unknown; remove: () => void } {
  const { JSDOM } = require('jsdom') as { JSDOM: new (html: string) => { window: Record<string, unknown> } };
  const dom = new JSDOM('<!DOCTYPE html><html><body></body></html>');
  const scope = globalThis as Record<string, unknown>;
  const before = new Map(DOM_GLOBALS.map((name) => [name, Object.getOwnPropertyDescriptor(scope, name)]));
  for (const name of DOM_GLOBALS) {
    Object.defineProperty(scope, name, { value: name === 'window' ? dom.window : dom.window[name], configurable: true, writable: true });
  }
  return {
    dom,
    remove: () => {
      for (const [name, descriptor] of before) {
        if (descriptor === undefined) delete scope[name];
        else Object.defineProperty(scope, name, descriptor);
      }
    },
  };
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
