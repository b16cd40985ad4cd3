import { describe, expect, it } from 'vitest';
import { readArticlePage } from '../../../src/shared/html-import/article-page';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { exportStory } from '../../../src/shared/export/export-story';
import { fullStoryInput } from '../export/export-fixtures';
import { fixture, outline } from './import-helpers';

const pageOf = (name: string) => readArticlePage(fixture(`pages/${name}`));
const bodyOutline = (page: ReturnType<typeof readArticlePage>) => outline(page.body.root.children as never);

describe('our own page', () => {
  const page = readArticlePage(readFileSync(join(import.meta.dirname, '../../../docs/examples/full-story.page.html'), 'utf8'));

  it('reads every field the exporter wrote, by its class', () => {
    expect(page).toMatchObject({
      own: true,
      section: 'Opinion',
      headline: 'Integrated care needs managers who are trusted to lead',
      standfirst: 'Boards that second-guess every decision lose the people they need most. It is time to let managers manage.',
      slug: 'integrated-care-needs-managers',
      socialHeadline: 'Trust managers to lead integrated care',
      socialDescription: '',
      publishDate: '2026-11-26T09:00:00.000Z',
      contentModifiedAt: '2026-11-25T17:42:10.000Z',
      tags: ['leadership', 'integrated care'],
      bylines: [
        { name: 'Jane Smith', role: 'chief executive', organisation: 'Example Trust' },
        { name: 'Amir Khan', role: 'director of strategy', organisation: 'North Example ICB' },
      ],
      authorBio: 'Jane Smith is chief executive of Example Trust.\nAmir Khan is director of strategy of North Example ICB.',
      warnings: [],
    });
    expect(page.related).toEqual([
      {
        url: 'https://www.example.org/news/icb-budgets-cut-by-a-third',
        headline: 'ICB running costs to be cut by a third',
        standfirst: 'Boards have until March to find the savings.',
        byline: 'Priya Patel',
        imageUrl: 'https://www.example.org/assets/images/e550ab36b3bfdda44368f0643cdeb5cbf10adb3b36ce59ef1dda7e67ee3cc794.jpg',
      },
      {
        url: 'https://www.hsj.example/analysis/what-managers-do',
        headline: 'What do NHS managers actually do?',
        standfirst: 'A week in the life of three managers.',
        byline: 'Tom Reed and Ana Silva',
        imageUrl: 'https://images.hsj.example/managers.webp',
      },
      { url: 'https://www.example.org/opinion/the-case-for-fewer-targets', headline: 'The case for fewer targets', standfirst: '', byline: 'Jane Smith', imageUrl: '' },
    ]);
  });

  it('keeps the body to the body: no headline, bylines or related stories in it', () => {
    const lines = bodyOutline(page);
    expect(lines[0]).toMatch(/^p When integrated care boards/);
    expect(lines).toContain('pullquote Trust is not a line in the budget—it is the budget. — Jane Smith');
    expect(lines.join('\n')).not.toMatch(/ICB running costs|Jane Smith is chief executive/);
  });
});

describe('our own page with an edited pull-quote', () => {
  const input = fullStoryInput();
  const children = input.story.body!.root.children;
  const quoteAt = children.findIndex((node) => node.type === 'pullquote');
  const edited = { type: 'pullquote', version: 2, text: 'Trust is … the budget, and managers know it.', attribution: 'Jane Smith', edited: true };
  const withEdited = { ...input, story: { ...input.story, body: { ...input.story.body!, root: { ...input.story.body!.root, children: children.map((node, i) => (i === quoteAt ? edited : node)) } } } };

  it('exports it as any pull-quote and reads it back as an edited quote, the verbatim one as verbatim', () => {
    const html = exportStory(withEdited, { form: 'page' }).html;
    expect(html).not.toMatch(/edited/i);
    const back = readArticlePage(html).body.root.children.filter((node) => node.type === 'pullquote');
    expect(back).toEqual([edited]);
    const verbatim = readArticlePage(exportStory(input, { form: 'page' }).html).body.root.children.filter((node) => node.type === 'pullquote');
    expect(verbatim).toEqual([expect.objectContaining({ edited: false })]);
  });
});

