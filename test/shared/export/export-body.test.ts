import { describe, expect, it } from 'vitest';
import { exportStory } from '../../../src/shared/export/export-story';
import { FORMAT, SHA_A, cell, el, endMark, exportBlocks, heading, image, inputWith, li, link, list, p, row, t } from './export-fixtures';
import { validationErrors } from './validate-html';

describe('body text', () => {
  it('writes format bits as nested elements, outermost first, and leaves underline and inline styles out', () => {
    const { html } = exportBlocks([
      p(
        t('bold', FORMAT.bold),
        t(' italic', FORMAT.italic),
        t(' both', FORMAT.bold | FORMAT.italic),
        t(' struck', FORMAT.strikethrough),
        t(' code', FORMAT.code | FORMAT.bold),
        t(' under', FORMAT.underline),
        t(' H', FORMAT.subscript),
        t('2', FORMAT.superscript),
        t(' lit', FORMAT.highlight),
        { ...t(' styled'), style: 'color: red; font-size: 40px' },
      ),
    ]);
    expect(html).toBe(
      '<p><strong>bold</strong><em> italic</em><strong><em> both</em></strong><s> struck</s><strong><code> code</code></strong>' +
        ' under<sub> H</sub><sup>2</sup><mark> lit</mark> styled</p>\n',
    );
  });

  it('writes line breaks and tabs, and leaves out paragraphs with nothing visible', () => {
    const { html } = exportBlocks([p(t('One')), p(), p(t('  \u00a0 ')), p({ type: 'linebreak', version: 1 }), p(t('Two'), { type: 'linebreak', version: 1 }, { ...t('\t'), type: 'tab' }, t('three'))]);
    expect(html).toBe('<p>One</p>\n<p>Two<br>\tthree</p>\n');
  });

  it('keeps the headline as the only h1: h1 becomes h2, h4 to h6 become h3', () => {
    const { html } = exportBlocks([heading('h1', 'A'), heading('h2', 'B'), heading('h3', 'C'), heading('h5', 'D'), heading('h2', ' ')]);
    expect(html).toBe('<h2>A</h2>\n<h2>B</h2>\n<h3>C</h3>\n<h3>D</h3>\n');
  });

  it('writes dir="rtl" only for right-to-left blocks', () => {
    const { html } = exportBlocks([{ ...p(t('مرحبا')), direction: 'rtl' }, { ...p(t('Hello')), direction: 'ltr' }, { ...p(t('Hi')), direction: null }]);
    expect(html).toBe('<p dir="rtl">مرحبا</p>\n<p>Hello</p>\n<p>Hi</p>\n');
  });

  it('writes a quote as blockquote > p, and a rule as hr', () => {
    expect(exportBlocks([el('quote', [t('Said so.')]), { type: 'horizontalrule', version: 1 }, el('quote', [])]).html).toBe(
      '<blockquote>\n<p>Said so.</p>\n</blockquote>\n<hr>\n',
    );
  });

  it('passes through editing aids (mark, overflow, hashtag) without elements or warnings', () => {
    const result = exportBlocks([p(el('mark', [t('noted')], { ids: ['n1'] }), t(' '), el('overflow', [t('long')]), t(' '), { ...t('#nhs'), type: 'hashtag' })]);
    expect(result.html).toBe('<p>noted long #nhs</p>\n');
    expect(result.warnings).toEqual([]);
  });
});

describe('links', () => {
  it('writes http, https and mailto links with their title, and no target or rel', () => {
    const { html, warnings } = exportBlocks([
      p(
        { ...link('https://example.org/a?b=1&c=%20d', t('one')), title: 'The "one"', target: '_blank', rel: 'noopener' },
        t(' '),
        link('http://example.org', t('two')),
        t(' '),
        link('mailto:editor@example.org', t('three')),
        t(' '),
        { ...el('autolink', [t('example.org')]), url: 'https://example.org/x', isUnlinked: false },
      ),
    ]);
    expect(html).toBe(
      '<p><a href="https://example.org/a?b=1&amp;c=%20d" title="The &quot;one&quot;">one</a> <a href="http://example.org/">two</a>' +
        ' <a href="mailto:editor@example.org">three</a> <a href="https://example.org/x">example.org</a></p>\n',
    );
    expect(warnings).toEqual([]);
  });

  it('keeps the text of a refused link and reports where it was', () => {
    const result = exportBlocks([p(t('x')), p(t('See '), link('/relative/page', t('this page')), t('.'))]);
    expect(result.html).toBe('<p>x</p>\n<p>See this page.</p>\n');
    expect(result.warnings).toEqual([
      expect.objectContaining({ code: 'link-not-allowed', field: 'body', path: [1, 1], message: expect.stringContaining('“/relative/page”') }),
    ]);
  });

  it('writes no link without visible text, no link inside a link, and no link for an unlinked autolink', () => {
    const { html } = exportBlocks([
      p(t('a'), link('https://example.org', t(' ')), t('b')),
      p(link('https://example.org/outer', t('out '), link('https://example.org/inner', t('in')))),
      p({ ...el('autolink', [t('example.org')]), url: 'https://example.org', isUnlinked: true }),
    ]);
    expect(html).toBe('<p>a b</p>\n<p><a href="https://example.org/outer">out in</a></p>\n<p>example.org</p>\n');
  });
});

