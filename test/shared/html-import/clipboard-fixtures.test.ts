import { describe, expect, it } from 'vitest';
import { htmlToBodyNodes } from '../../../src/shared/html-import';
import { TEXT_FORMAT } from '../../../src/shared/nodes/lexical-json';
import { allText, expectEditorAccepts, fixture, formattedRuns, links, outline } from './import-helpers';

const { bold, italic, strikethrough, superscript } = TEXT_FORMAT;

describe('paste from Word for Windows', () => {
  const result = htmlToBodyNodes(fixture('word-windows.html'));

  it('keeps headings, paragraphs, rebuilt lists, the table and the quotation, in order', () => {
    expect(outline(result.nodes)).toEqual([
      'h2 Winter pressures on the wards',
      'p When integrated care boards were set up, ministers promised less bureaucracy. Three years on, most of the managers we spoke to say the opposite has happened. The chief executive told us: ‘We were promised “freedom to manage” and we got forms—lots of them.’',
      'p The latest members’ survey found that 62 per cent now spend more time on reporting than on running services.[1]',
      'h2 Three changes would help',
      'ul',
      '  li fewer, shorter reports',
      '  li clearer roles',
      '  ul',
      '    li for chairs',
      '    li for chief executives',
      '  li longer terms for non-executives',
      'p What ministers should do, in order:',
      'ol',
      '  li publish the review',
      '  li cut the returns by half',
      '  li fund the training',
      'h2 The numbers',
      'table',
      '  | Region | Managers | Change |',
      '  | North | 1,200 | −4 per cent |',
      '  | South | 950 | +2 per cent |',
      'quote ‘Give us the room to run services, and judge us on the results.’',
      'p Questions about R&D funding or the Q&A session? Write to the editor.',
      'p [1] MiP members’ survey, autumn 2026.',
    ]);
  });

  it('keeps bold and italic, and the links that are links', () => {
    expect(formattedRuns(result.nodes)).toEqual([
      ['less bureaucracy', bold],
      ['most', italic],
      ['Region', bold],
      ['Managers', bold],
      ['Change', bold],
    ]);
    expect(links(result.nodes)).toEqual([
      ['latest members’ survey', 'https://www.example.org/reports/survey-2026?section=managers&page=2'],
      ['the editor', 'mailto:editor@example.org'],
    ]);
  });

  it('drops the conditional comments, Office XML, styles, reviewing comments, hidden text and footnote anchors', () => {
    const text = allText(result.nodes);
    for (const junk of ['mso', 'Cambria', 'OfficeDocumentSettings', '[JS1]', 'finance team', 'DRAFT NOTE', '·', '_ftn', 'font-family', 'clip_image']) {
      expect(text).not.toContain(junk);
    }
    expect(result.nodes.some((node) => node.type === 'horizontalrule')).toBe(false);
  });

  it('says which picture was not pasted', () => {
    expect(result.warnings.map((w) => w.message)).toEqual([
      'Image not pasted: pictures must be added from disk (“Bar chart of time spent on reporting”).',
    ]);
  });

  it('gives JSON the body editor takes as it is', () => {
    expectEditorAccepts(result.nodes);
  });
});

describe('paste from Word for Mac', () => {
  const result = htmlToBodyNodes(fixture('word-mac.html'));

  it('rebuilds a numbered list that starts at 3 with a lettered list inside it', () => {
    expect(outline(result.nodes)).toEqual([
      'h3 What the trusts said',
      'p She said ‘the board told us “no”—twice’ and left it there. The review runs 2024–25…',
      'p A meeting in Leeds agreed it. The contract runs to March.',
      'ol start=3',
      '  li agree the budget',
      '  ol',
      '    li capital',
      '    li revenue',
      '  li publish the plan',
      'quote ‘It was the 90’s all over again,’ she said.',
      'p شكرا لكم على المشاركة',
      'p Thanks to everyone who replied 👏🏽—all 1,200 of you.',
      'p Next page.',
    ]);
    expect(result.warnings).toEqual([]);
  });

  it('marks the right-to-left paragraph as such', () => {
    const arabic = result.nodes.find((node) => JSON.stringify(node).includes('شكرا'));
    expect(arabic?.direction).toBe('rtl');
  });

  it('gives JSON the body editor takes as it is', () => {
    expectEditorAccepts(result.nodes);
  });
});