describe('a Guardian opinion piece', () => {
  const page = pageOf('guardian-opinion.html');

  it('takes the h1, the standfirst block, the author from schema.org and the dates from the meta tags', () => {
    expect(page).toMatchObject({
      own: false,
      headline: 'Boards that second-guess managers will lose them',
      standfirst: 'Integrated care boards promised less bureaucracy. They delivered the opposite, says Jane Smith',
      section: 'Opinion',
      publishDate: '2026-11-20T06:00:12.000Z',
      contentModifiedAt: '2026-11-20T09:14:02.000Z',
      bylines: [{ name: 'Jane Smith', role: '', organisation: '' }],
      tags: ['NHS', 'Health', 'Society', 'UK news'],
      socialHeadline: '',
    });
  });

  it('reads the body without the kicker, share buttons, newsletter box or tag list; the quote aside becomes a pull-quote', () => {
    expect(bodyOutline(page)).toEqual([
      'p When integrated care boards were set up, ministers promised ‘less bureaucracy’. Three years on, most managers we spoke to say the opposite has happened.',
      'p The latest members’ survey found that 62 per cent now spend more time on reporting than on running services—and that is before the winter.',
      'pullquote Trust is not a line in the budget—it is the budget — Jane Smith',
      'p Boards ask for assurance on everything, and so they get paperwork on everything. Trust is not a line in the budget—it is the budget.',
      'h2 What boards get wrong',
      'p Three changes would help at once: fewer, shorter reports; clearer roles for chairs; and longer terms for non-executives.',
      'p Give us the room to run services, and judge us on the results.',
    ]);
  });

  it('takes the closing italic “• Name is …” line as the bio and the rich link as a related story', () => {
    expect(page.authorBio).toBe('Jane Smith is chief executive of Example Trust');
    expect(page.related).toEqual([
      { url: 'https://www.theguardian.com/society/2026/nov/02/icb-running-costs-cut', headline: 'ICB running costs to be cut by a third', standfirst: '', byline: '', imageUrl: '' },
    ]);
  });
});

describe('a BBC News article', () => {
  const page = pageOf('bbc-news.html');

  it('reads the byline block (name, role, organisation) when schema.org credits only the organisation', () => {
    expect(page.bylines).toEqual([{ name: 'Jane Smith', role: 'Health correspondent', organisation: 'BBC News' }]);
    expect(page).toMatchObject({
      headline: 'Hospital handover delays hit record high',
      standfirst: 'Ambulance crews waited more than 100,000 hours outside A&E in October, figures show.',
      section: 'Health',
      publishDate: '2026-11-20T00:14:31.912Z',
    });
  });

  it('leaves out the screen-reader labels and the photo credit, keeps the caption, and refuses the picture', () => {
    expect(bodyOutline(page)).toEqual([
      'p Crews waited outside A&E for hours',
      'p Ambulance crews in England waited more than 100,000 hours outside A&E in October, the highest figure on record.',
      'p NHS England said demand was ‘unprecedented’, with the number of 999 calls up 8% on last year.',
      'h2 What the figures show',
      'ul',
      '  li Average handover time: 51 minutes',
      '  li Handovers over an hour: one in five',
      'p Read the monthly statistics or our earlier report.',
    ]);
    expect(page.warnings.map((w) => w.code)).toEqual(['image-not-imported']);
  });

  it('takes “More on this story” as the related links (relative URLs read against the canonical URL, headlines in house style), and not the topic tags', () => {
    expect(page.related.map((link) => [link.url, link.headline])).toEqual([
      ['https://www.bbc.co.uk/news/health-67220011', 'A&E waits: Why are they so long?'],
      ['https://www.bbc.co.uk/news/uk-england-66991234', 'Paramedics warn of ‘corridor care’'],
    ]);
  });
});