describe('lists', () => {
  it('writes bullets as ul, numbers as ol with start when not 1, and check lists as ul', () => {
    const { html } = exportBlocks([list('number', [li(t('c')), li(t('d'))], 3), list('check', [{ ...li(t('done')), checked: true }]), list('bullet', [li(), li(t(' '))])]);
    expect(html).toBe('<ol start="3">\n<li>c</li>\n<li>d</li>\n</ol>\n<ul>\n<li>done</li>\n</ul>\n');
  });

  it('puts a nested list inside the item before it', () => {
    const { html } = exportBlocks([list('bullet', [li(t('a')), li(list('number', [li(t('a1')), li(list('bullet', [li(t('deep'))]))])), li(t('b'))])]);
    expect(html).toBe('<ul>\n<li>a\n<ol>\n<li>a1\n<ul>\n<li>deep</li>\n</ul>\n</li>\n</ol>\n</li>\n<li>b</li>\n</ul>\n');
  });

  it('leaves no trailing space before a nested list', () => {
    const { html } = exportBlocks([list('bullet', [li(t('a ')), li(list('bullet', [li(t('b'))]))])]);
    expect(html).toBe('<ul>\n<li>a <ul>\n<li>b</li>\n</ul>\n</li>\n</ul>\n');
    expect(html).not.toMatch(/[ \t]\n/);
  });
});

describe('tables', () => {
  it('puts an all-header first row in thead with column scope', () => {
    const { html } = exportBlocks([el('table', [row(cell('Region', 1), cell('Change', 3)), row(cell('North'), cell('−4'))])]);
    expect(html).toBe(
      '<table>\n<thead>\n<tr>\n<th scope="col">Region</th>\n<th scope="col">Change</th>\n</tr>\n</thead>\n' +
        '<tbody>\n<tr>\n<td>North</td>\n<td>−4</td>\n</tr>\n</tbody>\n</table>\n',
    );
  });

  it('writes header cells outside a header row with row scope, spans above 1, and keeps empty cells', () => {
    const { html } = exportBlocks([
      el('table', [row(cell('', 0), cell('Total', 0, { colSpan: 2 })), row(cell('North', 2), cell([]), cell([p(t('first')), p(t('second'))], 0, { rowSpan: 1 }))]),
    ]);
    expect(html).toBe(
      '<table>\n<tbody>\n<tr>\n<td></td>\n<td colspan="2">Total</td>\n</tr>\n' +
        '<tr>\n<th scope="row">North</th>\n<td></td>\n<td>\n<p>first</p>\n<p>second</p>\n</td>\n</tr>\n</tbody>\n</table>\n',
    );
  });

  it('leaves out a table without rows', () => {
    expect(exportBlocks([el('table', []), el('table', [row()])]).html).toBe('');
  });
});

