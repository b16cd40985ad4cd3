import { parseDocument } from 'htmlparser2';
import { MAX_IMPORT_CHARS, MAX_IMPORT_DEPTH, MAX_IMPORT_NODES, type BodyImport } from './body-import';
import { isElement, type DomDocument, type DomElement, type DomNode, type DomParent } from './dom-nodes';
import { isDroppedElement } from './dom-text';
import { HtmlWalker } from './html-walker';
import { importWarning, type ImportSource } from './import-warning';
import { pageBaseUrl } from './link-url';

export interface HtmlImportOptions {
  /** Whether the warnings speak of a paste (the default) or an import. */
  source?: ImportSource;
  /** Where the HTML came from (a page's address), for its relative links; http(s) only. Without it they become text. */
  baseUrl?: string;
  /** Quotations already open where the first pasted block lands (pasting inside a quotation). */
  openQuoteDepth?: number;
  /**
   * A whole saved web page rather than a clipboard selection: only its main
   * content is read (the first `article`, else `main`, else the whole page),
   * so the site's header, menus and footer stay out.
   */
  wholePage?: boolean;
  /** House typography on every block (default true); off for our own export, whose text is already as its editors left it. */
  typography?: boolean;
  /** Elements nested deeper than this are taken as plain text (default MAX_IMPORT_DEPTH). */
  maxDepth?: number;
  /** Blocks and text runs after which the rest is left out, with a warning (default MAX_IMPORT_NODES). */
  maxNodes?: number;
  /** The whole page, when the root given is only its body: a node's other half may stand outside it (our article's notes follow the body). */
  page?: DomParent;
}

/**
 * HTML from the clipboard (Word, Google Docs, LibreOffice, web pages) or a
 * file, as the story body's Lexical JSON. Keeps paragraphs, headings (h2,
 * h3), bold, italic and the other text formats, links (http, https, mailto),
 * lists (Word's typed-out lists rebuilt as real ones), quotations, rules,
 * simple tables, and Copydesk's own pull-quotes, images and end mark, so
 * our exported HTML converts back exactly. Drops styles, fonts, classes,
 * scripts, comments, form controls and empty paragraphs; applies house
 * typography to every block. Pure: no DOM, runs in the renderer and in Node.
 */
export function htmlToBodyNodes(html: string, options: HtmlImportOptions = {}): BodyImport {
  const source = options.source ?? 'paste';
  const tooLong = html.length > MAX_IMPORT_CHARS;
  const document = parseDocument(tooLong ? html.slice(0, MAX_IMPORT_CHARS) : html, { decodeEntities: true });
  const result = domToBodyNodes(options.wholePage === true ? mainContent(document) : document, {
    ...options,
    baseUrl: pageBaseUrl(baseHref(document), options.baseUrl) ?? undefined,
  });
  if (tooLong && !result.warnings.some((w) => w.code === 'too-large')) {
    result.warnings.push(importWarning('too-large', source, ''));
  }
  return result;
}

/** The same conversion for an element of a document already parsed (a page read part by part); `baseUrl` as it stands. */
export function domToBodyNodes(root: DomParent, options: Omit<HtmlImportOptions, 'wholePage'> = {}): BodyImport {
  const walker = new HtmlWalker({
    source: options.source ?? 'paste',
    baseUrl: options.baseUrl ?? null,
    openQuoteDepth: options.openQuoteDepth ?? 0,
    typography: options.typography ?? true,
    maxDepth: options.maxDepth ?? MAX_IMPORT_DEPTH,
    maxNodes: options.maxNodes ?? MAX_IMPORT_NODES,
  });
  return walker.run(root, options.page ?? root);
}

/** The page's own `<base href>`, which belongs in its head (looked for there only, so the search stays shallow). */
export function baseHref(document: DomDocument): string | undefined {
  const html = childElement(document.children, 'html');
  const head = childElement((html ?? document).children, 'head');
  const base = head === null ? null : childElement(head.children, 'base');
  return base?.attribs.href;
}

/** The page's first `article`, else its first `main`, else the page. */
export function mainContent(document: DomDocument): DomParent {
  let main: DomElement | null = null;
  const stack: DomNode[] = [...document.children].reverse();
  while (stack.length > 0) {
    const node = stack.pop() as DomNode;
    if (!isElement(node) || isDroppedElement(node.name)) continue;
    if (node.name === 'article') return node;
    if (node.name === 'main') main ??= node;
    for (let i = node.children.length - 1; i >= 0; i -= 1) stack.push(node.children[i] as DomNode);
  }
  return main ?? document;
}

function childElement(children: readonly DomNode[], name: string): DomElement | null {
  for (const child of children) {
    if (isElement(child) && child.name === name) return child;
  }
  return null;
}
