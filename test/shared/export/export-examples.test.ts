import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportForms } from '../../../src/shared/export/export-input';
import { exportStory } from '../../../src/shared/export/export-story';
import { footnoteNode } from '../../../src/nodes/footnote/footnote-schema';
import { exampleHtml, exportBlocks, fullStoryInput, p, t } from './export-fixtures';
import { validationErrors } from './validate-html';

describe('the documented example (docs/examples)', () => {
  it.each(exportForms)('exports the %s form byte for byte as checked in, without warnings', (form) => {
    const result = exportStory(fullStoryInput(), { form });
    expect(result.warnings).toEqual([]);
    // Regenerate with `npx tsx scripts/export-examples.ts` only after a deliberate format change.
    expect(result.html).toBe(exampleHtml(form));
  });

  it.each(exportForms)('passes html-validate with no errors in the %s form', async (form) => {
    expect(await validationErrors(exampleHtml(form), form)).toBe('');
  });

  it('puts the article form inside the page, and the body form inside the article', () => {
    const page = exampleHtml('page');
    const article = exampleHtml('article');
    expect(page).toContain(`<main>\n${article}</main>\n`);
    expect(article).toContain(`<div class="cd-body">\n${exampleHtml('body')}</div>\n`);
  });

  it('lists the image files to copy beside the export: the head’s logo, the lead image, then body images', () => {
    const input = fullStoryInput();
    const bodyImage = input.story.body!.root.children.find((n) => n.type === 'image') as unknown as { sha256: string };
    const files = (form: 'page' | 'body') => exportStory(input, { form }).images.map((i) => i.file);
    expect(files('page')).toEqual([`images/${input.settings.siteLogo!.sha256}.png`, `images/${input.leadImage!.sha256}.jpg`, `images/${bodyImage.sha256}.png`]);
    expect(files('body')).toEqual([`images/${bodyImage.sha256}.png`]);
  });

  it('is shown verbatim in docs/export-format.md', () => {
    const doc = readFileSync(join(__dirname, '..', '..', '..', 'docs', 'export-format.md'), 'utf8');
    const marker = '<!-- The block below is checked against docs/examples/full-story.article.html by the tests. -->';
    const shown = doc.slice(doc.indexOf(marker)).match(/```html\n([\s\S]*?)```/);
    expect(shown?.[1]).toBe(exampleHtml('article'));
  });
});

describe('the footnote example in docs/export-format.md', () => {
  it('is what the exporter writes', () => {
    const doc = readFileSync(join(__dirname, '..', '..', '..', 'docs', 'export-format.md'), 'utf8');
    const shown = doc.slice(doc.indexOf('Footnotes, for example')).match(/```html\n([\s\S]*?)```/)?.[1];
    const note = footnoteNode('NHS England, Agency spending, 2026: https://www.example.org/agency.');
    expect(exportBlocks([p(t('Agency spending rose by a third.'), note, t(' Boards were told in March.'))]).html).toBe(shown);
  });
});