describe('Copydesk nodes', () => {
  it('writes a pull-quote as figure > blockquote > p with the attribution as figcaption', () => {
    const { html } = exportBlocks([
      { type: 'pullquote', version: 1, text: 'Trust is the budget.', attribution: 'Jane Smith' },
      { type: 'pullquote', version: 1, text: 'No attribution.', attribution: '' },
      { type: 'pullquote', version: 1, text: ' ', attribution: 'Nobody' },
    ]);
    expect(html).toBe(
      '<figure class="cd-pullquote" aria-hidden="true">\n<blockquote>\n<p>Trust is the budget.</p>\n</blockquote>\n<figcaption>Jane Smith</figcaption>\n</figure>\n' +
        '<figure class="cd-pullquote" aria-hidden="true">\n<blockquote>\n<p>No attribution.</p>\n</blockquote>\n</figure>\n',
    );
  });

  it('writes an edited quote exactly as a verbatim one, with nothing of the editor in the markup', () => {
    const verbatim = { type: 'pullquote', version: 2, text: 'Trust … is the budget.', attribution: 'Jane Smith', edited: false };
    const edited = exportBlocks([{ ...verbatim, edited: true }]).html;
    expect(edited).toBe(exportBlocks([verbatim]).html);
    expect(edited).toBe(exportBlocks([{ type: 'pullquote', version: 1, text: 'Trust … is the budget.', attribution: 'Jane Smith' }]).html);
    expect(edited).toBe(
      '<figure class="cd-pullquote" aria-hidden="true">\n<blockquote>\n<p>Trust … is the budget.</p>\n</blockquote>\n<figcaption>Jane Smith</figcaption>\n</figure>\n',
    );
  });

  it('writes an image with its size and the asset base URL, and a caption only when there is one', () => {
    const result = exportStory(inputWith([image({ caption: 'Ward 3', credit: 'Photo: A' }), image({ sha256: SHA_A, ext: 'jpg', alt: '' })], {
      settings: { ...inputWith([]).settings, assetBaseUrl: 'https://cdn.example.org/magazine/' },
    }), { form: 'body' });
    const src = `https://cdn.example.org/magazine/images/${SHA_A}.jpg`;
    expect(result.html).toBe(
      `<figure class="cd-image">\n<img src="${src}" alt="A ward" width="800" height="600" loading="lazy">\n` +
        '<figcaption><span class="cd-caption">Ward 3</span> <span class="cd-credit">Photo: A</span></figcaption>\n</figure>\n' +
        `<figure class="cd-image">\n<img src="${src}" alt="" width="800" height="600" loading="lazy">\n</figure>\n`,
    );
    expect(result.images).toEqual([{ sha256: SHA_A, ext: 'jpg', file: `images/${SHA_A}.jpg` }]);
    expect(result.warnings.map((w) => [w.code, w.path])).toEqual([['image-no-alt', [1]]]);
  });

  it('leaves out a Copydesk node that does not match its JSON shape, and says so', () => {
    const result = exportBlocks([image({ sha256: '../../etc/passwd' }), image({ ext: 'svg' }), { type: 'pullquote', version: 2, text: 'x', attribution: '' }]);
    expect(result.html).toBe('');
    expect(result.images).toEqual([]);
    expect(result.warnings.map((w) => [w.code, w.path])).toEqual([
      ['invalid-node', [0]],
      ['invalid-node', [1]],
      ['invalid-node', [2]],
    ]);
  });

  it('ends the paragraph before the end mark with it, or gives the end mark a paragraph of its own', () => {
    expect(exportBlocks([p(t('Last words.')), endMark, p()]).html).toBe('<p>Last words. <span class="cd-end-mark" aria-hidden="true">//</span></p>\n');
    expect(exportBlocks([list('bullet', [li(t('x'))]), endMark]).html).toBe(
      '<ul>\n<li>x</li>\n</ul>\n<p class="cd-end"><span class="cd-end-mark" aria-hidden="true">//</span></p>\n',
    );
    expect(exportBlocks([p(t('Inline end')), p(), endMark]).html).toContain('<p class="cd-end">');
    expect(exportBlocks([p(t('Words '), endMark)]).html).toBe('<p>Words <span class="cd-end-mark" aria-hidden="true">//</span></p>\n');
  });
});

