import { isNotYetLive, relatedLinkProblem } from '../story/related-link-state';
import type { ExportInput } from './export-input';
import { leadImageSchema } from './export-input';
import { writeAfterBody, writeBody, type NumberedNodes } from './body-html';
import { quoted } from './export-warning';
import { escapeAttribute, escapeText, hasVisibleText } from './html-escape';
import type { HtmlOutput } from './html-output';
import { addImage } from './html-output';
import { writeImageFigure } from '../../nodes/image/image-figure';
import { londonDate, utcInstant } from './publish-date';
import { webHref } from './safe-url';
import { imageUrl } from './site-urls';

/** The article form: `<article>` with header, body, footer and related stories, each left out when empty. */
export function writeArticle(output: HtmlOutput, input: ExportInput): void {
  output.out.push('<article class="cd-article" lang="en-GB">\n');
  writeHeader(output, input);
  let numbered: NumberedNodes = new Map();
  writeWrapped(output, '<div class="cd-body">\n', '</div>\n', () => {
    numbered = writeBody(output, input.story.body, input.settings);
  });
  writeAfterBody(output, numbered);
  writeFooter(output, input.authorBio);
  writeRelated(output, input);
  output.out.push('</article>\n');
}

/** open + what `write` adds + close, or nothing when `write` adds nothing. */
function writeWrapped(output: HtmlOutput, open: string, close: string, write: () => void): void {
  const mark = output.out.length;
  output.out.push(open);
  write();
  if (output.out.length === mark + 1) {
    output.out.length = mark;
  } else {
    output.out.push(close);
  }
}

/** `<p class="…">text</p>` when the text has something to show. */
function textLine(output: HtmlOutput, tag: string, className: string, text: string): boolean {
  if (!hasVisibleText(text)) return false;
  output.out.push(`<${tag} class="${className}">${escapeText(text.trim())}</${tag}>\n`);
  return true;
}

function writeHeader(output: HtmlOutput, input: ExportInput): void {
  const { story } = input;
  writeWrapped(output, '<header class="cd-header">\n', '</header>\n', () => {
    textLine(output, 'p', 'cd-section', story.section);
    if (!textLine(output, 'h1', 'cd-headline', story.headline)) {
      output.warnings.push({ code: 'no-headline', message: 'The story has no headline.', field: 'headline', path: [] });
    }
    textLine(output, 'p', 'cd-standfirst', story.standfirst);
    writeWrapped(output, '<div class="cd-bylines">\n', '</div>\n', () => {
      for (const byline of story.bylines) writeByline(output, byline);
    });
    const published = utcInstant(story.publishDate);
    if (published === null) {
      output.warnings.push({
        code: 'no-publish-date',
        message: 'The story has no publish date: the date is left out of the article and its metadata.',
        field: 'publishDate',
        path: [],
      });
    } else {
      output.out.push(`<p class="cd-published"><time datetime="${published}">${londonDate(published)}</time></p>\n`);
    }
    writeLeadImage(output, input);
  });
}

function writeByline(output: HtmlOutput, byline: ExportInput['story']['bylines'][number]): void {
  if (!hasVisibleText(byline.name)) return;
  const parts = [`<span class="cd-byline-name">${escapeText(byline.name.trim())}</span>`];
  if (hasVisibleText(byline.role)) parts.push(`<span class="cd-byline-role">${escapeText(byline.role.trim())}</span>`);
  if (hasVisibleText(byline.organisation)) {
    parts.push(`<span class="cd-byline-organisation">${escapeText(byline.organisation.trim())}</span>`);
  }
  output.out.push(`<p class="cd-byline">${parts.join(', ')}</p>\n`);
}

function writeLeadImage(output: HtmlOutput, input: ExportInput): void {
  if (input.leadImage === null) return;
  const parsed = leadImageSchema.safeParse(input.leadImage);
  if (!parsed.success) {
    output.warnings.push({ code: 'invalid-node', message: 'The lead image does not match its shape and is left out.', field: 'leadImage', path: [] });
    return;
  }
  const image = parsed.data;
  if (!hasVisibleText(image.alt)) {
    output.warnings.push({ code: 'image-no-alt', message: 'The lead image has no alt text.', field: 'leadImage', path: [] });
  }
  addImage(output, image);
  writeImageFigure(output.out, 'cd-lead-image', image, imageUrl(input.settings, image), false);
}

function writeFooter(output: HtmlOutput, bio: string): void {
  writeWrapped(output, '<footer class="cd-footer">\n', '</footer>\n', () => {
    for (const line of bio.split('\n')) textLine(output, 'p', 'cd-bio', line);
  });
}

function writeRelated(output: HtmlOutput, input: ExportInput): void {
  writeWrapped(output, '<aside class="cd-related" aria-label="Related stories">\n<ul class="cd-related-list">\n', '</ul>\n</aside>\n', () => {
    input.related.forEach((entry, index) => {
      if ('leftOut' in entry) {
        const message = relatedLinkProblem(entry.leftOut, entry.headline);
        output.warnings.push({ code: 'related-story-not-live', message, field: 'related', path: [index] });
        return;
      }
      const card = entry;
      const notYet = card.state !== undefined && isNotYetLive(card.state) ? relatedLinkProblem(card.state, card.headline) : null;
      if (notYet !== null) output.warnings.push({ code: 'related-story-not-ready', message: notYet, field: 'related', path: [index] });
      const href = webHref(card.url);
      if (href === null) {
        output.warnings.push({
          code: 'related-link-not-allowed',
          message: `Related story ${quoted(card.headline)} has the URL ${quoted(card.url)}, which is not http or https: it is left out.`,
          field: 'related',
          path: [index],
        });
        return;
      }
      output.out.push('<li class="cd-related-item">\n');
      if (card.imageUrl !== '') {
        const src = webHref(card.imageUrl);
        if (src === null) {
          output.warnings.push({
            code: 'related-image-not-allowed',
            message: `Related story ${quoted(card.headline)} has the picture URL ${quoted(card.imageUrl)}, which is not http or https: the picture is left out.`,
            field: 'related',
            path: [index],
          });
        } else {
          output.out.push(`<img class="cd-related-image" src="${escapeAttribute(src)}" alt="" loading="lazy">\n`);
        }
      }
      // A headline-less story is named by its URL, so the link always has text.
      const headline = hasVisibleText(card.headline) ? card.headline.trim() : href;
      output.out.push(`<a class="cd-related-headline" href="${escapeAttribute(href)}">${escapeText(headline)}</a>\n`);
      textLine(output, 'p', 'cd-related-standfirst', card.standfirst);
      textLine(output, 'p', 'cd-related-byline', card.byline);
      output.out.push('</li>\n');
    });
  });
}
