import type { JsonNode, NodeHtmlWriter } from '../../nodes/node-definition';
import { customNode } from '../../nodes/registry';
import { TEXT_FORMAT } from '../nodes/lexical-json';
import type { Settings } from '../settings/settings-schema';
import { childrenOf, isBlockType, isNode, MAX_DEPTH } from './body-json';
import type { ExportWarningCode } from './export-warning';
import { quoted } from './export-warning';
import { escapeAttribute, escapeText, hasVisibleText } from './html-escape';
import type { HtmlOutput } from './html-output';
import { linkHref } from './safe-url';

/** Open and close tags for each combination of the first eight format bits, outermost first. */
const FORMAT_TAGS: ReadonlyArray<readonly [number, string]> = [
  [TEXT_FORMAT.bold, 'strong'],
  [TEXT_FORMAT.italic, 'em'],
  [TEXT_FORMAT.strikethrough, 's'],
  [TEXT_FORMAT.highlight, 'mark'],
  [TEXT_FORMAT.subscript, 'sub'],
  [TEXT_FORMAT.superscript, 'sup'],
  [TEXT_FORMAT.code, 'code'],
];
const FORMAT_OPEN: string[] = [];
const FORMAT_CLOSE: string[] = [];
for (let format = 0; format < 256; format += 1) {
  const tags = FORMAT_TAGS.filter(([bit]) => (format & bit) !== 0).map(([, tag]) => tag);
  FORMAT_OPEN.push(tags.map((t) => `<${t}>`).join(''));
  FORMAT_CLOSE.push(
    tags
      .reverse()
      .map((t) => `</${t}>`)
      .join(''),
  );
}

/**
 * The body writer's state and its inline half: text, links and our own
 * nodes that stand inside text, pushed as strings onto `out`. BodyWriter
 * (body-html.ts) adds the blocks.
 */
export class InlineHtmlWriter {
  protected readonly out: string[];
  /** Child indexes from the root to the node being written, for warnings. */
  protected readonly path: number[] = [];
  /** Whether visible content was written since the enclosing element began. */
  protected hasContent = false;
  private inLink = false;
  /** What our own nodes' writers (src/nodes) may use. */
  protected readonly nodeWriter: NodeHtmlWriter;
  /** The nodes that took a number (NodeHtmlWriter.number), by type, in document order. */
  readonly numbered = new Map<string, JsonNode[]>();

  constructor(
    protected readonly output: HtmlOutput,
    settings: Pick<Settings, 'assetBaseUrl'>,
  ) {
    this.out = output.out;
    this.nodeWriter = {
      out: this.out,
      output,
      settings,
      warn: (code, message) => this.warn(code, message),
      wroteContent: () => {
        this.hasContent = true;
      },
      isInLink: () => this.inLink,
      number: (node) => {
        const nodes = this.numbered.get(node.type) ?? [];
        nodes.push(node);
        this.numbered.set(node.type, nodes);
        return nodes.length;
      },
    };
  }

  protected warn(code: ExportWarningCode, message: string): void {
    this.output.warnings.push({ code, message, field: 'body', path: this.path.slice() });
  }

  protected tooDeep(): boolean {
    if (this.path.length <= MAX_DEPTH) return false;
    this.warn('too-deep', `Content nested more than ${MAX_DEPTH} levels deep is left out.`);
    return true;
  }

  protected writeInline(nodes: readonly unknown[], from: number, to: number): void {
    for (let i = from; i < to; i += 1) {
      this.path.push(i);
      this.writeInlineNodeAt(nodes[i]);
      this.path.pop();
    }
  }

  protected writeInlineNodeAt(node: unknown): void {
    if (!isNode(node)) {
      this.warn('invalid-node', 'A body node without a type is left out.');
    } else if (!this.tooDeep()) {
      this.writeInlineContent(node);
    }
  }

  private writeInlineContent(node: JsonNode): void {
    switch (node.type) {
      case 'text':
      case 'hashtag':
        this.writeText(node);
        return;
      case 'linebreak':
        this.out.push('<br>');
        return;
      case 'tab':
        this.out.push('\t');
        return;
      case 'link':
      case 'autolink':
        this.writeLink(node);
        return;
      case 'mark':
      case 'overflow':
        this.writeInline(childrenOf(node), 0, childrenOf(node).length);
        return;
      case 'horizontalrule':
        this.warn('misplaced-node', `Misplaced node ${quoted(node.type)} (inside text): left out.`);
        return;
    }
    const custom = customNode(node.type);
    if (custom !== undefined) {
      if (custom.html.writeInline !== undefined) custom.html.writeInline(node, this.nodeWriter);
      else this.warn('misplaced-node', `Misplaced node ${quoted(node.type)} (inside text): left out.`);
      return;
    }
    if (isBlockType(node.type)) {
      this.warn('misplaced-node', `Misplaced node ${quoted(node.type)} (inside text): its text is kept.`);
    } else {
      this.warn('unknown-node', `Unknown node type ${quoted(node.type)}: its text is kept.`);
    }
    if (Array.isArray(node.children)) {
      this.writeInline(node.children, 0, node.children.length);
    } else {
      this.writeText(node);
    }
  }

  private writeText(node: JsonNode): void {
    const text = node.text;
    if (typeof text !== 'string' || text === '') return;
    if (!this.hasContent && hasVisibleText(text)) this.hasContent = true;
    const format = typeof node.format === 'number' ? node.format & 0xff : 0;
    const open = FORMAT_OPEN[format]!;
    if (open === '') {
      this.out.push(escapeText(text));
    } else {
      this.out.push(open, escapeText(text), FORMAT_CLOSE[format]!);
    }
  }

  private writeLink(node: JsonNode): void {
    const children = childrenOf(node);
    if (this.inLink || node.isUnlinked === true) {
      this.writeInline(children, 0, children.length);
      return;
    }
    const href = typeof node.url === 'string' ? linkHref(node.url) : null;
    if (href === null) {
      this.warn('link-not-allowed', `Link ${quoted(node.url ?? '')} is not an http, https or mailto URL: its text is kept without the link.`);
      this.writeInline(children, 0, children.length);
      return;
    }
    const title = typeof node.title === 'string' && hasVisibleText(node.title) ? ` title="${escapeAttribute(node.title.trim())}"` : '';
    const openIndex = this.out.length;
    this.out.push(`<a href="${escapeAttribute(href)}"${title}>`);
    const outer = this.hasContent;
    this.hasContent = false;
    this.inLink = true;
    this.writeInline(children, 0, children.length);
    this.inLink = false;
    if (this.hasContent) {
      this.out.push('</a>');
    } else {
      this.out[openIndex] = ''; // a link with no visible text is no link; any spaces stay
    }
    this.hasContent = outer || this.hasContent;
  }
}