describe('nodes the exporter does not know or cannot place', () => {
  it('keeps the text of an unknown block node and reports its type and place', () => {
    const result = exportBlocks([p(t('before')), el('callout', [t('Keep '), t('this', FORMAT.bold)], { emoji: '<b>' })]);
    expect(result.html).toBe('<p>before</p>\n<p>Keep <strong>this</strong></p>\n');
    expect(result.warnings).toEqual([{ code: 'unknown-node', message: 'Unknown node type “callout”: its text is kept.', field: 'body', path: [1] }]);
  });

  it('keeps the blocks inside an unknown container, and the text of an unknown inline node', () => {
    const result = exportBlocks([el('layout-container', [p(t('Column one')), p(t('Column two'))]), p(t('Hi '), { type: 'mention', version: 1, text: '@jane', format: 0 })]);
    expect(result.html).toBe('<p>Column one</p>\n<p>Column two</p>\n<p>Hi @jane</p>\n');
    expect(result.warnings.map((w) => [w.code, w.path])).toEqual([
      ['unknown-node', [0]],
      ['unknown-node', [1, 1]],
    ]);
  });

  it('keeps the text of a block inside text, leaves out an image inside text, and reports both', () => {
    const result = exportBlocks([p(t('a '), p(t('b')), image())]);
    expect(result.html).toBe('<p>a b</p>\n');
    expect(result.warnings.map((w) => [w.code, w.path])).toEqual([
      ['misplaced-node', [0, 1]],
      ['misplaced-node', [0, 2]],
    ]);
  });

  it('wraps stray inline nodes at the top level in a paragraph', () => {
    expect(exportBlocks([t('loose '), link('https://example.org', t('text')), heading('h2', 'Next')]).html).toBe(
      '<p>loose <a href="https://example.org/">text</a></p>\n<h2>Next</h2>\n',
    );
  });

  it('reports nodes without a type instead of failing', () => {
    const result = exportBlocks([null, 'text', { children: [] }, p(t('ok'), 42 as never)]);
    expect(result.html).toBe('<p>ok</p>\n');
    expect(result.warnings.map((w) => w.code)).toEqual(['invalid-node', 'invalid-node', 'invalid-node', 'invalid-node']);
  });

  it('survives very deep nesting, leaving out what is deeper than 64 levels', () => {
    let nested: Record<string, unknown> = li(t('bottom'));
    for (let i = 0; i < 5_000; i += 1) nested = li(t(`level ${5_000 - i} `), list('bullet', [nested]));
    const result = exportBlocks([list('bullet', [nested])]);
    expect(result.html).toContain('<li>level 1 <ul>\n<li>level 2 <ul>\n');
    expect(result.html).not.toContain('bottom');
    expect(new Set(result.warnings.map((w) => w.code))).toEqual(new Set(['too-deep']));
  });
});

describe('determinism', () => {
  it('gives the same bytes however often and whatever the key order of the stored JSON', () => {
    const blocks = [p(t('One', FORMAT.bold), link('https://example.org', t('two'))), list('number', [li(t('x'))], 2), image(), endMark];
    const reversed = JSON.parse(JSON.stringify(blocks), (_key, value: unknown) =>
      value !== null && typeof value === 'object' && !Array.isArray(value) ? Object.fromEntries(Object.entries(value).reverse()) : value,
    ) as unknown[];
    const first = exportStory(inputWith(blocks), { form: 'page' });
    expect(exportStory(inputWith(blocks), { form: 'page' })).toEqual(first);
    expect(exportStory(inputWith(reversed), { form: 'page' })).toEqual(first);
  });
});

describe('validity', () => {
  it('the validator used here does catch invalid HTML', async () => {
    expect(await validationErrors('<p><div>x</div></p>\n<img src="x">\n', 'body')).toMatch(/wcag\/h37/);
  });

  it('a body with every node type, unknown and misplaced ones included, passes html-validate', async () => {
    const blocks = [
      heading('h1', 'Demoted'),
      p(t('Text ', FORMAT.bold | FORMAT.italic | FORMAT.code), link('javascript:alert(1)', t('bad')), { type: 'linebreak', version: 1 }, el('mark', [t('m')])),
      { ...p(t('مرحبا')), direction: 'rtl' },
      list('number', [li(t('a ')), li(list('bullet', [li(t('b'))])), li(p(t('para in item')))], 4),
      list('bullet', [li(list('bullet', [li(t('nested first'))]))]),
      el('table', [row(cell('h', 1), cell('h2', 1)), row(cell('x', 2), cell([p(t('1')), list('bullet', [li(t('in cell'))])]))]),
      el('table', [row(cell('no header'), cell('', 0, { colSpan: 3 })), p(t('stray'))]),
      { type: 'pullquote', version: 1, text: 'Quote', attribution: 'Who' },
      image({ alt: '' }),
      el('quote', [t('Q'), { type: 'linebreak', version: 1 }, t('R')]),
      { type: 'horizontalrule', version: 1 },
      el('callout', [t('unknown')]),
      el('columns', [p(t('c1')), image()]),
      row(cell('misplaced row')),
      p(t('a'), p(t('b')), image(), endMark),
      heading('h2', 'End'),
      endMark,
    ];
    for (const form of ['body', 'article', 'page'] as const) {
      expect(await validationErrors(exportStory(inputWith(blocks), { form }).html, form)).toBe('');
    }
  });
});