describe('paste from Google Docs', () => {
  const result = htmlToBodyNodes(fixture('google-docs.html'));

  it('is not made bold by the b element Docs wraps round everything', () => {
    expect(formattedRuns(result.nodes)).toEqual([
      ['less bureaucracy', bold],
      ['most', italic],
      ['“assurance”’', bold],
      ['2', superscript],
      ['old figure', strikethrough],
      ['Region', bold],
      ['Managers', bold],
    ]);
  });

  it('keeps headings, nested lists, the table, and nests a quotation across a bold boundary', () => {
    expect(outline(result.nodes)).toEqual([
      'h2 Integrated care needs managers',
      'p When integrated care boards were set up, ministers promised less bureaucracy. Three years on, most of the managers we spoke to say the opposite has happened.',
      'p The latest members’ survey says one chair told them ‘we need to talk about “assurance”’ and the cost of it2old figure.',
      'h2 Three changes',
      'ul',
      '  li fewer, shorter reports',
      '  li clearer roles',
      '  ul',
      '    li for chairs',
      '    li for chief executives',
      '  li longer terms for non-executives',
      'ol',
      '  li publish the review',
      '  li fund the training',
      'table',
      '  | Region | Managers |',
      '  | North | 1,200 |',
      'p Give us the room to run services—and judge us on the results.',
    ]);
    expect(links(result.nodes)).toEqual([['latest members’ survey', 'https://www.example.org/reports/survey-2026']]);
  });

  it('leaves the hosted picture out and says so', () => {
    expect(result.warnings.map((w) => w.code)).toEqual(['image-not-imported']);
    expect(allText(result.nodes)).not.toContain('googleusercontent');
  });

  it('gives JSON the body editor takes as it is', () => {
    expectEditorAccepts(result.nodes);
  });
});

describe('paste from LibreOffice Writer', () => {
  const result = htmlToBodyNodes(fixture('libreoffice.html'));

  it('keeps structure and drops fonts, empty paragraphs and the local-file link', () => {
    expect(outline(result.nodes)).toEqual([
      'h2 What boards get wrong',
      'p Boards ask for assurance on everything, and so they get paperwork on everything. ‘Trust is not a line in the budget—it is the budget,’ one chair told us.',
      'p Read the full report or the notes.',
      'ul',
      '  li fewer, shorter reports',
      '  li clearer roles',
      '  ul',
      '    li for chairs',
      'ol start=2',
      '  li cut the returns by half',
      '  li fund the training',
      'table',
      '  | *Region* | *Managers* |',
      '  | North | 1,200 |',
      '  | Source: MiP survey (2 cols) |',
      'p תודה רבה',
      'p 1 of the managers said so.',
    ]);
    expect(links(result.nodes)).toEqual([['full report', 'https://www.example.org/reports/survey-2026']]);
    expect(result.warnings.map((w) => w.message)).toEqual([
      'Link not kept: only http, https and mailto links can be pasted; its text is kept (file:).',
    ]);
    expect(allText(result.nodes)).not.toMatch(/Liberation|@page|western/);
  });

  it('gives JSON the body editor takes as it is', () => {
    expectEditorAccepts(result.nodes);
  });
});

describe('paste or import of a web page', () => {
  const page = fixture('web-article.html');

  it('keeps the article text and nothing that runs or tracks', () => {
    const result = htmlToBodyNodes(page);
    const text = allText(result.nodes);
    for (const junk of ['dataLayer', 'gtag', 'SCHEMA HEADLINE', 'googletag', 'Advertisement', 'initTracking', 'onclick', 'track(', 'javascript', 'data:', 'embargoed', 'type here', 'Back to top', 'Jobs', 'ad-slot', 'svg', 'Logo']) {
      expect(text).not.toContain(junk);
    }
    expect(links(result.nodes)).toEqual([
      ['News Example', 'https://news.example.com/'],
      ['Jane Smith', 'https://news.example.com/authors/jane-smith'],
      ['winter report', 'https://news.example.com/reports/winter-2026'],
      ['daily briefing', 'https://news.example.com/health/briefing?utm_source=share&utm_medium=copy'],
      ['the newsdesk', 'mailto:news@example.com?subject=Winter'],
      ['Another story', 'https://news.example.com/news/1'],
      ['Privacy', 'https://news.example.com/privacy'],
    ]);
    expect(result.warnings.map((w) => w.message)).toEqual([
      'Image not pasted: pictures must be added from disk (“A hospital ward at night”).',
      'Link not kept: only http, https and mailto links can be pasted; its text is kept (javascript:).',
      'Embedded content not pasted: only text, tables and links are kept (iframe).',
      'Link not kept: only http, https and mailto links can be pasted; its text is kept (data:).',
    ]);
    expectEditorAccepts(result.nodes);
  });

  it('as a whole-page import reads only the article, with its caption kept as text', () => {
    const result = htmlToBodyNodes(page, { wholePage: true, source: 'import' });
    expect(outline(result.nodes)).toEqual([
      'h2 Managers warn of winter pressures',
      'p Bed shortages will lengthen ambulance queues, say trust leaders',
      'p By Jane Smith · 26 November 2026',
      'p The ward at Northfield General. Photo: A Person',
      'p Trust leaders say bed shortages are already worse than last year. ‘We’re seeing queues we’d expect in January,’ one said—and that’s in November.',
      'p They want the winter report published, and click here to subscribe.',
      'quote We can’t keep doing this every year.',
      'h2 What happens next',
      'p The minister will respond ‘within weeks’, her office said.',
      'p Read more in our daily briefing or email the newsdesk.',
      'ul',
      '  li Queues are longer',
      '  li Beds are fewer',
      'p Footnote: data from this source.',
    ]);
    expect(result.warnings[0]?.message).toBe('Image not imported: pictures must be added from disk (“A hospital ward at night”).');
  });
});
