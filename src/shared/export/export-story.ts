import { writeArticle } from './article-html';
import { writeAfterBody, writeBody } from './body-html';
import type { ExportImage, ExportInput, ExportOptions } from './export-input';
import type { ExportWarning } from './export-warning';
import type { HtmlOutput } from './html-output';
import { writePage } from './page-html';

export interface ExportResult {
  /** UTF-8 text ending in one newline ('' for an empty body in the body form). */
  html: string;
  /** What was left out or changed, in document order. */
  warnings: ExportWarning[];
  /** Image files the HTML refers to, to copy beside it as images/<sha256>.<ext>. */
  images: ExportImage[];
}

/**
 * The website HTML for a story (docs/export-format.md): the only producer of
 * it. Pure and deterministic: the same input gives the same bytes.
 */
export function exportStory(input: ExportInput, options: ExportOptions): ExportResult {
  const output: HtmlOutput = { out: [], warnings: [], images: new Map() };
  switch (options.form) {
    case 'body':
      writeAfterBody(output, writeBody(output, input.story.body, input.settings));
      break;
    case 'article':
      writeArticle(output, input);
      break;
    case 'page':
      writePage(output, input, options);
      break;
  }
  return { html: output.out.join(''), warnings: output.warnings, images: [...output.images.values()] };
}
