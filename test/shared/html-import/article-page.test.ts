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
      sectionLabels: ['Opinion'],
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
      sectionLabels: ['Opinion'],
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

  it('takes the closing italic “• Name is …” line as the bio, the rich link and “More on this story” (with its trail text) as related stories, not “Most viewed”', () => {
    expect(page.authorBio).toBe('Jane Smith is chief executive of Example Trust');
    expect(page.related).toEqual([
      { url: 'https://www.theguardian.com/society/2026/nov/02/icb-running-costs-cut', headline: 'ICB running costs to be cut by a third', standfirst: '', byline: '', imageUrl: '' },
      {
        url: 'https://www.theguardian.com/society/2026/oct/30/nhs-managers-pay-frozen',
        headline: 'NHS managers’ pay frozen for a second year',
        standfirst: 'Trusts told to hold salaries at 2025 levels',
        byline: '',
        imageUrl: 'https://i.guim.co.uk/img/media/def/master/2000.jpg?width=300',
      },
    ]);
    expect(JSON.stringify(page)).not.toMatch(/Storm warning|Most viewed/);
  });
});

describe('a BBC News article', () => {
  const page = pageOf('bbc-news.html');

  it('reads the byline block (name, role, organisation) when schema.org credits only the organisation', () => {
    expect(page.bylines).toEqual([{ name: 'Jane Smith', role: 'Health correspondent', organisation: 'BBC News' }]);
    expect(page).toMatchObject({
      headline: 'Hospital handover delays hit record high',
      standfirst: 'Ambulance crews waited more than 100,000 hours outside A&E in October, figures show.',
      sectionLabels: ['Health'],
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
      sectionLabels: ['Workforce', 'Opinion'],
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

describe('the end of another site’s story', () => {
  const ending = (body: string) => readArticlePage(`<article><h1>Title</h1><p class="byline">By Jane Smith</p>${body}</article>`);
  const lastTypes = (page: ReturnType<typeof readArticlePage>) => {
    const nodes = page.body.root.children as unknown as { children?: { type: string; text?: string }[] }[];
    return (nodes[nodes.length - 1]?.children ?? []).map((child) => (child.type === 'text' ? `text:${child.text}` : child.type));
  };

  it('takes a closing " //" (after a space or a no-break space) and a closing ■ as the end mark', () => {
    expect(lastTypes(ending('<p>One.</p><p>Judge us on the results. //</p>'))).toEqual(['text:Judge us on the results. ', 'endmark']);
    expect(lastTypes(ending('<p>Judge us on the <em>results</em>.&nbsp;//</p>'))).toEqual(['text:Judge us on the ', 'text:results', 'text:. ', 'endmark']);
    expect(lastTypes(ending('<p>Judge us on the results.<span class="end"> //</span></p>'))).toEqual(['text:Judge us on the results. ', 'endmark']);
    expect(lastTypes(ending('<p>Judge us on the results. ■</p>'))).toEqual(['text:Judge us on the results. ', 'endmark']);
  });

  it('closes the paragraph before a mark on a line of its own', () => {
    const page = ending('<p>First.</p><p>Judge us on the results.</p><p>//</p>');
    expect(bodyOutline(page)).toEqual(['p First.', 'p Judge us on the results. ']);
    expect(lastTypes(page)).toEqual(['text:Judge us on the results. ', 'endmark']);
  });

  it('leaves "//" in a URL or in the middle of the text alone', () => {
    expect(lastTypes(ending('<p>The guide is at https://www.example.org/guide//</p>'))).toEqual(['text:The guide is at https://www.example.org/guide//']);
    expect(lastTypes(ending('<p>Either // or, as the chart shows.</p>'))).toEqual(['text:Either // or, as the chart shows.']);
  });

  it('takes the lines after the end mark as the bio, italic or not, and leaves them out of the body', () => {
    const page = ending('<p>Judge us on the results. //</p><p>Jane Smith is chief executive of Example Trust.</p><p>She writes in a personal capacity.</p>');
    expect(page.authorBio).toBe('Jane Smith is chief executive of Example Trust.\nShe writes in a personal capacity.');
    expect(lastTypes(page)).toEqual(['text:Judge us on the results. ', 'endmark']);
    expect(page.body.root.children).toHaveLength(1);
  });

  it('keeps a story going when what follows the mark is not a bio', () => {
    const page = ending('<p>Judge us on the results. //</p><h2>Update</h2><p>Corrected on 2 December.</p>');
    expect(page.authorBio).toBe('');
    expect(bodyOutline(page)).toEqual(['p Judge us on the results. ', 'h2 Update', 'p Corrected on 2 December.']);
    expect(JSON.stringify(page.body.root.children[0])).toContain('"type":"endmark"');
  });
});

describe('the section and the publish date of another site’s page', () => {
  const labelsOf = (html: string) => readArticlePage(html).sectionLabels;

  it('reads a section label, kicker or category before the page’s metadata, and not the menus’ or the related cards’', () => {
    const page = `<html><head><meta property="article:section" content="Comment"></head><body>
      <nav class="menu"><a class="menu-item-object-category" href="/opinion">Opinion</a></nav>
      <article><header><p class="section">News</p><h1>Title</h1></header><p>Body.</p>
      <section class="related"><h2>Related</h2><ul><li><span class="kicker">Feature</span><a href="https://example.org/a">A</a></li></ul></section>
      </article></body></html>`;
    expect(labelsOf(page)).toEqual(['News', 'Comment']);
    expect(labelsOf('<article><span class="kicker">Analysis</span><h1>Title</h1><p>Body.</p></article>')).toEqual(['Analysis']);
    expect(labelsOf('<article><h1>Title</h1><p>Body.</p><footer><span class="cat-links">Posted in <a rel="category tag" href="/c/news">News</a>, <a rel="category tag" href="/c/nhs">NHS</a></span></footer></article>')).toEqual(['News', 'NHS']);
  });

  it('reads the breadcrumb’s last-but-one item, and schema.org’s articleSection from a Yoast @graph', () => {
    const page = `<html><head><script type="application/ld+json">{"@graph":[{"@type":"WebPage","name":"x"},{"@type":"Article","articleSection":["Workforce","News"],"datePublished":"2026-11-18T07:30:00+00:00"}]}</script></head>
      <body><nav class="breadcrumbs"><ol><li><a href="/">Home</a></li><li><a href="/interviews">Interview</a></li><li>Title</li></ol></nav><article><h1>Title</h1><p>Body.</p></article></body></html>`;
    expect(readArticlePage(page)).toMatchObject({ sectionLabels: ['Interview', 'Title', 'Workforce', 'News'], publishDate: '2026-11-18T07:30:00.000Z' });
  });

  it('takes the publish date from the header’s time (the published one, not the update), in UTC', () => {
    const dated = (html: string) => readArticlePage(`<article><header><h1>Title</h1>${html}</header><p>Body.</p></article>`).publishDate;
    expect(dated('<time class="updated" datetime="2026-11-19T10:02:45+00:00">19 Nov</time><time class="published" datetime="2026-11-18T07:30:00+00:00">18 Nov</time>')).toBe(
      '2026-11-18T07:30:00.000Z',
    );
    expect(dated('<p>Updated <time class="dateModified" datetime="2026-11-19">19 Nov</time></p><time datetime="2026-07-01T10:00:00+01:00">1 July</time>')).toBe(
      '2026-07-01T09:00:00.000Z',
    );
    // No zone: London's clock (BST in July, GMT in November).
    expect(dated('<time datetime="2026-07-01T10:00">1 July</time>')).toBe('2026-07-01T09:00:00.000Z');
    expect(dated('<time datetime="2026-11-26 09:00">26 November</time>')).toBe('2026-11-26T09:00:00.000Z');
  });

  it('takes the date from a Yoast graph’s WebPage when its article has none, or there is no article', () => {
    const page = readArticlePage(`<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebPage","datePublished":"2026-11-18T07:30:00+00:00","dateModified":"2026-11-19T10:02:45+00:00"},{"@type":"Organization","name":"Site"}]}</script><article><h1>Title</h1><p>Body.</p></article>`);
    expect(page).toMatchObject({ publishDate: '2026-11-18T07:30:00.000Z', contentModifiedAt: '2026-11-19T10:02:45.000Z' });
    const undated = readArticlePage(`<script type="application/ld+json">{"@graph":[{"@type":"Article","articleSection":"News"},{"@type":"WebPage","datePublished":"2026-11-18T07:30:00Z"}]}</script><article><h1>Title</h1><p>Body.</p></article>`);
    expect(undated).toMatchObject({ sectionLabels: ['News'], publishDate: '2026-11-18T07:30:00.000Z' });
  });
});

describe('a page from the magazine’s own website (an opinion piece)', () => {
  const page = pageOf('magazine-opinion.html');

  it('reads every part: section label, headline, standfirst, byline, date, bio', () => {
    expect(page).toMatchObject({
      own: false,
      sectionLabels: ['OPINION', 'Let managers manage, and judge them on results'],
      headline: 'Let managers manage, and judge them on results',
      standfirst: 'Boards that second-guess every decision lose the people they need most. It is time to trust managers to lead.',
      bylines: [{ name: 'Jane Smith', role: 'chief executive', organisation: 'Example Trust' }],
      publishDate: '2026-11-26T09:00:00.000Z',
      authorBio: 'Jane Smith is chief executive of Example Trust.',
      warnings: [],
    });
  });

  it('keeps the body to the story, closed by the end mark: no share buttons, newsletter box, tags, cookie banner or latest news', () => {
    expect(bodyOutline(page)).toEqual([
      'p When integrated care boards were set up, ministers promised ‘less bureaucracy’. Three years on, most managers I speak to say the opposite has happened.',
      'p The latest members’ survey found that 62 per cent now spend more time on reporting than on running services—and that is before the winter.',
      'pullquote Trust is not a line in the budget—it is the budget. — ',
      'h2 What boards get wrong',
      'p Boards ask for assurance on everything, and so they get paperwork on everything. Trust is not a line in the budget—it is the budget.',
      'p Three changes would help at once: fewer, shorter reports; clearer roles for chairs; and longer terms for non-executives. See https://www.example.org/board-guide// for the guide.',
      'p Give us the room to run services, and judge us on the results. ',
    ]);
    const last = page.body.root.children.at(-1) as unknown as { children: { type: string }[] };
    expect(last.children.map((child) => child.type)).toEqual(['text', 'endmark']);
    expect(JSON.stringify(page)).not.toMatch(/cookies|Share on|MiP briefing|Winter plan|fewer targets|leadership/);
  });

  it('keeps each related story’s standfirst, byline and picture', () => {
    expect(page.related).toEqual([
      {
        url: 'https://www.example.org/news/icb-budgets-cut-by-a-third',
        headline: 'ICB running costs to be cut by a third',
        standfirst: 'Boards have until March to find the savings.',
        byline: 'Priya Patel',
        imageUrl: 'https://www.example.org/media/2026/10/icb-budgets.jpg',
      },
      {
        url: 'https://www.example.org/features/what-managers-do',
        headline: 'What do NHS managers actually do?',
        standfirst: 'A week in the life of three managers.',
        byline: 'Tom Reed and Ana Silva',
        imageUrl: '',
      },
      { url: 'https://www.example.org/news/pay-talks-resume', headline: 'Pay talks resume', standfirst: '', byline: '', imageUrl: '' },
    ]);
  });
});

describe('a Ghost post', () => {
  const page = pageOf('ghost-post.html');

  it('takes the primary tag as the section label, the excerpt as standfirst, the author and dates from Ghost’s metadata', () => {
    expect(page).toMatchObject({
      headline: 'Agency spend: what the figures hide',
      standfirst: 'Spending on agency staff is down by a fifth. The bill for bank shifts is not.',
      sectionLabels: ['Analysis'],
      bylines: [{ name: 'Sam Lee', role: '', organisation: '' }],
      publishDate: '2026-10-14T08:15:00.000Z',
      tags: ['Analysis', 'Workforce'],
      authorBio: '',
    });
  });

  it('reads the gh-content body: kg cards’ captions kept, pictures and embeds refused, the bookmark card taken as a related story', () => {
    expect(bodyOutline(page)).toEqual([
      'p NHS trusts spent £2.2bn on agency staff last year, down from £2.8bn. That is the figure ministers quote. It is not the whole story.',
      'h2 Where the money went',
      'p Much of the saving moved to bank shifts, which trusts pay their own staff to work on top of their contracts:',
      'ul',
      '  li bank spending rose by £640m;',
      '  li overtime rose in two regions out of seven.',
      'p Bank and agency spending, 2021–2026',
      'quote The cap worked. What it did not do was make the rota any easier to fill.',
      'p The next figures are due in January.',
    ]);
    expect(page.warnings.map((w) => w.code)).toEqual(['image-not-imported', 'embed-removed']);
    expect(JSON.stringify(page)).not.toMatch(/Sign up for more|Join the discussion|Powered by/);
  });

  it('takes the bookmark card and the “Read more” cards after the post, each with its excerpt, author and picture', () => {
    expect(page.related).toEqual([
      {
        url: 'https://www.example.gov.uk/agency-price-caps',
        headline: 'Agency price caps: guidance for trusts',
        standfirst: 'How the caps on agency rates apply from April.',
        byline: '',
        imageUrl: 'https://www.example.gov.uk/og-image.png',
      },
      {
        url: 'https://rota-notes.example/rostering-software/',
        headline: 'Rostering software: what works',
        standfirst: 'Three trusts compared the systems they bought.',
        byline: 'Priya Patel',
        imageUrl: 'https://rota-notes.example/content/images/size/w600/2026/09/rota.jpg',
      },
      { url: 'https://rota-notes.example/bank-shifts-explained/', headline: 'Bank shifts, explained', standfirst: 'Who works them, and what they cost.', byline: '', imageUrl: '' },
    ]);
  });
});

describe('related story cards', () => {
  const relatedOf = (list: string) => readArticlePage(`<article><h1>Title</h1><p>Body.</p>${list}</article>`, { baseUrl: 'https://example.org/news/x' }).related;

  it('reads a card whose picture and headline link separately, with a lazy-loaded picture and the byline without “By”', () => {
    expect(
      relatedOf(`<section class="related-posts"><h2>Related stories</h2>
        <article class="card"><a href="/a"><img src="data:image/gif;base64,R0lGOD" data-src="/img/a.jpg" alt=""></a><span class="card-kicker">News</span>
        <h3><a href="/a">Story A</a></h3><time datetime="2026-11-01">1 Nov</time><p class="card-summary">What A is about.</p><p class="author">By Sam Lee</p></article>
        <article class="card"><a href="/b"><img class="avatar" src="/faces/b.jpg" alt=""><h3>Story B</h3></a><p>B in a line.</p></article></section>`),
    ).toEqual([
      { url: 'https://example.org/a', headline: 'Story A', standfirst: 'What A is about.', byline: 'Sam Lee', imageUrl: 'https://example.org/img/a.jpg' },
      { url: 'https://example.org/b', headline: 'Story B', standfirst: 'B in a line.', byline: '', imageUrl: '' },
    ]);
  });

  it('never takes the box’s own title as a story’s headline', () => {
    expect(relatedOf('<div class="related"><div class="inner"><h2>Related</h2><a href="/only">The only story</a></div></div>')).toEqual([
      { url: 'https://example.org/only', headline: 'The only story', standfirst: '', byline: '', imageUrl: '' },
    ]);
  });
});

describe('related lists around the story', () => {
  it('reads a list after the article, but not a menu’s or a sidebar’s, nor a wrapper round the article', () => {
    const page = readArticlePage(`<body><div class="post-with-related"><nav><div class="related-menu"><a href="https://example.org/menu">Menu story</a></div></nav>
      <article><h1>Title</h1><p>Body with <a href="https://example.org/in-body">a link</a>.</p></article>
      <div class="sidebar"><section class="related"><a href="https://example.org/side">Side story</a></section></div>
      <section class="related-stories"><h2>Related stories</h2><ul><li><a href="https://example.org/after">After story</a></li></ul></section></div></body>`);
    expect(page.related.map((link) => link.headline)).toEqual(['After story']);
    expect(bodyOutline(page)).toEqual(['p Body with a link.']);
  });
});