describe('a WordPress post (Yoast, Jetpack, a theme author box)', () => {
  const page = pageOf('wordpress-post.html');

  it('takes the entry title, the Yoast description as standfirst, the byline and the section', () => {
    expect(page).toMatchObject({
      headline: 'Why flexible rotas keep staff',
      standfirst: 'A pilot at three trusts cut leavers by a fifth. Here is what it took.',
      bylines: [{ name: 'Priya Patel', role: '', organisation: '' }],
      section: 'Workforce',
      slug: 'why-flexible-rotas-keep-staff',
      publishDate: '2026-11-18T07:30:00.000Z',
    });
  });

  it('reads the block pull-quote with its cite, the quote, the closing ■ as the end mark, and leaves out sharing and the author box', () => {
    const nodes = page.body.root.children;
    expect(bodyOutline(page)).toEqual([
      'p Nobody leaves the NHS because of one bad shift. They leave because they cannot plan a life around the rota—and, at three trusts in the north-west, a pilot set out to change that.',
      'h2 What the pilot did',
      'ul',
      '  li rotas published eight weeks ahead',
      '  li self-rostering for every band',
      'pullquote For the first time I could book a holiday before the rota came out. — A ward manager in Bolton',
      'p Leavers fell by a fifth in a year, and agency spending with them. The agency figures tell the same story.',
      'quote Give teams the tools and they will solve the rota themselves.',
      'p The rota board at one of the pilot wards',
      'p The trusts now plan to make it permanent. ',
    ]);
    const last = nodes[nodes.length - 1] as unknown as { children: { type: string }[] };
    expect(last.children.map((child) => child.type)).toEqual(['text', 'endmark']);
  });

  it('takes the author box as the bio and Jetpack’s related posts as related links; the sidebar and comments stay out', () => {
    expect(page.authorBio).toBe('Priya Patel is director of workforce at Riverside ICB.');
    expect(page.related.map((link) => link.headline)).toEqual(['Agency spending falls for the first time in five years', 'Rostering software: what works']);
    expect(JSON.stringify(page)).not.toMatch(/Great piece|Recent Posts|Older post|Share this/);
  });
});

describe('pages with little markup', () => {
  it('falls back to rel="author", the meta description and a byline class, and survives broken JSON-LD', () => {
    const page = readArticlePage(`<html><head><meta name="description" content="Short  summary.">
      <script type="application/ld+json">{"@type": "NewsArticle", broken</script></head>
      <body><article><h1>Plain page</h1><p class="byline">By Sam Lee and Ana Silva, health reporters</p>
      <p>Text with a <script>alert(1)</script>link to <a href="javascript:alert(1)">nowhere</a>.</p></article></body></html>`);
    expect(page).toMatchObject({ headline: 'Plain page', standfirst: 'Short summary.', slug: '' });
    expect(page.bylines).toEqual([
      { name: 'Sam Lee', role: '', organisation: '' },
      { name: 'Ana Silva', role: 'health reporters', organisation: '' },
    ]);
    expect(bodyOutline(page)).toEqual(['p Text with a link to nowhere.']);
    expect(JSON.stringify(page.body)).not.toMatch(/javascript|alert/);
    expect(page.warnings.map((w) => w.code)).toEqual(['link-not-allowed']);
  });

  it('reads a capitalised job title after a name as the role, not as another author', () => {
    const byline = (text: string) => readArticlePage(`<article><h1>Title</h1><p class="byline">${text}</p><p>Body.</p></article>`).bylines;
    expect(byline('By Jane Smith, Health Editor')).toEqual([{ name: 'Jane Smith', role: 'Health Editor', organisation: '' }]);
    expect(byline('By Jane Smith, Chief Executive, Example Trust')).toEqual([
      { name: 'Jane Smith', role: 'Chief Executive', organisation: 'Example Trust' },
    ]);
    expect(byline('By Jane Smith and Amir Khan')).toEqual([
      { name: 'Jane Smith', role: '', organisation: '' },
      { name: 'Amir Khan', role: '', organisation: '' },
    ]);
  });

  it('finds a dek by class, and an unnamed aside of links as related stories', () => {
    const page = readArticlePage(`<main><header><h1>Title</h1><p class="article-dek">The dek.</p></header>
      <p>Body.</p><aside><h3>Elsewhere</h3><ul><li><a href="https://example.org/a">Story A</a></li></ul></aside></main>`);
    expect(page.standfirst).toBe('The dek.');
    expect(bodyOutline(page)).toEqual(['p Body.']);
    expect(page.related.map((link) => link.url)).toEqual(['https://example.org/a']);
  });
});
